//! Storage: every SQL statement of Mentor lives in this crate.
//!
//! One code base serves SQLite (the default, one file in the data directory) and
//! PostgreSQL (when `DATABASE_URL` says so) through diesel's `MultiConnection`. Reads take a
//! plain connection and the acting user's [`domain::permission::Scope`]; writes go through
//! [`Tx`], which runs in a transaction and appends to the audit log in the same transaction,
//! so a change without its audit entry cannot be committed.

pub mod api_tokens;
pub mod audit;
pub mod bulk;
pub mod calls;
pub mod candidates;
pub mod cases;
pub mod companies;
pub mod conn;
pub mod content;
pub mod courses;
pub mod decisions;
pub mod digests;
pub mod documents;
pub mod duplicates;
mod error;
pub mod esco_labels;
pub mod grant_panel;
pub mod grants;
mod health;
pub mod iati;
pub mod id;
pub mod idempotency;
pub mod imports;
pub mod inbox;
pub mod interviews;
pub mod introspect;
pub mod invitations;
pub mod locks;
pub mod login_attempts;
pub mod matching;
pub mod memberships;
pub mod mentorships;
pub mod metrics;
pub mod migrate;
pub mod organisations;
pub mod outbox;
pub mod outcome_report;
pub mod outcomes;
pub mod outreach;
pub mod password_resets;
pub mod placement_views;
pub mod positions;
pub mod programmes;
pub mod results;
pub mod rules;
pub mod saved_searches;
pub mod schema;
mod scope;
pub mod selection;
pub mod sessions;
pub mod sign_in_throttle;
pub mod sign_ups;
pub mod taxonomy;
pub mod territories;
pub mod traineeships;
pub mod users;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{NaiveDateTime, Utc};

pub use conn::{Backend, DbConn, Manager, Pool};
pub use error::{DbError, DbResult};
pub use health::Settings;

/// Reads a stored name selected outside a row struct (a tuple, a group-by) as its domain
/// value, failing like diesel's `deserialize_as` does for row structs: an unknown name is a
/// deserialization error, logged as the cause of a 500, never a default.
pub(crate) fn stored<T>(value: String) -> DbResult<T>
where
    T: TryFrom<String, Error = domain::stored::Unknown>,
{
    T::try_from(value)
        .map_err(|e| DbError::from(diesel::result::Error::DeserializationError(e.into())))
}

/// A text column where the empty string means "not given yet" (a draft application's
/// country): read with `#[diesel(deserialize_as = MaybeBlank)]` into an `Option` of the
/// domain value, `None` for blank and an error for anything else it does not name, and
/// written back with `serialize_as = MaybeBlank`.
#[doc(hidden)]
pub struct MaybeBlank(String);

impl<DB> diesel::deserialize::Queryable<diesel::sql_types::Text, DB> for MaybeBlank
where
    DB: diesel::backend::Backend,
    String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
{
    type Row = String;
    fn build(row: String) -> diesel::deserialize::Result<Self> {
        Ok(MaybeBlank(row))
    }
}

impl TryFrom<MaybeBlank> for Option<domain::Country> {
    type Error = domain::stored::Unknown;
    fn try_from(MaybeBlank(s): MaybeBlank) -> Result<Self, Self::Error> {
        (!s.is_empty()).then(|| s.try_into()).transpose()
    }
}

/// Written with `#[diesel(serialize_as = MaybeBlank)]`: `None` as the empty string.
impl From<Option<domain::Country>> for MaybeBlank {
    fn from(c: Option<domain::Country>) -> Self {
        MaybeBlank(c.map(String::from).unwrap_or_default())
    }
}

impl diesel::expression::AsExpression<diesel::sql_types::Text> for MaybeBlank {
    type Expression =
        <String as diesel::expression::AsExpression<diesel::sql_types::Text>>::Expression;
    fn as_expression(self) -> Self::Expression {
        diesel::expression::AsExpression::<diesel::sql_types::Text>::as_expression(self.0)
    }
}

/// The secret that keys the audit chain; kept in the data directory, never in the database.
#[derive(Clone)]
pub struct AuditKey(Arc<[u8]>);

impl AuditKey {
    pub fn new(bytes: &[u8]) -> Self {
        AuditKey(Arc::from(bytes))
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(***)")
    }
}

/// Who is writing and under which request: every write names both in the audit log.
#[derive(Debug, Clone)]
pub struct Origin {
    /// A user id, or `cli` / `system`.
    pub actor: String,
    pub request_id: String,
    /// The request's idempotency key (an API request that creates): written in the same
    /// transaction as what the request creates (see [`idempotency`]).
    pub idempotency: Option<idempotency::Claim>,
}

impl Origin {
    pub fn user(user_id: &str, request_id: &str) -> Self {
        Origin {
            actor: user_id.to_owned(),
            request_id: request_id.to_owned(),
            idempotency: None,
        }
    }

    pub fn cli() -> Self {
        Origin {
            actor: "cli".into(),
            request_id: id::new_id(),
            idempotency: None,
        }
    }

