//! The participant's page through the router (issue 14 item 4): the whole story — the
//! application, the placement, the case's steps, the outcome, the follow-ups — to those
//! allowed: staff within reach, the participant themselves, a mediator or mentor only when
//! assigned, a host company only its own trainee during the traineeship and without the
//! application or what came after. Evaluators see no one's.

use axum::http::StatusCode;
use domain::Country;
use domain::duty::Duty;
use domain::permission::Scope;

use crate::cases::{COMPANY_B, setup};
use crate::outcomes::{MEDIATOR, MENTOR, assign, move_case, ngo, record, today};
use crate::support::{COMPANY, COORDINATOR, EVALUATOR, PARTICIPANT, on_each_backend};

fn candidate_of(app: &crate::support::TestApp, case_id: &str) -> String {
    let mut conn = app.db.db().conn().unwrap();
    db::cases::find(&mut conn, &Scope::All, "", case_id)
        .unwrap()
        .candidate_id
}

#[tokio::test]
async fn the_participant_page_tells_the_whole_story_only_to_those_allowed() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        app.agencies_and_evaluator(&[Country::TN]);
        let (mentor, mediator) = ngo(&app);
        let candidate = candidate_of(&app, &s.own);
        let page = format!("/participants/{candidate}");
        move_case(&app, &s.own, "active", false);
        record(&app, &s.own, "job_contract", today(), "IT").await;
        assign(&app, &s.own, Duty::Mentor, &mentor).await;
        let mut m = app.signed_in(MENTOR).await;
        let on = today().to_string();
        let res = m
            .post(
                &format!("/cases/{}/follow-ups", s.own),
                &[
                    ("months", "3"),
                    ("done_on", &on),
                    ("country", "IT"),
                    ("working", "yes"),
                    ("occupation", "Tecnica di laboratorio"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

        // Staff within reach: every source, oldest first.
        let mut coordinator = app.signed_in(COORDINATOR).await;
        let res = coordinator.get(&page).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let order: Vec<usize> = ["application", "proposed", "step", "outcome", "follow-up"]
            .iter()
            .map(|k| {
                res.body
                    .find(&format!(r#"data-event="{k}""#))
                    .unwrap_or_else(|| panic!("{k} missing"))
            })
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(res.body.contains("Tecnica di laboratorio"));
        // Linked from the case and from the application.
        let res = coordinator.get(&format!("/cases/{}", s.own)).await;
        assert!(res.body.contains(&format!(r#"href="{page}""#)));
        let res = coordinator.get(&format!("/candidates/{candidate}")).await;
        assert!(
            res.body.contains(&format!(r#"href="{page}""#)),
            "{}",
            res.body
        );

        // The participant themselves.
        let mut own = app.signed_in(PARTICIPANT).await;
        let res = own.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(r#"data-event="outcome""#));
        // The mentor assigned; a mediator not assigned gets nothing, until assigned.
        let res = m.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        let mut med = app.signed_in(MEDIATOR).await;
        assert_eq!(med.get(&page).await.status, StatusCode::NOT_FOUND);
        assign(&app, &s.own, Duty::Mediator, &mediator).await;
        assert_eq!(med.get(&page).await.status, StatusCode::OK);

        // The host during the traineeship: the placement and the case, nothing else.
        let host = crate::cases::host_email(&app, &s.hosts.0);
        let mut company = app.signed_in(host).await;
        let res = company.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(r#"data-event="step""#));
        for hidden in ["application", "outcome", "follow-up"] {
            assert!(
                !res.body.contains(&format!(r#"data-event="{hidden}""#)),
                "{hidden}"
            );
        }
        assert!(!res.body.contains("Tecnica di laboratorio"));
        // Another host never; an evaluator never.
        let other = if host == COMPANY { COMPANY_B } else { COMPANY };
        let mut other = app.signed_in(other).await;
        assert_eq!(other.get(&page).await.status, StatusCode::NOT_FOUND);
        let mut evaluator = app.signed_in(EVALUATOR).await;
        assert_eq!(evaluator.get(&page).await.status, StatusCode::FORBIDDEN);

        // After the traineeship the host no longer follows the trainee.
        move_case(&app, &s.own, "completed", true);
        assert_eq!(company.get(&page).await.status, StatusCode::NOT_FOUND);
        assert_eq!(coordinator.get(&page).await.status, StatusCode::OK);
        // A candidate who is nobody's participant has no page.
        let res = coordinator
            .get("/participants/00000000-0000-0000-0000-000000000000")
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn the_traineeship_is_part_of_the_story_and_the_participant_reads_only_their_own_part() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let candidate = candidate_of(&app, &s.own);
        let page = format!("/participants/{candidate}");
        move_case(&app, &s.own, "active", false);
        let day = today();
        let case_id = s.own.clone();
        let p1 = app.seed.p1.clone();
        let lead = app.seed.lead.clone();
        let by = app.seed.coordinator.clone();
        app.db
            .db()
            .write_blocking(&db::Origin::system(), move |tx| {
                let now = tx.now;
                db::traineeships::save(
                    tx,
                    &db::traineeships::Traineeship {
                        case_id: case_id.clone(),
                        starts_on: day,
                        ends_on: day + chrono::Duration::days(180),
                        hours_per_week: 30,
                        updated_by: by.clone(),
                        updated_at: now,
                    },
                )?;
                db::traineeships::approve(
                    tx,
                    &db::traineeships::Allowance {
                        case_id: case_id.clone(),
                        month: day,
                        days_attended: 18,
                        days_scheduled: 20,
                        percent: 90,
                        amount_cents: 50_000,
                        region: "IT-25".into(),
                        rule_source: "test".into(),
                        rule_verified: false,
                        approved_by: by.clone(),
                        approved_at: now,
                        paid_on: None,
                    },
                )?;
                db::traineeships::open_incident(
                    tx,
                    &db::traineeships::NewIncident {
                        case_id: &case_id,
                        severity: domain::traineeship::incident::Severity::High,
                        title: "Late twice this week",
                        description: "",
                        owner_id: &by,
                        opened_by: &by,
                    },
                )?;
                let course = db::courses::Course {
                    id: db::id::new_id(),
                    programme_id: p1,
                    organisation_id: lead,
                    subject: domain::course::Subject::Italian,
                    title: "Italiano A1 test".into(),
                    created_by: by.clone(),
                    created_at: now,
                };
                db::courses::create(tx, &course)?;
                let enrolment = db::courses::enrol(tx, &course.id, &case_id, &by)?;
                db::courses::issue(tx, &course.id, &enrolment, day, &by)?;
                Ok(())
            })
            .unwrap();

        let mut coordinator = app.signed_in(COORDINATOR).await;
        let res = coordinator.get(&page).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        for k in [
            "enrolled",
            "certificate",
            "traineeship",
            "allowance",
            "incident",
        ] {
            assert!(res.body.contains(&format!(r#"data-event="{k}""#)), "{k}");
        }
        assert!(res.body.contains("Late twice this week"));
        // The trainee reads their dates and their allowance, not what staff recorded.
        let mut own = app.signed_in(PARTICIPANT).await;
        let res = own.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(r#"data-event="allowance""#));
        assert!(res.body.contains(r#"data-event="certificate""#));
        assert!(!res.body.contains(r#"data-event="incident""#));
        assert!(!res.body.contains("Late twice this week"));
    })
    .await;
}
