use db::{AuditKey, Origin};
use diesel::connection::SimpleConnection;
use domain::OrganisationKind;
use domain::audit::{Break, Verdict};
use testkit::fixtures;

#[test]
fn every_write_is_chained_and_the_chain_verifies() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        fixtures::organisation(db, &p, "Comune di Milano", OrganisationKind::LeadPartner);
        let mut conn = db.conn().unwrap();
        let n = db::audit::count(&mut conn).unwrap_or_default();
        // programme.create, organisation.create, programme.add_organisation
        assert_eq!(n, 3);
        assert_eq!(
            db::audit::verify(&mut conn, db.audit_key()).ok(),
            Some(Ok(3))
        );
        let wrong = AuditKey::new(b"another key");
        assert_eq!(
            db::audit::verify(&mut conn, &wrong).ok(),
            Some(Err(Break::Tampered { seq: 1 }))
        );
        let rows = db::audit::recent(&mut conn, 10, None).unwrap_or_default();
        assert_eq!(
            rows.first().map(|r| r.action.as_str()),
            Some("programme.add_organisation")
        );
        assert!(rows.iter().all(|r| r.actor == "system"));
    });
}

#[test]
fn the_database_refuses_to_edit_or_delete_audit_entries() {
    testkit::on_each_backend(|db| {
        fixtures::programme(db, "p1");
        let mut conn = db.conn().unwrap();
        assert!(
            conn.batch_execute("UPDATE audit_log SET actor = 'someone'")
                .is_err()
        );
        assert!(conn.batch_execute("DELETE FROM audit_log").is_err());
        assert_eq!(
            db::audit::verify(&mut conn, db.audit_key()).ok(),
            Some(Ok(1))
        );
    });
}

#[test]
fn a_failed_write_leaves_no_audit_entry() {
    testkit::on_each_backend(|db| {
        fixtures::programme(db, "dup");
        let draft = domain::programme::ProgrammeFields {
            name: "Again".into(),
            slug: "dup".into(),
            countries: "IT".into(),
            starts_on: "2025-01-01".into(),
            ends_on: "2025-12-31".into(),
            budget: "0".into(),
            currency: "EUR".into(),
        }
        .parse(chrono::Utc::now().date_naive())
        .unwrap();
        let r = db.write_blocking(&Origin::cli(), |tx| db::programmes::create(tx, &draft));
        assert!(
            matches!(r, Err(db::DbError::Conflict(domain::Conflict::SlugTaken))),
            "{r:?}"
        );
        let mut conn = db.conn().unwrap();
        assert_eq!(db::audit::count(&mut conn).unwrap_or_default(), 1);
    });
}

/// What an intruder with write access to the database does first: lift the append-only
/// triggers.
fn drop_append_only_triggers(db: &db::Database) {
    let sql = match db.backend() {
        db::Backend::Sqlite => {
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
        }
        db::Backend::Postgres => "DROP TRIGGER audit_log_append_only ON audit_log;",
    };
    db.conn().unwrap().batch_execute(sql).unwrap();
}

/// A chain of `n` entries, anchored at its head.
fn anchored_chain(db: &db::Database, n: usize) -> domain::audit::Anchor {
    for i in 0..n {
        db.write_blocking(&Origin::cli(), |tx| {
            tx.audit("test.entry", "test", &i.to_string())
        })
        .unwrap();
    }
    let now = chrono::Utc::now().naive_utc();
    let anchor = db::audit::head(&mut db.conn().unwrap(), now).unwrap();
    assert_eq!(anchor.count, n as i64);
    let mut conn = db.conn().unwrap();
    assert!(matches!(
        db::audit::check(&mut conn, db.audit_key(), Some(&anchor)).unwrap(),
        Verdict::Anchored { .. }
    ));
    anchor
}

/// Issue 10, defect 6: removing the newest entries leaves a chain whose links all hold —
/// only an anchor taken earlier shows what is missing.
#[test]
fn removing_the_newest_entries_is_found_against_an_anchor() {
    for (removed, label) in [(1, "the last row"), (50, "the last 50"), (120, "all rows")] {
        testkit::on_each_backend(|db| {
            let anchor = anchored_chain(db, 120);
            drop_append_only_triggers(db);
            let keep = 120 - removed;
            db.conn()
                .unwrap()
                .batch_execute(&format!("DELETE FROM audit_log WHERE seq > {keep}"))
                .unwrap();
            let mut conn = db.conn().unwrap();
            assert_eq!(
                db::audit::check(&mut conn, db.audit_key(), None).unwrap(),
                Verdict::Unanchored {
                    entries: keep as u64
                },
                "{label}: the chain alone looks fine"
            );
            assert_eq!(
                db::audit::check(&mut conn, db.audit_key(), Some(&anchor)).unwrap(),
                Verdict::Missing {
                    present: keep as u64,
                    anchored: 120
                },
                "{label}"
            );
        });
    }
}

/// Issue 10, defect 6: with `audit.key`, an intruder can rewrite an entry and re-chain
/// everything after it; the anchored entry's MAC then differs.
#[test]
fn rewriting_and_rechaining_with_the_key_is_found_against_an_anchor() {
    testkit::on_each_backend(|db| {
        let anchor = anchored_chain(db, 10);
        drop_append_only_triggers(db);
        let mut rows = db::audit::recent(&mut db.conn().unwrap(), 100, None).unwrap();
        rows.reverse();
        let key = db.audit_key().bytes();
        let mut prev = domain::audit::GENESIS.to_owned();
        let mut conn = db.conn().unwrap();
        for row in &mut rows {
            if row.seq == 4 {
                row.actor = "someone-else".into();
            }
            let entry = domain::audit::Entry {
                seq: row.seq,
                at: row.at.clone(),
                actor: row.actor.clone(),
                action: row.action.clone(),
                object_type: row.object_type.clone(),
                object_id: row.object_id.clone(),
                request_id: row.request_id.clone(),
            };
            prev = domain::audit::link_mac(key, &prev, &entry);
            conn.batch_execute(&format!(
                "UPDATE audit_log SET actor = '{}', mac = '{prev}' WHERE seq = {}",
                row.actor, row.seq
            ))
            .unwrap();
        }
        assert_eq!(
            db::audit::check(&mut conn, db.audit_key(), None).unwrap(),
            Verdict::Unanchored { entries: 10 },
            "re-chained with the key, the links all hold"
        );
        assert_eq!(
            db::audit::check(&mut conn, db.audit_key(), Some(&anchor)).unwrap(),
            Verdict::Rewritten { seq: 10 }
        );
        // Entries written after the anchor do not hide it.
        db.write_blocking(&Origin::cli(), |tx| tx.audit("test.more", "test", "x"))
            .unwrap();
        assert_eq!(
            db::audit::check(&mut conn, db.audit_key(), Some(&anchor)).unwrap(),
            Verdict::Rewritten { seq: 10 }
        );
    });
}
