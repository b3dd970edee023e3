//! The home page as a task inbox: each role sees what waits for it, within its reach and no
//! further; doing a task makes it leave; a participant sees where they stand and what to do
//! next at every stage; the daily digest can be turned off.

use axum::http::StatusCode;
use db::Origin;
use domain::Country;
use domain::candidate::Status;
use domain::company::CompanyFields;
use domain::permission::Scope;
use domain::position::{PositionFields, PositionStatus};
use domain::selection::CriterionDraft;
use testkit::fixtures;

use crate::support::{
    AGENCY_MA, AGENCY_TN, COMPANY, COORDINATOR, EVALUATOR, OTHER_COORDINATOR, PARTICIPANT, TestApp,
    msg, on_each_backend,
};

const MEDIATOR: &str = "mediator@test.example";

/// The `(kind, count)` of every task the page lists, in its order.
fn tasks(body: &str) -> Vec<(String, i64)> {
    body.match_indices("data-task=\"")
        .map(|(i, m)| {
            let rest = &body[i + m.len()..];
            let kind = rest[..rest.find('"').unwrap()].to_owned();
            let count = rest
                .split("data-count=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            (kind, count)
        })
        .collect()
}

fn count_of(tasks: &[(String, i64)], kind: &str) -> i64 {
    tasks
        .iter()
        .filter(|(k, _)| k == kind)
        .map(|(_, n)| n)
        .sum()
}

fn items(tasks: &[(String, i64)], kind: &str) -> usize {
    tasks.iter().filter(|(k, _)| k == kind).count()
}

/// The value shown for `data-figure="<id>"`.
fn figure(body: &str, id: &str) -> Option<String> {
    let at = body.find(&format!("data-figure=\"{id}\""))?;
    let rest = &body[at..];
    let start = rest.find("class=\"figure\">")? + "class=\"figure\">".len();
    let rest = &rest[start..];
    Some(rest[..rest.find('<')?].to_owned())
}

fn draft(title: &str) -> domain::position::PositionDraft {
    PositionFields {
        title: title.into(),
        occupation: "software developer".into(),
        min_italian: "A2".into(),
        education_level: "4".into(),
        city: "Milano".into(),
        starts_on: "2027-03-01".into(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        tutor_name: "Luca".into(),
        places: "1".into(),
        ..Default::default()
    }
    .parse(chrono::Utc::now().date_naive())
    .unwrap()
}

struct World {
    tn_submitted: String,
    returned_a: String,
    returned_b: String,
}

/// In p1: a call with criteria, two Tunisian and one Moroccan application to screen, one
/// eligible of each country; companies A and B, profiles complete but checklists not, each
/// with a position waiting for approval and one returned for changes. In p2: one
/// application to screen.
fn world(app: &TestApp) -> World {
    app.agencies_and_evaluator(&[Country::TN, Country::MA]);
    let d = app.db.db();
    let call = fixtures::call(d, &app.seed.p1, "Call one");
    let tn_submitted = fixtures::candidate(d, &call, "Ben Salah", "TN", Status::Submitted);
    fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Submitted);
    fixtures::candidate(d, &call, "El Amrani", "MA", Status::Submitted);
    fixtures::candidate(d, &call, "Jaziri", "TN", Status::Eligible);
    fixtures::candidate(d, &call, "Bennani", "MA", Status::Eligible);
    let other = fixtures::call(d, &app.seed.p2, "Other call");
    fixtures::candidate(d, &other, "Gharbi", "TN", Status::Submitted);
    let profile = |name: &str| {
        CompanyFields {
            name: name.into(),
            city: "Milano".into(),
            vat_number: "01234567897".into(),
            employees: "12".into(),
            region: "lombardia".into(),
            ..Default::default()
        }
        .parse()
        .unwrap()
    };
    let (a, b, p1) = (
        app.seed.company_a.clone(),
        app.seed.company_b.clone(),
        app.seed.p1.clone(),
    );
    let (returned_a, returned_b) = d
        .write_blocking(&Origin::system(), |tx| {
            db::selection::add_criterion(
                tx,
                &Scope::All,
                &call,
                &CriterionDraft {
                    name: "Motivation".into(),
                    weight: 1,
                    max_score: 10,
                },
            )?;
            db::companies::save_profile(tx, &Scope::All, &a, &profile("Company A Srl"))?;
            db::companies::save_profile(tx, &Scope::All, &b, &profile("Company B Srl"))?;
            let mut returned = Vec::new();
            for company in [&a, &b] {
                let waiting = db::positions::create(tx, &p1, company, &draft("Waiting"))?;
                db::positions::set_status(tx, &waiting, PositionStatus::Submitted, "")?;
                let back = db::positions::create(tx, &p1, company, &draft("Returned"))?;
                db::positions::set_status(tx, &back, PositionStatus::Draft, "Name the tutor")?;
                // A new draft, never sent: nothing to mend.
                db::positions::create(tx, &p1, company, &draft("New"))?;
                returned.push(back);
            }
            Ok((returned[0].clone(), returned[1].clone()))
        })
        .unwrap();
    World {
        tn_submitted,
        returned_a,
        returned_b,
    }
}

#[tokio::test]
async fn each_role_sees_its_own_tasks_and_only_its_own() {
    on_each_backend(|app| async move {
        let w = world(&app);
        let home = |email: &'static str| {
            let app = &app;
            async move {
                let mut c = app.signed_in(email).await;
                let res = c.get("/").await;
                assert_eq!(res.status, StatusCode::OK, "{email}");
                res.body
            }
        };

        let body = home(AGENCY_TN).await;
        let t = tasks(&body);
        assert_eq!(count_of(&t, "screen-applications"), 2, "{t:?}");
        assert_eq!(count_of(&t, "score-applications"), 1, "{t:?}");
        for k in ["approve-positions", "revise-position", "complete-checklist"] {
            assert_eq!(items(&t, k), 0, "{k}: {t:?}");
        }
        assert_eq!(figure(&body, "to-screen").as_deref(), Some("2"));
        assert_eq!(figure(&body, "eligible").as_deref(), Some("1"));
        assert_eq!(figure(&body, "sent-this-week").as_deref(), Some("3"));
        assert!(figure(&body, "places").is_none(), "not an agency's figure");

        let t = tasks(&home(AGENCY_MA).await);
        assert_eq!(count_of(&t, "screen-applications"), 1, "{t:?}");
        assert_eq!(count_of(&t, "score-applications"), 1, "{t:?}");

        let t = tasks(&home(EVALUATOR).await);
        assert_eq!(count_of(&t, "score-applications"), 2, "{t:?}");
        assert_eq!(
            items(&t, "screen-applications"),
            0,
            "evaluators do not screen"
        );

        let body = home(COORDINATOR).await;
        let t = tasks(&body);
        assert_eq!(count_of(&t, "screen-applications"), 3, "p1 only: {t:?}");
        assert_eq!(count_of(&t, "approve-positions"), 2, "{t:?}");
        assert_eq!(items(&t, "complete-checklist"), 2, "{t:?}");
        assert_eq!(items(&t, "revise-position"), 0, "the companies' to mend");
        assert_eq!(figure(&body, "places").as_deref(), Some("41"));
        assert!(figure(&body, "shortlisted").is_some());
        assert!(figure(&body, "open-positions").is_some());
        assert!(
            !body.contains("data-figure=\"territories\"") && !body.contains("budget"),
            "no totals that call for nothing"
        );

        let body = home(COMPANY).await;
        let t = tasks(&body);
        assert_eq!(items(&t, "revise-position"), 1, "{t:?}");
        assert!(body.contains(&format!("href=\"/positions/{}\"", w.returned_a)));
        assert!(!body.contains(&w.returned_b), "another company's position");
        assert_eq!(items(&t, "complete-checklist"), 1, "{t:?}");
        assert!(body.contains(&format!(
            "href=\"/companies/{}/checklist\"",
            app.seed.company_a
        )));
        assert!(!body.contains(&app.seed.company_b), "another company");
        for k in [
            "approve-positions",
            "screen-applications",
            "score-applications",
        ] {
            assert_eq!(items(&t, k), 0, "{k}: {t:?}");
        }
        assert_eq!(figure(&body, "positions").as_deref(), Some("3"));
        assert_eq!(figure(&body, "proposals").as_deref(), Some("0"));

        let t = tasks(&home(OTHER_COORDINATOR).await);
        assert_eq!(count_of(&t, "screen-applications"), 1, "p2 only: {t:?}");
        for k in [
            "approve-positions",
            "complete-checklist",
            "score-applications",
        ] {
            assert_eq!(items(&t, k), 0, "{k}: {t:?}");
        }

        let body = home(EVALUATOR).await;
        assert_eq!(figure(&body, "to-score").as_deref(), Some("2"));
        assert_eq!(figure(&body, "scored").as_deref(), Some("0"));

        // A mediator has no records to act on but the calls their participants may apply to.
        fixtures::user(
            app.db.db(),
            MEDIATOR,
            &app.seed.lead,
            domain::Role::Mediator,
        );
        let body = home(MEDIATOR).await;
        assert!(tasks(&body).is_empty(), "{body}");
        assert!(body.contains("data-inbox-empty"));
        assert_eq!(
            figure(&body, "open-calls").as_deref(),
            Some("1"),
            "p1's call only"
        );

        let body = home(PARTICIPANT).await;
        assert!(tasks(&body).is_empty(), "no staff work for a participant");
        assert!(body.contains("data-inbox-empty"));
        assert!(!body.contains(&w.tn_submitted));
    })
    .await;
}

