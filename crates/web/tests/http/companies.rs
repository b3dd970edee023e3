//! Host companies: profile, checklist, positions through the workflow, outreach,
//! invitations — and what one company can never see of another.

use axum::http::StatusCode;

use crate::support::{COMPANY, COORDINATOR, Client, PASSWORD, TestApp, on_each_backend};
use crate::support::{msg, msg_n, msg_nums, msg1};

fn profile<'a>(
    name: &'a str,
    vat: &'a str,
    employees: &'a str,
    region: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("city", "Milano"),
        ("vat_number", vat),
        ("employees", employees),
        ("region", region),
        ("contact_name", "HR"),
    ]
}

/// A registration's fields with the programme it is for (the form always sends one).
fn in_p1<'a>(app: &'a TestApp, mut fields: Vec<(&'a str, &'a str)>) -> Vec<(&'a str, &'a str)> {
    fields.push(("programme_id", &app.seed.p1));
    fields
}

pub(crate) fn position<'a>(
    company: &'a str,
    allowance: &'a str,
    places: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("company_id", company),
        ("title", "Junior developer"),
        ("occupation", "software developer"),
        ("isco_code", "2512"),
        ("min_italian", "A2"),
        ("education_level", "6"),
        ("city", "Milano"),
        ("starts_on", "2023-03-01"),
        ("duration_months", "6"),
        ("hours_per_week", "30"),
        ("allowance", allowance),
        ("tutor_name", "Luca Verdi"),
        ("places", places),
    ]
}

