//! Matching runs explained (issue 11): refused settings (page and API), the settings and
//! component scales a run shows, the binding reason of a candidate without a place, and
//! the constraints an empty or impossible run names.

use axum::http::StatusCode;

use crate::matching::setup;
use crate::support::{COORDINATOR, TestApp, msg, msg1, on_each_backend};

fn runs(app: &TestApp, call: &str) -> usize {
    let mut conn = app.db.db().conn().unwrap();
    db::matching::runs_of(&mut conn, call).unwrap().len()
}

#[tokio::test]
async fn refused_settings_come_back_with_their_field_marked_and_run_nothing() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let path = format!("/calls/{}/matching/runs", s.call);
        for (field, value, key) in [
            ("w_skills", "abc", "error-matching-weight"),
            ("w_city", "-5", "error-matching-weight"),
            ("w_occupation", "1001", "error-matching-weight"),
            ("country_TN", "-1", "error-matching-quota"),
            ("citymin_Milano", "many", "error-matching-quota"),
            ("city_Milano", "10001", "error-matching-quota"),
        ] {
            let res = c
                .post(&path, &[("method", "optimal"), (field, value)])
                .await;
            assert_eq!(
                res.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{field}={value}"
            );
            assert!(res.shows(&msg(key)), "{field}={value}: {}", res.body);
            let input = res.part(&format!("<input id=\"{field}\""), ">");
            assert!(input.contains("aria-invalid=\"true\""), "{field}: {input}");
            assert!(
                input.contains(&format!("value=\"{value}\"")),
                "typed value kept"
            );
        }
        let res = c
            .post(&path, &[("country_MA", "1"), ("countrymin_MA", "2")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-matching-quota-order")));
        assert!(res.body.contains(r#"data-invalid="countrymin_MA""#));
        assert_eq!(runs(&app, &s.call), 0, "nothing run, nothing stored");

        // The API refuses the same values, naming the field.
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let api_path = format!("/api/v1/calls/{}/matching-runs", s.call);
        for body in [
            r#"{"weights":{"skills":"abc"}}"#,
            r#"{"weights":{"city":-5}}"#,
            r#"{"weights":{"occupation":1001}}"#,
            r#"{"country_max":{"TN":10001}}"#,
        ] {
            let res = api.post_json(&api_path, body).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        }
        let res = api
            .post_json(
                &api_path,
                r#"{"country_max":{"MA":1},"country_min":{"MA":2}}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let error = &res.json()["error"];
        assert_eq!(error["code"], "error-matching-quota-order");
        assert_eq!(error["field"], "country_min.MA");
        assert_eq!(runs(&app, &s.call), 0);
    })
    .await;
}

#[tokio::test]
async fn a_full_country_quota_is_named_by_the_empty_run_and_an_unmet_minimum_by_the_refusal() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let path = format!("/calls/{}/matching/runs", s.call);
        // No place for anyone: Tunisia's quota is 0, Morocco's too.
        let res = c
            .post(&path, &[("country_TN", "0"), ("country_MA", "0")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let run = c.get(res.location().unwrap()).await;
        assert!(run.body.contains(r#"data-pairs="0""#));
        let binding = run.part(r#"<section id="binding""#, "</section>");
        assert!(
            binding.contains(r#"data-binding="country-quota""#),
            "{binding}"
        );
        assert!(run.shows(&msg1("matching-binding-country", "country", "TN")));
        assert!(run.shows(&msg1("matching-binding-country", "country", "MA")));
        let unassigned = run.part(r#"<ul id="unassigned">"#, "</ul>");
        assert_eq!(
            unassigned.matches(r#"data-reason="country-quota""#).count(),
            3,
            "each candidate without a place is told why"
        );
        assert!(run.shows(&msg1("matching-why-country-quota", "country", "TN")));

        // Two from Morocco cannot be met: the refusal names that minimum.
        let res = c.post(&path, &[("countrymin_MA", "2")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-matching-infeasible")));
        assert!(res.body.contains(r#"data-binding="country-quota""#));
        assert!(res.shows(&msg1("matching-failure-country-min", "country", "MA")));
        assert_eq!(runs(&app, &s.call), 1);

        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let res = api
            .post_json(
                &format!("/api/v1/calls/{}/matching-runs", s.call),
                r#"{"country_min":{"MA":2}}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.json()["error"]["code"], "error-matching-infeasible");
        assert_eq!(res.json()["error"]["field"], "country_min.MA");
    })
    .await;
}

#[tokio::test]
async fn a_run_shows_its_settings_and_each_component_on_its_scale() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[
                    ("method", "optimal"),
                    ("w_occupation", "30"),
                    ("w_skills", "0"),
                    ("country_TN", "1"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let location = res.location().unwrap().to_owned();
        let run = c.get(&location).await;
        let settings = run.part(r#"<details id="run-settings""#, "</details>");
        assert!(settings.contains(r#"data-locks="0""#), "{settings}");
        assert!(settings.contains(r#"data-weight="30""#));
        assert!(settings.contains("data-quota") && settings.contains("TN"));
        // Occupation out of 30 × 100, skills out of 0: the scale says what 0 means.
        assert!(run.body.contains(r#"data-component="occupation""#));
        assert!(run.body.contains(r#"data-max="3000""#), "{}", run.body);
        assert!(
            run.body
                .contains(r#"data-component="skills" data-value="0" data-max="0""#)
        );
        // The Tunisian left out is told it is the quota.
        let unassigned = run.part(r#"<ul id="unassigned">"#, "</ul>");
        assert!(
            unassigned.contains(r#"data-reason="country-quota""#),
            "{unassigned}"
        );

        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let id = location.trim_start_matches("/matching-runs/");
        let res = api.get(&format!("/api/v1/matching-runs/{id}")).await;
        assert_eq!(res.status, StatusCode::OK);
        let v = res.json();
        assert_eq!(v["settings"]["weights"]["occupation"], 30);
        assert_eq!(v["settings"]["country_max"]["TN"], 1);
        assert_eq!(v["constraints"]["locked"], 0);
        let explanations = v["result"]["explanations"].as_array().cloned().unwrap();
        assert_eq!(explanations.len(), 1);
        assert_eq!(explanations[0]["reason"]["kind"], "quota");
        assert_eq!(explanations[0]["reason"]["group"], "country:TN");
    })
    .await;
}
