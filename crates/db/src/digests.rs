//! The daily digest's records: who is due one on a day, the day's record of the one sent
//! (its key, one per person and day, is what makes "at most one a day" hold whichever
//! server or tick gets there first), and the people who asked for none.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::schema::{digest_opt_outs as opt, digests, memberships, users};
use crate::{DbConn, DbResult, Tx};

/// A person who may get a digest on a day: enabled, holding a membership, not opted out,
/// none sent yet that day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: String,
    pub email: String,
    pub locale: Option<String>,
}

/// The people still due a digest on `day`, in a stable order.
pub fn due_on(conn: &mut DbConn, day: NaiveDate) -> DbResult<Vec<Recipient>> {
    let sent = digests::table
        .filter(digests::day.eq(day))
        .select(digests::user_id);
    let members = memberships::table.select(memberships::user_id);
    let rows: Vec<(String, String, Option<String>)> = users::table
        .filter(users::disabled.eq(false))
        .filter(users::id.eq_any(members))
        .filter(users::id.ne_all(opt::table.select(opt::user_id)))
        .filter(users::id.ne_all(sent))
        .select((users::id, users::email, users::locale))
        .order(users::id.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, email, locale)| Recipient {
            user_id,
            email,
            locale,
        })
        .collect())
}

/// Records the digest of `user_id` on `day`, in the transaction that queues its e-mail.
/// `false` when one was recorded already (by another server, a moment earlier): the caller
/// then queues nothing. The insert ignores a row that exists, so a concurrent writer waits
/// for the first one's commit and then writes nothing, on either backend.
pub fn record(
    tx: &mut Tx<'_>,
    user_id: &str,
    day: NaiveDate,
    tasks: i64,
    searches: i64,
) -> DbResult<bool> {
    use diesel::sql_types::{BigInt, Date, Text, Timestamp};
    let now = tx.now;
    let inserted = match &mut *tx.conn {
        DbConn::Postgres(c) => diesel::sql_query(
            "INSERT INTO digests (user_id, day, tasks, searches, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind::<Text, _>(user_id)
        .bind::<Date, _>(day)
        .bind::<BigInt, _>(tasks)
        .bind::<BigInt, _>(searches)
        .bind::<Timestamp, _>(now)
        .execute(c)?,
        DbConn::Sqlite(c) => diesel::sql_query(
            "INSERT OR IGNORE INTO digests (user_id, day, tasks, searches, created_at) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind::<Text, _>(user_id)
        .bind::<Date, _>(day)
        .bind::<BigInt, _>(tasks)
        .bind::<BigInt, _>(searches)
        .bind::<Timestamp, _>(now)
        .execute(c)?,
    };
    if inserted == 0 {
        return Ok(false);
    }
    tx.audit("digest.queue", "user", user_id)?;
    Ok(true)
}

/// Digests recorded for `user_id` on `day` (0 or 1).
pub fn count_on(conn: &mut DbConn, user_id: &str, day: NaiveDate) -> DbResult<i64> {
    Ok(digests::table
        .filter(digests::user_id.eq(user_id))
        .filter(digests::day.eq(day))
        .count()
        .get_result(conn)?)
}

/// Whether `user_id` asked for no digest.
pub fn opted_out(conn: &mut DbConn, user_id: &str) -> DbResult<bool> {
    let n: i64 = opt::table
        .filter(opt::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Stores the person's choice: `wanted` false opts out, true opts back in.
pub fn set_wanted(tx: &mut Tx<'_>, user_id: &str, wanted: bool) -> DbResult<()> {
    let was_out = opted_out(tx.conn, user_id)?;
    if was_out != wanted {
        return Ok(());
    }
    if wanted {
        diesel::delete(opt::table.filter(opt::user_id.eq(user_id))).execute(tx.conn)?;
        tx.audit("user.digest_on", "user", user_id)
    } else {
        diesel::insert_into(opt::table)
            .values((opt::user_id.eq(user_id), opt::created_at.eq(tx.now)))
            .execute(tx.conn)?;
        tx.audit("user.digest_off", "user", user_id)
    }
}
