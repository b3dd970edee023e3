//! `Idempotency-Key` on API POSTs (issue 10, defect 20): a retry of a request whose answer
//! was lost creates nothing new and gets the first answer; the same key with another
//! request is refused (422); another person's same key is theirs.

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::support::{COORDINATOR, OTHER_COORDINATOR, Resp, TestApp, on_each_backend};

async fn post_keyed(app: &TestApp, token: &str, path: &str, key: &str, body: &Value) -> Resp {
    let mut c = app.client();
    let req = axum::http::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "localhost")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .header("idempotency-key", key)
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    c.send(req).await
}

fn new_call(app: &TestApp, title: &str) -> Value {
    json!({
        "programme_id": app.seed.p1, "title": title, "opens_on": "2023-01-01",
        "closes_on": "2023-02-28", "places": 20
    })
}

async fn call_titles(app: &TestApp, token: &str) -> Vec<String> {
    let mut api = app.client();
    api.bearer = Some(token.to_owned());
    let calls = api.get("/api/v1/calls").await.json();
    calls
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c["title"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_repeated_post_with_its_key_creates_nothing_and_gets_the_first_answer() {
    on_each_backend(|app| async move {
        let token = app.token(COORDINATOR);
        let body = new_call(&app, "Keyed call");
        let first = post_keyed(&app, &token, "/api/v1/calls", "retry-1", &body).await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
        let audited = app.audit_count();

        let again = post_keyed(&app, &token, "/api/v1/calls", "retry-1", &body).await;
        assert_eq!(again.status, StatusCode::CREATED, "{}", again.body);
        assert_eq!(again.json(), first.json());
        assert_eq!(app.audit_count(), audited, "the repeat wrote");
        let titles = call_titles(&app, &token).await;
        assert_eq!(titles.iter().filter(|t| *t == "Keyed call").count(), 1);

        // Another key, the same body: a new request.
        let other = post_keyed(&app, &token, "/api/v1/calls", "retry-2", &body).await;
        assert_eq!(other.status, StatusCode::CREATED);
        assert_ne!(other.json()["id"], first.json()["id"]);
    })
    .await;
}

#[tokio::test]
async fn the_same_key_with_another_request_is_refused() {
    on_each_backend(|app| async move {
        let token = app.token(COORDINATOR);
        let first = post_keyed(&app, &token, "/api/v1/calls", "k", &new_call(&app, "One")).await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
        let audited = app.audit_count();
        let other = post_keyed(&app, &token, "/api/v1/calls", "k", &new_call(&app, "Two")).await;
        assert_eq!(
            other.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            other.body
        );
        assert_eq!(
            other.json()["error"]["code"],
            "error-idempotency-key-reused"
        );
        assert_eq!(app.audit_count(), audited);
        assert!(!call_titles(&app, &token).await.contains(&"Two".to_owned()));

        // A key that is not a short visible text is refused before anything is done.
        let bad = post_keyed(&app, &token, "/api/v1/calls", "", &new_call(&app, "Three")).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert_eq!(bad.json()["error"]["code"], "error-idempotency-key-invalid");
    })
    .await;
}

#[tokio::test]
async fn another_persons_same_key_is_independent() {
    on_each_backend(|app| async move {
        let mine = app.token(COORDINATOR);
        let theirs = app.token(OTHER_COORDINATOR);
        let first = post_keyed(
            &app,
            &mine,
            "/api/v1/calls",
            "shared",
            &new_call(&app, "Mine"),
        )
        .await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
        let body = json!({
            "programme_id": app.seed.p2, "title": "Theirs", "opens_on": "2023-01-01",
            "closes_on": "2023-02-28", "places": 5
        });
        let second = post_keyed(&app, &theirs, "/api/v1/calls", "shared", &body).await;
        assert_eq!(second.status, StatusCode::CREATED, "{}", second.body);
        assert_ne!(second.json()["id"], first.json()["id"]);
        assert!(
            call_titles(&app, &theirs)
                .await
                .contains(&"Theirs".to_owned())
        );
    })
    .await;
}

#[tokio::test]
async fn a_repeated_company_registration_is_answered_from_the_first() {
    on_each_backend(|app| async move {
        let token = app.token(COORDINATOR);
        let body = json!({"programme_id": app.seed.p1, "name": "Retry Srl", "city": "Milano"});
        let first = post_keyed(&app, &token, "/api/v1/companies", "c-1", &body).await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
        let again = post_keyed(&app, &token, "/api/v1/companies", "c-1", &body).await;
        assert_eq!(again.status, StatusCode::CREATED, "{}", again.body);
        assert_eq!(again.json()["id"], first.json()["id"]);
        let mut api = app.client();
        api.bearer = Some(token);
        let companies = api.get("/api/v1/companies").await.json();
        let named = companies
            .as_array()
            .map(|a| a.iter().filter(|c| c["name"] == "Retry Srl").count());
        assert_eq!(named, Some(1));
    })
    .await;
}

#[tokio::test]
async fn concurrent_repeats_create_one_record() {
    on_each_backend(|app| async move {
        let token = app.token(COORDINATOR);
        let body = new_call(&app, "Raced call");
        let send = || post_keyed(&app, &token, "/api/v1/calls", "raced", &body);
        let answers = futures_join4(send(), send(), send(), send()).await;
        let mut ids = Vec::new();
        for a in &answers {
            match a.status {
                StatusCode::CREATED => ids.push(a.json()["id"].clone()),
                StatusCode::CONFLICT => {
                    assert_eq!(a.json()["error"]["code"], "error-idempotency-in-progress");
                }
                s => panic!("unexpected {s}: {}", a.body),
            }
        }
        assert!(!ids.is_empty());
        assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
        let titles = call_titles(&app, &token).await;
        assert_eq!(titles.iter().filter(|t| *t == "Raced call").count(), 1);
    })
    .await;
}

async fn futures_join4<F: Future>(a: F, b: F, c: F, d: F) -> [F::Output; 4] {
    let (a, b, c, d) = tokio::join!(a, b, c, d);
    [a, b, c, d]
}