#[tokio::test]
async fn doing_a_task_makes_it_leave_the_inbox() {
    on_each_backend(|app| async move {
        let w = world(&app);
        let mut agency = app.signed_in(AGENCY_TN).await;
        let res = agency
            .post(
                &format!("/candidates/{}/status", w.tn_submitted),
                &[("status", "eligible")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let t = tasks(&agency.get("/").await.body);
        assert_eq!(count_of(&t, "screen-applications"), 1, "{t:?}");

        let mut company = app.signed_in(COMPANY).await;
        let a = app.seed.company_a.clone();
        let res = company
            .post(
                &format!("/companies/{a}/checklist"),
                &[
                    ("safety_compliant", "yes"),
                    ("disability_compliant", "yes"),
                    ("no_recent_dismissals", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let t = tasks(&company.get("/").await.body);
        assert_eq!(items(&t, "complete-checklist"), 0, "{t:?}");
        assert_eq!(items(&t, "revise-position"), 1, "{t:?}");
    })
    .await;
}

#[tokio::test]
async fn an_empty_inbox_says_so() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COMPANY).await;
        c.accept_language = Some("en".into());
        let res = c.get("/").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-inbox-empty"));
        assert!(res.shows(&msg("inbox-empty")));
    })
    .await;
}

/// The participant's `(stage, next)` and the action's link, as the home page shows them.
fn journey(body: &str) -> (String, String, Option<String>) {
    let attr = |name: &str| {
        body.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_default()
            .to_owned()
    };
    let action = body
        .split("class=\"button\" href=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(str::to_owned);
    (attr("data-stage"), attr("data-next"), action)
}

#[tokio::test]
async fn a_participant_sees_where_they_stand_and_what_to_do_next() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        let mut c = app.signed_in(PARTICIPANT).await;
        c.accept_language = Some("en".into());
        let open = fixtures::call(d, &app.seed.p1, "Open call");

        // No application yet: the open calls, one click each.
        let res = c.get("/").await;
        assert_eq!(res.status, StatusCode::OK);
        let (stage, next, _) = journey(&res.body);
        assert_eq!((stage.as_str(), next.as_str()), ("apply", "apply"));
        assert!(res.body.contains(&format!("href=\"/open-calls/{open}\"")));
        assert_eq!(res.body.matches("aria-current=\"step\"").count(), 1);
        assert!(res.shows(&msg("stage-apply")));

        let user = {
            let mut conn = d.conn().unwrap();
            let email = domain::Email::parse(PARTICIPANT).unwrap();
            db::users::find_by_email_unscoped(&mut conn, &email)
                .unwrap()
                .unwrap()
                .id
        };
        let stages: [(Status, &str, &str); 5] = [
            (Status::Draft, "draft", "draft-consent"),
            (Status::Submitted, "sent", "sent-no-documents"),
            (Status::Shortlisted, "decision", "shortlisted"),
            (Status::WaitingList, "decision", "waiting-list"),
            (Status::Rejected, "decision", "rejected"),
        ];
        let (mut last, mut last_call) = (String::new(), String::new());
        for (i, (status, stage, next)) in stages.into_iter().enumerate() {
            // The latest application is the one the home page speaks of.
            std::thread::sleep(std::time::Duration::from_millis(5));
            let call = fixtures::call(d, &app.seed.p1, &format!("Call {i}"));
            last = fixtures::candidate_of(d, &call, "Participant", "TN", status, Some(&user));
            last_call = call;
            let res = c.get("/").await;
            let got = journey(&res.body);
            assert_eq!(
                (got.0.as_str(), got.1.as_str()),
                (stage, next),
                "{status:?}"
            );
            assert!(res.shows(&msg(&format!("journey-{next}"))), "{status:?}");
            if status == Status::Draft {
                assert_eq!(got.2, Some(format!("/applications/{last}/consent")));
                let t = tasks(&res.body);
                assert_eq!(items(&t, "complete-application"), 1, "{t:?}");
            }
            if status == Status::Submitted {
                assert_eq!(got.2, Some(format!("/applications/{last}/documents")));
            }
        }

        // A placement proposed to a company.
        let position = d
            .write_blocking(&Origin::system(), |tx| {
                let p =
                    db::positions::create(tx, &app.seed.p1, &app.seed.company_a, &draft("Dev"))?;
                db::positions::set_status(tx, &p, PositionStatus::Open, "")?;
                Ok(p)
            })
            .unwrap();
        d.write_blocking(&Origin::system(), |tx| {
            db::matching::propose(
                tx,
                &last_call,
                &db::matching::Proposal {
                    candidate_id: last.clone(),
                    position_id: position,
                    company_id: app.seed.company_a.clone(),
                    score: 50,
                },
            )
        })
        .unwrap();
        let res = c.get("/").await;
        let got = journey(&res.body);
        assert_eq!(
            (got.0.as_str(), got.1.as_str()),
            ("placement", "placement-proposed")
        );
        // Every earlier stage is marked done, the current one is the only current.
        assert_eq!(res.body.matches("class=\"done\"").count(), 4);
        assert_eq!(res.body.matches("aria-current=\"step\"").count(), 1);
    })
    .await;
}

