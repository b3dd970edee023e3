//! API tokens (issue 10, defect 5): a person lists, makes and revokes their own tokens on
//! `/account/tokens`, never another's; a token dies when it expires, is revoked, when its
//! owner's password changes and when the account is disabled; a dead token gets 401 JSON.

use axum::http::StatusCode;
use chrono::Duration;

use crate::sign_in::server;
use crate::support::*;

/// Makes a token on the page; returns its id and secret.
async fn make(c: &mut Client, name: &str, days: &str) -> (String, String) {
    let res = c
        .post("/account/tokens", &[("name", name), ("days", days)])
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    assert!(res.shows(&msg1("tokens-made", "name", name)));
    let secret = res
        .body
        .split("value=\"")
        .find(|s| s.starts_with(db::api_tokens::PREFIX))
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no secret shown: {}", res.body))
        .to_owned();
    // The newest token's row comes first.
    let id = res
        .body
        .split("data-token=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned();
    (id, secret)
}

/// The status and error code of an API call with `secret`.
async fn api_with(
    app: &TestApp,
    router: Option<&axum::Router>,
    secret: &str,
) -> (StatusCode, String) {
    let mut c = match router {
        Some(r) => app.client().via(r),
        None => app.client(),
    };
    c.bearer = Some(secret.to_owned());
    let res = c.get("/api/v1/users/me").await;
    let code = if res.status == StatusCode::OK {
        String::new()
    } else {
        res.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    (res.status, code)
}

fn dead() -> (StatusCode, String) {
    (StatusCode::UNAUTHORIZED, "error-unauthenticated".to_owned())
}

fn alive() -> (StatusCode, String) {
    (StatusCode::OK, String::new())
}

#[tokio::test]
async fn a_person_lists_makes_and_revokes_their_own_tokens_only() {
    on_each_backend(|app| async move {
        let mut me = app.signed_in(COORDINATOR).await;
        me.accept_language = Some("en".into());
        let res = me.get("/account").await;
        assert!(res.body.contains("href=\"/account/tokens\""));
        let res = me.get("/account/tokens").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.shows(&msg("tokens-none")), "{}", res.body);

        let (id, secret) = make(&mut me, "Nightly export", "30").await;
        let list = me.get("/account/tokens").await;
        let row = list.part(&format!("data-token=\"{id}\""), "</tr>");
        assert!(row.contains("data-state=\"active\""), "{row}");
        assert!(row.contains("Nightly export"));
        assert!(
            row.contains(&escape_html(&msg("tokens-never-used"))),
            "{row}"
        );
        assert!(
            !list.body.contains(&secret),
            "the secret is shown once only"
        );
        assert_eq!(api_with(&app, None, &secret).await, alive());
        let list = me.get("/account/tokens").await;
        let row = list.part(&format!("data-token=\"{id}\""), "</tr>");
        assert!(
            !row.contains(&escape_html(&msg("tokens-never-used"))),
            "its use is shown"
        );

        // Bad input is refused with its reason and makes nothing.
        let res = me
            .post("/account/tokens", &[("name", " "), ("days", "30")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-token-name")));
        let res = me
            .post("/account/tokens", &[("name", "x"), ("days", "366")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-token-days")));
        assert_eq!(
            me.get("/account/tokens")
                .await
                .body
                .matches("data-token=\"")
                .count(),
            1
        );

        // Someone else neither sees nor revokes it.
        let mut other = app.signed_in(ADMIN).await;
        assert!(!other.get("/account/tokens").await.body.contains(&id));
        let confirm = format!("/account/tokens/{id}/revoke");
        assert_eq!(other.get(&confirm).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            other.post(&confirm, &[]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(api_with(&app, None, &secret).await, alive());

        // The owner confirms, revokes, and is told it succeeded.
        let page = me.get(&confirm).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(&format!("data-confirm-revoke=\"{id}\"")));
        let res = me.post(&confirm, &[]).await;
        assert_eq!(res.location(), Some("/account/tokens?revoked=1"));
        let list = me.get("/account/tokens?revoked=1").await;
        assert!(list.shows(&msg("tokens-revoked")));
        assert!(!list.body.contains(&format!("data-token=\"{id}\"")));
        assert_eq!(api_with(&app, None, &secret).await, dead());
    })
    .await;
}

#[tokio::test]
async fn a_token_dies_when_it_expires() {
    on_each_backend(|app| async move {
        let (router, clock) = server(&app, Default::default(), None);
        let mut me = app.client().via(&router);
        me.accept_language = Some("en".into());
        assert_eq!(
            me.login(COORDINATOR, PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
        let (id, secret) = make(&mut me, "short", "1").await;
        clock.advance(Duration::hours(23));
        assert_eq!(api_with(&app, Some(&router), &secret).await, alive());
        clock.advance(Duration::hours(1));
        assert_eq!(api_with(&app, Some(&router), &secret).await, dead());
        // Still listed, as expired, so its owner sees why it stopped (signed in again: the
        // session of a day ago has ended too).
        assert_eq!(
            me.login(COORDINATOR, PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
        let list = me.get("/account/tokens").await;
        let row = list.part(&format!("data-token=\"{id}\""), "</tr>");
        assert!(row.contains("data-state=\"expired\""), "{row}");
    })
    .await;
}

#[tokio::test]
async fn a_token_dies_when_its_owners_password_changes() {
    on_each_backend(|app| async move {
        let mut me = app.signed_in(COORDINATOR).await;
        me.accept_language = Some("en".into());
        let (_, secret) = make(&mut me, "ci", "").await;
        let theirs = app.token(ADMIN);
        let new = "a brand new password";
        let res = me
            .post(
                "/account/password",
                &[
                    ("current", PASSWORD),
                    ("new_password", new),
                    ("confirm", new),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(api_with(&app, None, &secret).await, dead());
        assert_eq!(
            api_with(&app, None, &theirs).await,
            alive(),
            "only the owner's"
        );
    })
    .await;
}

#[tokio::test]
async fn a_token_dies_with_a_disabled_account_and_stays_dead_when_enabled_again() {
    on_each_backend(|app| async move {
        let secret = app.token(COMPANY);
        assert_eq!(api_with(&app, None, &secret).await, alive());
        let mut admin = app.signed_in(ADMIN).await;
        let user = app.seed.company_user.clone();
        let res = admin
            .post(&format!("/users/{user}/disable"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(api_with(&app, None, &secret).await, dead());
        let res = admin.post(&format!("/users/{user}/enable"), &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(api_with(&app, None, &secret).await, dead());
    })
    .await;
}
