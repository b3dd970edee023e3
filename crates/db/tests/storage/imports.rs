//! Spreadsheet batches: sealed at rest (a candidates' sheet holds passport numbers), found
//! only by their uploader, ended once, purged when abandoned.

use chrono::Duration;
use db::Origin;
use db::schema::import_batches as ib;
use diesel::prelude::*;
use domain::{OrganisationKind, Role};
use testkit::fixtures;

#[test]
fn batches_are_sealed_their_uploaders_ended_once_and_purged() {
    testkit::on_each_backend(|db| {
        let keys = testkit::field_keys();
        let p = fixtures::programme(db, "p1");
        let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let owner = fixtures::user(db, "owner@example.org", &lead, Role::Coordinator);
        let other = fixtures::user(db, "other@example.org", &lead, Role::Coordinator);
        let header = vec!["family_name".to_owned(), "passport_number".to_owned()];
        let rows = vec![vec!["Trabelsi".to_owned(), "X1234567".to_owned()]];
        let write = |f: &dyn Fn(&mut db::Tx<'_>) -> db::DbResult<String>| {
            db.write_blocking(&Origin::system(), f)
        };
        let id = write(&|tx| {
            db::imports::create(tx, &keys, &owner, "candidates", "a.csv", &header, &rows)
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        let stored: String = ib::table
            .filter(ib::id.eq(&id))
            .select(ib::rows)
            .first(&mut c)
            .unwrap();
        assert!(
            stored.starts_with("k1:")
                && !stored.contains("X1234567")
                && !stored.contains("Trabelsi"),
            "rows are sealed at rest"
        );
        let batch = db::imports::find(&mut c, &keys, &id, &owner, "candidates").unwrap();
        assert_eq!(batch.rows, rows);
        assert!(matches!(
            db::imports::find(&mut c, &keys, &id, &other, "candidates"),
            Err(db::DbError::NotFound)
        ));
        // The same import sent twice: the second finds the batch gone and rolls back.
        write(&|tx| db::imports::delete(tx, &id).map(|()| String::new())).unwrap();
        assert!(matches!(
            write(&|tx| db::imports::delete(tx, &id).map(|()| String::new())),
            Err(db::DbError::Conflict(domain::Conflict::ImportDone))
        ));
        // Abandoned batches go.
        let old = write(&|tx| {
            db::imports::create(tx, &keys, &owner, "candidates", "b.csv", &header, &rows)
        })
        .unwrap();
        let purged = db
            .write_blocking(&Origin::system(), |tx| {
                db::imports::purge_older_than(tx, tx.now + Duration::seconds(1))
            })
            .unwrap();
        assert_eq!(purged, 1);
        assert!(db::imports::find(&mut c, &keys, &old, &owner, "candidates").is_err());
    });
}