#[tokio::test]
async fn the_daily_digest_can_be_turned_off_and_on() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        let call = fixtures::call(d, &app.seed.p1, "Call one");
        fixtures::candidate(d, &call, "Ben Salah", "TN", Status::Submitted);
        let now = chrono::Utc::now().naive_utc();
        let base = "https://mentor.example.org";
        let due = |d: &db::Database| {
            let d = d.clone();
            async move {
                app::digest::due_digests(&d, now, base)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|g| g.to)
                    .collect::<Vec<_>>()
            }
        };
        assert!(
            due(d).await.contains(&COORDINATOR.to_owned()),
            "applications to screen"
        );

        let mut c = app.signed_in(COORDINATOR).await;
        let page = c.get("/account").await;
        assert!(page.body.contains("checked data-digest"), "on by default");
        let res = c.post("/account/digest", &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = c.get("/account").await;
        assert!(
            page.body.contains("data-flash=\"flash-digest-off\""),
            "{}",
            page.body
        );
        assert!(!page.body.contains("checked data-digest"));
        assert_eq!(app.last_audit().0, "user.digest_off");
        assert!(!due(d).await.contains(&COORDINATOR.to_owned()), "opted out");

        let res = c.post("/account/digest", &[("wanted", "on")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = c.get("/account").await;
        assert!(page.body.contains("data-flash=\"flash-digest-on\""));
        assert!(due(d).await.contains(&COORDINATOR.to_owned()));
    })
    .await;
}

