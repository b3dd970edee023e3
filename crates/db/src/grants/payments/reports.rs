//! The grantee's milestone reports: filed (with an optional sealed document), then
//! accepted or sent back with a note by staff. A review moves a report only from
//! `submitted`, so two reviewers cannot both decide it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::conflict::Conflict;
use domain::grant::payment::{Milestone, ReportStatus};

use crate::schema::grant_reports as gr;
use crate::{DbConn, DbError, DbResult, Tx};

/// A report as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = gr)]
pub struct ReportRow {
    pub id: String,
    pub application_id: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub milestone: Milestone,
    pub done: String,
    pub spent_cents: i64,
    pub document_id: Option<String>,
    pub content_type: Option<String>,
    pub size_bytes: Option<i64>,
    pub sha256: Option<String>,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub status: ReportStatus,
    pub review_note: String,
    pub submitted_by: String,
    pub submitted_at: NaiveDateTime,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<NaiveDateTime>,
}

/// Files a report. Audited `grant.report` against the application.
pub fn add(tx: &mut Tx<'_>, row: &ReportRow) -> DbResult<()> {
    diesel::insert_into(gr::table)
        .values(row.clone())
        .execute(tx.conn)?;
    tx.audit("grant.report", "grant_application", &row.application_id)
}

/// The reports of every grant of `application_ids`, each grant's oldest first.
pub fn of_grants(conn: &mut DbConn, application_ids: &[String]) -> DbResult<Vec<ReportRow>> {
    Ok(gr::table
        .filter(gr::application_id.eq_any(application_ids))
        .order((gr::application_id, gr::submitted_at, gr::id))
        .select(ReportRow::as_select())
        .load(conn)?)
}

/// The grant's reports, oldest first.
pub fn of_grant(conn: &mut DbConn, application_id: &str) -> DbResult<Vec<ReportRow>> {
    Ok(gr::table
        .filter(gr::application_id.eq(application_id))
        .order((gr::submitted_at, gr::id))
        .select(ReportRow::as_select())
        .load(conn)?)
}

/// One report of the grant; `NotFound` if it is another grant's.
pub fn find(conn: &mut DbConn, application_id: &str, id: &str) -> DbResult<ReportRow> {
    gr::table
        .filter(gr::application_id.eq(application_id))
        .filter(gr::id.eq(id))
        .select(ReportRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)
}

/// Accepts a submitted report or asks for more (`to`), with the reviewer's note.
/// `Conflict` when it was reviewed meanwhile. Audited `grant.report.<to>`.
pub fn review(
    tx: &mut Tx<'_>,
    application_id: &str,
    id: &str,
    to: ReportStatus,
    note: &str,
    by: &str,
) -> DbResult<()> {
    let n = diesel::update(
        gr::table
            .filter(gr::application_id.eq(application_id))
            .filter(gr::id.eq(id))
            .filter(gr::status.eq(ReportStatus::Submitted.as_str())),
    )
    .set((
        gr::status.eq(to.as_str()),
        gr::review_note.eq(note),
        gr::reviewed_by.eq(Some(by)),
        gr::reviewed_at.eq(Some(tx.now)),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(n, Conflict::GrantApplicationMoved)?;
    tx.audit(
        &format!("grant.report.{to}"),
        "grant_application",
        application_id,
    )
}

/// The reports waiting for review among the grants `application_ids`, oldest first.
pub fn waiting(conn: &mut DbConn, application_ids: &[String]) -> DbResult<Vec<ReportRow>> {
    Ok(gr::table
        .filter(gr::application_id.eq_any(application_ids))
        .filter(gr::status.eq(ReportStatus::Submitted.as_str()))
        .order(gr::submitted_at)
        .select(ReportRow::as_select())
        .load(conn)?)
}
