use axum::http::StatusCode;

use crate::support::msg;
use crate::support::{ADMIN, COMPANY, COORDINATOR, on_each_backend};

#[tokio::test]
async fn the_coordinator_home_shows_the_figures_a_coordinator_acts_on() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let res = c.get("/").await;
        assert_eq!(res.status, StatusCode::OK);
        let figures: Vec<&str> = res
            .body
            .match_indices("data-figure=\"")
            .map(|(i, m)| {
                let rest = &res.body[i + m.len()..];
                &rest[..rest.find('"').unwrap_or(0)]
            })
            .collect();
        assert_eq!(
            figures,
            ["places", "shortlisted", "hosting", "open-positions"],
            "places, shortlisted of places, hosting companies, open positions"
        );
        assert!(
            res.body.len() < 50_000,
            "a dashboard page should be small: {} bytes",
            res.body.len()
        );
    })
    .await;
}

#[tokio::test]
async fn a_company_home_counts_only_its_own_positions() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COMPANY).await;
        let res = c.get("/").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            !res.body.contains("href=\"/users\""),
            "no user management for companies"
        );
        assert!(res.body.contains("data-figure=\"positions\""));
        assert!(res.body.contains("data-figure=\"proposals\""));
    })
    .await;
}

#[tokio::test]
async fn bad_programme_input_is_explained_and_changes_nothing() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let before = app.audit_count();
        let res = c
            .post(
                "/programmes",
                &[
                    ("name", "MENTOR III"),
                    ("slug", "Mentor III"),
                    ("countries", "IT,MA"),
                    ("starts_on", "2025-01-01"),
                    ("ends_on", "2027-12-31"),
                    ("budget", "1000000"),
                    ("currency", "EUR"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-invalid-slug")), "the reason is shown");
        assert!(
            res.body.contains(r#"value="MENTOR III""#),
            "what was typed is kept"
        );
        assert!(res.body.contains(r#"aria-invalid="true""#));
        assert_eq!(app.audit_count(), before);

        let res = c
            .post(
                "/programmes",
                &[
                    ("name", "MENTOR III"),
                    ("slug", "p-one"),
                    ("countries", "IT"),
                    ("starts_on", "2025-01-01"),
                    ("ends_on", "2027-12-31"),
                    ("budget", "1000000"),
                    ("currency", "EUR"),
                ],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a taken slug is refused"
        );
        assert_eq!(app.audit_count(), before);
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_creates_a_programme_with_a_territory_and_sees_it() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        let res = c
            .post(
                "/programmes",
                &[
                    ("name", "MENTOR III"),
                    ("slug", "mentor-iii"),
                    ("countries", "IT,TN"),
                    ("starts_on", "2025-01-01"),
                    ("ends_on", "2027-12-31"),
                    ("budget", "1000000,50"),
                    ("currency", "eur"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let at = res.location().unwrap_or_default().to_owned();
        let res = c
            .post(
                &format!("{at}/territories"),
                &[("name", "Sfax"), ("country", "TN")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        c.accept_language = Some("it".into());
        let page = c.get(&at).await;
        assert!(page.body.contains("Sfax"));
        assert!(
            page.body.contains("1.000.000,50 €"),
            "money is formatted the Italian way"
        );
        assert!(page.body.contains("1 gennaio 2025"));
        let list = c.get("/api/v1/programmes").await;
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(list.json().as_array().map(Vec::len), Some(2));
    })
    .await;
}

#[tokio::test]
async fn an_administrator_creates_a_user_who_can_then_sign_in() {
    on_each_backend(|app| async move {
        let mut admin = app.signed_in(ADMIN).await;
        let res = admin
            .post(
                "/users",
                &[
                    ("email", "new.person@example.it"),
                    ("display_name", "New Person"),
                    ("password", "a long enough password"),
                    ("organisation_id", &app.seed.company_b),
                    ("role", "company"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let mut c = app.client();
        assert_eq!(
            c.login("new.person@example.it", "a long enough password")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let orgs = c.get("/organisations").await;
        assert!(orgs.body.contains("Company B Srl") && !orgs.body.contains("Company A Srl"));
        let dup = admin
            .post(
                "/users",
                &[
                    ("email", "NEW.person@example.it"),
                    ("display_name", "Again"),
                    ("password", "a long enough password"),
                    ("organisation_id", &app.seed.company_b),
                    ("role", "company"),
                ],
            )
            .await;
        assert_eq!(dup.status, StatusCode::CONFLICT);
        let audit = admin.get("/audit").await;
        assert_eq!(audit.status, StatusCode::OK);
        assert!(audit.body.contains("user.create"));
    })
    .await;
}