#[tokio::test]
async fn the_coordinator_approves_a_matching_run_from_the_inbox() {
    on_each_backend(|app| async move {
        let s = crate::matching::setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        let t = tasks(&c.get("/").await.body);
        assert_eq!(items(&t, "approve-matching-run"), 0, "{t:?}");
        assert_eq!(
            items(&t, "run-matching"),
            0,
            "the call is still open: {t:?}"
        );

        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let run = res.location().unwrap_or_default().to_owned();
        let body = c.get("/").await.body;
        let t = tasks(&body);
        assert_eq!(count_of(&t, "approve-matching-run"), 1, "{t:?}");
        assert!(body.contains(&format!("href=\"/calls/{}/matching\"", s.call)));
        let mut other = app.signed_in(OTHER_COORDINATOR).await;
        let t = tasks(&other.get("/").await.body);
        assert_eq!(
            items(&t, "approve-matching-run"),
            0,
            "another programme's call"
        );

        let res = c
            .post(&format!("{run}/approve"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let t = tasks(&c.get("/").await.body);
        assert_eq!(items(&t, "approve-matching-run"), 0, "approved: {t:?}");

        // The company now has candidates proposed to it.
        let mut company = app.signed_in(COMPANY).await;
        let body = company.get("/").await.body;
        let proposed: i64 = figure(&body, "proposals").unwrap().parse().unwrap();
        assert!(proposed >= 1, "{body}");
    })
    .await;
}

#[tokio::test]
async fn a_follow_up_due_is_in_its_authors_inbox_marked_overdue_until_done() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        let today = chrono::Utc::now().date_naive();
        let contact = d
            .write_blocking(&Origin::system(), |tx| {
                db::outreach::add_contact(
                    tx,
                    &Scope::All,
                    &app.seed.company_a,
                    &app.seed.coordinator,
                    &db::outreach::ContactDraft {
                        kind: domain::outreach::ContactKind::Call,
                        happened_on: today - chrono::Duration::days(10),
                        campaign_id: None,
                        notes: "Call back about the workshop".into(),
                        follow_up_on: Some(today - chrono::Duration::days(2)),
                    },
                )
            })
            .unwrap();
        let mut c = app.signed_in(COORDINATOR).await;
        let body = c.get("/").await.body;
        let t = tasks(&body);
        assert_eq!(items(&t, "follow-up-company"), 1, "{t:?}");
        assert!(body.contains("data-task=\"follow-up-company\" data-count=\"1\" data-overdue"));
        assert!(body.contains(&format!("href=\"/companies/{}\"", app.seed.company_a)));
        // Overdue work comes first.
        assert_eq!(t[0].0, "follow-up-company", "{t:?}");
        // Somebody else's follow-up is not theirs.
        let mut admin = app.signed_in(crate::support::ADMIN).await;
        let t = tasks(&admin.get("/").await.body);
        assert_eq!(items(&t, "follow-up-company"), 0, "{t:?}");

        let res = c
            .post(&format!("/outreach/contacts/{contact}/done"), &[])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let t = tasks(&c.get("/").await.body);
        assert_eq!(items(&t, "follow-up-company"), 0, "done: {t:?}");
    })
    .await;
}
