//! Outcomes and follow-ups through the router (issue 14): the promoter records how a
//! traineeship ended and corrects it (audited, refused whole when it does not fit or the
//! traineeship has not begun), the per-country figures count it, the API lists it within
//! reach; the mentor finds the follow-up due in the inbox and the digest, records it, and
//! the next one opens with those answers; a mediator not assigned reaches none of it.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use db::Origin;
use domain::duty::Duty;
use domain::permission::Scope;
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

use crate::cases::{PROMOTER, setup};
use crate::support::{
    AGENCY_MA, AGENCY_TN, COMPANY, COORDINATOR, TestApp, msg, on_each_backend, translator,
    without_isolation,
};

pub(crate) const MENTOR: &str = "mentor@ngo.example";
pub(crate) const MEDIATOR: &str = "mediator@ngo.example";

pub(crate) fn today() -> NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

/// Moves a case straight to `to` (a fixture: the procedure's own steps are tested with the
/// cases).
pub(crate) fn move_case(app: &TestApp, case_id: &str, to: &str, closes: bool) {
    let d = app.db.db();
    let from = {
        let mut conn = d.conn().unwrap();
        db::cases::find(&mut conn, &Scope::All, "", case_id)
            .unwrap()
            .step
    };
    let by = app.seed.coordinator.clone();
    d.write_blocking(&Origin::system(), |tx| {
        db::cases::record_step(
            tx,
            case_id,
            &by,
            &db::cases::Move {
                from: &from,
                to,
                on: today(),
                at: None,
                note: "",
                closes,
            },
        )
    })
    .unwrap();
}

/// An NGO of p1 with a mentor and a mediator (NGO staff and mediator roles); their ids.
pub(crate) fn ngo(app: &TestApp) -> (String, String) {
    let d = app.db.db();
    let p1 = app.seed.p1.clone();
    let org = d
        .write_blocking(&Origin::system(), |tx| {
            let org = db::organisations::create(
                tx,
                &db::organisations::OrganisationDraft {
                    name: "Soleterre".into(),
                    kind: OrganisationKind::Ngo,
                    country: Country::IT,
                    territory_id: None,
                    city: "Milano".into(),
                },
            )?;
            db::programmes::add_organisation(tx, &p1, &org)?;
            Ok(org)
        })
        .unwrap();
    (
        fixtures::user(d, MENTOR, &org, Role::NgoStaff),
        fixtures::user(d, MEDIATOR, &org, Role::Mediator),
    )
}

/// Gives `duty` on the case to `user_id`, as the coordinator, through the use case.
pub(crate) async fn assign(app: &TestApp, case_id: &str, duty: Duty, user_id: &str) {
    let d = app.db.db();
    let actor = {
        let mut conn = d.conn().unwrap();
        db::memberships::load_actor(&mut conn, &app.seed.coordinator)
            .unwrap()
            .unwrap()
    };
    let who = app::Acting {
        origin: Origin::user(&actor.user_id, "test"),
        actor,
    };
    app::cases::people::assign(d, &app::SystemClock, &who, case_id, duty, user_id)
        .await
        .unwrap();
}

/// A client reading English (the language `support::msg` names messages in).
pub(crate) async fn english(app: &TestApp, email: &str) -> crate::support::Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

fn outcome_of(app: &TestApp, case_id: &str) -> Option<db::outcomes::OutcomeRow> {
    let mut conn = app.db.db().conn().unwrap();
    db::outcomes::of_case(&mut conn, case_id).unwrap()
}

fn follow_ups(app: &TestApp, case_id: &str) -> Vec<i64> {
    let mut conn = app.db.db().conn().unwrap();
    db::outcomes::follow_ups_of(&mut conn, case_id)
        .unwrap()
        .iter()
        .map(|f| f.months)
        .collect()
}

