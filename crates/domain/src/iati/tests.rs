//! The activity built from a hand-made `Report` with objectives, indicators and periods.

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::OrganisationKind as K;
use crate::results::{
    Figure, Indicator, Measured, Objective, PeriodValue, Programme, Report, ResultArea, Source,
    Unit, Value,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn indicator(code: &str, unit: Unit, target: i64, periods: Vec<PeriodValue>) -> Indicator {
    Indicator {
        id: code.into(),
        code: code.into(),
        title: format!("Indicator {code}"),
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
        current: Some(Figure::new(Value::new(unit, target - 1))),
        periods,
    }
}

pub(super) fn report() -> Report {
    let period = PeriodValue {
        period_id: "p1".into(),
        starts_on: d(2022, 1, 1),
        ends_on: d(2022, 12, 31),
        target: Some(Value::count(20)),
        actual: Some(Figure::new(Value::count(41))),
        corrected: None,
    };
    Report {
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
                title: "Circular mobility works".into(),
                overall: true,
                indicators: vec![indicator("OO.I1", Unit::Percent, 7000, vec![])],
                results: vec![],
            },
            Objective {
                id: "os1".into(),
                code: "OS1".into(),
                title: "Young people gain skills".into(),
                overall: false,
                indicators: vec![indicator("OS1.I1", Unit::Count, 40, vec![period.clone()])],
                results: vec![ResultArea {
                    id: "r1".into(),
                    code: "OS1.R1".into(),
                    title: "Traineeships <done> & reported".into(),
                    indicators: vec![indicator("OS1.R1.I1", Unit::Count, 40, vec![period])],
                }],
            },
        ],
        computed: vec![],
    }
}

pub(super) fn settings() -> Settings {
    Settings {
        org_ref: "IT-CF-01199250158".into(),
        org_name: "Comune di Milano".into(),
        org_type: "11".into(),
        activity_id: "IT-CF-01199250158-MENTOR-II".into(),
    }
}

fn built(disbursed: bool) -> Activity {
    let partners = vec![
        ("Comune di Milano".to_owned(), K::LeadPartner),
        ("ICMPD".to_owned(), K::Donor),
        ("ANETI".to_owned(), K::OriginAgency),
        ("A host".to_owned(), K::HostCompany),
    ];
    let paid = if disbursed {
        vec![(d(2024, 7, 1), 250_000, "EUR".to_owned())]
    } else {
        vec![]
    };
    let settings = settings();
    activity(
        &report(),
        &Sources {
            settings: &settings,
            partners: &partners,
            disbursements: &paid,
            country_weights: &[("TN".into(), 23), ("MA".into(), 18)],
            description: "A scheme".into(),
            lang: "en".into(),
            now: Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap(),
        },
    )
}

#[test]
fn results_follow_the_logframe() {
    let a = built(true);
    let kinds: Vec<_> = a
        .results
        .iter()
        .map(|r| (r.kind, r.title.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("3", "OO Circular mobility works"),
            ("2", "OS1 Young people gain skills"),
            ("1", "OS1.R1 Traineeships <done> & reported"),
        ]
    );
    let oo = &a.results[0].indicators[0];
    assert_eq!(oo.measure, "2");
    assert_eq!(oo.baseline, Some((2021, "0".into())));
    // No period carries a target: the programme's whole span carries the overall one.
    assert_eq!(oo.periods.len(), 1);
    assert_eq!(oo.periods[0].target.as_deref(), Some("70"));
    assert_eq!(oo.periods[0].actual.as_deref(), Some("69.99"));
    let out = &a.results[2].indicators[0];
    assert_eq!(out.measure, "1");
    assert_eq!(out.periods.len(), 1);
    assert_eq!(out.periods[0].actual.as_deref(), Some("41"));
}

#[test]
fn organisations_countries_budgets_and_transactions() {
    let a = built(true);
    let roles: Vec<_> = a
        .participating
        .iter()
        .map(|o| (o.name.as_str(), o.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("European Union", "1"),
            ("ICMPD", "1"),
            ("Comune di Milano", "2"),
            ("Comune di Milano", "3"),
            ("ANETI", "4"),
        ]
    );
    assert_eq!(a.countries, [("MA".into(), 4390), ("TN".into(), 5610)]);
    assert_eq!(a.budgets.len(), 4);
    assert_eq!(a.budgets.iter().map(|b| b.cents).sum::<i64>(), 326_007_484);
    assert_eq!(a.status, "3");
    let kinds: Vec<_> = a.transactions.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, ["11", "3"]);
    assert_eq!(
        check(&a),
        Checked {
            errors: vec![],
            warnings: vec![
                Finding {
                    key: "iati-warning-org-without-ref",
                    about: "European Union".into()
                },
                Finding {
                    key: "iati-warning-org-without-ref",
                    about: "ICMPD".into()
                },
                Finding {
                    key: "iati-warning-org-without-ref",
                    about: "ANETI".into()
                },
            ],
        }
    );
}

#[test]
fn rules_catch_what_must_not_be_published() {
    let mut a = built(false);
    assert!(
        check(&a)
            .warnings
            .iter()
            .any(|w| w.key == "iati-warning-no-disbursements")
    );
    a.identifier = "XM-OTHER-1".into();
    a.budgets[1].ends_on = d(2023, 6, 30);
    a.budgets[0].ends_on = d(2022, 12, 31);
    a.countries[0].1 += 1;
    a.sectors.pop();
    let keys: Vec<_> = check(&a).errors.iter().map(|e| e.key).collect();
    assert_eq!(
        keys,
        [
            "iati-error-activity-id",
            "iati-error-budget-period",
            "iati-error-budget-period",
            "iati-error-budget-overlap",
            "iati-error-budget-overlap",
            "iati-error-country-percentages",
            "iati-error-sector-percentages",
        ]
    );
}

#[test]
fn the_document_names_its_version_language_and_currency() {
    let xml = to_xml(&built(true));
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\""
    ));
    assert!(xml.contains(
        "<iati-activity last-updated-datetime=\"2026-12-07T10:00:00Z\" xml:lang=\"en\" default-currency=\"EUR\">"
    ));
    assert!(xml.contains("<iati-identifier>IT-CF-01199250158-MENTOR-II</iati-identifier>"));
    assert!(xml.contains("Traineeships &lt;done&gt; &amp; reported"));
    assert!(xml.contains("<recipient-country code=\"TN\" percentage=\"56.1\"/>"));
}
