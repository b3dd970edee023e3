//! Sign-in throttling records: per key (a keyed hash of an account, a client address or a
//! known device; never the e-mail or address itself) the failures in a row and the last
//! one. What they mean is `domain::throttle`; this module only keeps them.
//!
//! [`lock`] makes the key's row exist and holds it until the transaction ends, so that
//! deciding an attempt and counting it cannot be raced: on PostgreSQL by `SELECT … FOR
//! UPDATE` on the row, on SQLite by the write transaction's own lock (`BEGIN IMMEDIATE`).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::Text;
use domain::throttle::Record;

use crate::schema::sign_in_throttle;
use crate::{DbConn, DbResult, Tx};

/// The key's record, its row created if missing and locked until the transaction ends.
pub fn lock(tx: &mut Tx<'_>, key_hash: &str) -> DbResult<Record> {
    match &mut *tx.conn {
        DbConn::Postgres(c) => {
            diesel::sql_query(
                "INSERT INTO sign_in_throttle (key_hash, failures) VALUES ($1, 0) \
                 ON CONFLICT (key_hash) DO NOTHING",
            )
            .bind::<Text, _>(key_hash)
            .execute(c)?;
            diesel::sql_query(
                "SELECT key_hash FROM sign_in_throttle WHERE key_hash = $1 FOR UPDATE",
            )
            .bind::<Text, _>(key_hash)
            .execute(c)?;
        }
        DbConn::Sqlite(c) => {
            diesel::sql_query(
                "INSERT INTO sign_in_throttle (key_hash, failures) VALUES (?, 0) \
                 ON CONFLICT (key_hash) DO NOTHING",
            )
            .bind::<Text, _>(key_hash)
            .execute(c)?;
        }
    }
    let (failures, last_failure_at) = sign_in_throttle::table
        .find(key_hash)
        .select((
            sign_in_throttle::failures,
            sign_in_throttle::last_failure_at,
        ))
        .first::<(i64, Option<NaiveDateTime>)>(tx.conn)?;
    Ok(Record {
        failures,
        last_failure_at,
    })
}

/// The key's record as last committed, without locking or creating it (a fresh key has
/// an empty record): a cheap first look, before [`lock`] decides for good.
pub fn peek(conn: &mut DbConn, key_hash: &str) -> DbResult<Record> {
    let row = sign_in_throttle::table
        .find(key_hash)
        .select((
            sign_in_throttle::failures,
            sign_in_throttle::last_failure_at,
        ))
        .first::<(i64, Option<NaiveDateTime>)>(conn)
        .optional()?;
    Ok(
        row.map_or_else(Record::default, |(failures, last_failure_at)| Record {
            failures,
            last_failure_at,
        }),
    )
}

/// Stores the key's record (after [`lock`] in the same transaction).
pub fn save(tx: &mut Tx<'_>, key_hash: &str, record: &Record) -> DbResult<()> {
    diesel::update(sign_in_throttle::table.find(key_hash))
        .set((
            sign_in_throttle::failures.eq(record.failures),
            sign_in_throttle::last_failure_at.eq(record.last_failure_at),
        ))
        .execute(tx.conn)?;
    Ok(())
}

/// Forgets records whose last failure is older than `before`, or that have none: they no
/// longer delay anyone.
pub fn purge_older_than(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(
        sign_in_throttle::table.filter(
            sign_in_throttle::last_failure_at
                .is_null()
                .or(sign_in_throttle::last_failure_at.lt(before)),
        ),
    )
    .execute(conn)?)
}
