//! Case deadlines as tasks (the home page's inbox and the daily digest), for those whose
//! role must act and within their reach only; and overdue ones escalated, once, to the
//! programme's coordinators after the configured delay, naming the case by reference.

use chrono::Duration;
use domain::Locale;

use crate::deadline_world::{
    COMPANY_B, PROMOTER_BG, PROMOTER_MI, PROMOTER_TO, World, user_id, world,
};
use crate::interviews::{FAMILY, GIVEN, mails};
use crate::support::{
    COMPANY, COORDINATOR, OTHER_COORDINATOR, PARTICIPANT, TestApp, on_each_backend, translator,
    without_isolation,
};

/// `(kind, count, href)` of the case tasks on the person's home page.
async fn case_tasks(app: &TestApp, email: &str) -> Vec<(String, i64, String)> {
    let mut c = app.signed_in(email).await;
    let body = c.get("/").await.body;
    body.match_indices("data-task=\"case-")
        .map(|(i, _)| {
            let rest = &body[i + "data-task=\"".len()..];
            let kind = rest[..rest.find('"').unwrap()].to_owned();
            let count = rest
                .split("data-count=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            let item = &rest[..rest.find("</li>").unwrap()];
            let href = item
                .split("href=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or_default()
                .replace("&amp;", "&");
            (kind, count, href)
        })
        .collect()
}

fn task(kind: &str, count: i64, href: &str) -> (String, i64, String) {
    (kind.to_owned(), count, href.to_owned())
}

#[tokio::test]
async fn overdue_case_deadlines_are_the_tasks_of_whoever_must_act_within_reach() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        // Milan's promoter: the consulate's decision on its trainee's visa (its own case).
        assert_eq!(
            case_tasks(&app, PROMOTER_MI).await,
            vec![task("case-overdue", 1, &format!("/cases/{}", w.mine))]
        );
        // Turin's promoter: the permit request; its host the hospitality declaration.
        assert_eq!(
            case_tasks(&app, PROMOTER_TO).await,
            vec![task("case-overdue", 1, &format!("/cases/{}", w.theirs))]
        );
        assert_eq!(
            case_tasks(&app, COMPANY_B).await,
            vec![task("case-overdue", 1, &format!("/cases/{}", w.theirs))]
        );
        // Company A must do nothing yet (the visa is the promoter's); Bergamo has no case;
        // nor has another programme's coordinator.
        for email in [COMPANY, PROMOTER_BG, OTHER_COORDINATOR, PARTICIPANT] {
            assert_eq!(case_tasks(&app, email).await, vec![], "{email}");
        }
        // The coordinator answers for every role: three overdue, on the filtered list.
        assert_eq!(
            case_tasks(&app, COORDINATOR).await,
            vec![task("case-overdue", 3, "/cases?overdue=true")]
        );

        // A deadline due today is upcoming, not overdue; done, the task leaves.
        app::cases::tasks::add(
            app.db.db(),
            &app::SystemClock,
            &w.coordinator,
            &w.other,
            "Call the Region",
            w.today,
            "company",
        )
        .await
        .unwrap();
        assert_eq!(
            case_tasks(&app, COMPANY).await,
            vec![task("case-upcoming", 1, &format!("/cases/{}", w.other))]
        );
        // The anchor corrected (the visa asked for 85 days ago): no longer overdue, and
        // within the window of 7 days.
        let later = (w.today - Duration::days(85)).to_string();
        crate::deadline_world::record(&app, &w, &w.mine, "visa_requested_on", &later).await;
        assert_eq!(
            case_tasks(&app, PROMOTER_MI).await,
            vec![task("case-upcoming", 1, &format!("/cases/{}", w.mine))]
        );
    })
    .await;
}

/// The digests queued for `email`.
fn digests(app: &TestApp, email: &str) -> Vec<db::outbox::Mail> {
    mails(app, email, app::digest::KIND)
}

#[tokio::test]
async fn the_daily_digest_carries_case_deadlines_once_a_day_within_reach() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let d = app.db.db();
        let now = chrono::Utc::now().naive_utc();
        app::digest::queue_due(d, now, "https://m.example")
            .await
            .unwrap();
        // Twice the same day (a second tick, a restart): nothing more.
        app::digest::queue_due(d, now, "https://m.example")
            .await
            .unwrap();
        // People who chose no language read the default one.
        let en = translator(Locale::default());
        let overdue_one = without_isolation(en.tn("task-case-overdue", "count", 1));
        let mi = digests(&app, PROMOTER_MI);
        assert_eq!(mi.len(), 1, "one digest a day");
        assert!(mi[0].body.contains(&overdue_one), "{}", mi[0].body);
        assert!(
            mi[0]
                .body
                .contains(&format!("https://m.example/cases/{}", w.mine)),
            "{}",
            mi[0].body
        );
        let coordinator = digests(&app, COORDINATOR);
        assert_eq!(coordinator.len(), 1);
        assert!(coordinator[0].body.contains(&without_isolation(en.tn(
            "task-case-overdue",
            "count",
            3
        ))));
        assert!(
            coordinator[0]
                .body
                .contains("https://m.example/cases?overdue=true")
        );
        // Another territory's promoter: its own case, not Milan's.
        let to = digests(&app, PROMOTER_TO);
        assert_eq!(to.len(), 1);
        assert!(!to[0].body.contains(&w.mine));
        assert!(to[0].body.contains(&w.theirs));
        // Nothing due in Bergamo: no digest at all.
        assert_eq!(digests(&app, PROMOTER_BG).len(), 0);
        for m in mi.iter().chain(&coordinator).chain(&to) {
            assert!(!m.body.contains(FAMILY) && !m.body.contains(GIVEN));
        }
        let mut conn = d.conn().unwrap();
        // The digest is counted on the programme's day (Italy's), not the server's.
        let today = app::clock::day_of(now);
        assert_eq!(
            db::digests::count_on(&mut conn, &user_id(&app, PROMOTER_MI), today).unwrap(),
            1
        );
    })
    .await;
}

