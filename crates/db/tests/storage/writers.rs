//! Writers queue, they do not fail: many transactions that read before they write (an
//! audit entry reads the chain's head), from two handles on one database as two server
//! processes would have, all commit and the chain stays whole.

use db::{Database, Origin};

const WRITERS: usize = 32;

fn write_one(db: &Database, i: usize) -> db::DbResult<()> {
    db.write_blocking(&Origin::system(), |tx| {
        tx.audit("test.write", "writer", &i.to_string())
    })
}

#[test]
fn concurrent_writers_from_two_handles_all_commit() {
    for t in testkit::backends() {
        eprintln!("-- on {}", t.backend().name());
        let handles = [t.db().clone(), t.second_handle()];
        let before = db::audit::count(&mut t.db().conn().unwrap()).unwrap();
        let failures: Vec<String> = std::thread::scope(|s| {
            let joins: Vec<_> = (0..WRITERS)
                .map(|i| {
                    let db = &handles[i % 2];
                    s.spawn(move || write_one(db, i))
                })
                .collect();
            joins
                .into_iter()
                .filter_map(|j| j.join().unwrap().err().map(|e| e.to_string()))
                .collect()
        });
        assert!(failures.is_empty(), "writes failed: {failures:?}");
        let mut conn = t.db().conn().unwrap();
        assert_eq!(
            db::audit::count(&mut conn).unwrap(),
            before + WRITERS as i64
        );
        assert!(
            db::audit::verify(&mut conn, t.db().audit_key())
                .unwrap()
                .is_ok(),
            "the chain is whole"
        );
    }
}
