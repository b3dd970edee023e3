//! Mentorships through the router (issue 15 item 1): a mentor opens one for the
//! participant whose case they mentor (never for another), logs sessions and keeps the
//! action plan; the participant sees their own on a page of theirs without the notes
//! nor any concern, and marks an item done; the mentor raises a concern, confirmed on its
//! own page, which waits for the coordinator until handled; either side closes it, after
//! which it is read-only; the reminder waits for the mentor when no session was logged;
//! a mediator not its mentor reaches none of it, a company not even the list.

use axum::http::StatusCode;
use chrono::Duration;
use db::Origin;
use db::mentorships::{Reach, Show};
use domain::duty::Duty;
use domain::permission::Scope;

use crate::cases::{Cases, setup};
use crate::outcomes::{MEDIATOR, MENTOR, assign, english, ngo, today};
use crate::support::{COMPANY, COORDINATOR, PARTICIPANT, TestApp, msg, on_each_backend};

fn candidate_of_case(app: &TestApp, case_id: &str) -> String {
    let mut conn = app.db.db().conn().unwrap();
    db::cases::find(&mut conn, &Scope::All, "", case_id)
        .unwrap()
        .candidate_id
}

fn mentorships(app: &TestApp, show: Show) -> Vec<db::mentorships::Listed> {
    let mut conn = app.db.db().conn().unwrap();
    db::mentorships::list(&mut conn, &Reach::All, show).unwrap()
}

/// The mentor of the participant's case, with the case set up; (cases, mentor's id).
async fn mentored(app: &TestApp) -> (Cases, String) {
    let s = setup(app).await;
    let (mentor, _) = ngo(app);
    assign(app, &s.own, Duty::Mentor, &mentor).await;
    (s, mentor)
}

fn terms(candidate: &str) -> Vec<(&'static str, String)> {
    vec![
        ("candidate", candidate.to_owned()),
        ("whereabouts", "home".into()),
        ("goals", "Open a repair shop in Sfax".into()),
        ("reminder_days", "30".into()),
    ]
}