    pub fn system() -> Self {
        Origin {
            actor: "system".into(),
            request_id: id::new_id(),
            idempotency: None,
        }
    }

    /// This origin, its writes protected by `claim`.
    pub fn with_idempotency(mut self, claim: idempotency::Claim) -> Self {
        self.idempotency = Some(claim);
        self
    }
}

/// A write transaction in progress.
pub struct Tx<'a> {
    pub conn: &'a mut DbConn,
    pub now: NaiveDateTime,
    origin: &'a Origin,
    key: &'a AuditKey,
    /// The first object this transaction audited (type, id): what an idempotency key of
    /// the origin points at.
    first_object: Option<(String, String)>,
}

impl Tx<'_> {
    /// Appends an audit entry for this transaction's actor and request.
    pub fn audit(&mut self, action: &str, object_type: &str, object_id: &str) -> DbResult<()> {
        if self.first_object.is_none() {
            self.first_object = Some((object_type.to_owned(), object_id.to_owned()));
        }
        audit::append(
            self.conn,
            self.key,
            self.now,
            &audit::Event {
                actor: &self.origin.actor,
                action,
                object_type,
                object_id,
                request_id: &self.origin.request_id,
            },
        )
    }

    pub fn actor(&self) -> &str {
        &self.origin.actor
    }
}

/// Counts a write transaction's end, however it ends.
struct WriteEnded<'a> {
    count: &'a std::sync::atomic::AtomicU64,
    by: &'a Mutex<HashMap<String, u64>>,
    actor: &'a str,
}

impl Drop for WriteEnded<'_> {
    fn drop(&mut self) {
        let ended = self.count.fetch_add(1, std::sync::atomic::Ordering::AcqRel) + 1;
        let mut by = self.by.lock().unwrap_or_else(|p| p.into_inner());
        by.insert(self.actor.to_owned(), ended);
    }
}

/// The database of an installation: a pool of connections of one backend.
#[derive(Clone)]
pub struct Database {
    pool: Pool,
    backend: Backend,
    audit_key: AuditKey,
    /// SQLite has one writer at a time; taking turns here keeps writers from failing with
    /// "database is locked" when a read transaction would need upgrading.
    sqlite_writer: Arc<Mutex<()>>,
    /// Whether the last connection attempt succeeded (see [`Manager::reachable`]).
    reachable: Arc<std::sync::atomic::AtomicBool>,
    /// Statements run so far on the pool's connections (see [`Manager::queries`]).
    queries: Arc<std::sync::atomic::AtomicU64>,
    /// Write transactions run through this handle (committed or not): a figure computed
    /// from the records is still exact while this has not moved (`app::results::cache`).
    writes: Arc<std::sync::atomic::AtomicU64>,
    /// Each actor's latest write: the count of `writes` once it ended (one entry a person
    /// who wrote since the server started), so a page kept for them can tell whether it
    /// already shows their own change (`app::home::cache`).
    written_by: Arc<Mutex<HashMap<String, u64>>>,
    settings: Settings,
    /// Calls waiting for a free connection now (see [`metrics`]).
    waiting: Arc<std::sync::atomic::AtomicUsize>,
}

impl Database {
    /// Opens the pool with the default [`Settings`]; does not migrate (see
    /// [`Database::migrate`]).
    pub fn open(url: &str, max_connections: u32, audit_key: AuditKey) -> DbResult<Self> {
        Self::open_with(url, max_connections, audit_key, Settings::default())
    }

