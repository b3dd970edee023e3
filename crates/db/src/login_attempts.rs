//! Sign-in attempts whose password was checked: a log for operators and for the audit. Keyed
//! hashes of the e-mail and address are kept, not the values themselves. An attempt is
//! recorded as failed before its password is hashed (`app::sessions`), and marked
//! succeeded afterwards if it was; attempts refused by the throttle are not checked and
//! not recorded. The throttle's own counts are `sign_in_throttle`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::login_attempts;
use crate::{DbConn, DbResult, Tx, id::new_id};

/// Records an attempt about to be checked, as failed until [`succeeded`] says otherwise.
/// Returns its id.
pub fn record(tx: &mut Tx<'_>, account_hash: &str, address_hash: &str) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::id.eq(&id),
            login_attempts::account_hash.eq(account_hash),
            login_attempts::address_hash.eq(address_hash),
            login_attempts::succeeded.eq(false),
            login_attempts::attempted_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("session.attempt", "login", &id)?;
    Ok(id)
}

/// Marks a recorded attempt as the one that succeeded.
pub fn succeeded(tx: &mut Tx<'_>, id: &str) -> DbResult<()> {
    diesel::update(login_attempts::table.find(id))
        .set(login_attempts::succeeded.eq(true))
        .execute(tx.conn)?;
    Ok(())
}

/// How many attempts were checked since `since`, and how many of them failed.
pub fn checked_since(conn: &mut DbConn, since: NaiveDateTime) -> DbResult<(i64, i64)> {
    let recent = login_attempts::table.filter(login_attempts::attempted_at.ge(since));
    let all = recent.count().get_result(conn)?;
    let failed = recent
        .filter(login_attempts::succeeded.eq(false))
        .count()
        .get_result(conn)?;
    Ok((all, failed))
}

/// Forgets attempts older than `before`.
pub fn purge_older_than(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(
        diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
            .execute(conn)?,
    )
}
