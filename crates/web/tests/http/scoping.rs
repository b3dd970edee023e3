//! People of one organisation cannot read another organisation's records, whether they
//! ask through the pages or the API, or guess an address.

use axum::http::StatusCode;

use crate::support::{COMPANY, COORDINATOR, OTHER_COORDINATOR, on_each_backend};

#[tokio::test]
async fn a_company_sees_only_itself() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COMPANY).await;
        let list = c.get("/organisations").await;
        assert!(list.body.contains("Company A Srl"));
        assert!(
            !list.body.contains("Company B Srl"),
            "another company leaked"
        );
        assert_eq!(
            c.get(&format!("/organisations/{}", app.seed.company_b))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            c.get(&format!("/organisations/{}", app.seed.company_a))
                .await
                .status,
            StatusCode::OK
        );

        let mut api = app.client();
        api.bearer = Some(app.token(COMPANY));
        let res = api
            .get(&format!("/api/v1/organisations/{}", app.seed.company_b))
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert!(!res.body.contains("Company B"));
        let names: Vec<String> = api
            .get("/api/v1/organisations")
            .await
            .json()
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|o| o["name"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(names, vec!["Company A Srl".to_owned()]);
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_sees_their_programme_and_not_another() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        assert_eq!(
            c.get(&format!("/programmes/{}", app.seed.p1)).await.status,
            StatusCode::OK
        );
        assert_eq!(
            c.get(&format!("/programmes/{}", app.seed.p2)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            c.get(&format!("/organisations/{}", app.seed.other_lead))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let users = c.get("/users").await;
        assert!(users.body.contains(COMPANY));
        assert!(
            !users.body.contains(OTHER_COORDINATOR),
            "a user of another programme leaked"
        );
        // Nor can they edit what they cannot see.
        let res = c
            .post(
                &format!("/organisations/{}", app.seed.other_lead),
                &[
                    ("name", "Taken over"),
                    ("kind", "lead_partner"),
                    ("country", "IT"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_cannot_grant_administrator_or_reach_other_organisations() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        let path = format!("/users/{}/memberships", app.seed.company_user);
        let res = c
            .post(
                &path,
                &[("organisation_id", &app.seed.lead), ("role", "admin")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = c
            .post(
                &path,
                &[
                    ("organisation_id", &app.seed.other_lead),
                    ("role", "coordinator"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = c
            .post(
                &path,
                &[
                    ("organisation_id", &app.seed.company_b),
                    ("role", "coordinator"),
                ],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a coordinator role does not fit a company"
        );
        let res = c
            .post(
                &path,
                &[
                    ("organisation_id", &app.seed.company_b),
                    ("role", "company"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let _ = &app.seed.coordinator;
    })
    .await;
}
