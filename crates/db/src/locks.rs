//! Row locks for rules that count or check rows before writing.
//!
//! A check and its write run in one transaction, but on PostgreSQL at READ COMMITTED two
//! transactions can both read the same rows and both pass a rule that counts them (a
//! company's places under its headcount cap, a call's active placements). Locking the row
//! the rule is about (`SELECT … FOR UPDATE`) makes the second transaction wait until the
//! first commits and then see its change. On SQLite the write transaction already holds the
//! database's only write lock (`BEGIN IMMEDIATE`, see `conn`), so nothing more is needed.
//!
//! Rules about one row's own state (a status that may move only once) use a conditional
//! update instead (`UPDATE … WHERE status = <the status checked>`, see `expect_one`).

use diesel::prelude::*;

use crate::{DbConn, DbError, DbResult, Tx};

/// What can be locked: a closed list, so no table name ever comes from input.
#[derive(Debug, Clone, Copy)]
enum Table {
    Organisations,
    Calls,
    GrantCalls,
}

fn for_update(tx: &mut Tx<'_>, table: Table, id: &str) -> DbResult<()> {
    let DbConn::Postgres(c) = &mut *tx.conn else {
        return Ok(());
    };
    let sql = match table {
        Table::Organisations => "SELECT id FROM organisations WHERE id = $1 FOR UPDATE",
        Table::Calls => "SELECT id FROM calls WHERE id = $1 FOR UPDATE",
        Table::GrantCalls => "SELECT id FROM grant_calls WHERE id = $1 FOR UPDATE",
    };
    let locked = diesel::sql_query(sql)
        .bind::<diesel::sql_types::Text, _>(id)
        .execute(c)?;
    if locked == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Holds a company (an organisation) until the transaction ends: its places are counted.
pub fn company(tx: &mut Tx<'_>, company_id: &str) -> DbResult<()> {
    for_update(tx, Table::Organisations, company_id)
}

/// Holds a call until the transaction ends: its active placements are counted.
pub fn call(tx: &mut Tx<'_>, call_id: &str) -> DbResult<()> {
    for_update(tx, Table::Calls, call_id)
}

/// Holds a call for proposals until the transaction ends: its award is adjusted or
/// accepted, once, from the proposal as it stands.
pub fn grant_call(tx: &mut Tx<'_>, call_id: &str) -> DbResult<()> {
    for_update(tx, Table::GrantCalls, call_id)
}

/// A conditional update must have changed exactly one row; none means another transaction
/// changed the row first, and the change is refused with `conflict`.
pub fn expect_one(changed: usize, conflict: domain::Conflict) -> DbResult<()> {
    if changed == 0 {
        return Err(DbError::Conflict(conflict));
    }
    Ok(())
}
