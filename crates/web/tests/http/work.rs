//! Consequential actions confirm first (a page of its own, without JavaScript), and every
//! success says so on the next page, once.

use axum::http::StatusCode;

use crate::support::{ADMIN, COMPANY, on_each_backend};

#[tokio::test]
async fn disabling_an_account_asks_first_then_says_it_was_done_once() {
    on_each_backend(|app| async move {
        let mut company = app.signed_in(COMPANY).await;
        let mut admin = app.signed_in(ADMIN).await;
        let user = app.seed.company_user.clone();
        let before = app.audit_count();

        let res = admin.post(&format!("/users/{user}/disable"), &[]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body.contains(r#"data-confirm="disable-user""#),
            "{}",
            res.body
        );
        assert!(res.body.contains(r#"name="confirmed" value="yes""#));
        assert_eq!(
            app.audit_count(),
            before,
            "nothing written before confirming"
        );
        assert_eq!(company.get("/account").await.status, StatusCode::OK);

        let res = admin
            .post(&format!("/users/{user}/disable"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(company.get("/account").await.status, StatusCode::SEE_OTHER);

        let shown = admin.get(&format!("/users/{user}")).await;
        assert!(
            shown.body.contains(r#"data-flash="flash-user-disabled""#),
            "{}",
            shown.body
        );
        assert!(shown.body.contains(r#"role="status""#));
        let again = admin.get(&format!("/users/{user}")).await;
        assert!(!again.body.contains("data-flash"), "shown once only");
    })
    .await;
}

#[tokio::test]
async fn a_forged_flash_shows_nothing() {
    on_each_backend(|app| async move {
        let mut admin = app.signed_in(ADMIN).await;
        admin
            .cookies
            .insert("mentor_flash".into(), "error-internal".into());
        let res = admin.get("/account").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(!res.body.contains("data-flash"));
    })
    .await;
}
