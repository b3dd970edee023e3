//! Idempotency keys (issue 10, defect 20): the key commits with the write it protects or
//! not at all, points at what the write created, belongs to one user, and a second write
//! with a key already taken (even one racing the first) writes nothing.

use chrono::{NaiveDateTime, TimeDelta};
use db::idempotency::{self, Claim};
use db::organisations::OrganisationDraft;
use db::{Database, DbError, Origin};
use domain::conflict::Conflict;
use domain::{Country, OrganisationKind};

fn claim(key: &str, fingerprint: &str) -> Claim {
    Claim {
        key: key.into(),
        fingerprint: fingerprint.into(),
    }
}

fn at(hours: i64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp(1_800_000_000, 0)
        .unwrap()
        .naive_utc()
        + TimeDelta::hours(hours)
}

/// Creates an organisation as `user` with `claim`, at `now`.
fn create(db: &Database, user: &str, claim: &Claim, now: NaiveDateTime) -> db::DbResult<String> {
    let origin = Origin::user(user, "request").with_idempotency(claim.clone());
    let draft = OrganisationDraft {
        name: "Keyed Srl".into(),
        kind: OrganisationKind::HostCompany,
        country: Country::IT,
        territory_id: None,
        city: "Torino".into(),
    };
    db.write_blocking_at(&origin, now, |tx| db::organisations::create(tx, &draft))
}

fn audit_count(db: &Database) -> i64 {
    db::audit::count(&mut db.conn().unwrap()).unwrap()
}

#[test]
fn a_key_points_at_what_its_write_created_and_is_taken_once() {
    testkit::on_each_backend(|db| {
        let first = create(db, "u1", &claim("k1", "f1"), at(0)).unwrap();
        let found = idempotency::find(&mut db.conn().unwrap(), "u1", "k1", at(1)).unwrap();
        let found = found.expect("the key was recorded");
        assert_eq!(found.object_id, first);
        assert_eq!(found.object_type, "organisation");
        assert_eq!(found.fingerprint, "f1");

        // A second write with the same key (one that raced past the caller's check) is
        // refused and writes nothing.
        let before = audit_count(db);
        let again = create(db, "u1", &claim("k1", "f1"), at(1));
        assert!(matches!(
            again,
            Err(DbError::Conflict(Conflict::IdempotencyInProgress))
        ));
        assert_eq!(audit_count(db), before);

        // Another user's same key is theirs.
        let other = create(db, "u2", &claim("k1", "f9"), at(1)).unwrap();
        assert_ne!(other, first);
        let theirs = idempotency::find(&mut db.conn().unwrap(), "u2", "k1", at(1)).unwrap();
        assert_eq!(theirs.map(|r| r.object_id), Some(other));
    });
}

#[test]
fn a_refused_write_leaves_no_key() {
    testkit::on_each_backend(|db| {
        let origin = Origin::user("u1", "request").with_idempotency(claim("k2", "f"));
        let refused: db::DbResult<()> = db.write_blocking_at(&origin, at(0), |tx| {
            tx.audit("test.write", "thing", "t1")?;
            Err(DbError::Conflict(Conflict::SlugTaken))
        });
        assert!(refused.is_err());
        let found = idempotency::find(&mut db.conn().unwrap(), "u1", "k2", at(0)).unwrap();
        assert_eq!(found, None);
        // So the retry does the work.
        create(db, "u1", &claim("k2", "f"), at(0)).unwrap();
    });
}

#[test]
fn keys_expire_after_a_day_and_are_purged() {
    testkit::on_each_backend(|db| {
        create(db, "u1", &claim("k3", "f"), at(0)).unwrap();
        let mut conn = db.conn().unwrap();
        assert!(
            idempotency::find(&mut conn, "u1", "k3", at(23))
                .unwrap()
                .is_some()
        );
        assert!(
            idempotency::find(&mut conn, "u1", "k3", at(25))
                .unwrap()
                .is_none()
        );
        // An expired key may be used again.
        drop(conn);
        let again = create(db, "u1", &claim("k3", "g"), at(25)).unwrap();
        let mut conn = db.conn().unwrap();
        let found = idempotency::find(&mut conn, "u1", "k3", at(26)).unwrap();
        assert_eq!(found.map(|r| r.object_id), Some(again));
        assert_eq!(idempotency::purge_expired(&mut conn, at(60)).unwrap(), 1);
        assert!(
            idempotency::find(&mut conn, "u1", "k3", at(26))
                .unwrap()
                .is_none()
        );
    });
}

#[test]
fn two_writes_racing_with_one_key_create_one_record() {
    testkit::on_each_backend(|db| {
        let before = audit_count(db);
        let outcomes: Vec<db::DbResult<String>> = std::thread::scope(|s| {
            let joins: Vec<_> = (0..2)
                .map(|_| s.spawn(|| create(db, "u1", &claim("k4", "f"), at(0))))
                .collect();
            joins.into_iter().map(|j| j.join().unwrap()).collect()
        });
        let created = outcomes.iter().filter(|o| o.is_ok()).count();
        let refused = outcomes
            .iter()
            .filter(|o| matches!(o, Err(DbError::Conflict(Conflict::IdempotencyInProgress))))
            .count();
        assert_eq!((created, refused), (1, 1), "{outcomes:?}");
        assert_eq!(audit_count(db), before + 1);
    });
}
