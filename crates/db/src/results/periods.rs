//! Reporting periods, their narrative, and the figures frozen when their report is
//! submitted: one snapshot per indicator (subject = its id) and per registry rule
//! (subject = `rule:<code>`), written in the same transaction as the submission, which
//! happens once (a conditional update: the loser gets `PeriodSubmitted`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Conflict;
use domain::results::Figure;
use domain::results::editing::NewPeriod;

use super::corrupt;
use crate::schema::{results_periods as rp, results_snapshots as rs};
use crate::{DbConn, DbError, DbResult, Tx};

/// The subject of a registry rule's frozen figure.
pub fn rule_subject(code: &str) -> String {
    format!("rule:{code}")
}

/// A reporting period as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = rp)]
pub struct PeriodRow {
    pub id: String,
    pub programme_id: String,
    pub label: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// JSON `[[heading, text], …]`: read with [`PeriodRow::narrative`].
    pub narrative: String,
    pub submitted_at: Option<NaiveDateTime>,
    pub submitted_by: Option<String>,
}

impl PeriodRow {
    /// The narrative's sections (heading, text).
    pub fn narrative(&self) -> DbResult<Vec<(String, String)>> {
        serde_json::from_str(&self.narrative).map_err(corrupt)
    }
}

/// The programme's periods, the earliest first.
pub fn list(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<PeriodRow>> {
    Ok(rp::table
        .filter(rp::programme_id.eq(programme_id))
        .order((rp::starts_on, rp::id))
        .select(PeriodRow::as_select())
        .load(conn)?)
}

/// One period of the programme; `NotFound` when it is another's.
pub fn find(conn: &mut DbConn, programme_id: &str, id: &str) -> DbResult<PeriodRow> {
    rp::table
        .filter(rp::programme_id.eq(programme_id))
        .filter(rp::id.eq(id))
        .select(PeriodRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)
}

/// Opens a period. Audited `results.period.create`.
pub fn create(tx: &mut Tx<'_>, programme_id: &str, p: &NewPeriod) -> DbResult<String> {
    let id = crate::id::new_id();
    diesel::insert_into(rp::table)
        .values((
            rp::id.eq(&id),
            rp::programme_id.eq(programme_id),
            rp::label.eq(&p.label),
            rp::starts_on.eq(p.starts_on),
            rp::ends_on.eq(p.ends_on),
            rp::narrative.eq("[]"),
        ))
        .execute(tx.conn)?;
    tx.audit("results.period.create", "results_period", &id)?;
    Ok(id)
}

/// Replaces an open period's narrative; `PeriodSubmitted` once submitted. Audited
/// `results.period.narrative`.
pub fn set_narrative(
    tx: &mut Tx<'_>,
    programme_id: &str,
    id: &str,
    sections: &[(String, String)],
) -> DbResult<()> {
    find(tx.conn, programme_id, id)?;
    let json = serde_json::to_string(sections).map_err(corrupt)?;
    let n = diesel::update(
        rp::table
            .filter(rp::id.eq(id))
            .filter(rp::submitted_at.is_null()),
    )
    .set(rp::narrative.eq(json))
    .execute(tx.conn)?;
    crate::locks::expect_one(n, Conflict::PeriodSubmitted)?;
    tx.audit("results.period.narrative", "results_period", id)
}

/// Submits an open period, freezing `figures` (subject, figure) with it; `PeriodSubmitted`
/// when it already was. Audited `results.period.submit`.
pub fn submit(
    tx: &mut Tx<'_>,
    programme_id: &str,
    id: &str,
    by: &str,
    figures: &[(String, Figure)],
) -> DbResult<()> {
    find(tx.conn, programme_id, id)?;
    let n = diesel::update(
        rp::table
            .filter(rp::id.eq(id))
            .filter(rp::submitted_at.is_null()),
    )
    .set((rp::submitted_at.eq(tx.now), rp::submitted_by.eq(by)))
    .execute(tx.conn)?;
    crate::locks::expect_one(n, Conflict::PeriodSubmitted)?;
    for (subject, figure) in figures {
        let json = serde_json::to_string(figure).map_err(corrupt)?;
        diesel::insert_into(rs::table)
            .values((
                rs::period_id.eq(id),
                rs::subject.eq(subject),
                rs::figure.eq(json),
            ))
            .execute(tx.conn)?;
    }
    tx.audit("results.period.submit", "results_period", id)
}

/// The frozen figures of the programme's submitted periods: (period id, subject, figure).
pub fn snapshots(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<(String, String, Figure)>> {
    let ids = rp::table
        .filter(rp::programme_id.eq(programme_id))
        .select(rp::id);
    let rows: Vec<(String, String, String)> = rs::table
        .filter(rs::period_id.eq_any(ids))
        .select((rs::period_id, rs::subject, rs::figure))
        .load(conn)?;
    rows.into_iter()
        .map(|(p, s, f)| Ok((p, s, serde_json::from_str(&f).map_err(corrupt)?)))
        .collect()
}
