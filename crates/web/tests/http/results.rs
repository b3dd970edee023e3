//! Results through the router (issue 16): the coordinator shapes the logframe; the
//! evaluator reads figures and the records behind them without a name or a reference,
//! the coordinator with them; participants and companies reach nothing; a submitted
//! period keeps its values when an outcome is corrected afterwards and shows the
//! correction beside them; a manual indicator takes a value and evidence (read audited);
//! the API answers the report; the CSV and XLSX carry the page's values.

use axum::http::StatusCode;
use chrono::Duration;
use serde_json::Value;

use crate::cases::setup;
use crate::documents::PDF;
use crate::outcomes::{english, move_case, record, today};
use crate::support::{
    COMPANY, COORDINATOR, EVALUATOR, OTHER_COORDINATOR, PARTICIPANT, TestApp, msg, on_each_backend,
};

/// The API's report of p1 (as the coordinator), for `period` if given.
pub(crate) async fn report(app: &TestApp, period: Option<&str>) -> Value {
    let mut c = app.signed_in(COORDINATOR).await;
    let q = period.map(|p| format!("?period={p}")).unwrap_or_default();
    let res = c
        .get(&format!("/api/v1/programmes/{}/results{q}", app.seed.p1))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.json()
}

/// Every indicator of a report, by code.
pub(crate) fn indicator<'a>(report: &'a Value, code: &str) -> &'a Value {
    report["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| {
            let own = o["indicators"].as_array().unwrap().iter();
            let results = o["results"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|r| r["indicators"].as_array().unwrap().iter());
            own.chain(results)
        })
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("no indicator {code} in {report}"))
}

