//! The values of manual indicators, one per indicator and period, and their evidence
//! files (sealed in the document store under the evidence row's id, durable before the
//! row commits).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{
    results_evidence as re, results_indicators as ri, results_manual_values as mv,
};
use crate::{DbConn, DbError, DbResult, Tx};

/// A manual value as stored (raw, in its indicator's unit step).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = mv)]
pub struct ValueRow {
    pub indicator_id: String,
    pub period_id: String,
    pub raw: i64,
    pub note: String,
    pub entered_by: String,
    pub entered_at: NaiveDateTime,
}

/// An evidence file as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = re)]
pub struct EvidenceRow {
    pub id: String,
    pub indicator_id: String,
    pub period_id: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: NaiveDateTime,
}

/// The manual values of the programme's indicators.
pub fn values(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<ValueRow>> {
    let ids = ri::table
        .filter(ri::programme_id.eq(programme_id))
        .select(ri::id);
    Ok(mv::table
        .filter(mv::indicator_id.eq_any(ids))
        .select(ValueRow::as_select())
        .load(conn)?)
}

/// Sets an indicator's value for a period (replacing the one entered before). The caller
/// checked the indicator is manual and the period open. Audited `results.value.set`.
pub fn set(
    tx: &mut Tx<'_>,
    indicator_id: &str,
    period_id: &str,
    raw: i64,
    note: &str,
    by: &str,
) -> DbResult<()> {
    diesel::delete(
        mv::table
            .filter(mv::indicator_id.eq(indicator_id))
            .filter(mv::period_id.eq(period_id)),
    )
    .execute(tx.conn)?;
    diesel::insert_into(mv::table)
        .values((
            mv::indicator_id.eq(indicator_id),
            mv::period_id.eq(period_id),
            mv::raw.eq(raw),
            mv::note.eq(note),
            mv::entered_by.eq(by),
            mv::entered_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("results.value.set", "results_indicator", indicator_id)
}

/// Records an evidence file whose sealed bytes are already durable. Audited
/// `results.evidence.add`.
pub fn add_evidence(tx: &mut Tx<'_>, row: &EvidenceRow) -> DbResult<()> {
    diesel::insert_into(re::table)
        .values(row.clone())
        .execute(tx.conn)?;
    tx.audit(
        "results.evidence.add",
        "results_indicator",
        &row.indicator_id,
    )
}

/// An indicator's evidence files, oldest first.
pub fn evidence(conn: &mut DbConn, indicator_id: &str) -> DbResult<Vec<EvidenceRow>> {
    Ok(re::table
        .filter(re::indicator_id.eq(indicator_id))
        .order((re::uploaded_at, re::id))
        .select(EvidenceRow::as_select())
        .load(conn)?)
}

/// One evidence file of the indicator; `NotFound` when it is another's.
pub fn find_evidence(conn: &mut DbConn, indicator_id: &str, id: &str) -> DbResult<EvidenceRow> {
    re::table
        .filter(re::indicator_id.eq(indicator_id))
        .filter(re::id.eq(id))
        .select(EvidenceRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)
}
