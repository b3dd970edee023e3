use testkit::TestDb;

/// Both migration folders must produce the same schema (see `db::introspect` for what is
/// compared and which dialect differences are allowed); otherwise a query or a rule that
/// holds on one backend could fail on the other. Every difference is listed at once.
#[test]
fn both_backends_have_the_same_schema() {
    let sqlite = TestDb::sqlite();
    // `None` only when TEST_DATABASE_URL is unset; `cargo xtask test` sets it (and
    // MENTOR_REQUIRE_PG), so there an unreachable cluster fails here instead of skipping.
    let Some(pg) = TestDb::postgres() else {
        eprintln!("PostgreSQL not configured: comparison skipped");
        return;
    };
    let a = db::introspect::schema(&mut sqlite.db().conn().unwrap()).unwrap();
    let b = db::introspect::schema(&mut pg.db().conn().unwrap()).unwrap();
    // The introspection must see something, or an empty comparison would pass.
    let audit = &a.tables["audit_log"];
    assert!(
        a.tables.contains_key("users") && !audit.triggers.is_empty(),
        "{a:#?}"
    );
    assert!(!a.tables["memberships"].unique.is_empty(), "{a:#?}");
    let differences = db::introspect::differences(&a, &b);
    assert!(
        differences.is_empty(),
        "the SQLite and PostgreSQL migrations disagree:\n  {}",
        differences.join("\n  ")
    );
}

/// Each migration exists under the same folder name for both backends, so a database
/// records the same versions whichever backend it runs on.
#[test]
fn both_backends_have_the_same_migrations() {
    let sqlite = db::migrate::names(db::Backend::Sqlite).unwrap();
    let postgres = db::migrate::names(db::Backend::Postgres).unwrap();
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres);
}

#[test]
fn migrations_are_idempotent() {
    testkit::on_each_backend(|db| {
        let again = db.migrate().unwrap();
        assert!(again.is_empty(), "re-running applied {again:?}");
    });
}
