//! Sign-in throttle records (issue 10, defect 3): the count of an attempt cannot be raced.

use db::Origin;
use domain::throttle::Record;

/// Thirty concurrent attempts on one key, each deciding and counting in one transaction as
/// `app::sessions::sign_in` does: exactly the free ones pass. Without the row lock,
/// PostgreSQL would let several read the same count and pass together.
#[test]
fn concurrent_attempts_on_one_key_are_counted_one_after_another() {
    testkit::on_each_backend(|db| {
        let free = 5;
        let passed: usize = std::thread::scope(|s| {
            let handles: Vec<_> = (0..30)
                .map(|_| {
                    s.spawn(move || {
                        db.write_blocking(&Origin::system(), |tx| {
                            let r = db::sign_in_throttle::lock(tx, "acct")?;
                            // Widen the window between the read and the write.
                            std::thread::sleep(std::time::Duration::from_millis(5));
                            if r.failures >= free {
                                return Ok(false);
                            }
                            let next = Record {
                                failures: r.failures + 1,
                                last_failure_at: Some(tx.now),
                            };
                            db::sign_in_throttle::save(tx, "acct", &next)?;
                            Ok(true)
                        })
                        .unwrap()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| usize::from(h.join().unwrap()))
                .sum()
        });
        assert_eq!(passed, 5);
        let record = db
            .write_blocking(&Origin::system(), |tx| {
                db::sign_in_throttle::lock(tx, "acct")
            })
            .unwrap();
        assert_eq!(record.failures, 5);
    });
}

#[test]
fn old_throttle_records_are_purged() {
    testkit::on_each_backend(|db| {
        let now = chrono::Utc::now().naive_utc();
        db.write_blocking(&Origin::system(), |tx| {
            db::sign_in_throttle::lock(tx, "old")?;
            let old = Record {
                failures: 3,
                last_failure_at: Some(now - chrono::Duration::days(2)),
            };
            db::sign_in_throttle::save(tx, "old", &old)?;
            db::sign_in_throttle::lock(tx, "new")?;
            let new = Record {
                failures: 3,
                last_failure_at: Some(now),
            };
            db::sign_in_throttle::save(tx, "new", &new)
        })
        .unwrap();
        let mut conn = db.conn().unwrap();
        let purged =
            db::sign_in_throttle::purge_older_than(&mut conn, now - chrono::Duration::days(1))
                .unwrap();
        assert_eq!(purged, 1);
        let kept = db
            .write_blocking(&Origin::system(), |tx| {
                db::sign_in_throttle::lock(tx, "new")
            })
            .unwrap();
        assert_eq!(kept.failures, 3);
    });
}
