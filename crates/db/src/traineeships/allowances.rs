//! Allowances approved: a month's figures and amount copied with the rule they were
//! computed by, written once (the month's key refuses a second approval) and never
//! recomputed; only the day it was paid is added later.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Conflict;

use crate::schema::traineeship_allowances as a;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = a, treat_none_as_default_value = false)]
pub struct Allowance {
    pub case_id: String,
    pub month: NaiveDate,
    pub days_attended: i64,
    pub days_scheduled: i64,
    pub percent: i64,
    pub amount_cents: i64,
    pub region: String,
    pub rule_source: String,
    pub rule_verified: bool,
    pub approved_by: String,
    pub approved_at: NaiveDateTime,
    pub paid_on: Option<NaiveDate>,
}

/// A case's approved allowances, by month.
pub fn allowances(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Allowance>> {
    Ok(a::table
        .filter(a::case_id.eq(case_id))
        .order(a::month.asc())
        .select(Allowance::as_select())
        .load(conn)?)
}

/// The months of these cases already approved.
pub fn approved_months(
    conn: &mut DbConn,
    case_ids: &[String],
) -> DbResult<Vec<(String, NaiveDate)>> {
    Ok(a::table
        .filter(a::case_id.eq_any(case_ids))
        .select((a::case_id, a::month))
        .load(conn)?)
}

/// Approves a month: `Conflict::AllowanceLocked` when it was approved already. Audited
/// `traineeship.allowance.approve`.
pub fn approve(tx: &mut Tx<'_>, row: &Allowance) -> DbResult<()> {
    diesel::insert_into(a::table)
        .values(row)
        .execute(tx.conn)
        .map_err(crate::error::unique(Conflict::AllowanceLocked))?;
    tx.audit(
        "traineeship.allowance.approve",
        "case",
        &format!("{}/{}", row.case_id, row.month.format("%Y-%m")),
    )
}

/// Records the day an approved month was paid (once). Audited `traineeship.allowance.paid`.
pub fn mark_paid(tx: &mut Tx<'_>, case_id: &str, month: NaiveDate, on: NaiveDate) -> DbResult<()> {
    let n = diesel::update(
        a::table
            .filter(a::case_id.eq(case_id))
            .filter(a::month.eq(month))
            .filter(a::paid_on.is_null()),
    )
    .set(a::paid_on.eq(Some(on)))
    .execute(tx.conn)?;
    crate::locks::expect_one(n, Conflict::AllowanceLocked)?;
    tx.audit(
        "traineeship.allowance.paid",
        "case",
        &format!("{case_id}/{}", month.format("%Y-%m")),
    )
}
