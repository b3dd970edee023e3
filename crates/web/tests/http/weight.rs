//! Weight on the wire: pages and assets travel compressed when the browser asks, assets
//! live at addresses that change with their content and are kept for a year, and the CSRF
//! token a page carries is masked afresh each time (so compression reveals nothing of it).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::support::{ADMIN, on_each_backend};

/// `GET path` asking for `encoding`: the status, the headers and the raw bytes.
async fn fetch(
    router: &axum::Router,
    path: &str,
    encoding: &str,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let req = Request::get(path)
        .header(header::ACCEPT_ENCODING, encoding)
        .body(Body::empty())
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

fn asset_paths(page: &str) -> Vec<String> {
    page.match_indices("/static/")
        .filter_map(|(i, _)| {
            let rest = &page[i..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

#[tokio::test]
async fn pages_and_assets_travel_compressed_and_assets_are_kept() {
    on_each_backend(|app| async move {
        let (status, headers, plain) = fetch(&app.router, "/login", "identity").await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers.get(header::CONTENT_ENCODING).is_none());
        let page = String::from_utf8(plain.clone()).unwrap();

        for encoding in ["br", "gzip"] {
            let (status, headers, packed) = fetch(&app.router, "/login", encoding).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(headers[header::CONTENT_ENCODING], encoding);
            assert!(
                packed.len() * 2 < plain.len(),
                "{encoding}: {} of {} bytes",
                packed.len(),
                plain.len()
            );
        }

        let assets = asset_paths(&page);
        assert_eq!(assets.len(), 2, "the stylesheet and htmx: {assets:?}");
        for path in &assets {
            let (status, headers, packed) = fetch(&app.router, path, "br").await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert_eq!(headers[header::CONTENT_ENCODING], "br", "{path}");
            assert!(
                headers[header::CACHE_CONTROL]
                    .to_str()
                    .unwrap()
                    .contains("immutable")
            );
            assert!(!packed.is_empty());
        }
        // An address the content no longer has is gone, never served stale.
        let (status, _, _) = fetch(&app.router, "/static/app-2.css", "br").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn the_page_token_is_masked_afresh_and_accepted() {
    on_each_backend(|app| async move {
        let mut admin = app.signed_in(ADMIN).await;
        let token = admin.csrf();
        let field = |body: &str| {
            let at = body.find(r#"name="csrf" value=""#).unwrap() + 19;
            body[at..at + body[at..].find('"').unwrap()].to_owned()
        };
        let first = field(&admin.get("/account").await.body);
        let second = field(&admin.get("/account").await.body);
        assert_ne!(first, second, "masked afresh for every page");
        assert!(!first.contains(&token) && !second.contains(&token));

        let res = admin.post_raw("/logout", &[("csrf", first.as_str())]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

        let mut again = app.signed_in(ADMIN).await;
        let forged = "ab".repeat(64);
        let res = again
            .post_raw("/logout", &[("csrf", forged.as_str())])
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
    })
    .await;
}
