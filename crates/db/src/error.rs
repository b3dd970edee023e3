//! Storage errors. Callers branch on `NotFound` and `Conflict`; everything else is an
//! internal failure whose details are logged, never shown.

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("record not found")]
    NotFound,
    /// A uniqueness or state rule refused the change.
    #[error("conflict: {0:?}")]
    Conflict(domain::conflict::Conflict),
    #[error("database error: {0}")]
    Query(#[source] diesel::result::Error),
    #[error("database unavailable: {0}")]
    Pool(#[from] r2d2::Error),
    /// No connection could be opened: the database is down or unreachable.
    #[error("database unreachable")]
    Unreachable,
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("background task failed")]
    Join,
    /// A sealed value did not open (wrong or missing key, or tampering).
    #[error("sealed value does not open: {0}")]
    Sealed(String),
}

impl From<diesel::result::Error> for DbError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => DbError::NotFound,
            e => DbError::Query(e),
        }
    }
}

/// Maps a unique-constraint violation to `Conflict(rule)`, anything else as usual.
pub(crate) fn unique(
    rule: domain::conflict::Conflict,
) -> impl Fn(diesel::result::Error) -> DbError {
    move |e| match e {
        diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        ) => DbError::Conflict(rule),
        e => DbError::from(e),
    }
}

impl DbError {
    /// The database cannot be used right now (down, unreachable, out of connections, or
    /// refusing writes): the request may succeed later, and the answer is 503, not 500.
    pub fn is_unavailable(&self) -> bool {
        use diesel::result::DatabaseErrorKind as Kind;
        match self {
            DbError::Pool(_) | DbError::Unreachable => true,
            DbError::Query(diesel::result::Error::DatabaseError(kind, info)) => {
                // SQLite names these only in its message (diesel's kind is `Unknown`).
                let message = info.message();
                matches!(kind, Kind::ClosedConnection | Kind::ReadOnlyTransaction)
                    || message.contains("readonly database")
                    || message.contains("database or disk is full")
            }
            _ => false,
        }
    }
}

pub type DbResult<T> = Result<T, DbError>;
