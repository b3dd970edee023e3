//! One's case deadlines as a calendar feed at a secret, revocable address: read with a
//! real iCalendar parser (all-day events, UIDs stable across reads and when a date is
//! corrected); staff feeds name cases by reference, never the trainee; the token is
//! stored only as its hash; a revoked, unknown or disabled person's feed is a 404.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use sha2::{Digest, Sha256};

use crate::deadline_world::{COMPANY_B, PROMOTER_MI, World, record, user_id, world};
use crate::interviews::{FAMILY, GIVEN};
use crate::support::{
    Client, EVALUATOR, PARTICIPANT, TestApp, on_each_backend, translator, without_isolation,
};

/// Makes (or remakes) the person's feed; its address's path.
async fn make_feed(c: &mut Client) -> String {
    let res = c.post("/calendar", &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let at = res.body.find("data-feed-url").unwrap();
    let before = &res.body[..at];
    let start = before.rfind("value=\"").unwrap() + "value=\"".len();
    let url = before[start..].split('"').next().unwrap().to_owned();
    assert!(
        url.starts_with("/calendar/feed/") && url.ends_with(".ics"),
        "{url}"
    );
    url
}

/// The feed's events as a phone reads them: (uid, all-day date, summary).
async fn read(app: &TestApp, url: &str) -> Vec<(String, NaiveDate, String)> {
    let res = app.client().get(url).await;
    assert_eq!(res.status, StatusCode::OK, "{url}");
    assert!(
        res.header("content-type")
            .is_some_and(|t| t.starts_with("text/calendar"))
    );
    assert!(res.body.contains("METHOD:PUBLISH"));
    let parsed: Calendar = res
        .body
        .parse()
        .unwrap_or_else(|e| panic!("{e}\n{}", res.body));
    let mut events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let Some(DatePerhapsTime::Date(day)) = e.get_start() else {
                panic!("not an all-day event:\n{}", res.body);
            };
            (
                e.get_uid().unwrap().to_owned(),
                day,
                e.get_summary().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    events.sort();
    assert!(res.body.contains("DTSTART;VALUE=DATE:"));
    events
}

async fn status_of(app: &TestApp, url: &str) -> StatusCode {
    app.client().get(url).await.status
}

fn uid(case_id: &str, rule: &str, anchor: &str) -> String {
    format!("deadline-{case_id}-{rule}-{anchor}@mentor")
}

fn token_of(url: &str) -> String {
    url.trim_start_matches("/calendar/feed/")
        .trim_end_matches(".ics")
        .to_owned()
}

#[tokio::test]
async fn a_promoters_feed_is_secret_stable_and_revocable() {
    on_each_backend(|app| async move {
        let w: World = world(&app).await;
        let mut c = app.signed_in(PROMOTER_MI).await;
        let page = c.get("/calendar").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("data-feed-state=\"none\""));

        let url = make_feed(&mut c).await;
        assert_eq!(app.last_audit().0, "calendar.feed.create");
        let reference = w.reference(&app, &w.mine);
        let events = read(&app, &url).await;
        let visa = uid(&w.mine, "visa-decision", "visa_requested");
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].0, visa);
        assert_eq!(events[0].1, w.today - Duration::days(10));
        // By reference and rule, in the owner's language; never the trainee.
        let tr = translator(domain::Locale::default());
        let rule = tr.t("deadlines-rule-visa-decision");
        assert_eq!(
            events[0].2,
            without_isolation(tr.t_with(
                "deadlines-feed-summary",
                &[
                    ("reference", i18n::FluentArg::Str(reference.clone())),
                    ("rule", i18n::FluentArg::Str(rule)),
                ]
            ))
        );
        let body = app.client().get(&url).await.body;
        assert!(!body.contains(FAMILY) && !body.contains(GIVEN), "{body}");
        // Read again: the same events. The anchor corrected: the same UID, a new day.
        assert_eq!(read(&app, &url).await, events);
        let corrected = (w.today - Duration::days(99)).to_string();
        record(&app, &w, &w.mine, "visa_requested_on", &corrected).await;
        let moved = read(&app, &url).await;
        assert_eq!(moved.len(), 1);
        assert_eq!(moved[0].0, visa);
        assert_eq!(moved[0].1, w.today - Duration::days(9));

        // Only the token's hash is kept.
        let token = token_of(&url);
        let hash = hex::encode(Sha256::digest(token.as_bytes()));
        {
            let mut conn = app.db.db().conn().unwrap();
            let me = user_id(&app, PROMOTER_MI);
            assert_eq!(db::cases::feed_owner(&mut conn, &hash).unwrap(), Some(me));
            assert_eq!(db::cases::feed_owner(&mut conn, &token).unwrap(), None);
        }
        // The page never shows it again.
        let page = c.get("/calendar").await;
        assert!(page.body.contains("data-feed-state=\"active\""));
        assert!(!page.body.contains(&token));

        // A new address: the old one is dead. Turned off: the new one too.
        let renewed = make_feed(&mut c).await;
        assert_ne!(renewed, url);
        assert_eq!(status_of(&app, &url).await, StatusCode::NOT_FOUND);
        assert_eq!(read(&app, &renewed).await, moved);
        let res = c.post("/calendar/revoke", &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some("/calendar?revoked=1"));
        assert_eq!(app.last_audit().0, "calendar.feed.revoke");
        assert_eq!(status_of(&app, &renewed).await, StatusCode::NOT_FOUND);
        assert!(
            c.get("/calendar?revoked=1")
                .await
                .body
                .contains("data-feed-state=\"none\"")
        );
        // Unknown, malformed, or without its extension: the same 404.
        let unknown = format!("/calendar/feed/{}.ics", "ab".repeat(32));
        for path in [unknown.as_str(), "/calendar/feed/x.ics", "/calendar/feed/"] {
            assert_eq!(status_of(&app, path).await, StatusCode::NOT_FOUND, "{path}");
        }
        assert_eq!(
            status_of(&app, &renewed.replace(".ics", "")).await,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn each_feed_holds_its_owners_deadlines_and_dies_with_the_account() {
    on_each_backend(|app| async move {
        let w: World = world(&app).await;
        // The host: what it must do (the hospitality declaration), not the promoter's part.
        let mut host = app.signed_in(COMPANY_B).await;
        let host_feed = make_feed(&mut host).await;
        let events = read(&app, &host_feed).await;
        assert_eq!(
            events.iter().map(|e| e.0.clone()).collect::<Vec<_>>(),
            vec![uid(&w.theirs, "hospitality-declaration", "arrived")]
        );
        // The trainee: their own case, named by rule and step in their language.
        let mut trainee = app.signed_in(PARTICIPANT).await;
        let own = read(&app, &make_feed(&mut trainee).await).await;
        assert_eq!(own.len(), 1);
        assert_eq!(own[0].0, uid(&w.mine, "visa-decision", "visa_requested"));
        let tr = translator(domain::Locale::default());
        assert_eq!(
            own[0].2,
            without_isolation(tr.t_with(
                "deadlines-feed-summary-own",
                &[
                    (
                        "rule",
                        i18n::FluentArg::Str(tr.t("deadlines-rule-visa-decision"))
                    ),
                    (
                        "step",
                        i18n::FluentArg::Str(tr.t("deadlines-step-visa-requested"))
                    ),
                ]
            ))
        );
        // A task is an event too; in a staff feed it is "a task", its title kept off.
        app::cases::tasks::add(
            app.db.db(),
            &app::SystemClock,
            &w.coordinator,
            &w.theirs,
            &format!("Ask {GIVEN} {FAMILY} for the lease"),
            w.today + Duration::days(3),
            "company",
        )
        .await
        .unwrap();
        let with_task = read(&app, &host_feed).await;
        assert_eq!(with_task.len(), 2);
        assert!(with_task.iter().any(|e| e.0.starts_with("task-")));
        let body = app.client().get(&host_feed).await.body;
        assert!(!body.contains(FAMILY), "{body}");

        // A disabled account's feed is dead.
        let id = user_id(&app, COMPANY_B);
        app.db
            .db()
            .write_blocking(&db::Origin::system(), |tx| {
                db::users::set_disabled(tx, &id, true)
            })
            .unwrap();
        assert_eq!(status_of(&app, &host_feed).await, StatusCode::NOT_FOUND);
        // Those who see no cases have no calendar page.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        assert_eq!(
            evaluator.get("/calendar").await.status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}
