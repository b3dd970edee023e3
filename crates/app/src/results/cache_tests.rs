use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use domain::candidate::Status;
use domain::results::rule;
use testkit::fixtures;

use super::{Cache, Snapshot};

const ALL: NaiveDate = NaiveDate::MAX;

fn applications(s: &Snapshot) -> i64 {
    s.compute(rule::APPLICATIONS, ALL)
        .map_or(-1, |f| f.total.raw)
}

#[test]
fn a_snapshot_is_reused_until_a_write_and_then_only_while_young_enough() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "cached");
        let call = fixtures::call(db, &p, "Call");
        fixtures::candidate(db, &call, "One", "TN", Status::Submitted);
        let mut conn = db.conn().unwrap();

        // Strict (the default): reused while nothing is written, reloaded after a write.
        let strict = Cache::default();
        let first = strict.snapshot(db, &mut conn, &p).unwrap();
        assert_eq!(applications(&first), 1);
        let again = strict.snapshot(db, &mut conn, &p).unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(strict.computed_at(&p), Some(first.loaded_at));
        fixtures::candidate(db, &call, "Two", "MA", Status::Submitted);
        let after = strict.snapshot(db, &mut conn, &p).unwrap();
        assert!(!Arc::ptr_eq(&first, &after));
        assert_eq!(applications(&after), 2);

        // Tolerant: the outdated snapshot is served while younger than the bound (outside
        // a runtime nothing reloads it behind), then reloaded.
        let tolerant = Cache::new(Duration::from_millis(300));
        let kept = tolerant.snapshot(db, &mut conn, &p).unwrap();
        fixtures::candidate(db, &call, "Three", "TN", Status::Submitted);
        let served = tolerant.snapshot(db, &mut conn, &p).unwrap();
        assert!(Arc::ptr_eq(&kept, &served));
        assert_eq!(applications(&served), 2);
        std::thread::sleep(Duration::from_millis(350));
        let reloaded = tolerant.snapshot(db, &mut conn, &p).unwrap();
        assert_eq!(applications(&reloaded), 3);
    });
}

#[test]
fn an_outdated_snapshot_is_reloaded_behind_the_request_once() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "behind");
        let call = fixtures::call(db, &p, "Call");
        fixtures::candidate(db, &call, "One", "TN", Status::Submitted);
        // Outdated snapshots are served for 2 s, and reloaded once older than 0.2 s.
        let cache = Cache::new(Duration::from_secs(2));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        // As a request does: on the runtime's blocking pool.
        let request = || {
            let (d, c, id) = (db.clone(), cache.clone(), p.clone());
            rt.block_on(async move {
                tokio::task::spawn_blocking(move || c.snapshot(&d, &mut d.conn().unwrap(), &id))
                    .await
            })
            .unwrap()
            .unwrap()
        };
        let first = request();
        fixtures::candidate(db, &call, "Two", "MA", Status::Submitted);
        std::thread::sleep(Duration::from_millis(250));
        let served = request();
        // The request got the kept figures at once; the reload lands shortly after.
        assert!(Arc::ptr_eq(&first, &served));
        let mut conn = db.conn().unwrap();
        let mut seen = 1;
        // Within the 2 s a kept snapshot may be served: the reload seen is the one behind.
        for _ in 0..60 {
            seen = applications(&cache.snapshot(db, &mut conn, &p).unwrap());
            if seen == 2 {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(seen, 2);
    });
}

#[test]
fn figures_are_computed_once_per_snapshot_and_few_programmes_are_kept() {
    testkit::on_each_backend(|db| {
        let cache = Cache::default();
        let mut conn = db.conn().unwrap();
        let mut ids = Vec::new();
        for i in 0..=super::PROGRAMMES {
            let p = fixtures::programme(db, &format!("kept-{i}"));
            cache.snapshot(db, &mut conn, &p).unwrap();
            ids.push(p);
        }
        let kept = ids
            .iter()
            .filter(|p| cache.computed_at(p).is_some())
            .count();
        assert_eq!(kept, super::PROGRAMMES);
        assert!(
            cache.computed_at(&ids[0]).is_none(),
            "the oldest goes first"
        );

        let s = cache.snapshot(db, &mut conn, &ids[1]).unwrap();
        let a = s.compute(rule::APPLICATIONS, ALL);
        assert_eq!(s.lock().len(), 1);
        assert_eq!(s.compute(rule::APPLICATIONS, ALL), a);
        assert_eq!(s.lock().len(), 1);
        assert!(s.compute("no-such-rule", ALL).is_none());
        assert_eq!(
            s.compute_all(ALL).len(),
            domain::results::registry::RULES.len()
        );
    });
}

#[test]
fn warming_loads_the_programmes_with_a_logframe_only() {
    use domain::results::editing::{NewNode, NodeKind};
    testkit::on_each_backend(|db| {
        let with = fixtures::programme(db, "with-logframe");
        let without = fixtures::programme(db, "without-logframe");
        db.write_blocking(&db::Origin::system(), |tx| {
            let node = NewNode {
                kind: NodeKind::Overall,
                code: "OO".into(),
                title: "Overall objective".into(),
            };
            db::results::logframe::add_node(tx, &with, None, &node)
        })
        .unwrap();
        let cache = Cache::default();
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        assert_eq!(rt.block_on(cache.warm(db)).unwrap(), 1);
        assert!(cache.computed_at(&with).is_some());
        assert!(cache.computed_at(&without).is_none());
    });
}