async fn complete_checklist(c: &mut Client, company: &str) {
    let res = c
        .post(
            &format!("/companies/{company}/checklist"),
            &[
                ("safety_compliant", "yes"),
                ("disability_compliant", "yes"),
                ("no_recent_dismissals", "yes"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

/// Company A's user fills in its profile (Lombardy, 12 employees: cap 2).
pub(crate) async fn company_ready(app: &TestApp) -> Client {
    let mut c = app.signed_in(COMPANY).await;
    c.accept_language = Some("en".into());
    let a = app.seed.company_a.clone();
    let res = c
        .post(
            &format!("/companies/{a}"),
            &profile("Company A Srl", "01234567897", "12", "lombardia"),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    c
}

#[tokio::test]
async fn a_company_completes_its_checklist_and_its_position_goes_through_the_workflow() {
    on_each_backend(|app| async move {
        let mut c = company_ready(&app).await;
        let a = app.seed.company_a.clone();
        let page = c.get(&format!("/companies/{a}")).await;
        assert!(
            page.shows(&msg("checklist-not-eligible")),
            "the checklist is not complete yet"
        );
        complete_checklist(&mut c, &a).await;
        let page = c.get(&format!("/companies/{a}")).await;
        assert!(page.shows(&msg("checklist-eligible")), "{}", page.body);
        assert!(page.shows(&msg_nums(
            "companies-cap-status",
            &[("cap", 2), ("held", 0)]
        )));

        let res = c.post("/positions", &position(&a, "600", "1")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let at = res.location().unwrap_or_default().to_owned();
        let res = c
            .post(&format!("{at}/transition"), &[("action", "submit")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            c.post(&format!("{at}/transition"), &[("action", "approve")])
                .await
                .status,
            StatusCode::FORBIDDEN,
            "a company never approves itself"
        );
        assert_eq!(
            c.post(&format!("{at}/edit"), &[]).await.status,
            StatusCode::METHOD_NOT_ALLOWED
        );
        assert_eq!(
            c.get(&format!("{at}/edit")).await.status,
            StatusCode::CONFLICT,
            "a submitted position is not editable"
        );

        let mut coord = app.signed_in(COORDINATOR).await;
        assert_eq!(
            coord
                .post(&format!("{at}/transition"), &[("action", "approve")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            coord
                .post(&format!("{at}/transition"), &[("action", "open")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let shown = c.get(&at).await;
        assert!(shown.shows(&msg("position-status-open")));
        let res = coord
            .post(&format!("{at}/transition"), &[("action", "submit")])
            .await;
        assert_eq!(
            res.status,
            StatusCode::CONFLICT,
            "an open position cannot be submitted again"
        );
    })
    .await;
}

#[tokio::test]
async fn positions_must_meet_the_regional_rules() {
    on_each_backend(|app| async move {
        let mut c = company_ready(&app).await;
        let a = app.seed.company_a.clone();
        let before = app.audit_count();
        let res = c.post("/positions", &position(&a, "450", "1")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.shows(&msg1("error-allowance-below-minimum", "amount", "€500.00")),
            "the regional minimum is named: {}",
            res.body
        );
        let res = c.post("/positions", &position(&a, "600", "3")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.shows(&msg_n("error-places-over-cap", "count", 2)),
            "{}",
            res.body
        );
        let mut p = position(&a, "600", "1");
        p.retain(|(k, _)| *k != "duration_months");
        p.push(("duration_months", "14"));
        let res = c.post("/positions", &p).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-duration")));
        assert_eq!(app.audit_count(), before, "nothing was written");

        // Without the checklist, a submitted position cannot be approved.
        let res = c.post("/positions", &position(&a, "600", "2")).await;
        let at = res.location().unwrap_or_default().to_owned();
        c.post(&format!("{at}/transition"), &[("action", "submit")])
            .await;
        let mut coord = app.signed_in(COORDINATOR).await;
        coord.accept_language = Some("en".into());
        let res = coord
            .post(&format!("{at}/transition"), &[("action", "approve")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-company-not-eligible")));

        // When the region raises its minimum, new positions must follow.
        let res = coord
            .post(
                "/rules/lombardia",
                &[
                    ("min_allowance", "700"),
                    ("small_max_employees", "5"),
                    ("small_cap", "1"),
                    ("medium_max_employees", "20"),
                    ("medium_cap", "2"),
                    ("large_percent", "10"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        c.post(&format!("{at}/transition"), &[("action", "withdraw")])
            .await;
        let res = c.post("/positions", &position(&a, "650", "1")).await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "650 is below the new minimum"
        );
    })
    .await;
}

#[tokio::test]
async fn a_company_cannot_reach_another_companys_records() {
    on_each_backend(|app| async move {
        let b = app.seed.company_b.clone();
        let mut coord = app.signed_in(COORDINATOR).await;
        let res = coord.post("/positions", &position(&b, "600", "1")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let b_position = res.location().unwrap_or_default().to_owned();

        let mut c = app.signed_in(COMPANY).await;
        assert_eq!(c.get(&b_position).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            c.get(&format!("/companies/{b}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            c.post(
                &format!("{b_position}/transition"),
                &[("action", "withdraw")]
            )
            .await
            .status,
            StatusCode::NOT_FOUND
        );
        // Another company named in the form is refused like an unknown one (issue 10,
        // defect 8): invalid input on `company_id`, not a page of theirs.
        assert_eq!(
            c.post("/positions", &position(&b, "600", "1")).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let list = c.get("/companies").await;
        assert!(list.body.contains("Company A Srl") && !list.body.contains("Company B Srl"));
        assert!(!c.get("/positions").await.body.contains(&b_position));

        let mut api = app.client();
        api.bearer = Some(app.token(COMPANY));
        let res = api.get(&format!("/api/v1{b_position}")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(
            api.get("/api/v1/positions")
                .await
                .json()
                .as_array()
                .map(Vec::len),
            Some(0)
        );
        let companies = api.get("/api/v1/companies").await.json();
        assert_eq!(companies.as_array().map(Vec::len), Some(1));
        assert_eq!(companies[0]["name"], "Company A Srl");
        let res = api.get("/api/v1/companies/".to_owned().as_str()).await;
        assert_ne!(res.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn outreach_logs_contacts_reminds_follow_ups_and_counts_conversion() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let res = c
            .post(
                "/outreach/campaigns",
                &[
                    ("name", "Spring campaign"),
                    ("channel", "phone"),
                    ("starts_on", "2022-03-01"),
                    ("programme_id", &app.seed.p1),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let campaign = res
            .location()
            .unwrap_or_default()
            .trim_start_matches("/outreach/campaigns/")
            .to_owned();
        let res = c
            .post("/companies", &in_p1(&app, profile("Gamma Srl", "", "", "")))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let gamma = res.location().unwrap_or_default().to_owned();
        let today = chrono::Utc::now().date_naive().to_string();
        let res = c
            .post(
                &format!("{gamma}/contacts"),
                &[
                    ("kind", "call"),
                    ("happened_on", &today),
                    ("campaign_id", &campaign),
                    ("notes", "Call back about the workshop"),
                    ("follow_up_on", &today),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            c.post(&format!("{gamma}/stage"), &[("stage", "interested")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );

        let outreach = c.get("/outreach").await;
        assert!(
            outreach.body.contains("Call back about the workshop"),
            "the follow-up is due"
        );
        let k = c.get(&format!("/outreach/campaigns/{campaign}")).await;
        assert!(
            k.body.contains(&format!(
                "{}</td><td class=\"num\">1</td><td class=\"num\">100",
                msg("stage-interested")
            )),
            "{}",
            k.body
        );
        let board = c.get("/companies/board").await;
        assert!(board.body.contains("Gamma Srl"));

        let contact_id = {
            let mut conn = app.db.db().conn().unwrap();
            let id = gamma.trim_start_matches("/companies/");
            db::outreach::contacts_of(&mut conn, id)
                .unwrap_or_default()
                .first()
                .map(|(k, _)| k.id.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            c.post(&format!("/outreach/contacts/{contact_id}/done"), &[])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert!(
            !c.get("/outreach")
                .await
                .body
                .contains("Call back about the workshop")
        );
        // A company user has no outreach.
        assert_eq!(
            app.signed_in(COMPANY).await.get("/outreach").await.status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}

#[tokio::test]
async fn a_company_user_invites_a_colleague_who_then_signs_in() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COMPANY).await;
        let a = app.seed.company_a.clone();
        let res = c
            .post(
                &format!("/companies/{a}/invitations"),
                &[("email", "colleague@company-a.example")],
            )
            .await;
        assert_eq!(res.status, StatusCode::OK);
        let link = res
            .body
            .split("id=\"invite-link\">")
            .nth(1)
            .and_then(|s| s.split('<').next())
            .unwrap_or_default()
            .to_owned();
        assert!(link.starts_with("/invitations/"), "{link}");
        let mut colleague = app.client();
        assert_eq!(colleague.get(&link).await.status, StatusCode::OK);
        let res = colleague
            .post(
                &link,
                &[("display_name", "Colleague"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            colleague.get(&link).await.status,
            StatusCode::NOT_FOUND,
            "an invitation works once"
        );
        assert_eq!(
            colleague
                .login("colleague@company-a.example", PASSWORD)
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert!(
            colleague
                .get("/companies")
                .await
                .body
                .contains("Company A Srl")
        );
        // Nobody invites into a company they do not belong to.
        let b = app.seed.company_b.clone();
        let res = c
            .post(
                &format!("/companies/{b}/invitations"),
                &[("email", "intruder@example.com")],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn the_same_vat_number_is_flagged() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        c.post(
            "/companies",
            &in_p1(&app, profile("First Srl", "01234567897", "10", "lombardia")),
        )
        .await;
        let res = c
            .post(
                "/companies",
                &in_p1(
                    &app,
                    profile("Second Srl", "IT 01234567897", "10", "lombardia"),
                ),
            )
            .await;
        let second = res.location().unwrap_or_default().to_owned();
        let page = c.get(&second).await;
        assert!(page.shows(&msg_n("companies-vat-duplicates", "count", 1)));
        assert!(page.body.contains("First Srl"));
        let bad = c
            .post("/companies", &profile("Third Srl", "01234567890", "", ""))
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.shows(&msg("error-vat-checksum")));
    })
    .await;
}
