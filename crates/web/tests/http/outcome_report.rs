//! The outcome table of DOMAIN.md §6 and the IATI activity file through the router (issue
//! 16 items 3 and 4): a corrected outcome moves exactly the cells it belongs to, nothing
//! else (the table is computed from the records, never stored); the evaluator reads the
//! page, the spreadsheets (audited) and the API, a company and a participant reach none of
//! it; the coordinator sets the IATI identifiers, a download changes nothing, the
//! coordinator publishes them (confirmed), and a change is then refused.

use axum::http::StatusCode;
use chrono::Duration;
use domain::Country;
use serde_json::Value;

use crate::cases::setup;
use crate::outcomes::{move_case, record, today};
use crate::support::{COMPANY, COORDINATOR, EVALUATOR, PARTICIPANT, TestApp, msg, on_each_backend};

/// The table's rows from the API, as (key, cells by country, total).
async fn rows(app: &TestApp, programme: &str) -> Vec<(String, Value, i64)> {
    let mut c = app.signed_in(EVALUATOR).await;
    let res = c
        .get(&format!("/api/v1/programmes/{programme}/reports/outcomes"))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.json()["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap().to_owned(),
                r["cells"].clone(),
                r["total"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn cell(rows: &[(String, Value, i64)], key: &str, country: &str) -> i64 {
    let row = rows.iter().find(|r| r.0 == key).unwrap();
    row.1[country].as_i64().unwrap_or(0)
}

fn total(rows: &[(String, Value, i64)], key: &str) -> i64 {
    rows.iter().find(|r| r.0 == key).unwrap().2
}

#[tokio::test]
async fn a_corrected_outcome_moves_exactly_its_cells() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        app.agencies_and_evaluator(&[Country::TN, Country::MA]);
        let p1 = app.seed.p1.clone();
        let empty = rows(&app, &p1).await;
        assert_eq!(total(&empty, "traineeships"), 0);

        let day = today() - Duration::days(2);
        for case in [&s.own, &s.other] {
            move_case(&app, case, "active", false);
        }
        record(&app, &s.own, "job_contract", day, "IT").await;
        record(&app, &s.other, "returned_home", day, "MA").await;
        let before = rows(&app, &p1).await;
        assert_eq!(
            [
                cell(&before, "traineeships", "TN"),
                cell(&before, "in_italy", "TN"),
                cell(&before, "returned_home", "MA"),
                total(&before, "traineeships"),
            ],
            [1, 1, 1, 2]
        );

        // The Tunisian trainee's job contract was a mistake: they went home.
        record(&app, &s.own, "returned_home", day, "TN").await;
        let after = rows(&app, &p1).await;
        let mut moved = Vec::new();
        for ((key, cells, t), (_, cells_after, t_after)) in before.iter().zip(&after) {
            for country in ["TN", "MA"] {
                let (a, b) = (
                    cells[country].as_i64().unwrap_or(0),
                    cells_after[country].as_i64().unwrap_or(0),
                );
                if a != b {
                    moved.push((key.clone(), country, b - a));
                }
            }
            if t != t_after {
                moved.push((key.clone(), "total", t_after - t));
            }
        }
        moved.sort();
        assert_eq!(
            moved,
            [
                ("in_italy".to_owned(), "TN", -1),
                ("in_italy".to_owned(), "total", -1),
                ("returned_home".to_owned(), "TN", 1),
                ("returned_home".to_owned(), "total", 1),
            ]
        );

        // The page shows the same cells; the spreadsheets are audited.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        let res = evaluator.get(&format!("/results/{p1}/outcomes")).await;
        assert_eq!(res.status, StatusCode::OK);
        let line = res.part(r#"data-line="returned_home""#, "</tr>");
        assert!(line.contains(r#"data-total="2""#), "{line}");
        assert!(!res.body.contains("Haddad"), "no names on the table");
        let res = evaluator.get(&format!("/results/{p1}/outcomes.csv")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.header("content-type").unwrap().starts_with("text/csv"));
        assert!(res.body.contains("returned_home"), "{}", res.body);
        assert_eq!(
            app.last_audit(),
            ("outcome_report.export".into(), format!("{p1}:csv"))
        );
        let res = evaluator.get(&format!("/results/{p1}/outcomes.xlsx")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.bytes.starts_with(b"PK\x03\x04"));
        // The /outcomes page links the evaluator's and coordinator's readers to it.
        let mut coordinator = app.signed_in(COORDINATOR).await;
        let res = coordinator.get("/outcomes").await;
        assert!(res.body.contains(&format!("/results/{p1}/outcomes")));
    })
    .await;
}

#[tokio::test]
async fn companies_and_participants_reach_neither_the_table_nor_the_file() {
    on_each_backend(|app| async move {
        let p1 = app.seed.p1.clone();
        for who in [COMPANY, PARTICIPANT] {
            let mut c = app.signed_in(who).await;
            for path in [
                format!("/results/{p1}/outcomes"),
                format!("/results/{p1}/outcomes.xlsx"),
                format!("/results/{p1}/iati.xml"),
                format!("/api/v1/programmes/{p1}/reports/outcomes"),
            ] {
                let res = c.get(&path).await;
                assert_eq!(res.status, StatusCode::FORBIDDEN, "{who} {path}");
            }
        }
        // Another programme's coordinator: the programme is as if missing.
        let mut other = app.signed_in(crate::support::OTHER_COORDINATOR).await;
        let res = other.get(&format!("/results/{p1}/outcomes")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn the_iati_identifiers_never_change_once_published() {
    on_each_backend(|app| async move {
        app.agencies_and_evaluator(&[]);
        let p1 = app.seed.p1.clone();
        let page = format!("/results/{p1}/iati");
        let mut coordinator = app.signed_in(COORDINATOR).await;
        coordinator.accept_language = Some("en".into());
        // Nothing to download before the identifiers are set.
        let res = coordinator.get(&format!("{page}.xml")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let form = |activity: &'static str| {
            [
                ("org_ref", "IT-CF-01199250158"),
                ("org_name", "Comune di Milano"),
                ("org_type", "11"),
                ("activity_id", activity),
            ]
        };
        let res = coordinator.post(&page, &form("XM-OTHER-1")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("iati-error-activity-id")), "{}", res.body);
        let res = coordinator
            .post(&page, &form("IT-CF-01199250158-MENTOR-II"))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("iati.save".into(), p1.clone()));
        let res = coordinator.get(&page).await;
        assert!(res.body.contains("data-unpublished"));
        assert!(res.shows(&msg("iati-warning-no-results")), "{}", res.body);

        // The evaluator reads and downloads, but keeps no identifiers.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        let res = evaluator.post(&page, &form("IT-CF-01199250158-X")).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let res = evaluator.get(&format!("{page}.xml")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.header("content-type")
                .unwrap()
                .starts_with("application/xml")
        );
        assert!(res.body.contains("<iati-activities version=\"2.03\""));
        assert!(
            res.body
                .contains("<iati-identifier>IT-CF-01199250158-MENTOR-II</iati-identifier>")
        );
        assert_eq!(app.last_audit(), ("iati.export".into(), p1.clone()));

        // A download publishes nothing; publishing is the coordinator's, confirmed first.
        let publish = format!("{page}/publish");
        let res = coordinator.get(&page).await;
        assert!(res.body.contains("data-unpublished"));
        assert!(res.body.contains("data-iati-publish"));
        assert!(
            !evaluator
                .get(&page)
                .await
                .body
                .contains("data-iati-publish")
        );
        let res = evaluator.post(&publish, &[("confirmed", "yes")]).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let res = coordinator.post(&publish, &[]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"iati-publish\""));
        assert!(res.body.contains("IT-CF-01199250158-MENTOR-II"));
        let mut conn = app.db.db().conn().unwrap();
        let unpublished = db::iati::settings(&mut conn, &p1).unwrap().unwrap();
        assert!(
            unpublished.published_at.is_none(),
            "nothing before the confirmation"
        );
        let res = coordinator.post(&publish, &[("confirmed", "yes")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("iati.publish".into(), p1.clone()));

        // Published: the form is gone and a change is refused, nothing written.
        let res = coordinator.get(&page).await;
        assert!(res.body.contains("data-published"));
        assert!(res.shows(&msg("flash-iati-published")), "{}", res.body);
        assert!(!res.body.contains("data-iati-form"));
        assert!(!res.body.contains("data-iati-publish"));
        let res = coordinator
            .post(&page, &form("IT-CF-01199250158-MENTOR-III"))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("iati-error-published")), "{}", res.body);
        let mut conn = app.db.db().conn().unwrap();
        let stored = db::iati::settings(&mut conn, &p1).unwrap().unwrap();
        assert_eq!(stored.activity_id, "IT-CF-01199250158-MENTOR-II");
    })
    .await;
}
