//! Embedded migrations, one folder per backend with identical names.

use diesel::migration::MigrationSource;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::{Backend, DbConn, DbError};

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Applies every pending migration; returns the names of those applied.
pub fn run_pending(conn: &mut DbConn) -> Result<Vec<String>, DbError> {
    let applied = match conn {
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE),
        DbConn::Postgres(c) => c.run_pending_migrations(POSTGRES),
    }
    .map_err(|e| DbError::Migration(e.to_string()))?;
    Ok(applied.into_iter().map(|v| v.to_string()).collect())
}

/// The folder names of one backend's embedded migrations, in the order they apply.
pub fn names(backend: Backend) -> Result<Vec<String>, DbError> {
    let migrations = match backend {
        Backend::Sqlite => MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE)
            .map(|ms| ms.iter().map(|m| m.name().to_string()).collect::<Vec<_>>()),
        Backend::Postgres => MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES)
            .map(|ms| ms.iter().map(|m| m.name().to_string()).collect()),
    };
    let mut names = migrations.map_err(|e| DbError::Migration(e.to_string()))?;
    names.sort();
    Ok(names)
}
