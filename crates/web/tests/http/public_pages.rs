//! Public pages kept for visitors who have not signed in (issue 17, item 1): a call's page
//! and the open calls, served again without asking the database until a write, in each
//! reader's language and encoding, without anyone's token or cookies; signed-in people
//! get their own frame, never a kept one.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::support::{COORDINATOR, Client, TestApp, on_each_backend};

fn queries(app: &TestApp) -> u64 {
    app.db.db().queries_run()
}

fn visitor(app: &TestApp, lang: &str) -> Client {
    let mut c = app.client();
    c.accept_language = Some(lang.into());
    c
}

/// `GET path` asking for `encoding`: the headers and the raw bytes.
async fn fetch(app: &TestApp, path: &str, encoding: &str) -> (axum::http::HeaderMap, Vec<u8>) {
    let req = Request::get(path)
        .header(header::ACCEPT_ENCODING, encoding)
        .body(Body::empty())
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.headers, bytes)
}

#[tokio::test]
async fn a_calls_page_is_kept_for_visitors_until_a_write_and_carries_no_token() {
    on_each_backend(|app| async move {
        let call = testkit::fixtures::call(app.db.db(), &app.seed.p1, "Call for trainees");
        let path = format!("/open-calls/{call}");
        let mut en = visitor(&app, "en");

        let first = en.get(&path).await;
        assert_eq!(first.status, StatusCode::OK);
        assert!(first.body.contains("Call for trainees"));
        // Nothing personal in it: no CSRF token, the languages as links.
        assert!(!first.body.contains("name=\"csrf\""), "{}", first.body);
        assert!(!first.body.contains("X-CSRF-Token"));
        assert!(first.body.contains(&format!("href=\"{path}?lang=ar\"")));
        assert!(first.body.contains("hreflang=\"fr\""));

        let before = queries(&app);
        let again = en.get(&path).await;
        assert_eq!(queries(&app), before, "served without asking the database");
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(again.body, first.body);
        assert!(again.set_cookies().is_empty(), "{:?}", again.set_cookies());
        assert!(again.header("x-request-id").is_some());
        assert_eq!(
            again.header("content-security-policy"),
            first.header("content-security-policy")
        );

        // Another language is another page.
        let mut fr = visitor(&app, "fr");
        let french = fr.get(&path).await;
        assert!(french.body.contains("lang=\"fr\""));
        assert_ne!(french.body, first.body);
        let before = queries(&app);
        assert_eq!(fr.get(&path).await.body, french.body);
        assert_eq!(queries(&app), before);

        // A link asking for a language is answered fresh and remembered.
        let asked = en.get(&format!("{path}?lang=it")).await;
        assert!(asked.body.contains("<html lang=\"it\""));
        assert!(
            asked
                .set_cookies()
                .iter()
                .any(|c| c.starts_with("mentor_lang=it")),
            "{:?}",
            asked.set_cookies()
        );
        let kept_italian = en.get(&path).await;
        assert!(kept_italian.body.contains("<html lang=\"it\""));

        // A write through the server: the next visitor reads the page afresh.
        let mut staff = app.signed_in(COORDINATOR).await;
        let translations = format!("/calls/{call}/translations");
        let title_fr = format!("v:call:{call}:title:fr");
        let saved = staff
            .post(
                &translations,
                &[("lang", "en"), (title_fr.as_str(), "Appel aux stagiaires")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let before = queries(&app);
        let translated = fr.get(&path).await;
        assert!(queries(&app) > before);
        assert!(translated.body.contains("Appel aux stagiaires"));
    })
    .await;
}

#[tokio::test]
async fn signed_in_people_get_their_own_frame_and_nothing_of_theirs_is_kept() {
    on_each_backend(|app| async move {
        let call = testkit::fixtures::call(app.db.db(), &app.seed.p1, "Call for trainees");
        let path = format!("/open-calls/{call}");
        let mut staff = app.signed_in(COORDINATOR).await;
        let page = staff.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("name=\"csrf\""), "the language form");
        assert!(page.body.contains("action=\"/logout\""));
        let before = queries(&app);
        staff.get(&path).await;
        assert!(queries(&app) > before, "read afresh for a person");

        // A visitor next gets the page for everyone, not the coordinator's.
        let public = visitor(&app, "en").get(&path).await;
        assert!(!public.body.contains("action=\"/logout\""));
        assert!(!public.body.contains("name=\"csrf\""));

        // The open calls too.
        let mut en = visitor(&app, "en");
        let list = en.get("/open-calls").await;
        assert!(list.body.contains("Call for trainees"));
        let before = queries(&app);
        assert_eq!(en.get("/open-calls").await.body, list.body);
        assert_eq!(queries(&app), before);
        // An unknown call is not kept: each asking is answered by the router.
        en.get("/open-calls/nope").await;
        let before = queries(&app);
        let missing = en.get("/open-calls/nope").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(queries(&app) > before);
    })
    .await;
}

#[tokio::test]
async fn a_kept_page_goes_out_in_the_encoding_each_browser_accepts() {
    on_each_backend(|app| async move {
        let call = testkit::fixtures::call(app.db.db(), &app.seed.p1, "Call for trainees");
        let path = format!("/open-calls/{call}");
        let (plain_headers, plain) = fetch(&app, &path, "identity").await;
        assert!(plain_headers.get(header::CONTENT_ENCODING).is_none());
        for encoding in ["gzip", "br"] {
            let (headers, packed) = fetch(&app, &path, encoding).await;
            assert_eq!(headers[header::CONTENT_ENCODING], encoding);
            let before = queries(&app);
            let (kept_headers, kept) = fetch(&app, &path, encoding).await;
            assert_eq!(queries(&app), before, "{encoding}: kept");
            assert_eq!(kept_headers[header::CONTENT_ENCODING], encoding);
            assert_eq!(kept, packed);
            assert!(kept.len() * 2 < plain.len(), "{encoding} compressed");
        }
        let (_, again) = fetch(&app, &path, "identity").await;
        assert_eq!(again, plain);
    })
    .await;
}
