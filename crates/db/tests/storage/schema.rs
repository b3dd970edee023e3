use testkit::TestDb;

/// Both migration folders must produce the same tables with the same columns; otherwise a
/// query that works on one backend could fail on the other.
#[test]
fn both_backends_have_the_same_tables_and_columns() {
    let sqlite = TestDb::sqlite();
    let Some(pg) = TestDb::postgres() else {
        eprintln!("PostgreSQL not configured: comparison skipped");
        return;
    };
    let a = db::introspect::tables(&mut sqlite.db().conn().unwrap()).unwrap();
    let b = db::introspect::tables(&mut pg.db().conn().unwrap()).unwrap();
    assert!(
        a.contains_key("users") && a.contains_key("audit_log"),
        "{a:?}"
    );
    assert_eq!(a, b);
}

#[test]
fn migrations_are_idempotent() {
    testkit::on_each_backend(|db| {
        let again = db.migrate().unwrap();
        assert!(again.is_empty(), "re-running applied {again:?}");
    });
}
