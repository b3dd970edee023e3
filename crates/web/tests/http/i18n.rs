use axum::http::StatusCode;

use crate::support::msg;
use crate::support::{COORDINATOR, on_each_backend};

#[tokio::test]
async fn the_browser_language_is_used_and_arabic_is_right_to_left() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        c.accept_language = Some("ar-TN,fr;q=0.8".into());
        let res = c.get("/login").await;
        assert!(
            res.body.contains(r#"<html lang="ar" dir="rtl">"#),
            "{}",
            &res.body[..200.min(res.body.len())]
        );
        c.accept_language = Some("fr-FR".into());
        assert!(
            c.get("/login")
                .await
                .body
                .contains(r#"<html lang="fr" dir="ltr">"#)
        );
    })
    .await;
}

#[tokio::test]
async fn the_switcher_remembers_the_choice_and_a_preference_wins() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        c.accept_language = Some("en".into());
        let res = c.get("/login?lang=it").await;
        assert!(res.body.contains(r#"lang="it""#));
        assert!(
            c.get("/login").await.body.contains(r#"<html lang="it""#),
            "the cookie keeps Italian"
        );

        let mut c = app.signed_in(COORDINATOR).await;
        let res = c
            .post(
                "/language",
                &[("lang", "ar"), ("next", "/programmes?lang=fr")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some("/programmes"));
        c.cookies.remove("mentor_lang");
        let page = c.get("/").await;
        assert!(
            page.body.contains(r#"<html lang="ar" dir="rtl">"#),
            "the preference is stored on the account"
        );
        let bad = c.post("/language", &[("lang", "de")]).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    })
    .await;
}

#[tokio::test]
async fn errors_are_shown_in_the_users_language() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(crate::support::COMPANY).await;
        c.accept_language = Some("fr".into());
        let res = c.get("/users").await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert!(res.body.contains(r#"<html lang="fr""#));
        assert!(
            !res.shows(&msg("error-forbidden")),
            "English text on a French page"
        );
    })
    .await;
}
