//! Idempotency keys of API requests that create (the `Idempotency-Key` header).
//!
//! The key is written by [`crate::Database::write_blocking_at`] in the SAME transaction as
//! the write it protects, when the [`crate::Origin`] carries a [`Claim`]: either both are
//! committed or neither, so a retry after a crash finds the created object or creates it
//! once. It points at the first object the transaction audited (what the request created),
//! which a repeat reads again to answer. A key belongs to one user and lives [`KEEP`].

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::conflict::Conflict;

use crate::schema::idempotency_keys as ik;
use crate::{DbConn, DbResult};

/// How long a key is remembered.
pub const KEEP: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// A request's key and what it asks (a hash of method, path and body).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub key: String,
    pub fingerprint: String,
}

/// What a key recorded: the request it came with and the object that request created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub fingerprint: String,
    pub object_type: String,
    pub object_id: String,
}

/// The live record of `user_id`'s `key` at `now`, if any.
pub fn find(
    conn: &mut DbConn,
    user_id: &str,
    key: &str,
    now: NaiveDateTime,
) -> DbResult<Option<Recorded>> {
    Ok(ik::table
        .filter(ik::user_id.eq(user_id))
        .filter(ik::idempotency_key.eq(key))
        .filter(ik::created_at.gt(now - KEEP))
        .select((ik::fingerprint, ik::object_type, ik::object_id))
        .first::<(String, String, String)>(conn)
        .optional()?
        .map(|(fingerprint, object_type, object_id)| Recorded {
            fingerprint,
            object_type,
            object_id,
        }))
}

/// Inside the protected write's transaction, before it: a live key means another request
/// with it got there first (committed after this one checked), so this one writes nothing.
/// An expired one is forgotten.
pub(crate) fn guard(
    conn: &mut DbConn,
    user_id: &str,
    claim: &Claim,
    now: NaiveDateTime,
) -> DbResult<()> {
    if find(conn, user_id, &claim.key, now)?.is_some() {
        return Err(crate::DbError::Conflict(Conflict::IdempotencyInProgress));
    }
    // Only an expired row goes: on PostgreSQL a key another request committed after the
    // check above is visible to this statement, and must not be deleted (both requests would
    // then create; the insert's unique index refuses the second instead).
    diesel::delete(
        ik::table
            .filter(ik::user_id.eq(user_id))
            .filter(ik::idempotency_key.eq(&claim.key))
            .filter(ik::created_at.le(now - KEEP)),
    )
    .execute(conn)?;
    Ok(())
}

/// Inside the protected write's transaction, after it: the key and what it created. A
/// concurrent request with the same key that commits first makes this fail (PostgreSQL
/// waits for it on the primary key), and the whole transaction with it.
pub(crate) fn record(
    conn: &mut DbConn,
    user_id: &str,
    claim: &Claim,
    object: (&str, &str),
    now: NaiveDateTime,
) -> DbResult<()> {
    let row = (
        ik::user_id.eq(user_id),
        ik::idempotency_key.eq(&claim.key),
        ik::fingerprint.eq(&claim.fingerprint),
        ik::object_type.eq(object.0),
        ik::object_id.eq(object.1),
        ik::created_at.eq(now),
    );
    diesel::insert_into(ik::table)
        .values(row)
        .execute(conn)
        .map_err(crate::error::unique(Conflict::IdempotencyInProgress))?;
    Ok(())
}

/// Forgets the keys older than [`KEEP`] (housekeeping).
pub fn purge_expired(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(ik::table.filter(ik::created_at.le(now - KEEP))).execute(conn)?)
}
