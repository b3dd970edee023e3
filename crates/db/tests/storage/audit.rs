use db::{AuditKey, Origin};
use diesel::connection::SimpleConnection;
use domain::OrganisationKind;
use domain::audit::Break;
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
