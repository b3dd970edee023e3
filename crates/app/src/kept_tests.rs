use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::Utc;
use domain::{OrganisationKind, Role};
use testkit::fixtures;

use super::Kept;

#[test]
fn requests_arriving_while_a_value_is_computed_wait_for_it_instead_of_computing_it_again() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "kept");
        let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let user = fixtures::user(db, "kept@example.org", &lead, Role::Coordinator);
        let actor = db::memberships::load_actor(&mut db.conn().unwrap(), &user)
            .unwrap()
            .unwrap();
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let kept: Kept<&str, usize> = Kept::new(Duration::ZERO, 4);
        let computed = Arc::new(AtomicUsize::new(0));
        let start = Utc::now().naive_utc();
        let values = rt.block_on(async {
            // Each request read the clock on arrival, some before the one that computes.
            let asks = (0..8).map(|i| {
                let now = start + chrono::Duration::milliseconds(7 - i);
                let (kept, db, actor, computed) =
                    (kept.clone(), db.clone(), actor.clone(), computed.clone());
                tokio::spawn(async move {
                    kept.get_or_compute(&db, "page", &actor, now, || async move {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ok::<_, db::DbError>(computed.fetch_add(1, Ordering::SeqCst) + 1)
                    })
                    .await
                })
            });
            let mut values = Vec::new();
            for ask in asks.collect::<Vec<_>>() {
                values.push(*ask.await.unwrap().unwrap());
            }
            values
        });
        assert_eq!(computed.load(Ordering::SeqCst), 1, "computed once");
        assert_eq!(values, [1; 8], "and served to all eight");

        let now = start;
        // An error is not kept: the next request computes.
        let failed =
            rt.block_on(
                kept.get_or_compute(&db.clone(), "other", &actor, now, || async {
                    Err::<usize, _>(db::DbError::NotFound)
                }),
            );
        assert!(failed.is_err());
        let next = rt.block_on(
            kept.get_or_compute(&db.clone(), "other", &actor, now, || async {
                Ok::<_, db::DbError>(7)
            }),
        );
        assert_eq!(*next.unwrap(), 7);
    });
}

#[test]
fn a_value_for_everyone_is_kept_until_a_write_and_an_error_is_not_kept() {
    testkit::on_each_backend(|db| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let kept: Kept<&str, usize> = Kept::new(Duration::ZERO, 4);
        let now = Utc::now().naive_utc();
        let ask = |value: Result<usize, db::DbError>| {
            rt.block_on(kept.for_everyone(db, "page", now, || async move { value }))
                .map(|v| *v)
        };
        assert!(
            ask(Err(db::DbError::NotFound)).is_err(),
            "an error is passed on"
        );
        assert_eq!(
            ask(Ok(1)).unwrap(),
            1,
            "and not kept: the next one computes"
        );
        assert_eq!(ask(Ok(2)).unwrap(), 1, "kept while nothing is written");

        rt.block_on(db.write(db::Origin::system(), |_| Ok(())))
            .unwrap();
        assert_eq!(ask(Ok(3)).unwrap(), 3, "a write ends it (no age allowed)");
        assert_eq!(
            rt.block_on(
                kept.for_everyone(db, "page", now + chrono::Duration::days(1), || async {
                    Ok::<_, db::DbError>(4)
                })
            )
            .map(|v| *v)
            .unwrap(),
            4,
            "and another day"
        );
    });
}
