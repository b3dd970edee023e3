//! The demo reproduces every number of DOMAIN.md §6 (issue 16 item 3), and its IATI
//! activity file — and one built from a hand-made logframe with objectives, indicators and
//! periods — validates against the official IATI 2.03 schema with `xmllint` and keeps the
//! rules: every code from the official codelists, the identifier's prefix a registration
//! agency's, budget periods at most a year and apart, percentages summing to 100.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use domain::results::outcome_table::Line;
use domain::{Country, OrganisationKind as K};

use crate::commands::cli_actor;

fn shared(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/iati")
        .join(rel)
}

/// The codes of an official codelist.
fn codelist(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(shared(&format!("codelists/{name}.xml")))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    text.split("<code>")
        .skip(1)
        .filter_map(|s| s.split("</code>").next())
        .map(|s| s.trim().to_owned())
        .collect()
}

/// The values of `attr` on every `<element` of the document.
fn attrs(xml: &str, element: &str, attr: &str) -> Vec<String> {
    let open = format!("<{element} ");
    let key = format!(" {attr}=\"");
    xml.match_indices(&open)
        .filter_map(|(i, _)| {
            let tag = &xml[i..i + xml[i..].find('>')?];
            let at = tag.find(&key)? + key.len();
            Some(tag[at..at + tag[at..].find('"')?].to_owned())
        })
        .collect()
}

/// The document validates against the schema, and its codes are the codelists'.
fn assert_valid(xml: &str, name: &str) {
    let file = std::env::temp_dir().join(format!("{name}-{}.xml", db::id::new_secret(6)));
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(shared("iati-activities-schema.xsd"))
        .arg(&file)
        .output()
        .expect("xmllint (Debian's libxml2-utils; `cargo xtask test` installs it)");
    let _ = std::fs::remove_file(&file);
    assert!(
        out.status.success(),
        "{}\n{xml}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (element, attr, list) in [
        ("activity-status", "code", "ActivityStatus"),
        ("activity-date", "type", "ActivityDateType"),
        ("budget", "type", "BudgetType"),
        ("budget", "status", "BudgetStatus"),
        ("participating-org", "role", "OrganisationRole"),
        ("participating-org", "type", "OrganisationType"),
        ("reporting-org", "type", "OrganisationType"),
        ("sector", "code", "Sector"),
        ("transaction-type", "code", "TransactionType"),
    ] {
        let codes = codelist(list);
        let used = attrs(xml, element, attr);
        assert!(!used.is_empty(), "no {element} {attr}");
        for code in used {
            assert!(
                codes.contains(&code),
                "{element} {attr}={code} not in {list}"
            );
        }
    }
    let reporting = attrs(xml, "reporting-org", "ref");
    let prefix = domain::iati::settings::agency_prefix(&reporting[0]).unwrap();
    assert!(
        codelist("OrganisationRegistrationAgency").contains(&prefix.to_owned()),
        "{prefix}"
    );
    let identifier = xml
        .split("<iati-identifier>")
        .nth(1)
        .and_then(|s| s.split("</iati-identifier>").next())
        .unwrap();
    assert!(identifier.starts_with(&format!("{}-", reporting[0])));
    let sum = |element: &str| -> i64 {
        attrs(xml, element, "percentage")
            .iter()
            .map(|p| bp(p))
            .sum()
    };
    assert_eq!(sum("recipient-country"), 10_000);
    assert_eq!(sum("sector"), 10_000);
    let starts = attrs(xml, "period-start", "iso-date");
    let ends = attrs(xml, "period-end", "iso-date");
    let budgets = xml.matches("<budget ").count();
    let mut periods: Vec<(NaiveDate, NaiveDate)> = starts
        .iter()
        .zip(&ends)
        .take(budgets)
        .map(|(s, e)| (s.parse().unwrap(), e.parse().unwrap()))
        .collect();
    periods.sort();
    for (s, e) in &periods {
        assert!(s <= e && *e < s.checked_add_months(chrono::Months::new(12)).unwrap());
    }
    for w in periods.windows(2) {
        assert!(w[0].1 < w[1].0, "{w:?} overlap");
    }
}

