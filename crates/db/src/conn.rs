//! One connection type for both backends (diesel `MultiConnection`), and the pool.
//!
//! Each new connection is set up once: SQLite in WAL mode with `synchronous = FULL`,
//! foreign keys on and a busy timeout; PostgreSQL with `plan_cache_mode =
//! force_custom_plan`. Write transactions begin `IMMEDIATE` on SQLite
//! (`in_write_transaction`), so a writer queues for the lock before its first read.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use diesel::Connection;
use diesel::connection::{
    AnsiTransactionManager, InstrumentationEvent, SimpleConnection, TransactionManager,
};
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;

/// A connection to whichever database this installation uses. Queries are written once
/// against this type; diesel checks them at compile time for both backends.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `postgres://` and `postgresql://` URLs select PostgreSQL; anything else is a SQLite path.
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Opens connections of the configured backend and sets SQLite up for durability.
#[derive(Debug, Clone)]
pub struct Manager {
    pub backend: Backend,
    pub url: String,
    /// Whether the last attempt to open a connection succeeded: while it is false, a
    /// request waiting for a connection gives up at once instead of waiting out the pool's
    /// timeout (the database is down, not busy).
    pub reachable: Arc<AtomicBool>,
    /// Statements run on this pool's connections, all together: what a test counts to
    /// catch a page that starts asking one question per row, and what `/metrics` reports.
    pub queries: Arc<AtomicU64>,
    /// When a statement last found its connection gone (see [`LostConnections`]).
    pub lost: LostConnections,
}

/// When a statement last found its PostgreSQL connection closed (the server restarted or
/// ended it), so that only then are pooled connections checked before use. Checking each
/// one every time cost a round trip per read (two of a signed-in page's ten statements),
/// to guard against something that happens once in months and announces itself.
#[derive(Debug, Clone)]
pub struct LostConnections {
    born: Instant,
    /// Milliseconds after `born`, plus one, of the last loss; 0: never.
    at: Arc<AtomicU64>,
}

/// How long after a connection was found lost every checkout is checked: long enough for
/// every connection the pool held then to have been handed out once.
const CHECK_AFTER_LOSS: Duration = Duration::from_secs(60);

impl Default for LostConnections {
    fn default() -> Self {
        LostConnections {
            born: Instant::now(),
            at: Arc::default(),
        }
    }
}

impl LostConnections {
    fn millis(&self) -> u64 {
        u64::try_from(self.born.elapsed().as_millis()).unwrap_or(u64::MAX - 1) + 1
    }

    fn saw(&self, error: &diesel::result::Error) {
        use diesel::result::{DatabaseErrorKind as Kind, Error};
        if matches!(
            error,
            Error::DatabaseError(Kind::ClosedConnection | Kind::UnableToSendCommand, _)
        ) {
            self.at.store(self.millis(), Ordering::Relaxed);
        }
    }

    /// Whether a connection was found lost less than `CHECK_AFTER_LOSS` (a minute) ago.
    pub fn recent(&self) -> bool {
        let at = self.at.load(Ordering::Relaxed);
        let window = u64::try_from(CHECK_AFTER_LOSS.as_millis()).unwrap_or(u64::MAX);
        at != 0 && self.millis().saturating_sub(at) < window
    }
}

/// A PostgreSQL URL with libpq's `connect_timeout` (whole seconds, at least 1) unless it
/// already names one: an unreachable server (packets dropped, not refused) would otherwise
/// hold each attempt for the system's TCP timeout, minutes.
pub fn with_connect_timeout(url: &str, timeout: std::time::Duration) -> String {
    if Backend::of_url(url) != Backend::Postgres || url.contains("connect_timeout=") {
        return url.to_owned();
    }
    let secs = timeout.as_secs().max(1);
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}connect_timeout={secs}")
}

/// Settings every SQLite connection gets: WAL so readers do not block the writer,
/// `synchronous=FULL` because committed data is data we promised to keep, foreign keys on
/// (SQLite's default is off), and a busy timeout so a second writer waits instead of failing.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = 10000;";

/// Settings every PostgreSQL connection gets: a plan for each query's own values. diesel
/// keeps statements prepared, and after five runs PostgreSQL would switch to one generic
/// plan that cannot see how selective a value is (a name searched, a programme): on the
/// candidate list that turned 30 ms queries into 400 ms ones (BENCHMARKS.md).
const POSTGRES_SETTINGS: &str = "SET plan_cache_mode = force_custom_plan;";

impl Manager {
    pub fn connect(&self) -> diesel::ConnectionResult<DbConn> {
        let made = self.open();
        self.reachable.store(made.is_ok(), Ordering::Relaxed);
        made
    }

