//! The grant calls' API within reach.

use super::*;

#[tokio::test]
async fn the_api_publishes_takes_a_draft_and_answers_within_reach() {
    on_each_backend(|app| async move {
        app.agencies_and_evaluator(&[Country::TN]);
        let w = world(&app).await;
        let mut coordinator = app.client();
        coordinator.bearer = Some(app.token(COORDINATOR));
        let d = |days: i64| (today() + Duration::days(days)).to_string();
        let body = serde_json::json!({
            "programme_id": app.seed.p1, "title": "Third round", "currency": "EUR",
            "fund_cents": 2_000_000, "min_grant_cents": 100_000, "max_grant_cents": 400_000,
            "opens_on": d(0), "closes_on": d(20), "quality_threshold": 50,
            "entrepreneurial": true, "professional": false, "from_italy": false, "from_home": true,
            "criteria": [{"label": "Feasibility", "weight": 100}]});
        let res = coordinator.post_json("/api/v1/grant-calls", &body.to_string()).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert_eq!(res.json()["fund_cents"], 2_000_000);
        let mut bad = body.clone();
        bad["criteria"] = serde_json::json!([{"label": "Feasibility", "weight": 90}]);
        let res = coordinator.post_json("/api/v1/grant-calls", &bad.to_string()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.json()["error"]["code"], "grant-error-weights");
        assert_eq!(calls(&app).len(), 2);

        let mut p = app.client();
        p.bearer = Some(app.token(PARTICIPANT));
        let list = p.get("/api/v1/grant-calls").await.json();
        assert_eq!(list.as_array().map(Vec::len), Some(1), "only the call they are on the list of");
        let draft = serde_json::json!({"project_type": "professional", "origin": "italy", "title": "Welding certificate", "summary": "A certificate to work in the yards.",
            "lines": [{"category": "training", "label": "Course", "amount_cents": 150_000},
                      {"category": "travel", "label": "Trips", "amount_cents": 20_000}]});
        let path = format!("/api/v1/grant-calls/{}/applications", w.call);
        let res = p.post_json(&path, &draft.to_string()).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(res.json()["requested_cents"], 170_000);
        assert_eq!(res.json()["status"], "draft");
        let own = p.get(&path).await.json();
        assert_eq!(own.as_array().map(Vec::len), Some(1), "their own draft");
        let mut elsewhere = draft.clone();
        elsewhere["origin"] = serde_json::json!("mars");
        assert_eq!(p.post_json(&path, &elsewhere.to_string()).await.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Staff see submitted ones only; the evaluator without names.
        let mut web = english(&app, PARTICIPANT).await;
        web.post(&format!("/my/grants/{}/submit", w.call), &[("confirmed", "yes")]).await;
        let staff = coordinator.get(&path).await.json();
        assert_eq!(staff[0]["applicant"]["family_name"], "Haddad");
        let mut evaluator = app.client();
        evaluator.bearer = Some(app.token(EVALUATOR));
        let blind = evaluator.get(&path).await;
        assert_eq!(blind.status, StatusCode::OK, "{}", blind.body);
        assert!(blind.json()[0]["applicant"].is_null());
        assert!(!blind.body.contains("Haddad"));
        let mut other = app.client();
        other.bearer = Some(app.token(OTHER_COORDINATOR));
        assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            other.get(&format!("/api/v1/grant-calls/{}", w.call)).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}