/// "56.1" → 5610.
fn bp(p: &str) -> i64 {
    let (whole, frac) = p.split_once('.').unwrap_or((p, ""));
    let frac = format!("{frac:0<2}");
    whole.parse::<i64>().unwrap() * 100 + frac[..2].parse::<i64>().unwrap()
}

#[test]
fn the_demo_reproduces_section_6_and_its_iati_file_validates() {
    testkit::on_each_backend(|db| {
        super::seed(db, "demo password", &testkit::field_keys()).unwrap();
        let rt = cli_actor::runtime().unwrap();
        let who = cli_actor::acting();
        let r = rt
            .block_on(app::outcome_report::table(db, &who, super::PROGRAMME_SLUG))
            .unwrap();
        let t = &r.table;
        assert_eq!(t.countries, [Country::TN, Country::MA]);
        let (tn, ma) = (Some(Country::TN), Some(Country::MA));
        let cells = |line| [t.cell(line, tn), t.cell(line, ma), t.cell(line, None)];
        let want = [
            (Line::Traineeships, [23, 18, 41]),
            (Line::InItaly, [20, 9, 29]),
            (Line::ReturnedHome, [3, 9, 12]),
            (Line::Eligible, [24, 20, 44]),
            (Line::Recovered, [1, 2, 3]),
            (Line::Presented, [20, 19, 39]),
            (Line::DidNotApply, [4, 1, 5]),
            (Line::Entrepreneurial, [7, 2, 9]),
            (Line::EntrepreneurialFromItaly, [6, 0, 6]),
            (Line::EntrepreneurialFromOrigin, [1, 2, 3]),
            (Line::Professional, [13, 17, 30]),
            (Line::ProfessionalFromItaly, [10, 9, 19]),
            (Line::ProfessionalFromOrigin, [3, 8, 11]),
        ];
        for (line, [a, b, c]) in want {
            assert_eq!(
                cells(line),
                [Some(a), Some(b), Some(c)],
                "{}",
                line.as_str()
            );
        }
        let hosts: Vec<_> = t
            .hosts
            .iter()
            .map(|h| (h.territory.as_str(), h.companies))
            .collect();
        assert_eq!(hosts, [("Milano", 19), ("Torino", 17)]);
        assert_eq!(t.hosts_total, 36);
        assert_eq!(
            r.call.as_ref().map(|(_, title)| title.as_str()),
            Some(super::grants::CALL_TITLE)
        );

        let out = rt
            .block_on(app::iati::export(
                db,
                &app::results::Cache::default(),
                &app::SystemClock,
                &who,
                super::PROGRAMME_SLUG,
            ))
            .unwrap();
        assert_eq!(out.activity_id, super::iati::ACTIVITY_ID);
        assert!(
            out.xml
                .contains("<recipient-country code=\"MA\" percentage=\"43.9\"/>")
        );
        assert_valid(&out.xml, "demo-activity");
        // An export publishes nothing; publishing does, once, and the identifiers then
        // no longer change.
        let published = |db: &db::Database| {
            let mut c = db.conn().unwrap();
            let programme = db::programmes::find_by_slug_unscoped(&mut c, super::PROGRAMME_SLUG)
                .unwrap()
                .unwrap();
            db::iati::settings(&mut c, &programme.id)
                .unwrap()
                .unwrap()
                .published_at
        };
        assert!(published(db).is_none());
        let cache = app::results::Cache::default();
        let publish =
            || app::iati::publish(db, &cache, &app::SystemClock, &who, super::PROGRAMME_SLUG);
        assert!(rt.block_on(publish()).unwrap());
        assert!(published(db).is_some());
        assert!(!rt.block_on(publish()).unwrap(), "twice changes nothing");
        let fields = domain::iati::SettingsFields {
            org_ref: super::iati::ORG_REF.into(),
            org_name: "Comune di Milano".into(),
            org_type: "11".into(),
            activity_id: format!("{}-2", super::iati::ACTIVITY_ID),
        };
        let refused = rt.block_on(app::iati::save(
            db,
            &app::SystemClock,
            &who,
            super::PROGRAMME_SLUG,
            &fields,
        ));
        assert!(matches!(refused, Err(app::Error::Invalid(i)) if i.key == "iati-error-published"));
    });
}

