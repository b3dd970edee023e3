use axum::http::StatusCode;

use crate::support::{ADMIN, COORDINATOR, PASSWORD, on_each_backend};

#[tokio::test]
async fn a_wrong_password_shows_an_error_and_starts_no_session() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        let res = c.login(COORDINATOR, "not the password").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        assert!(res.body.contains("role=\"alert\""), "{}", res.body);
        assert!(!c.cookies.contains_key("mentor_session"));
        let res = c
            .login("nobody-here@example.com", "whatever password")
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNAUTHORIZED,
            "unknown accounts fail the same way"
        );
    })
    .await;
}

#[tokio::test]
async fn signing_in_rotates_the_session_and_signing_out_ends_it() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        c.cookies
            .insert("mentor_session".into(), "planted-by-an-attacker".into());
        let res = c.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some("/"));
        let session = c.cookies.get("mentor_session").cloned().unwrap_or_default();
        assert_eq!(session.len(), 64);
        assert!(
            res.set_cookies()
                .iter()
                .any(|s| s.starts_with("mentor_session=")
                    && s.contains("HttpOnly")
                    && s.contains("SameSite=Lax"))
        );

        let dash = c.get("/").await;
        assert_eq!(dash.status, StatusCode::OK);
        assert_eq!(dash.header("cache-control"), Some("no-store"));

        let res = c.post("/logout", &[]).await;
        assert_eq!(res.location(), Some("/login"));
        // The old cookie no longer works, even if a copy of it was kept.
        c.cookies.insert("mentor_session".into(), session);
        assert_eq!(c.get("/").await.status, StatusCode::SEE_OTHER);
    })
    .await;
}

#[tokio::test]
async fn a_form_without_the_csrf_token_changes_nothing() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        let before = app.audit_count();
        let fields = [
            ("name", "Forged"),
            ("slug", "forged"),
            ("countries", "IT"),
            ("starts_on", "2025-01-01"),
            ("ends_on", "2025-12-31"),
            ("budget", "1"),
            ("currency", "EUR"),
        ];
        let res = c.post_raw("/programmes", &fields).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        let mut wrong = vec![("csrf", "0".repeat(64))];
        wrong.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
        let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            c.post_raw("/programmes", &wrong).await.status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(app.audit_count(), before, "nothing was written");
        let ok = c.post("/programmes", &fields).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        assert!(app.audit_count() > before);
    })
    .await;
}

#[tokio::test]
async fn a_disabled_account_is_signed_out_at_once() {
    on_each_backend(|app| async move {
        let mut company = app.signed_in(crate::support::COMPANY).await;
        assert_eq!(company.get("/").await.status, StatusCode::OK);
        let mut admin = app.signed_in(crate::support::ADMIN).await;
        let res = admin
            .post(
                &format!("/users/{}/disable", app.seed.company_user),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(company.get("/").await.status, StatusCode::SEE_OTHER);
        let mut again = app.client();
        assert_eq!(
            again.login(crate::support::COMPANY, PASSWORD).await.status,
            StatusCode::UNAUTHORIZED
        );
    })
    .await;
}

#[tokio::test]
async fn security_headers_are_on_every_response() {
    on_each_backend(|app| async move {
        let res = app.client().get("/login").await;
        let csp = res.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
            "{csp}"
        );
        assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(res.header("referrer-policy"), Some("same-origin"));
        assert!(
            res.header("strict-transport-security").is_none(),
            "no HSTS over plain HTTP"
        );
        assert!(res.header("x-request-id").is_some());
    })
    .await;
    let app = crate::support::TestApp::with_config(
        testkit::TestDb::sqlite(),
        web::WebConfig {
            https: true,
            ..Default::default()
        },
    );
    let res = app.client().get("/login").await;
    assert!(res.header("strict-transport-security").is_some());
    assert!(
        res.set_cookies()
            .iter()
            .any(|c| c.starts_with("mentor_csrf=") && c.contains("Secure"))
    );
}

#[tokio::test]
async fn nobody_acts_on_an_account_stronger_than_their_own() {
    on_each_backend(|app| async move {
        let admin = {
            let mut conn = app.db.db().conn().unwrap();
            let email = domain::Email::parse(ADMIN).unwrap();
            db::users::find_by_email_unscoped(&mut conn, &email)
                .unwrap()
                .unwrap()
                .id
        };
        let mut coord = app.signed_in(COORDINATOR).await;
        let before = app.audit_count();
        assert_eq!(
            coord.get(&format!("/users/{admin}")).await.status,
            StatusCode::NOT_FOUND,
            "the administrator's page is beyond a coordinator"
        );
        for action in ["disable", "enable"] {
            let res = coord.post(&format!("/users/{admin}/{action}"), &[]).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND, "{action}");
        }
        assert_eq!(app.audit_count(), before, "nothing was written");
        let mut a = app.signed_in(ADMIN).await;
        assert_eq!(
            a.get("/account").await.status,
            StatusCode::OK,
            "still signed in"
        );

        // A coordinator still manages accounts no stronger than their own.
        let company = app.seed.company_user.clone();
        let res = coord
            .post(
                &format!("/users/{company}/disable"),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        // And nobody disables themselves.
        let me = app.seed.coordinator.clone();
        let res = coord
            .post(&format!("/users/{me}/disable"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
    })
    .await;
}

#[tokio::test]
async fn after_sign_in_the_return_address_never_leaves_the_site() {
    on_each_backend(|app| async move {
        for next in [
            "/\t/evil.example/",
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
        ] {
            let mut c = app.client();
            let res = c
                .post(
                    "/login",
                    &[
                        ("email", COORDINATOR),
                        ("password", PASSWORD),
                        ("next", next),
                    ],
                )
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(res.location(), Some("/"), "{next:?}");
        }
        // Already signed in, the sign-in page sends a `next=/%09/…` elsewhere on the site only.
        let mut c = app.signed_in(COORDINATOR).await;
        let res = c.get("/login?next=/%09/evil.example/").await;
        assert_eq!(res.location(), Some("/"));
        let res = c.get("/login?next=/programmes").await;
        assert_eq!(res.location(), Some("/programmes"));
    })
    .await;
}

#[tokio::test]
async fn bearer_requests_record_the_tokens_use_once_per_interval_not_per_request() {
    on_each_backend(|app| async move {
        let token = app.token(COORDINATOR);
        let mut c = app.client();
        c.bearer = Some(token);
        let last_used = || {
            let mut conn = app.db.db().conn().unwrap();
            db::api_tokens::of_user(&mut conn, &app.seed.coordinator).unwrap()[0].last_used_at
        };
        assert_eq!(last_used(), None);
        assert_eq!(c.get("/api/v1/users/me").await.status, StatusCode::OK);
        let first = last_used();
        assert!(first.is_some(), "the first use is recorded");
        let before = app.audit_count();
        for _ in 0..3 {
            assert_eq!(c.get("/api/v1/users/me").await.status, StatusCode::OK);
        }
        assert_eq!(
            last_used(),
            first,
            "later uses within the interval write nothing"
        );
        assert_eq!(app.audit_count(), before);
    })
    .await;
}

#[tokio::test]
async fn an_api_write_without_credentials_is_unauthenticated_not_a_csrf_failure() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        let res = c.post_json("/api/v1/positions", "{}").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.body);
        assert_eq!(res.json()["error"]["code"], "error-unauthenticated");
        // Signed in with a cookie, the CSRF token is still required.
        let mut s = app.signed_in(COORDINATOR).await;
        s.cookies.remove("mentor_csrf");
        let res = s.post_json("/api/v1/positions", "{}").await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
    })
    .await;
}
