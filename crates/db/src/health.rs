//! Whether the database can be used: waiting for a connection without hanging on a server
//! that is down (issue 10, defect 19), counting who waits (for `/metrics`, see
//! [`crate::metrics`]), and the readiness check's tiny real write.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::heartbeat;
use crate::{Backend, Database, DbError, DbResult, Manager, conn};

/// How the pool waits.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// How long one attempt to open a connection may take (libpq's `connect_timeout` on
    /// PostgreSQL). Once an attempt has failed, requests stop waiting for connections.
    pub connect_timeout: Duration,
    /// How long a request waits for a free connection while the database is reachable
    /// (every connection busy): a busy server queues, a server that is down answers at once.
    pub wait: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            connect_timeout: Duration::from_secs(2),
            wait: Duration::from_secs(10),
        }
    }
}

/// How often a waiting request looks whether the database has become unreachable.
const SLICE: Duration = Duration::from_millis(200);

/// One call counted among those waiting for a connection, for as long as it lives.
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn start(count: &'a AtomicUsize) -> Self {
        count.fetch_add(1, Ordering::Relaxed);
        Waiting(count)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Database {
    /// A pooled connection: waits up to `settings.wait` while every connection is busy,
    /// but gives up within a slice of a failed connection attempt (the database is down),
    /// so that a request answers 503 in about the connect timeout instead of hanging.
    ///
    /// A call that finds no idle connection counts as waiting (`/metrics` shows how many
    /// wait) until it has one or gives up.
    pub(crate) fn checkout(&self) -> DbResult<r2d2::PooledConnection<Manager>> {
        if let Some(conn) = self.pool.try_get() {
            return Ok(conn);
        }
        let _waiting = Waiting::start(&self.waiting);
        let started = Instant::now();
        loop {
            match self.pool.get_timeout(SLICE) {
                Ok(conn) => return Ok(conn),
                Err(e) => {
                    if !self.reachable.load(Ordering::Relaxed) {
                        return Err(DbError::Unreachable);
                    }
                    if started.elapsed() >= self.settings.wait {
                        return Err(DbError::Pool(e));
                    }
                }
            }
        }
    }

    /// Rewrites the one heartbeat row in a write transaction of its own and commits it:
    /// a real write, so that a read-only database or file system, a full disk or a server
    /// that is down makes it fail. It records nothing anyone did, so it has no audit entry
    /// (a probe every few seconds would otherwise flood the audit log).
    pub fn heartbeat_blocking(&self, now: NaiveDateTime) -> DbResult<()> {
        let mut c = self.checkout()?;
        let _turn = match self.backend {
            Backend::Sqlite => Some(self.sqlite_writer.lock().unwrap_or_else(|p| p.into_inner())),
            Backend::Postgres => None,
        };
        conn::in_write_transaction(&mut c, |c| {
            let n = diesel::update(heartbeat::table.filter(heartbeat::id.eq(1)))
                .set(heartbeat::beat_at.eq(now))
                .execute(c)?;
            if n == 0 {
                diesel::insert_into(heartbeat::table)
                    .values((heartbeat::id.eq(1), heartbeat::beat_at.eq(now)))
                    .execute(c)?;
            }
            Ok::<_, DbError>(())
        })
    }

    /// [`Database::heartbeat_blocking`] on a blocking thread.
    pub async fn heartbeat(&self, now: NaiveDateTime) -> DbResult<()> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.heartbeat_blocking(now))
            .await
            .map_err(|_| DbError::Join)?
    }
}