fn fields<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn the_mentor_opens_logs_and_plans_and_the_mentee_sees_it_without_the_notes() {
    on_each_backend(|app| async move {
        let (s, _) = mentored(&app).await;
        let own = candidate_of_case(&app, &s.own);
        let mut m = english(&app, MENTOR).await;

        let res = m.get("/mentorships/new").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(&format!(r#"<option value="{own}""#)));
        assert!(
            !res.body.contains(&s.other_candidate),
            "only the participants the mentor mentors"
        );
        // Every mistake at once; nothing written.
        let res = m
            .post(
                "/mentorships",
                &[
                    ("candidate", own.as_str()),
                    ("whereabouts", "abroad"),
                    ("goals", " "),
                    ("reminder_days", "3"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        for key in [
            "mentoring-error-whereabouts",
            "error-required",
            "mentoring-error-reminder",
        ] {
            assert!(res.shows(&msg(key)), "{key}");
        }
        // Someone else's participant is not the mentor's to open.
        let t = terms(&s.other_candidate);
        let res = m.post("/mentorships", &fields(&t)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("mentoring-error-mentee")));
        assert!(mentorships(&app, Show::All).is_empty());

        let t = terms(&own);
        let res = m.post("/mentorships", &fields(&t)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let all = mentorships(&app, Show::Open);
        assert_eq!(all.len(), 1);
        let id = all[0].row.id.clone();
        assert_eq!(res.location(), Some(format!("/mentorships/{id}").as_str()));
        assert_eq!(app.last_audit(), ("mentorship.open".into(), id.clone()));
        let res = m.post("/mentorships", &fields(&t)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("mentoring-error-open")));

        // A session: not in the future; then logged, audited against the mentorship.
        let tomorrow = (today() + Duration::days(1)).to_string();
        let path = format!("/mentorships/{id}/sessions");
        let res = m
            .post(
                &path,
                &[
                    ("held_on", &tomorrow),
                    ("mode", "video"),
                    ("topics", "Plan"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-date-in-future")));
        let on = today().to_string();
        let res = m
            .post(
                &path,
                &[
                    ("held_on", &on),
                    ("mode", "video"),
                    ("topics", "Business plan"),
                    ("notes", "SECRET-NOTE about the family"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("mentorship.session".into(), id.clone()));
        // An action item already past its day.
        let yesterday = (today() - Duration::days(1)).to_string();
        let res = m
            .post(
                &format!("/mentorships/{id}/items"),
                &[("action", "Register the company"), ("due_on", &yesterday)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

        let res = m.get(&format!("/mentorships/{id}")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("SECRET-NOTE"));
        assert!(res.body.contains("data-overdue"));
        assert!(res.body.contains("data-concern-section"));
        let res = m.get("/").await;
        assert!(
            res.body.contains(r#"data-task="mentoring-overdue""#),
            "{}",
            res.body
        );

        // The participant: their page, in their language, without notes or concern.
        let mut p = english(&app, PARTICIPANT).await;
        let res = p.get("/my/mentorship").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-session"));
        assert!(res.body.contains("Business plan"));
        assert!(!res.body.contains("SECRET-NOTE"));
        assert!(!res.body.contains("data-concern-section"));
        assert!(
            !res.body.contains("data-log-session"),
            "the mentee logs nothing"
        );
        let res = p.get("/").await;
        assert!(res.body.contains(r#"data-task="mentoring-overdue""#));
        let res = p.get(&format!("/api/v1/mentorships/{id}")).await;
        assert_eq!(res.status, StatusCode::OK);
        let j = res.json();
        assert_eq!(j["sessions"][0]["notes"], serde_json::Value::Null);
        assert_eq!(j["concern"], serde_json::Value::Null);
        assert_eq!(j["sessions"][0]["mode"], "video");
        // The participant logs no session.
        let res = p
            .post(
                &path,
                &[("held_on", &on), ("mode", "phone"), ("topics", "x")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        // …but marks the item done.
        let item = j["items"][0]["id"].as_str().unwrap().to_owned();
        let res = p
            .post(
                &format!("/mentorships/{id}/items/{item}/done"),
                &[("own", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(res.location(), Some("/my/mentorship#plan"));
        assert_eq!(
            app.last_audit(),
            ("mentorship.item_done".into(), id.clone())
        );
        let res = m.get("/").await;
        assert!(!res.body.contains(r#"data-task="mentoring-overdue""#));

        // The mentor's API answer carries the notes.
        let res = m.get(&format!("/api/v1/mentorships/{id}")).await;
        let j = res.json();
        assert_eq!(j["sessions"][0]["notes"], "SECRET-NOTE about the family");
        assert_eq!(j["concern"], false);
        assert_eq!(j["items"][0]["done"], true);

        // A mediator of the same NGO who is not the mentor reaches nothing.
        let mut other = app.signed_in(MEDIATOR).await;
        let res = other.get(&format!("/mentorships/{id}")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let res = other
            .post(
                &path,
                &[("held_on", &on), ("mode", "phone"), ("topics", "x")],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let res = other.get("/api/v1/mentorships").await;
        assert_eq!(res.json().as_array().map(Vec::len), Some(0));
        let mut company = app.signed_in(COMPANY).await;
        let res = company.get("/mentorships").await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn a_concern_waits_for_the_coordinator_and_a_closed_mentorship_is_read_only() {
    on_each_backend(|app| async move {
        let (s, mentor) = mentored(&app).await;
        let mut c = english(&app, COORDINATOR).await;
        // The coordinator opens one for any participant, choosing the mentor.
        let mut t = terms(&s.other_candidate);
        t.push(("mentor", mentor.clone()));
        let res = c.post("/mentorships", &fields(&t)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let id = mentorships(&app, Show::Open)[0].row.id.clone();
        let mut m = english(&app, MENTOR).await;
        let res = m.get("/mentorships").await;
        assert!(res.body.contains(&format!(r#"data-mentorship="{id}""#)));

        // Asked first, on a page of its own: nothing written.
        let path = format!("/mentorships/{id}/concern");
        let res = m.post(&path, &[("reason", "No news for weeks")]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(r#"data-confirm="mentoring-concern""#));
        assert!(res.body.contains("No news for weeks"));
        assert!(mentorships(&app, Show::Concern).is_empty());
        let res = m
            .post(&path, &[("reason", " "), ("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-required")));
        let res = m
            .post(
                &path,
                &[("reason", "No news for weeks"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("mentorship.concern".into(), id.clone()));
        // The coordinator alone is told, by a task and on the page.
        let res = c.get("/").await;
        let task = res.part(r#"data-task="mentoring-concern""#, "</li>");
        assert!(task.contains(&format!("/mentorships/{id}")), "{}", res.body);
        let res = c.get("/mentorships?show=concern").await;
        assert!(res.body.contains("data-concern"));
        let res = c.get(&format!("/mentorships/{id}")).await;
        assert!(res.body.contains("data-open-concern"));
        assert!(res.body.contains("data-handle-concern"));
        // The mentor may not handle it.
        let handled = format!("/mentorships/{id}/concern/handled");
        let res = m
            .post(&handled, &[("reason", "Fine"), ("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let res = c
            .post(
                &handled,
                &[("reason", "Called him: all well"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            app.last_audit(),
            ("mentorship.concern_handled".into(), id.clone())
        );
        let res = c.get("/").await;
        assert!(!res.body.contains(r#"data-task="mentoring-concern""#));

        // Closed with a note, confirmed; then read-only.
        let close = format!("/mentorships/{id}/close");
        let res = m.post(&close, &[("reason", "Business running")]).await;
        assert!(res.body.contains(r#"data-confirm="mentoring-close""#));
        let res = m
            .post(
                &close,
                &[("reason", "Business running"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("mentorship.close".into(), id.clone()));
        let on = today().to_string();
        let res = m
            .post(
                &format!("/mentorships/{id}/sessions"),
                &[("held_on", &on), ("mode", "phone"), ("topics", "x")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("mentoring-error-closed")));
        let res = m.get(&format!("/mentorships/{id}")).await;
        assert!(res.body.contains("data-close-note"));
        assert!(!res.body.contains("data-log-session"));
        assert_eq!(mentorships(&app, Show::Closed).len(), 1);
    })
    .await;
}

#[tokio::test]
async fn the_reminder_waits_for_the_mentor_and_the_api_logs_a_session() {
    on_each_backend(|app| async move {
        let (s, mentor) = mentored(&app).await;
        let own = candidate_of_case(&app, &s.own);
        let d = app.db.db();
        let (programme, org) = {
            let mut conn = d.conn().unwrap();
            let p = db::mentorships::programme_of_candidate(&mut conn, &own)
                .unwrap()
                .unwrap();
            let org = db::mentorships::mentors(&mut conn, &p)
                .unwrap()
                .into_iter()
                .find(|m| m.0 == mentor)
                .unwrap()
                .2;
            (p, org)
        };
        // Opened 40 days ago with no session: a 30-day reminder is due.
        let t = domain::mentorship::form::Terms {
            whereabouts: domain::mentorship::Whereabouts::Italy,
            goals: "Keep the job".into(),
            reminder_days: 30,
        };
        let id = d
            .write_blocking(&Origin::system(), |tx| {
                db::mentorships::create(
                    tx,
                    &db::mentorships::NewMentorship {
                        programme_id: &programme,
                        candidate_id: &own,
                        mentor_id: &mentor,
                        organisation_id: &org,
                        terms: &t,
                        opened_on: today() - Duration::days(40),
                        by: &mentor,
                    },
                )
            })
            .unwrap()
            .unwrap();
        let mut m = english(&app, MENTOR).await;
        let res = m.get("/").await;
        let task = res.part(r#"data-task="mentoring-reminder""#, "</li>");
        assert!(task.contains(&format!("/mentorships/{id}")), "{}", res.body);
        let res = m.get(&format!("/mentorships/{id}")).await;
        assert!(res.body.contains("data-reminder-due"));

        // A session logged through the API (a bearer token) clears it.
        let mut api = app.client();
        api.bearer = Some(app.token(MENTOR));
        let body = format!(
            r#"{{"held_on": "{}", "mode": "phone", "topics": "Contract renewal"}}"#,
            today()
        );
        let res = api
            .post_json(&format!("/api/v1/mentorships/{id}/sessions"), &body)
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert_eq!(
            res.location(),
            Some(format!("/api/v1/mentorships/{id}").as_str())
        );
        assert_eq!(res.json()["sessions"][0]["topics"], "Contract renewal");
        let res = api
            .post_json(
                &format!("/api/v1/mentorships/{id}/sessions"),
                r#"{"held_on": "2000-01-01", "mode": "letter", "topics": "x"}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        let res = m.get("/").await;
        assert!(!res.body.contains(r#"data-task="mentoring-reminder""#));
        let res = m.get("/api/v1/mentorships").await;
        let list = res.json();
        assert_eq!(list.as_array().map(Vec::len), Some(1));
        assert_eq!(list[0]["whereabouts"], "italy");
        assert_eq!(list[0]["last_session"], today().to_string());
    })
    .await;
}
