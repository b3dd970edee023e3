//! Use cases called directly, as the command line and the demo do, with a fixed clock:
//! the clock decides what "today" is for the rules, and stamps what is written.

#![expect(clippy::unwrap_used, reason = "test set-up fails loudly")]

use app::applications::{self, Applied};
use app::clock::FixedClock;
use app::{Acting, Error};
use chrono::{NaiveDate, NaiveDateTime};
use domain::ids::CallId;
use domain::{Conflict, OrganisationKind, Role};
use testkit::{fixtures, on_each_backend};

fn at(y: i32, m: u32, d: u32) -> FixedClock {
    let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    FixedClock(NaiveDateTime::new(day, chrono::NaiveTime::MIN))
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn applying_follows_the_calls_dates_on_the_clock_and_is_stamped_with_it() {
    on_each_backend(|db| {
        let programme = fixtures::programme(db, "p-clock");
        let lead = fixtures::organisation(db, &programme, "Lead", OrganisationKind::LeadPartner);
        // The fixture's call is open from 2022-01-10 to five years from now.
        let call = CallId::new(fixtures::call(db, &programme, "Clock call"));
        let user = fixtures::user(db, "amina@example.tn", &lead, Role::Participant);
        let who = Acting {
            actor: db::memberships::load_actor(&mut db.conn().unwrap(), &user)
                .unwrap()
                .unwrap(),
            origin: db::Origin::user(&user, "test"),
        };
        let apply = |clock: FixedClock| {
            block_on(applications::apply(
                db,
                &clock,
                &who,
                "amina@example.tn",
                &call,
            ))
        };

        for closed in [at(2022, 1, 9), at(2100, 1, 1)] {
            assert!(
                matches!(apply(closed), Err(Error::Conflict(Conflict::CallClosed))),
                "closed on {:?}",
                closed.0
            );
        }
        let Ok(Applied::Started(id)) = apply(at(2023, 5, 4)) else {
            panic!("open on 2023-05-04");
        };
        let again = apply(at(2023, 5, 5));
        assert!(
            matches!(again, Ok(Applied::Existing(ref x)) if *x == id),
            "{again:?}"
        );

        let mine = db::candidates::of_user(&mut db.conn().unwrap(), &user).unwrap();
        assert_eq!(mine.len(), 1, "one application per account and call");
        assert_eq!(mine[0].created_at, at(2023, 5, 4).0, "stamped by the clock");
    });
}

/// Issue 10, defect 6: the server's anchoring task writes the head of the chain at once and
/// then at every interval, to the file and to the system log's socket; each line reads back
/// as an anchor of the chain it was taken from.
#[test]
#[cfg(unix)]
fn the_periodic_anchoring_writes_a_line_to_the_file_and_the_system_log() {
    use app::audit_anchor::{Anchoring, Sink};
    use std::sync::Arc;
    use std::time::Duration;

    on_each_backend(|db| {
        fixtures::programme(db, "p-anchor");
        let dir = std::env::temp_dir().join(format!("mentor-anchor-{}", db::id::new_secret(6)));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("anchors.log");
        let socket = dir.join("log.sock");
        let syslog = std::os::unix::net::UnixDatagram::bind(&socket).unwrap();
        syslog
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let anchoring = Arc::new(Anchoring::new(vec![
            Sink::File(file.clone()),
            Sink::Syslog(socket.clone()),
        ]));
        let lines = block_on(async {
            let task = tokio::spawn(app::audit_anchor::run(
                db.clone(),
                anchoring.clone(),
                Duration::from_millis(200),
            ));
            let mut lines = 0;
            for _ in 0..100 {
                tokio::time::sleep(Duration::from_millis(50)).await;
                lines = std::fs::read_to_string(&file)
                    .map(|t| t.lines().count())
                    .unwrap_or(0);
                if lines >= 2 {
                    break;
                }
            }
            task.abort();
            lines
        });
        assert!(lines >= 2, "an anchor at once, another at the next tick");
        let anchor = anchoring.latest(db.audit_key()).unwrap().unwrap();
        let mut conn = db.conn().unwrap();
        assert!(matches!(
            db::audit::check(&mut conn, db.audit_key(), Some(&anchor)).unwrap(),
            domain::audit::Verdict::Anchored { .. }
        ));
        let latest = db::audit::recent(&mut conn, 1, None).unwrap();
        assert_eq!(
            latest[0].action, "audit.anchor",
            "who anchored is on record"
        );
        let mut buf = [0u8; 1024];
        let n = syslog.recv(&mut buf).unwrap();
        let logged = String::from_utf8_lossy(&buf[..n]).into_owned();
        assert!(logged.starts_with("<37>mentor["), "{logged}");
        assert!(domain::audit::Anchor::parse(&logged, db.audit_key().bytes()).is_ok());
        let _ = std::fs::remove_dir_all(&dir);
    });
}
