use axum::http::StatusCode;

use crate::support::{COORDINATOR, NOBODY, on_each_backend};

#[tokio::test]
async fn the_api_needs_a_valid_token_and_answers_in_json() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        let res = c.get("/api/v1/programmes").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        assert_eq!(res.json()["error"]["code"], "error-unauthenticated");

        c.bearer = Some("mentor_forged".into());
        assert_eq!(
            c.get("/api/v1/programmes").await.status,
            StatusCode::UNAUTHORIZED
        );

        c.bearer = Some(app.token(COORDINATOR));
        let list = c.get("/api/v1/programmes").await;
        assert_eq!(list.status, StatusCode::OK);
        let slugs: Vec<String> = list
            .json()
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|p| p["slug"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(slugs, vec!["p-one".to_owned()]);
        let me = c.get("/api/v1/users/me").await.json();
        assert_eq!(me["email"], COORDINATOR);
        assert_eq!(me["memberships"][0]["role"], "coordinator");
        assert!(me.get("password_hash").is_none());
    })
    .await;
}

#[tokio::test]
async fn a_forbidden_api_call_gets_403_and_no_data() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        c.bearer = Some(app.token(NOBODY));
        let res = c.get("/api/v1/organisations").await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert!(!res.body.contains("Company"));
        assert_eq!(res.json()["error"]["code"], "error-forbidden");
    })
    .await;
}

#[tokio::test]
async fn health_reports_the_database() {
    on_each_backend(|app| async move {
        let res = app.client().get("/healthz").await;
        assert_eq!(res.status, StatusCode::OK);
    })
    .await;
}