/// Records an outcome through the page; the answer is a redirect.
pub(crate) async fn record(
    app: &TestApp,
    case_id: &str,
    kind: &str,
    day: NaiveDate,
    country: &str,
) {
    let mut c = app.signed_in(PROMOTER).await;
    let day = day.to_string();
    let res = c
        .post(
            &format!("/cases/{case_id}/outcome"),
            &[
                ("kind", kind),
                ("day", &day),
                ("country", country),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

#[tokio::test]
async fn the_promoter_records_and_corrects_an_outcome_counted_per_country_and_listed_within_reach()
{
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        app.agencies_and_evaluator(&[Country::TN, Country::MA]);
        let mut promoter = english(&app, PROMOTER).await;
        // Before the traineeship begins there is nothing to end.
        let res = promoter
            .post(
                &format!("/cases/{}/outcome", s.own),
                &[
                    ("kind", "job_contract"),
                    ("day", &today().to_string()),
                    ("country", "IT"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("outcome-error-step")), "{}", res.body);
        assert!(outcome_of(&app, &s.own).is_none());

        move_case(&app, &s.own, "active", false);
        let res = promoter.get(&format!("/cases/{}/outcome", s.own)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-outcome-form"));
        assert!(res.body.contains("data-no-outcome"));
        // Every mistake at once, nothing written.
        let tomorrow = (today() + Duration::days(1)).to_string();
        let res = promoter
            .post(
                &format!("/cases/{}/outcome", s.own),
                &[("kind", "stayed"), ("day", &tomorrow), ("country", "Italy")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        for key in [
            "outcome-error-kind",
            "error-date-in-future",
            "error-invalid-country",
        ] {
            assert!(res.shows(&msg(key)), "{key}");
        }
        assert!(outcome_of(&app, &s.own).is_none());

        let day = today() - Duration::days(3);
        record(&app, &s.own, "job_contract", day, "IT").await;
        assert_eq!(app.last_audit(), ("outcome.record".into(), s.own.clone()));
        let o = outcome_of(&app, &s.own).unwrap();
        assert_eq!(
            (o.kind.as_str(), o.day, o.country),
            ("job_contract", day, Country::IT)
        );
        assert!(!o.corrected());
        // Corrected: the same record, audited, marked.
        record(&app, &s.own, "returned_home", day, "TN").await;
        assert_eq!(app.last_audit(), ("outcome.correct".into(), s.own.clone()));
        let res = promoter.get(&format!("/cases/{}/outcome", s.own)).await;
        assert!(res.body.contains(r#"data-outcome="returned_home""#));
        assert!(res.body.contains("data-corrected"));

        // The figures: one Tunisian back home, nobody else.
        let mut coordinator = app.signed_in(COORDINATOR).await;
        let res = coordinator.get("/outcomes").await;
        assert_eq!(res.status, StatusCode::OK);
        let tn = res.part(r#"data-country="TN""#, "</tr>");
        assert!(tn.contains(r#"data-returned-home="1""#), "{tn}");
        assert!(tn.contains(r#"data-in-italy="0""#), "{tn}");
        assert!(!res.body.contains(r#"data-country="MA""#));

        // The API: the coordinator and Tunisia's agency see it; Morocco's does not.
        let res = coordinator.get("/api/v1/outcomes").await;
        assert_eq!(res.status, StatusCode::OK);
        let list = res.json();
        assert_eq!(list.as_array().map(Vec::len), Some(1));
        assert_eq!(list[0]["kind"], "returned_home");
        assert_eq!(list[0]["in_italy"], false);
        assert_eq!(list[0]["origin"], "TN");
        let res = coordinator.get("/api/v1/outcomes?kind=job_contract").await;
        assert_eq!(res.json().as_array().map(Vec::len), Some(0));
        for (agency, n) in [(AGENCY_TN, 1), (AGENCY_MA, 0)] {
            let mut c = app.signed_in(agency).await;
            let res = c.get("/api/v1/outcomes").await;
            assert_eq!(res.status, StatusCode::OK);
            assert_eq!(res.json().as_array().map(Vec::len), Some(n), "{agency}");
        }
        // A company records nothing and sees no outcome.
        let mut company = app.signed_in(COMPANY).await;
        let res = company.get(&format!("/cases/{}/outcome", s.own)).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let res = company
            .post(
                &format!("/cases/{}/outcome", s.own),
                &[
                    ("kind", "other"),
                    ("day", &day.to_string()),
                    ("country", "FR"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(
            outcome_of(&app, &s.own).unwrap().kind.as_str(),
            "returned_home"
        );
    })
    .await;
}

#[tokio::test]
async fn the_mentor_follows_up_on_schedule_with_the_previous_answers_and_others_reach_nothing() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let (mentor, _mediator) = ngo(&app);
        move_case(&app, &s.own, "active", false);
        // Ended 100 days ago: the 3-month follow-up is ten days overdue.
        let day = today() - Duration::days(100);
        record(&app, &s.own, "job_contract", day, "IT").await;

        let mut m = english(&app, MENTOR).await;
        // Not yet the mentor: the case is out of reach.
        let res = m.get(&format!("/cases/{}/follow-ups/new", s.own)).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assign(&app, &s.own, Duty::Mentor, &mentor).await;

        // The inbox sends the mentor to the form.
        let res = m.get("/").await;
        let task = res.part(r#"data-task="follow-up-overdue""#, "</li>");
        assert!(
            task.contains(&format!("/cases/{}/follow-ups/new", s.own)),
            "{}",
            res.body
        );
        let res = m.get(&format!("/cases/{}/follow-ups/new", s.own)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(r#"data-milestone="3""#));
        assert!(res.body.contains("data-overdue"));
        assert!(
            !res.body.contains("data-preloaded"),
            "nothing to preload yet"
        );
        assert!(
            res.body.contains(r#"<option value="IT" selected>"#),
            "the outcome's country"
        );

        // Someone working names an occupation; nothing is written otherwise.
        let on = today().to_string();
        let res = m
            .post(
                &format!("/cases/{}/follow-ups", s.own),
                &[
                    ("months", "3"),
                    ("done_on", &on),
                    ("country", "IT"),
                    ("working", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("follow-up-error-occupation")));
        assert!(follow_ups(&app, &s.own).is_empty());

        let answers = [
            ("months", "3"),
            ("done_on", on.as_str()),
            ("country", "IT"),
            ("working", "yes"),
            ("sector", "ICT"),
            ("occupation", "Sviluppatrice software"),
            ("remittances", "yes"),
            ("note", "Contratto a tempo indeterminato"),
        ];
        let res = m
            .post(&format!("/cases/{}/follow-ups", s.own), &answers)
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("follow_up.record".into(), s.own.clone()));
        assert_eq!(follow_ups(&app, &s.own), [3]);
        // Once only.
        let res = m
            .post(&format!("/cases/{}/follow-ups", s.own), &answers)
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("follow-up-error-recorded")));
        assert_eq!(follow_ups(&app, &s.own), [3]);

        // The next one opens with these answers (its own note empty).
        let res = m.get(&format!("/cases/{}/follow-ups/new", s.own)).await;
        assert!(res.body.contains(r#"data-milestone="6""#));
        assert!(res.body.contains("data-preloaded"));
        assert!(res.body.contains(r#"value="Sviluppatrice software""#));
        assert!(res.body.contains(
            r#"id="remittances" name="remittances" type="checkbox" value="yes" checked"#
        ));
        assert!(
            res.body
                .contains(r#"id="working" name="working" type="checkbox" value="yes" checked"#)
        );
        assert!(!res.body.contains(
            r#"id="business_links" name="business_links" type="checkbox" value="yes" checked"#
        ));
        assert!(!res.body.contains("Contratto a tempo indeterminato"));
        // The 6-month one is more than 30 days away: no task now.
        let res = m.get("/").await;
        assert!(!res.body.contains(r#"data-task="follow-up-"#));
        // The schedule on the outcome page.
        let res = m.get(&format!("/cases/{}/outcome", s.own)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(r#"data-follow-up="3" data-done"#));
        assert!(!res.body.contains(r#"data-follow-up="6" data-done"#));
        assert!(
            !res.body.contains("data-outcome-form"),
            "a mentor does not record outcomes"
        );

        // The API lists it to the mentor and the coordinator.
        let res = m.get("/api/v1/follow-ups").await;
        let list = res.json();
        assert_eq!(list.as_array().map(Vec::len), Some(1));
        assert_eq!(list[0]["months"], 3);
        assert_eq!(list[0]["remittances"], true);
        assert_eq!(list[0]["occupation"], "Sviluppatrice software");

        // A mediator not assigned reaches none of it.
        let mut other = app.signed_in(MEDIATOR).await;
        for path in [
            format!("/cases/{}/follow-ups/new", s.own),
            format!("/cases/{}/outcome", s.own),
        ] {
            let res = other.get(&path).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        }
        let res = other
            .post(&format!("/cases/{}/follow-ups", s.own), &answers)
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let res = other.get("/api/v1/follow-ups").await;
        assert_eq!(res.json().as_array().map(Vec::len), Some(0));
        let res = other.get("/api/v1/outcomes").await;
        assert_eq!(res.json().as_array().map(Vec::len), Some(0));
    })
    .await;
}

#[tokio::test]
async fn a_follow_up_due_is_in_the_mentors_daily_digest() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let (mentor, _) = ngo(&app);
        move_case(&app, &s.own, "active", false);
        // The 3-month follow-up falls within the coming month.
        record(
            &app,
            &s.own,
            "extension",
            today() - Duration::days(70),
            "IT",
        )
        .await;
        assign(&app, &s.own, Duty::Mentor, &mentor).await;
        let d = app.db.db();
        app::digest::queue_due(d, chrono::Utc::now().naive_utc(), "https://m.example")
            .await
            .unwrap();
        let mine = crate::interviews::mails(&app, MENTOR, app::digest::KIND);
        assert_eq!(mine.len(), 1);
        let en = translator(domain::Locale::default());
        let due = without_isolation(en.tn("task-follow-up-due", "count", 1));
        assert!(mine[0].body.contains(&due), "{}", mine[0].body);
        assert!(
            mine[0]
                .body
                .contains(&format!("/cases/{}/follow-ups/new", s.own)),
            "{}",
            mine[0].body
        );
    })
    .await;
}
