//! Signing up and the first step of the application: a sign-up that tells nothing about
//! which addresses have accounts (the account opens from the link sent to the address,
//! once), and forms that show every mistake at once and lose nothing typed, the passport
//! number included (kept in the draft, shown masked, never sent back).

use std::time::Duration;

use axum::http::StatusCode;
use domain::Country;
use testkit::fixtures;

use crate::support::{Client, PARTICIPANT, TestApp, escape_html, msg, on_each_backend};

/// The English message `key` as a page shows it.
fn shown(key: &str) -> String {
    escape_html(&msg(key))
}

const PASSWORD: &str = "a long enough password";

/// The sign-up messages of `kind` sent to `email`, waiting a moment for the work done
/// after the answer.
async fn mails_to(
    app: &TestApp,
    email: &str,
    kind: &str,
    expected: usize,
) -> Vec<db::outbox::Mail> {
    let mut found = Vec::new();
    for _ in 0..100 {
        let mut conn = app.db.db().conn().unwrap();
        found = db::outbox::to_recipient(&mut conn, email)
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.kind == kind)
            .collect();
        if found.len() >= expected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    found
}

fn token_in(body: &str) -> String {
    let marker = "/sign-up/confirm?t=";
    let at = body.find(marker).unwrap() + marker.len();
    body[at..at + 64].to_owned()
}

fn sign_up_form<'a>(name: &'a str, email: &'a str) -> [(&'a str, &'a str); 4] {
    [
        ("display_name", name),
        ("email", email),
        ("password", PASSWORD),
        ("confirm", PASSWORD),
    ]
}