/// The coordinator's logframe: an overall objective, a specific one with an expected
/// result; `R1.I1` counts trainees placed (target 40 in 2024), `R1.I2` those in Italy at
/// the end, `OS1.I1` is manual (protocols signed). Returns (placed, in Italy, manual) ids.
pub(crate) async fn logframe(app: &TestApp) -> (String, String, String) {
    let p1 = app.seed.p1.clone();
    let mut c = app.signed_in(COORDINATOR).await;
    for (kind, code, title) in [
        ("overall", "OO", "Circular mobility that works"),
        ("specific", "OS1", "Traineeships for circular mobility"),
    ] {
        let res = c
            .post(
                &format!("/results/{p1}/nodes"),
                &[("kind", kind), ("code", code), ("title", title)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let r = report(app, None).await;
    let os1 = r["objectives"][1]["id"].as_str().unwrap().to_owned();
    // An expected result needs its specific objective: every mistake at once.
    let res = c
        .post(
            &format!("/results/{p1}/nodes"),
            &[("kind", "result"), ("code", ""), ("title", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("error-summary"), "{}", res.body);
    let res = c
        .post(
            &format!("/results/{p1}/nodes"),
            &[
                ("kind", "result"),
                ("code", "R1"),
                ("title", "Trainees placed and followed"),
                ("parent_id", &os1),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let r = report(app, None).await;
    let r1 = r["objectives"][1]["results"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (node, code, source, unit, target) in [
        (&r1, "R1.I1", "placed", "", "40"),
        (&r1, "R1.I2", "in_italy", "", ""),
        (&os1, "OS1.I1", "manual", "count", "3"),
    ] {
        let year = if target.is_empty() { "" } else { "2024" };
        let res = c
            .post(
                &format!("/results/{p1}/indicators"),
                &[
                    ("node_id", node),
                    ("code", code),
                    ("title", code),
                    ("source", source),
                    ("unit", unit),
                    ("ascending", "yes"),
                    ("target_year", year),
                    ("target_value", target),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{code}: {}", res.body);
    }
    assert_eq!(app.last_audit().0, "results.indicator.add");
    let r = report(app, None).await;
    let id = |code| indicator(&r, code)["id"].as_str().unwrap().to_owned();
    (id("R1.I1"), id("R1.I2"), id("OS1.I1"))
}

/// Opens a period around today as the coordinator; its id.
async fn open_period(app: &TestApp, label: &str) -> String {
    let p1 = app.seed.p1.clone();
    let mut c = app.signed_in(COORDINATOR).await;
    let (starts, ends) = (
        (today() - Duration::days(60)).to_string(),
        (today() + Duration::days(30)).to_string(),
    );
    let res = c
        .post(
            &format!("/results/{p1}/periods"),
            &[("label", label), ("starts_on", &starts), ("ends_on", &ends)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let r = report(app, None).await;
    r["periods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["label"] == label)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_evaluator_reads_figures_and_records_without_identities_and_others_reach_nothing() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        app.agencies_and_evaluator(&[domain::Country::TN]);
        let (placed, _, _) = logframe(&app).await;
        let p1 = app.seed.p1.clone();

        // Both trainees were placed: the figure and its breakdown by country.
        let r = report(&app, None).await;
        let i = indicator(&r, "R1.I1");
        assert_eq!(i["current"]["total"]["raw"], 2, "{i}");
        assert_eq!(i["target"]["value"]["raw"], 40);
        let parts = i["current"]["parts"].as_array().unwrap();
        for country in ["TN", "MA"] {
            assert!(
                parts.iter().any(|p| p["dimension"] == "country"
                    && p["key"] == country
                    && p["value"]["raw"] == 1),
                "{country} in {parts:?}"
            );
        }
        assert!(
            r["computed"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c[0] == "placed")
        );

        let mut evaluator = app.signed_in(EVALUATOR).await;
        let res = evaluator.get("/results").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(&format!("/results/{p1}")));
        let res = evaluator.get(&format!("/results/{p1}")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.part(r#"data-indicator="R1.I1""#, "</tr>")
                .contains("data-current")
        );
        let res = evaluator
            .get(&format!("/results/{p1}/indicators/{placed}"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-records-link"));
        assert!(res.shows(&msg("results-rule-placed")) || res.body.contains("data-rule"));
        // The records behind it: two rows, and neither a name nor a case reference.
        let res = evaluator
            .get(&format!("/results/{p1}/indicators/{placed}/records"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body.matches("data-record>").count(), 2, "{}", res.body);
        for hidden in ["Haddad", "Trabelsi", "MC-", "data-identity"] {
            assert!(
                !res.body.contains(hidden),
                "{hidden} shown to the evaluator"
            );
        }
        // The coordinator sees who they are.
        let mut coordinator = app.signed_in(COORDINATOR).await;
        let res = coordinator
            .get(&format!("/results/{p1}/indicators/{placed}/records"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body.contains("Haddad") && res.body.contains("MC-"),
            "{}",
            res.body
        );

        // A participant and a company have no Results at all; another programme's
        // coordinator does not find this one.
        for who in [PARTICIPANT, COMPANY] {
            let mut c = app.signed_in(who).await;
            for path in [
                "/results".to_owned(),
                format!("/results/{p1}"),
                format!("/results/{p1}/indicators/{placed}/records"),
                format!("/api/v1/programmes/{p1}/results"),
            ] {
                assert_eq!(
                    c.get(&path).await.status,
                    StatusCode::FORBIDDEN,
                    "{who} {path}"
                );
            }
        }
        let mut other = app.signed_in(OTHER_COORDINATOR).await;
        for path in [
            format!("/results/{p1}"),
            format!("/results/{p1}/indicators/{placed}/records"),
            format!("/api/v1/programmes/{p1}/results"),
        ] {
            assert_eq!(
                other.get(&path).await.status,
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        // The evaluator changes nothing.
        let res = evaluator
            .post(
                &format!("/results/{p1}/periods"),
                &[
                    ("label", "X"),
                    ("starts_on", "2024-01-01"),
                    ("ends_on", "2024-12-31"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let _ = s;
    })
    .await;
}

#[tokio::test]
async fn a_submitted_period_keeps_its_values_and_shows_a_later_correction_beside_them() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let (_, in_italy, _) = logframe(&app).await;
        let p1 = app.seed.p1.clone();
        move_case(&app, &s.own, "active", false);
        record(
            &app,
            &s.own,
            "job_contract",
            today() - Duration::days(3),
            "IT",
        )
        .await;
        let period = open_period(&app, "Year one").await;

        let mut c = english(&app, COORDINATOR).await;
        // Asked first, then submitted with its narrative.
        let res = c
            .post(
                &format!("/results/{p1}/periods/{period}/narrative"),
                &[("summary", "A first year of placements.")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = c
            .post(&format!("/results/{p1}/periods/{period}/submit"), &[])
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.shows(&msg("results-submit-warning")), "{}", res.body);
        assert!(report(&app, Some(&period)).await["period"]["status"]["status"] == "open");
        let res = c
            .post(
                &format!("/results/{p1}/periods/{period}/submit"),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            app.last_audit(),
            ("results.period.submit".into(), period.clone())
        );

        let frozen = report(&app, Some(&period)).await;
        assert_eq!(frozen["period"]["status"]["status"], "submitted");
        assert_eq!(
            frozen["period"]["narrative"][0][1],
            "A first year of placements."
        );
        let pv = &indicator(&frozen, "R1.I2")["periods"][0];
        assert_eq!(pv["actual"]["total"]["raw"], 1, "{pv}");
        assert!(pv["corrected"].is_null());

        // The outcome is corrected: the live value moves, the reported one does not.
        record(
            &app,
            &s.own,
            "returned_home",
            today() - Duration::days(3),
            "TN",
        )
        .await;
        let after = report(&app, Some(&period)).await;
        let pv = &indicator(&after, "R1.I2")["periods"][0];
        assert_eq!(pv["actual"]["total"]["raw"], 1, "{pv}");
        assert_eq!(pv["corrected"]["raw"], 0, "{pv}");
        assert_eq!(
            indicator(&report(&app, None).await, "R1.I2")["current"]["total"]["raw"],
            0
        );
        let res = c.get(&format!("/results/{p1}/indicators/{in_italy}")).await;
        assert!(res.body.contains("data-corrected"), "{}", res.body);
        assert!(res.body.contains("data-frozen"));

        // Once submitted, nothing changes it.
        for (path, fields) in [
            (
                format!("/results/{p1}/periods/{period}/submit"),
                vec![("confirmed", "yes")],
            ),
            (
                format!("/results/{p1}/periods/{period}/narrative"),
                vec![("summary", "Changed")],
            ),
        ] {
            let res = c.post(&path, &fields).await;
            assert_eq!(res.status, StatusCode::CONFLICT, "{path}");
            assert!(res.shows(&msg("results-error-period-submitted")));
        }
        assert_eq!(
            report(&app, Some(&period)).await["period"]["narrative"][0][1],
            "A first year of placements."
        );
    })
    .await;
}

#[tokio::test]
async fn a_manual_indicator_takes_a_value_and_evidence_read_under_audit() {
    on_each_backend(|app| async move {
        let _ = setup(&app).await;
        app.agencies_and_evaluator(&[domain::Country::TN]);
        let (_, _, manual) = logframe(&app).await;
        let p1 = app.seed.p1.clone();
        let period = open_period(&app, "Year one").await;
        let mut c = english(&app, COORDINATOR).await;
        let values = format!("/results/{p1}/indicators/{manual}/values");
        let res = c
            .post(
                &values,
                &[("period_id", &period), ("value", "2.5"), ("note", "")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("results-error-value")));
        let res = c
            .post(
                &values,
                &[
                    ("period_id", &period),
                    ("value", "3"),
                    ("note", "Milan–Sfax, Milan–Tangier, Turin–Khouribga"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let r = report(&app, None).await;
        assert_eq!(indicator(&r, "OS1.I1")["current"]["total"]["raw"], 3);
        assert_eq!(indicator(&r, "OS1.I1")["periods"][0]["target"], Value::Null);

        let evidence = format!("/results/{p1}/indicators/{manual}/evidence");
        let res = c
            .upload_fields(
                &evidence,
                &[("period_id", &period)],
                "notes.txt",
                b"not a pdf",
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        let res = c
            .upload_fields(&evidence, &[("period_id", &period)], "protocol.pdf", PDF)
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            app.last_audit(),
            ("results.evidence.add".into(), manual.clone())
        );

        // The evaluator reads the evidence; the read is audited.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        let page = evaluator
            .get(&format!("/results/{p1}/indicators/{manual}"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("data-value-form"),
            "an evaluator gets no form"
        );
        let at = page.body.find("data-evidence-file").unwrap();
        let start = page.body[..at].rfind("href=\"").unwrap() + "href=\"".len();
        let end = start + page.body[start..].find('"').unwrap();
        let href = page.body[start..end].to_owned();
        let res = evaluator.get(&href).await;
        assert_eq!(res.status, StatusCode::OK, "{href}");
        assert_eq!(res.bytes, PDF);
        assert_eq!(
            app.last_audit(),
            ("results.evidence.read".into(), manual.clone())
        );

        // Submitted, the value is final.
        let res = c
            .post(
                &format!("/results/{p1}/periods/{period}/submit"),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = c
            .post(
                &values,
                &[("period_id", &period), ("value", "4"), ("note", "")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        let r = report(&app, Some(&period)).await;
        assert_eq!(
            indicator(&r, "OS1.I1")["periods"][0]["actual"]["total"]["raw"],
            3
        );
    })
    .await;
}

#[tokio::test]
async fn the_csv_and_xlsx_carry_the_values_the_report_answers() {
    on_each_backend(|app| async move {
        let _ = setup(&app).await;
        let _ = logframe(&app).await;
        let p1 = app.seed.p1.clone();
        let r = report(&app, None).await;
        let mut c = app.signed_in(COORDINATOR).await;
        for ext in ["csv", "xlsx"] {
            let res = c.get(&format!("/results/{p1}/indicators.{ext}")).await;
            assert_eq!(res.status, StatusCode::OK, "{ext}");
            let table = app::tabular::read(&res.bytes).unwrap();
            let col = |name: &str| table.header.iter().position(|h| h == name).unwrap();
            let (code, current, target) = (col("code"), col("current"), col("target"));
            assert_eq!(table.rows.len(), 3, "{ext}");
            for row in &table.rows {
                let i = indicator(&r, &row[code]);
                let want = i["current"]["total"]["raw"]
                    .as_i64()
                    .map(|v| v.to_string())
                    .unwrap_or_default();
                assert_eq!(row[current], want, "{ext} {}", row[code]);
                let target_want = i["target"]["value"]["raw"]
                    .as_i64()
                    .map(|v| v.to_string())
                    .unwrap_or_default();
                assert_eq!(row[target], target_want, "{ext} {}", row[code]);
            }
        }
    })
    .await;
}