fn escalations(app: &TestApp, email: &str) -> Vec<db::outbox::Mail> {
    mails(app, email, app::cases::escalate::KIND)
}

async fn escalate(d: &db::Database, after_days: i64) -> usize {
    app::cases::escalate::escalate_due(d, &app::SystemClock, after_days, "https://m.example")
        .await
        .unwrap()
}

fn set_locale(app: &TestApp, email: &str, locale: Locale) {
    let id = user_id(app, email);
    app.db
        .db()
        .write_blocking(&db::Origin::system(), |tx| {
            db::users::set_locale(tx, &id, Some(locale))
        })
        .unwrap();
}

/// The references of the cases the mails name, sorted.
fn references(w: &World, app: &TestApp, mails: &[db::outbox::Mail]) -> Vec<String> {
    let mut refs: Vec<String> = mails
        .iter()
        .filter_map(|m| {
            [&w.mine, &w.theirs, &w.other]
                .into_iter()
                .map(|id| w.reference(app, id))
                .find(|r| m.subject.contains(r.as_str()))
        })
        .collect();
    refs.sort();
    refs
}

#[tokio::test]
async fn overdue_deadlines_escalate_once_to_the_programmes_coordinators_after_the_delay() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        set_locale(&app, COORDINATOR, Locale::It);
        let d = app.db.db();
        // A delay of 25 days: only the hospitality declaration (28 days late) is due.
        assert_eq!(escalate(d, 25).await, 1);
        let first = escalations(&app, COORDINATOR);
        assert_eq!(first.len(), 1);
        let theirs = w.reference(&app, &w.theirs);
        let it = translator(Locale::It);
        assert_eq!(
            first[0].subject,
            without_isolation(it.t1("deadlines-escalation-subject", "reference", &theirs))
        );
        assert_eq!(first[0].locale, "it");
        assert!(
            first[0]
                .body
                .contains(&format!("https://m.example/cases/{}", w.theirs))
        );

        // The default delay (2 days): the permit request and the visa decision too; run
        // again, on this server or another, nothing more.
        // Two servers at once: the two new ones are sent by one of them, not both.
        let second = app.db.second_handle();
        let (a, b) = tokio::join!(escalate(d, 2), escalate(&second, 2));
        assert_eq!(a + b, 2);
        assert_eq!(escalate(d, 2).await, 0);
        assert_eq!(escalate(&second, 2).await, 0);
        let all = escalations(&app, COORDINATOR);
        assert_eq!(all.len(), 3);
        let mut expected = vec![w.reference(&app, &w.mine), theirs.clone(), theirs.clone()];
        expected.sort();
        assert_eq!(references(&w, &app, &all), expected);
        // Never the trainee's name; never to anyone but the programme's coordinators.
        for m in &all {
            assert!(
                !m.body.contains(FAMILY) && !m.subject.contains(FAMILY) && !m.body.contains(GIVEN),
                "{}",
                m.body
            );
        }
        for email in [OTHER_COORDINATOR, PROMOTER_MI, COMPANY_B, PARTICIPANT] {
            assert_eq!(escalations(&app, email).len(), 0, "{email}");
        }
        let mut conn = d.conn().unwrap();
        let due = w.today - Duration::days(10);
        assert!(db::cases::escalated(&mut conn, &w.mine, "visa-decision", due).unwrap());
    })
    .await;
}

#[tokio::test]
async fn nothing_escalates_before_the_delay_and_a_moved_date_is_a_new_deadline() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let d = app.db.db();
        // The visa asked for 91 days ago: one day late, the delay is two.
        let requested = (w.today - Duration::days(91)).to_string();
        crate::deadline_world::record(&app, &w, &w.mine, "visa_requested_on", &requested).await;
        // The arrival today: nothing overdue in Turin.
        let arrived = format!("{}T08:00", w.today);
        crate::deadline_world::record(&app, &w, &w.theirs, "arrived_at", &arrived).await;
        assert_eq!(escalate(d, 2).await, 0);
        assert_eq!(escalations(&app, COORDINATOR).len(), 0);
        // Without a delay, as soon as it is overdue.
        assert_eq!(escalate(d, 0).await, 1);
        assert_eq!(escalate(d, 0).await, 0);
        // The anchor corrected to an earlier day: a new date, a new escalation.
        let earlier = (w.today - Duration::days(95)).to_string();
        crate::deadline_world::record(&app, &w, &w.mine, "visa_requested_on", &earlier).await;
        assert_eq!(escalate(d, 2).await, 1);
        assert_eq!(escalations(&app, COORDINATOR).len(), 2);
    })
    .await;
}
