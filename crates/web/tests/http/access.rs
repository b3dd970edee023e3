//! Getting back in: a password reset by e-mail that tells nothing about which addresses
//! have accounts, works once, for an hour, and ends the account's other sessions.

use std::time::Duration;

use axum::http::StatusCode;

use crate::support::{COMPANY, PASSWORD, TestApp, msg, on_each_backend};

/// The reset messages sent to `email`, waiting a moment for the work done after the
/// answer.
async fn resets_to(app: &TestApp, email: &str, expected: usize) -> Vec<db::outbox::Mail> {
    for _ in 0..100 {
        let mut conn = app.db.db().conn().unwrap();
        let mails: Vec<_> = db::outbox::to_recipient(&mut conn, email)
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.kind == "password.reset")
            .collect();
        if mails.len() >= expected {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Vec::new()
}

fn token_in(body: &str) -> String {
    let at = body.find("/password/reset?t=").unwrap() + "/password/reset?t=".len();
    body[at..at + 64].to_owned()
}

#[tokio::test]
async fn asking_tells_nothing_and_the_link_works_once() {
    on_each_backend(|app| async move {
        let mut stranger = app.client();
        stranger.accept_language = Some("en".into());
        let known = stranger
            .post("/password/forgot", &[("email", COMPANY)])
            .await;
        let unknown = stranger
            .post("/password/forgot", &[("email", "nobody@nowhere.example")])
            .await;
        assert_eq!(known.status, StatusCode::OK);
        assert_eq!(unknown.status, known.status);
        assert!(
            known.body.contains("data-reset-asked") && unknown.body.contains("data-reset-asked")
        );
        let strip = |b: &str| {
            b.lines()
                .filter(|l| !l.to_ascii_lowercase().contains("csrf"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(
            strip(&known.body),
            strip(&unknown.body),
            "the same page either way"
        );
        assert!(
            resets_to(&app, "nobody@nowhere.example", 1)
                .await
                .is_empty()
        );
        let mails = resets_to(&app, COMPANY, 1).await;
        assert_eq!(mails.len(), 1);
        let token = token_in(&mails[0].body);

        // Not kept in clear.
        {
            use db::schema::password_resets as pr;
            use diesel::prelude::*;
            let mut conn = app.db.db().conn().unwrap();
            let stored: Vec<String> = pr::table.select(pr::token_hash).load(&mut conn).unwrap();
            assert_eq!(stored.len(), 1);
            assert_ne!(stored[0], token);
        }

        let mut signed_in = app.signed_in(COMPANY).await;
        let form = stranger.get(&format!("/password/reset?t={token}")).await;
        assert_eq!(form.status, StatusCode::OK);
        let short = stranger
            .post(
                "/password/reset",
                &[("t", token.as_str()), ("password", "short")],
            )
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(short.shows(&msg("error-password-too-short")));

        let new = "a long new password 2026";
        let done = stranger
            .post(
                "/password/reset",
                &[("t", token.as_str()), ("password", new)],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert_eq!(done.location(), Some("/login"));
        let login = stranger.get("/login").await;
        assert!(login.body.contains(r#"data-flash="flash-password-reset""#));

        assert_eq!(
            signed_in.get("/account").await.status,
            StatusCode::SEE_OTHER,
            "the other sessions end"
        );
        assert_ne!(
            app.client().login(COMPANY, PASSWORD).await.status,
            StatusCode::SEE_OTHER,
            "the old password no longer opens"
        );
        assert_eq!(
            app.client().login(COMPANY, new).await.status,
            StatusCode::SEE_OTHER
        );

        let again = stranger
            .post(
                "/password/reset",
                &[("t", token.as_str()), ("password", "another long password")],
            )
            .await;
        assert_eq!(again.status, StatusCode::GONE, "a link works once");
        assert!(again.shows(&msg("error-reset-link-dead")));
        let forged = stranger
            .get(&format!("/password/reset?t={}", "0".repeat(64)))
            .await;
        assert_eq!(forged.status, StatusCode::GONE);
        let junk = stranger.get("/password/reset?t=../../etc").await;
        assert_eq!(junk.status, StatusCode::GONE);
    })
    .await;
}

#[tokio::test]
async fn a_mailbox_gets_at_most_three_links_an_hour() {
    on_each_backend(|app| async move {
        let mut stranger = app.client();
        for n in 1..=4 {
            let res = stranger
                .post("/password/forgot", &[("email", COMPANY)])
                .await;
            assert_eq!(res.status, StatusCode::OK);
            // Wait for each request's work, so that they are counted in order.
            let _ = resets_to(&app, COMPANY, n.min(3)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(resets_to(&app, COMPANY, 3).await.len(), 3);
        let bad = stranger
            .post("/password/forgot", &[("email", "not an address")])
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

#[tokio::test]
async fn the_public_home_shows_the_open_calls_and_the_way_in() {
    on_each_backend(|app| async move {
        let open = testkit::fixtures::call(app.db.db(), &app.seed.p1, "MENTOR II open call");
        let mut stranger = app.client();
        let home = stranger.get("/").await;
        assert_eq!(home.status, StatusCode::OK, "no sign-in wall at the root");
        assert!(home.body.contains("data-open-calls"));
        assert!(home.body.contains(&format!(r#"href="/open-calls/{open}""#)));
        assert!(home.body.contains(r#"href="/login""#));
        assert!(home.body.contains(r#"href="/password/forgot""#));
        assert!(!home.body.contains("data-task"), "no one's work is shown");

        let mut company = app.signed_in(COMPANY).await;
        let inbox = company.get("/").await;
        assert_eq!(inbox.status, StatusCode::OK);
        assert!(
            !inbox.body.contains("data-open-calls"),
            "the signed-in get their inbox"
        );
    })
    .await;
}