/// Signs `c` up to `call` as a new applicant and confirms through the e-mailed link;
/// returns where the confirmation leads (the application's first step).
pub(crate) async fn sign_up(
    app: &TestApp,
    c: &mut Client,
    call: &str,
    name: &str,
    email: &str,
) -> String {
    let res = c
        .post(
            &format!("/open-calls/{call}/apply"),
            &sign_up_form(name, email),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("data-sign-up-sent"), "{}", res.body);
    let mails = mails_to(app, email, app::sign_up::KIND_CONFIRM, 1).await;
    let token = token_in(&mails[0].body);
    let page = c.get(&format!("/sign-up/confirm?t={token}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let res = c.post("/sign-up/confirm", &[("t", &token)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.location().unwrap_or_default().to_owned()
}

fn users_with(app: &TestApp, email: &str) -> i64 {
    use db::schema::users;
    use diesel::prelude::*;
    let mut conn = app.db.db().conn().unwrap();
    users::table
        .filter(users::email.eq(email))
        .count()
        .get_result(&mut conn)
        .unwrap()
}

#[tokio::test]
async fn signing_up_tells_nothing_and_the_emailed_link_opens_the_account_once() {
    on_each_backend(|app| async move {
        let call = fixtures::call(app.db.db(), &app.seed.p1, "MENTOR II call");
        let apply = format!("/open-calls/{call}/apply");
        let mut stranger = app.client();
        stranger.accept_language = Some("en".into());
        let known = stranger
            .post(&apply, &sign_up_form("Somebody", PARTICIPANT))
            .await;
        let new = "amina@example.tn";
        let unknown = stranger.post(&apply, &sign_up_form("Amina", new)).await;
        assert_eq!(known.status, StatusCode::OK, "{}", known.body);
        assert_eq!(unknown.status, known.status);
        let strip = |b: &str, address: &str| {
            b.replace(address, "ADDRESS")
                .lines()
                .filter(|l| !l.to_ascii_lowercase().contains("csrf"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(
            strip(&known.body, PARTICIPANT),
            strip(&unknown.body, new),
            "the same page either way"
        );
        assert!(!known.body.contains(&shown("error-email-taken-sign-in")));
        // Nothing is opened before the address is confirmed.
        assert_eq!(users_with(&app, new), 0);

        // The known address is told it has an account; the new one gets the link.
        let told = mails_to(&app, PARTICIPANT, app::sign_up::KIND_EXISTS, 1).await;
        assert_eq!(told.len(), 1);
        assert!(told[0].body.contains("/password/forgot"));
        assert!(!told[0].body.contains("/sign-up/confirm"));
        let mails = mails_to(&app, new, app::sign_up::KIND_CONFIRM, 1).await;
        assert_eq!(mails.len(), 1);
        let token = token_in(&mails[0].body);
        {
            use db::schema::sign_ups;
            use diesel::prelude::*;
            let mut conn = app.db.db().conn().unwrap();
            let stored: Vec<String> = sign_ups::table
                .select(sign_ups::token_hash)
                .load(&mut conn)
                .unwrap();
            assert_eq!(stored.len(), 1);
            assert_ne!(stored[0], token, "only the token's hash is kept");
        }

        // The link opens a page that confirms with a button (mail scanners open links).
        let page = stranger.get(&format!("/sign-up/confirm?t={token}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(users_with(&app, new), 0);
        let res = stranger.post("/sign-up/confirm", &[("t", &token)]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let next = res.location().unwrap_or_default().to_owned();
        assert!(next.ends_with("/identity"), "{next}");
        assert_eq!(users_with(&app, new), 1);
        assert_eq!(
            stranger.get(&next).await.status,
            StatusCode::OK,
            "signed in"
        );

        // Once only.
        let mut other = app.client();
        let again = other.post("/sign-up/confirm", &[("t", &token)]).await;
        assert_eq!(again.status, StatusCode::GONE);
        assert!(again.body.contains("data-sign-up-refused"));
        let link = other.get(&format!("/sign-up/confirm?t={token}")).await;
        assert_eq!(link.status, StatusCode::GONE);
        assert_eq!(
            other.get("/sign-up/confirm?t=../../x").await.status,
            StatusCode::GONE
        );
        assert_eq!(users_with(&app, new), 1);
    })
    .await;
}

#[tokio::test]
async fn an_address_is_sent_at_most_three_sign_up_messages_an_hour() {
    on_each_backend(|app| async move {
        let call = fixtures::call(app.db.db(), &app.seed.p1, "MENTOR II call");
        let mut c = app.client();
        for i in 0..5 {
            let res = c
                .post(
                    &format!("/open-calls/{call}/apply"),
                    &sign_up_form("Amina", "amina@example.tn"),
                )
                .await;
            assert_eq!(res.status, StatusCode::OK);
            // Each answer's work is done before the next is asked (the count is read in
            // it): the first three send, and waiting for their message orders them.
            if i < 3 {
                assert_eq!(
                    mails_to(&app, "amina@example.tn", app::sign_up::KIND_CONFIRM, i + 1)
                        .await
                        .len(),
                    i + 1
                );
            } else {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
        // Waits its full time for a fifth that never comes.
        let sent = mails_to(&app, "amina@example.tn", app::sign_up::KIND_CONFIRM, 5).await;
        assert_eq!(sent.len(), 3);
    })
    .await;
}

#[tokio::test]
async fn every_sign_up_mistake_is_shown_at_once_and_nothing_is_written() {
    on_each_backend(|app| async move {
        let call = fixtures::call(app.db.db(), &app.seed.p1, "MENTOR II call");
        let mut c = app.client();
        c.accept_language = Some("fr".into());
        let before = app.audit_count();
        let res = c
            .post(
                &format!("/open-calls/{call}/apply"),
                &[
                    ("display_name", " "),
                    ("email", "not an address"),
                    ("password", "short"),
                    ("confirm", "other"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["display_name", "email", "password", "confirm"] {
            assert!(
                res.body.contains(&format!("id=\"{field}-error\"")),
                "{field}: {}",
                res.body
            );
        }
        assert!(
            res.body.contains("value=\"not an address\""),
            "typed values kept"
        );
        assert!(
            !res.body.contains("value=\"short\""),
            "passwords never sent back"
        );
        assert_eq!(app.audit_count(), before);
    })
    .await;
}

/// A new applicant signed up to a call in p1 (residents of Tunisia), at the identity step.
async fn at_identity(app: &TestApp) -> (Client, String) {
    let call = fixtures::call(app.db.db(), &app.seed.p1, "MENTOR II call");
    let mut c = app.client();
    c.accept_language = Some("en".into());
    let next = sign_up(app, &mut c, &call, "Amina", "amina@example.tn").await;
    (c, next)
}

fn identity<'a>(
    family: &'a str,
    birth: &'a str,
    phone: &'a str,
    passport: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("family_name", family),
        ("given_names", "Amina"),
        ("birth_date", birth),
        ("sex", "f"),
        ("nationality", Country::TN.as_str()),
        ("residence_country", Country::TN.as_str()),
        ("passport_number", passport),
        ("email", "amina@example.tn"),
        ("phone", phone),
    ]
}

#[tokio::test]
async fn the_identity_step_shows_every_mistake_and_keeps_the_passport_masked() {
    on_each_backend(|app| async move {
        let (mut c, next) = at_identity(&app).await;
        let long = "A".repeat(10_000);
        let res = c
            .post(
                &next,
                &identity(&long, "2031-01-01", "20 123 456", "AB 123 4567"),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        // Each says what is actually wrong.
        for (field, key) in [
            ("family_name", "error-name-too-long"),
            ("birth_date", "error-date-in-future"),
            ("phone", "error-phone-country-code"),
        ] {
            assert!(
                res.body.contains(&format!("id=\"{field}-error\"")),
                "{field}"
            );
            assert!(res.body.contains(&shown(key)), "{key}");
        }
        assert!(res.body.contains("data-passport-masked"), "{}", res.body);
        assert!(res.body.contains("567</bdi>"));
        assert!(!res.body.contains("AB1234567") && !res.body.contains("AB 123 4567"));
        assert!(res.body.contains("value=\"amina@example.tn\""));

        // Markup and emoji are not names; a passport number with markup is refused too.
        let res = c
            .post(
                &next,
                &identity(
                    "<b>Trabelsi</b>",
                    "1998-04-02",
                    "+216 20 123 456",
                    "<script>",
                ),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&shown("error-name-characters")));
        assert!(res.body.contains(&shown("error-passport-characters")));
        let res = c
            .post(
                &next,
                &identity("Trabelsi 😀", "1998-04-02", "+216 20 123 456", ""),
            )
            .await;
        assert!(res.body.contains(&shown("error-name-characters")));

        // Corrected, with the passport left empty: the kept number stands.
        let res = c
            .post(
                &next,
                &identity("Trabelsi", "1998-04-02", "+216 20 123 456", ""),
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let form = c.get(&next).await;
        assert!(form.body.contains("567</bdi>"), "{}", form.body);
    })
    .await;
}

#[tokio::test]
async fn the_education_step_shows_every_mistake_at_once_and_keeps_what_was_typed() {
    on_each_backend(|app| async move {
        let (mut c, next) = at_identity(&app).await;
        let res = c
            .post(
                &next,
                &identity("Trabelsi", "1998-04-02", "+216 20 123 456", "AB1234567"),
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let education = next.replace("/identity", "/education");
        let long = "x".repeat(201);
        let before = app.audit_count();
        let res = c
            .post(
                &education,
                &[
                    ("isced_level", "6"),
                    ("qualification_title", &long),
                    ("field_of_study", "Informatique"),
                    ("qualification_date", "2031-01-01"),
                    ("it_understanding", "Z9"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        for field in ["qualification_title", "qualification_date", "languages"] {
            assert!(
                res.body.contains(&format!("id=\"{field}-error\"")),
                "{field}"
            );
        }
        assert!(res.body.contains(&shown("error-text-too-long")));
        assert!(res.body.contains(&shown("error-date-in-future")));
        assert!(
            res.body.contains("value=\"Informatique\""),
            "typed values kept"
        );
        assert_eq!(app.audit_count(), before, "nothing written");
    })
    .await;
}