    /// Opens the pool: a connection attempt gives up after `settings.connect_timeout`, and
    /// a request waits for a free connection at most `settings.wait` while the database is
    /// reachable, but not at all once an attempt to reach it has failed.
    pub fn open_with(
        url: &str,
        max_connections: u32,
        audit_key: AuditKey,
        settings: Settings,
    ) -> DbResult<Self> {
        let backend = Backend::of_url(url);
        let reachable = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let queries = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let manager = Manager {
            backend,
            url: conn::with_connect_timeout(url, settings.connect_timeout),
            reachable: reachable.clone(),
            queries: queries.clone(),
            lost: conn::LostConnections::default(),
        };
        // A PostgreSQL connection can die with its server and is checked before use while
        // one was recently found dead (`conn::LostConnections`); a SQLite one is a file
        // handle that does not.
        let pool = r2d2::Pool::builder()
            .test_on_check_out(backend == Backend::Postgres)
            .max_size(max_connections)
            .connection_timeout(settings.wait)
            .build(manager)?;
        Ok(Database {
            pool,
            backend,
            audit_key,
            sqlite_writer: Arc::new(Mutex::new(())),
            reachable,
            queries,
            writes: Arc::new(std::sync::atomic::AtomicU64::new(0)),
            written_by: Arc::default(),
            settings,
            waiting: Arc::default(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// How many statements the pool's connections have run since it opened (a pooled
    /// connection's health check included).
    pub fn queries_run(&self) -> u64 {
        self.queries.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many write transactions this handle (and its clones) has run. Another process
    /// writing to the same database is not seen here.
    pub fn writes_run(&self) -> u64 {
        self.writes.load(std::sync::atomic::Ordering::Acquire)
    }

    /// The write count as `actor`'s latest write through this handle ended (0: none yet).
    /// A read that starts when [`Database::writes_run`] is at least this sees that write.
    pub fn written_by(&self, actor: &str) -> u64 {
        let by = self.written_by.lock().unwrap_or_else(|p| p.into_inner());
        by.get(actor).copied().unwrap_or(0)
    }

    pub fn audit_key(&self) -> &AuditKey {
        &self.audit_key
    }

    /// A pooled connection for synchronous callers (command line, seeding, tests).
    pub fn conn(&self) -> DbResult<r2d2::PooledConnection<Manager>> {
        self.checkout()
    }

    pub fn migrate(&self) -> DbResult<Vec<String>> {
        migrate::run_pending(&mut *self.conn()?)
    }

    /// Runs a write transaction synchronously, stamped with the current time.
    pub fn write_blocking<T>(
        &self,
        origin: &Origin,
        f: impl FnOnce(&mut Tx<'_>) -> DbResult<T>,
    ) -> DbResult<T> {
        self.write_blocking_at(origin, Utc::now().naive_utc(), f)
    }

    /// Runs a write transaction synchronously; every row it stamps gets `now`.
    ///
    /// Writers queue instead of failing: on SQLite the transaction starts with
    /// `BEGIN IMMEDIATE`, so it takes the database's write lock before its first read and
    /// waits (up to the busy timeout) for another writer — in this process or another one
    /// sharing the file — instead of failing on upgrade. The in-process turn only saves
    /// those waits from spinning. On PostgreSQL a rule that counts rows locks what it
    /// counts (see `locks`), since READ COMMITTED alone would let two
    /// transactions count the same rows.
    ///
    /// The error type is the caller's (anything a [`DbError`] converts into), so a use case
    /// can refuse with its own error and still have the transaction rolled back.
    pub fn write_blocking_at<T, E: From<DbError>>(
        &self,
        origin: &Origin,
        now: NaiveDateTime,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut conn = self.checkout()?;
        let _turn = match self.backend {
            Backend::Sqlite => Some(self.sqlite_writer.lock().unwrap_or_else(|p| p.into_inner())),
            Backend::Postgres => None,
        };
        let key = &self.audit_key;
        // Counted before it starts and again once it ended: a reader that saw the count
        // unchanged around its own read read no half-way state of this write.
        self.writes
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        let _counted = WriteEnded {
            count: &self.writes,
            by: &self.written_by,
            actor: &origin.actor,
        };
        conn::in_write_transaction(&mut conn, |c| {
            let claim = origin.idempotency.as_ref();
            if let Some(claim) = claim {
                idempotency::guard(c, &origin.actor, claim, now)?;
            }
            let mut tx = Tx {
                conn: c,
                now,
                origin,
                key,
                first_object: None,
            };
            let written = f(&mut tx)?;
            // The key commits with what it protects, or not at all. A write that audited
            // nothing created nothing to point at: its repeat simply runs again.
            if let (Some(claim), Some((kind, id))) = (claim, &tx.first_object) {
                idempotency::record(tx.conn, &origin.actor, claim, (kind, id), now)?;
            }
            Ok(written)
        })
    }

    /// Runs a read on a blocking thread so the async runtime keeps serving.
    pub async fn read<T, F>(&self, f: F) -> DbResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> DbResult<T> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || f(&mut *db.checkout()?))
            .await
            .map_err(|_| DbError::Join)?
    }

    /// A read whose closure answers with the caller's error type (a use case's rule
    /// refusals beside storage errors), on a blocking thread.
    pub async fn read_as<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || f(&mut *db.checkout()?))
            .await
            .map_err(|_| E::from(DbError::Join))?
    }

    /// Runs a write transaction, with its audit entries, on a blocking thread.
    pub async fn write<T, F>(&self, origin: Origin, f: F) -> DbResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Tx<'_>) -> DbResult<T> + Send + 'static,
    {
        self.write_at::<T, DbError, F>(origin, Utc::now().naive_utc(), f)
            .await
    }

    /// Like [`Database::write`], at the time the caller's clock gives and with the
    /// caller's error type (see [`Database::write_blocking_at`]).
    pub async fn write_at<T, E, F>(&self, origin: Origin, now: NaiveDateTime, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut Tx<'_>) -> Result<T, E> + Send + 'static,
    {
        let db = self.clone();
        match tokio::task::spawn_blocking(move || db.write_blocking_at(&origin, now, f)).await {
            Ok(written) => written,
            Err(_) => Err(DbError::Join.into()),
        }
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        self.read(|c| {
            use diesel::connection::SimpleConnection;
            c.batch_execute("SELECT 1").map_err(DbError::from)
        })
        .await
        .is_ok()
    }
}