    fn open(&self) -> diesel::ConnectionResult<DbConn> {
        let mut conn = self.establish()?;
        let queries = self.queries.clone();
        let lost = self.lost.clone();
        conn.set_instrumentation(move |event: InstrumentationEvent<'_>| match event {
            InstrumentationEvent::StartQuery { .. } => {
                queries.fetch_add(1, Ordering::Relaxed);
            }
            InstrumentationEvent::FinishQuery { error: Some(e), .. } => lost.saw(e),
            _ => {}
        });
        Ok(conn)
    }

    fn establish(&self) -> diesel::ConnectionResult<DbConn> {
        match self.backend {
            Backend::Postgres => {
                let mut conn = PgConnection::establish(&self.url)?;
                conn.batch_execute(POSTGRES_SETTINGS)
                    .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConn::Postgres(conn))
            }
            Backend::Sqlite => {
                let mut conn = SqliteConnection::establish(&self.url)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConn;
    type Error = diesel::ConnectionError;

    fn connect(&self) -> Result<DbConn, Self::Error> {
        Manager::connect(self)
    }

    /// Asked of a PostgreSQL connection at each checkout; a round trip only while a
    /// connection was recently found lost (see [`LostConnections`]): then the pooled ones
    /// that died with it are found and replaced before a request gets them.
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), Self::Error> {
        if !self.lost.recent() {
            return Ok(());
        }
        conn.batch_execute("SELECT 1")
            .map_err(diesel::ConnectionError::CouldntSetupConfiguration)
    }

    /// A connection still inside a transaction (its user panicked half-way) must not be
    /// handed out again: the next user's transaction would nest inside the stale one.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        let status = match conn {
            DbConn::Postgres(c) => AnsiTransactionManager::transaction_manager_status_mut(c),
            DbConn::Sqlite(c) => AnsiTransactionManager::transaction_manager_status_mut(c),
        };
        !matches!(status.transaction_depth(), Ok(None))
    }
}

pub type Pool = r2d2::Pool<Manager>;

/// Runs `f` in a write transaction: `BEGIN IMMEDIATE` on SQLite (the write lock is taken
/// before the first read, so a check and the write it guards cannot be split by another
/// writer), a plain `BEGIN` on PostgreSQL. Commits when `f` succeeds, rolls back otherwise.
/// Transactions nested inside `f` become savepoints, as with diesel's own `transaction`.
pub(crate) fn in_write_transaction<T, E: From<crate::DbError>>(
    conn: &mut DbConn,
    f: impl FnOnce(&mut DbConn) -> Result<T, E>,
) -> Result<T, E> {
    let begun = match conn {
        DbConn::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE"),
        DbConn::Postgres(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN"),
    };
    begun.map_err(crate::DbError::from)?;
    match f(conn) {
        Ok(value) => match <DbConn as Connection>::TransactionManager::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(e) => {
                let _ = <DbConn as Connection>::TransactionManager::rollback_transaction(conn);
                Err(crate::DbError::from(e).into())
            }
        },
        Err(e) => {
            <DbConn as Connection>::TransactionManager::rollback_transaction(conn)
                .map_err(crate::DbError::from)?;
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection, sql_types::Text};

    #[derive(QueryableByName)]
    struct Opt {
        #[diesel(sql_type = Text)]
        compile_options: String,
    }

    /// The bundled SQLite is built with the planner stability guarantee on
    /// (`.cargo/config.toml`): without it, every statement binding its LIMIT is compiled
    /// again on each run.
    #[test]
    fn sqlite_plans_do_not_depend_on_bound_values() -> Result<(), Box<dyn std::error::Error>> {
        let mut c = SqliteConnection::establish(":memory:")?;
        let opts: Vec<Opt> =
            diesel::sql_query("SELECT compile_options FROM pragma_compile_options").load(&mut c)?;
        assert!(opts.iter().any(|o| o.compile_options == "ENABLE_QPSG"));
        Ok(())
    }

    /// Only a closed connection makes the pool check its connections again, and only for
    /// a while.
    #[test]
    fn a_lost_connection_turns_the_checks_on() {
        use diesel::result::{DatabaseErrorKind as Kind, Error};
        let lost = super::LostConnections::default();
        assert!(!lost.recent());
        lost.saw(&Error::DatabaseError(
            Kind::UniqueViolation,
            Box::new(String::from("duplicate")),
        ));
        lost.saw(&Error::NotFound);
        assert!(!lost.recent(), "a refusal is no lost connection");
        lost.saw(&Error::DatabaseError(
            Kind::ClosedConnection,
            Box::new(String::from("server closed the connection")),
        ));
        assert!(lost.recent());
        let Some(born) = std::time::Instant::now().checked_sub(super::CHECK_AFTER_LOSS * 2) else {
            return; // a machine up for less than two minutes
        };
        let long_ago = super::LostConnections {
            born,
            at: std::sync::Arc::new(std::sync::atomic::AtomicU64::new(1)),
        };
        assert!(!long_ago.recent());
    }
}
