//! Sign-in attempts, for throttling. Keyed hashes of the e-mail and address are kept, not
//! the values themselves.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::login_attempts;
use crate::{DbConn, DbResult, Tx, id::new_id};

pub fn record(
    tx: &mut Tx<'_>,
    account_hash: &str,
    address_hash: &str,
    succeeded: bool,
) -> DbResult<()> {
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::id.eq(new_id()),
            login_attempts::account_hash.eq(account_hash),
            login_attempts::address_hash.eq(address_hash),
            login_attempts::succeeded.eq(succeeded),
            login_attempts::attempted_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if !succeeded {
        tx.audit("session.refused", "login", "-")?;
    }
    Ok(())
}

/// Failures since `since` for the account and for the address.
pub fn failures_since(
    conn: &mut DbConn,
    account_hash: &str,
    address_hash: &str,
    since: NaiveDateTime,
) -> DbResult<(i64, i64)> {
    let account = login_attempts::table
        .filter(login_attempts::account_hash.eq(account_hash))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.gt(since))
        .count()
        .get_result(conn)?;
    let address = login_attempts::table
        .filter(login_attempts::address_hash.eq(address_hash))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.gt(since))
        .count()
        .get_result(conn)?;
    Ok((account, address))
}

/// Forgets attempts older than `before`; they no longer count for throttling.
pub fn purge_older_than(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(
        diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
            .execute(conn)?,
    )
}
