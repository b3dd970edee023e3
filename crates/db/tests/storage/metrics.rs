//! What `/metrics` reads from storage: the pool's use, who waits for a connection, and the
//! outbox backlog by where each message stands.

use std::time::{Duration as StdDuration, Instant};

use chrono::{Duration, NaiveDateTime, Utc};
use db::metrics::{OutboxBacklog, outbox_backlog};
use db::outbox::{self, MAX_ATTEMPTS, NewMail};
use db::{Database, Origin};

fn mail(kind: &str) -> NewMail {
    NewMail {
        recipient: "amina@example.tn".into(),
        subject: "S".into(),
        body: "B".into(),
        locale: "ar".into(),
        kind: kind.into(),
    }
}

fn enqueue(db: &Database, at: NaiveDateTime) -> String {
    db.write_blocking_at(&Origin::system(), at, |tx| {
        outbox::enqueue(tx, mail("test"))
    })
    .unwrap()
}

/// One attempt at `at` that fails; the next is due after the back-off.
fn fail_once(db: &Database, id: &str, at: NaiveDateTime) {
    db.write_blocking_at(&Origin::system(), at, |tx| {
        outbox::claim(tx, id, at)?;
        outbox::mark_failed(tx, id, "connection refused")
    })
    .unwrap();
}

fn backlog(db: &Database, at: NaiveDateTime) -> OutboxBacklog {
    outbox_backlog(&mut db.conn().unwrap(), at).unwrap()
}

#[test]
fn the_outbox_backlog_counts_due_retrying_and_failed_messages_apart() {
    testkit::on_each_backend(|db| {
        let t0 = Utc::now().naive_utc().date().and_hms_opt(8, 0, 0).unwrap();
        let empty = OutboxBacklog {
            due: 0,
            retrying: 0,
            failed: 0,
            oldest_due_since: None,
        };
        assert_eq!(backlog(db, t0), empty);

        let sent = enqueue(db, t0);
        let retried = enqueue(db, t0);
        let given_up = enqueue(db, t0);
        let later = enqueue(db, t0 + Duration::seconds(10));
        let now = t0 + Duration::seconds(10);
        assert_eq!(
            backlog(db, now),
            OutboxBacklog {
                due: 4,
                oldest_due_since: Some(t0),
                ..empty
            }
        );
        // Not yet due is not counted as due.
        assert_eq!(backlog(db, t0).due, 3);

        db.write_blocking_at(&Origin::system(), t0, |tx| {
            outbox::claim(tx, &sent, t0)?;
            outbox::mark_sent(tx, &sent)
        })
        .unwrap();
        fail_once(db, &retried, t0);
        let mut at = t0;
        for _ in 0..MAX_ATTEMPTS {
            fail_once(db, &given_up, at);
            at += Duration::days(1);
        }
        assert_eq!(
            backlog(db, now),
            OutboxBacklog {
                due: 1,
                retrying: 1,
                failed: 1,
                oldest_due_since: Some(now),
            },
            "{later} due, {retried} waiting for its retry, {given_up} given up, {sent} sent"
        );
        // Once the retry's wait is over, it is due again, due since the end of its wait.
        let backoff_over = t0 + outbox::backoff(1);
        assert_eq!(
            backlog(db, backoff_over),
            OutboxBacklog {
                due: 2,
                retrying: 0,
                failed: 1,
                oldest_due_since: Some(now),
            }
        );
    });
}

#[test]
fn the_pool_use_shows_connections_in_use_and_calls_waiting_for_one() {
    testkit::on_each_backend(|db| {
        let idle = db.pool_use();
        assert!(idle.reachable);
        assert_eq!(idle.in_use, 0);
        assert_eq!(idle.waiting, 0);
        assert!(idle.max >= 1);

        let held: Vec<_> = (0..idle.max).map(|_| db.conn().unwrap()).collect();
        let busy = db.pool_use();
        assert_eq!((busy.in_use, busy.idle, busy.waiting), (idle.max, 0, 0));

        let waiter = {
            let db = db.clone();
            std::thread::spawn(move || db.conn().map(drop))
        };
        let deadline = Instant::now() + StdDuration::from_secs(5);
        while db.pool_use().waiting == 0 {
            assert!(
                Instant::now() < deadline,
                "the waiting call is never counted"
            );
            std::thread::sleep(StdDuration::from_millis(10));
        }
        assert_eq!(db.pool_use().waiting, 1);

        drop(held);
        waiter.join().unwrap().unwrap();
        assert_eq!(db.pool_use().waiting, 0);
    });
}
