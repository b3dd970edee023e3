use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use tokio::sync::Notify;
use tower::ServiceExt;

use super::{Turns, middleware, waits};

#[test]
fn reads_wait_probes_and_writes_do_not() {
    assert!(waits(&axum::http::Method::GET, "/candidates"));
    assert!(waits(&axum::http::Method::HEAD, "/"));
    assert!(!waits(&axum::http::Method::POST, "/candidates"));
    assert!(!waits(&axum::http::Method::DELETE, "/api/v1/x"));
    assert!(!waits(&axum::http::Method::GET, "/readyz"));
    assert!(!waits(&axum::http::Method::GET, "/livez"));
    assert!(!waits(&axum::http::Method::GET, "/metrics"));
    assert!(!waits(&axum::http::Method::GET, "/static/app.css"));
    assert!(waits(&axum::http::Method::GET, "/staticky"));
}

#[tokio::test]
async fn a_write_is_served_while_a_read_waits_for_the_one_turn() {
    let release = Arc::new(Notify::new());
    let held = release.clone();
    let turns = Turns::new(1);
    let app = Router::new()
        .route(
            "/slow",
            get(move || {
                let held = held.clone();
                async move {
                    held.notified().await;
                    "slow"
                }
            }),
        )
        .route("/page", get(|| async { "page" }).post(|| async { "saved" }))
        .layer(from_fn_with_state(turns.clone(), middleware));
    let ask = |method: &str, path: &str| {
        let req = Request::builder()
            .method(method)
            .uri(path)
            .body(Body::empty())
            .unwrap();
        app.clone().oneshot(req)
    };
    let slow = tokio::spawn(ask("GET", "/slow"));
    tokio::time::sleep(Duration::from_millis(50)).await;
    // The one turn is taken: a second read waits, a write does not.
    let waiting = tokio::spawn(ask("GET", "/page"));
    let saved = tokio::time::timeout(Duration::from_secs(2), ask("POST", "/page")).await;
    assert_eq!(saved.unwrap().unwrap().status(), StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!waiting.is_finished(), "the read waits for the turn");
    assert_eq!(turns.in_use(), (1, 1), "one served, one waiting");
    release.notify_one();
    assert_eq!(slow.await.unwrap().unwrap().status(), StatusCode::OK);
    let page = tokio::time::timeout(Duration::from_secs(2), waiting).await;
    assert_eq!(page.unwrap().unwrap().unwrap().status(), StatusCode::OK);
    assert_eq!(turns.in_use(), (0, 0));
}
