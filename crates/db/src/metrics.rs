//! What `/metrics` (the `web` crate) reads from storage when it is scraped, and only then:
//! how the connection pool is used (from the pool's own counters, no query) and the outbox
//! backlog (three `COUNT`s over the unsent rows, which the `outbox_due` index on
//! `(sent_at, next_attempt_at)` keeps small however many messages were sent). Nothing here
//! runs per request, and nothing names a message, a recipient or a person.

use std::sync::atomic::Ordering;

use chrono::NaiveDateTime;
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use crate::outbox::MAX_ATTEMPTS;
use crate::schema::outbox;
use crate::{Database, DbConn, DbResult};

/// The connection pool at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUse {
    /// Connections handed out to a call now.
    pub in_use: u32,
    /// Connections open and waiting for a call.
    pub idle: u32,
    /// The most connections the pool opens (`MENTOR_DB_POOL`).
    pub max: u32,
    /// Calls waiting for a connection (every one busy, or one being opened).
    pub waiting: usize,
    /// Whether the last attempt to open a connection succeeded.
    pub reachable: bool,
}

impl Database {
    /// How the pool is used now: its own counters, without touching the database.
    pub fn pool_use(&self) -> PoolUse {
        let state = self.pool.state();
        PoolUse {
            in_use: state.connections.saturating_sub(state.idle_connections),
            idle: state.idle_connections,
            max: self.pool.max_size(),
            waiting: self.waiting.load(Ordering::Relaxed),
            reachable: self.reachable.load(Ordering::Relaxed),
        }
    }
}

/// The e-mails not sent yet, by where they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxBacklog {
    /// Due now: the worker sends them on its next round.
    pub due: i64,
    /// Waiting for a retry after a failed attempt (or claimed by a worker sending them).
    pub retrying: i64,
    /// Given up after [`MAX_ATTEMPTS`]: they stay until someone looks.
    pub failed: i64,
    /// When the oldest message due became due (none due: `None`).
    pub oldest_due_since: Option<NaiveDateTime>,
}

/// The outbox backlog at `now`.
pub fn outbox_backlog(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<OutboxBacklog> {
    let unsent = || outbox::table.filter(outbox::sent_at.is_null());
    let (due, oldest_due_since) = unsent()
        .filter(outbox::attempts.lt(MAX_ATTEMPTS))
        .filter(outbox::next_attempt_at.le(now))
        .select((count_star(), min(outbox::next_attempt_at)))
        .first::<(i64, Option<NaiveDateTime>)>(conn)?;
    let retrying = unsent()
        .filter(outbox::attempts.lt(MAX_ATTEMPTS))
        .filter(outbox::next_attempt_at.gt(now))
        .count()
        .get_result(conn)?;
    let failed = unsent()
        .filter(outbox::attempts.ge(MAX_ATTEMPTS))
        .count()
        .get_result(conn)?;
    Ok(OutboxBacklog {
        due,
        retrying,
        failed,
        oldest_due_since,
    })
}