#[test]
fn an_activity_with_a_logframe_validates() {
    use domain::results::{
        Figure, Indicator, Measured, Objective, PeriodValue, Programme, Report, ResultArea, Source,
        Unit, Value,
    };
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let indicator = |code: &str, unit: Unit, target: i64| Indicator {
        id: code.into(),
        code: code.into(),
        title: format!("Indicator & {code}"),
        unit,
        ascending: true,
        source: Source::Manual,
        baseline: Some(Measured {
            year: 2021,
            value: Value::new(unit, 0),
            comment: None,
        }),
        target: Some(Measured {
            year: 2024,
            value: Value::new(unit, target),
            comment: None,
        }),
        current: Some(Figure::new(Value::new(unit, target / 2))),
        periods: vec![PeriodValue {
            period_id: "p".into(),
            starts_on: d(2022, 1, 1),
            ends_on: d(2022, 12, 31),
            target: Some(Value::new(unit, target / 3)),
            actual: Some(Figure::new(Value::new(unit, target / 4))),
            corrected: None,
        }],
    };
    let report = Report {
        programme: Programme {
            id: "p".into(),
            name: "MENTOR II".into(),
            slug: "mentor-ii".into(),
            starts_on: d(2021, 7, 1),
            ends_on: d(2024, 12, 31),
            budget_cents: 326_007_484,
            currency: "EUR".into(),
            countries: vec!["IT".into(), "MA".into(), "TN".into()],
        },
        period: None,
        periods: vec![],
        objectives: vec![
            Objective {
                id: "oo".into(),
                code: "OO".into(),
                title: "Circular mobility".into(),
                overall: true,
                indicators: vec![indicator("OO.1", Unit::Percent, 7000)],
                results: vec![],
            },
            Objective {
                id: "os".into(),
                code: "OS1".into(),
                title: "Skills".into(),
                overall: false,
                indicators: vec![indicator("OS1.1", Unit::Count, 40)],
                results: vec![ResultArea {
                    id: "r".into(),
                    code: "R1".into(),
                    title: "Traineeships".into(),
                    indicators: vec![indicator("R1.1", Unit::Days, 600)],
                }],
            },
        ],
        computed: vec![],
    };
    let settings = domain::iati::Settings {
        org_ref: "IT-CF-01199250158".into(),
        org_name: "Comune di Milano".into(),
        org_type: "11".into(),
        activity_id: "IT-CF-01199250158-MENTOR-II".into(),
    };
    let partners = vec![
        ("Comune di Milano".to_owned(), K::LeadPartner),
        ("ICMPD".to_owned(), K::Donor),
        ("CeSPI".to_owned(), K::ResearchCentre),
    ];
    let paid = vec![(d(2024, 7, 1), 250_000, "EUR".to_owned())];
    let activity = domain::iati::activity(
        &report,
        &domain::iati::Sources {
            settings: &settings,
            partners: &partners,
            disbursements: &paid,
            country_weights: &[("TN".into(), 23), ("MA".into(), 18)],
            description: "A scheme".into(),
            lang: "en".into(),
            now: Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap(),
        },
    );
    let xml = domain::iati::to_xml(&activity);
    assert_eq!(xml.matches("<result ").count(), 3);
    assert_valid(&xml, "logframe-activity");
}
