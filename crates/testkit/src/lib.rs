//! Test support: a fresh database per test on each backend, and builders for fixtures.
//!
//! SQLite databases are files in a temporary folder. PostgreSQL databases are created in the
//! cluster named by `TEST_DATABASE_URL` (the test command starts a throwaway one) and
//! dropped afterwards. When `MENTOR_REQUIRE_PG=1` (set by `cargo xtask test`) a missing
//! PostgreSQL is a failure, not a skip, so CI cannot silently test only one backend.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test-only support: a fixture that cannot be built fails the test that asked for it"
)]

pub mod fixtures;
pub mod grant_payments;

use std::path::PathBuf;

use db::{AuditKey, Backend, Database};
use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;

/// The audit key every test database uses.
pub const AUDIT_KEY: &[u8] = b"test audit key, not a secret";

/// The field-encryption keys every test uses.
pub fn field_keys() -> domain::fieldcrypt::Keyring {
    let key = domain::fieldcrypt::FieldKey::new("k1", [42; 32])
        .unwrap_or_else(|| unreachable!("k1 is a valid key id"));
    domain::fieldcrypt::Keyring::new(key, vec![])
}

/// A migrated database that disappears when dropped.
pub struct TestDb {
    db: Option<Database>,
    url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(PathBuf),
    PgDatabase { admin_url: String, name: String },
}

impl TestDb {
    pub fn db(&self) -> &Database {
        // Set in every constructor and only taken in `drop`.
        self.db
            .as_ref()
            .unwrap_or_else(|| unreachable!("database taken before drop"))
    }

    pub fn backend(&self) -> Backend {
        self.db().backend()
    }

    /// The database's URL (a SQLite path or a PostgreSQL URL), for tests that open it
    /// another way (read-only, through a proxy).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A second, independent handle on the same database (its own pool, and on SQLite its
    /// own writer turn): what a second server process sharing the database would have.
    pub fn second_handle(&self) -> Database {
        Database::open(&self.url, 4, AuditKey::new(AUDIT_KEY))
            .unwrap_or_else(|e| panic!("reopen test database: {e}"))
    }

    /// A new SQLite database in a temporary folder.
    pub fn sqlite() -> TestDb {
        let dir = std::env::temp_dir().join(format!("mentor-test-{}", db::id::new_secret(8)));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let url = dir.join("test.db").to_string_lossy().into_owned();
        let db = open(&url);
        TestDb {
            db: Some(db),
            url,
            cleanup: Cleanup::Dir(dir),
        }
    }

    /// A new PostgreSQL database, or `None` when no cluster is configured.
    pub fn postgres() -> Option<TestDb> {
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            assert!(
                std::env::var("MENTOR_REQUIRE_PG").as_deref() != Ok("1"),
                "MENTOR_REQUIRE_PG=1 but TEST_DATABASE_URL is not set"
            );
            return None;
        };
        let name = format!("mentor_test_{}", db::id::new_secret(6));
        let mut admin =
            PgConnection::establish(&admin_url).expect("cannot reach TEST_DATABASE_URL");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create test database");
        let url = with_database(&admin_url, &name);
        let db = open(&url);
        Some(TestDb {
            db: Some(db),
            url,
            cleanup: Cleanup::PgDatabase { admin_url, name },
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        drop(self.db.take());
        match &self.cleanup {
            Cleanup::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::PgDatabase { admin_url, name } => {
                if let Ok(mut admin) = PgConnection::establish(admin_url) {
                    let _ = admin
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                }
            }
        }
    }
}

fn open(url: &str) -> Database {
    let db = Database::open(url, 4, AuditKey::new(AUDIT_KEY)).expect("open test database");
    db.migrate().expect("migrate test database");
    db
}

/// Replaces the database name in a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// Every backend a storage test must pass on: SQLite always, PostgreSQL when configured.
pub fn backends() -> Vec<TestDb> {
    let mut out = vec![TestDb::sqlite()];
    out.extend(TestDb::postgres());
    out
}

/// Runs `test` once per backend, naming the backend if it panics.
pub fn on_each_backend(test: impl Fn(&Database)) {
    for t in backends() {
        let name = t.backend().name();
        eprintln!("-- on {name}");
        test(t.db());
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_name_is_replaced_keeping_options() {
        assert_eq!(
            super::with_database("postgres://u@h:5/postgres?sslmode=disable", "t1"),
            "postgres://u@h:5/t1?sslmode=disable"
        );
        assert_eq!(
            super::with_database("postgres://u@h:5", "t1"),
            "postgres://u@h:5/t1"
        );
    }
}
