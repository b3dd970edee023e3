//! Monthly reports: one per case, month and author's duty.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Conflict;
use domain::duty::Duty;

use crate::schema::traineeship_reports as r;
use crate::{DbConn, DbError, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = r)]
struct Row {
    id: String,
    case_id: String,
    month: NaiveDate,
    duty: String,
    author_id: String,
    days_attended: i64,
    days_scheduled: Option<i64>,
    progress: String,
    issues: String,
    submitted_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: String,
    pub case_id: String,
    pub month: NaiveDate,
    pub duty: Duty,
    pub author_id: String,
    pub days_attended: i64,
    pub days_scheduled: Option<i64>,
    pub progress: String,
    pub issues: String,
    pub submitted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl TryFrom<Row> for Report {
    type Error = DbError;
    fn try_from(x: Row) -> DbResult<Report> {
        let duty = Duty::parse(&x.duty)
            .ok_or_else(|| DbError::Migration(format!("unknown duty {}", x.duty)))?;
        Ok(Report {
            id: x.id,
            case_id: x.case_id,
            month: x.month,
            duty,
            author_id: x.author_id,
            days_attended: x.days_attended,
            days_scheduled: x.days_scheduled,
            progress: x.progress,
            issues: x.issues,
            submitted_at: x.submitted_at,
            created_at: x.created_at,
            updated_at: x.updated_at,
        })
    }
}

fn parse(rows: Vec<Row>) -> DbResult<Vec<Report>> {
    rows.into_iter().map(Report::try_from).collect()
}

/// Every report of a case, by month then duty (the caller shows each reader what is theirs
/// to see).
pub fn reports(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Report>> {
    let rows: Vec<Row> = r::table
        .filter(r::case_id.eq(case_id))
        .order((r::month.asc(), r::duty.asc()))
        .select(Row::as_select())
        .load(conn)?;
    parse(rows)
}

/// The report of a case for a month by a duty, if one exists.
pub fn report(
    conn: &mut DbConn,
    case_id: &str,
    month: NaiveDate,
    duty: Duty,
) -> DbResult<Option<Report>> {
    let row: Option<Row> = r::table
        .filter(r::case_id.eq(case_id))
        .filter(r::month.eq(month))
        .filter(r::duty.eq(duty.as_str()))
        .select(Row::as_select())
        .first(conn)
        .optional()?;
    row.map(Report::try_from).transpose()
}

/// What an author writes.
#[derive(Debug, Clone)]
pub struct ReportWrite<'a> {
    pub case_id: &'a str,
    pub month: NaiveDate,
    pub duty: Duty,
    pub author_id: &'a str,
    pub days_attended: i64,
    pub days_scheduled: Option<i64>,
    pub progress: &'a str,
    pub issues: &'a str,
    pub submit: bool,
}

/// Saves a draft (creating it the first time), submitting it when asked. A submitted
/// report is never changed: the update is conditional on it being a draft, and the loser
/// gets `Conflict::ReportSubmitted`. Audited `traineeship.report.save` or `.submit`.
pub fn save_report(tx: &mut Tx<'_>, w: &ReportWrite<'_>) -> DbResult<String> {
    let submitted_at = w.submit.then_some(tx.now);
    let existing = report(tx.conn, w.case_id, w.month, w.duty)?;
    let id = match existing {
        Some(old) => {
            if old.submitted_at.is_some() || old.author_id != w.author_id {
                return Err(DbError::Conflict(Conflict::ReportSubmitted));
            }
            let n = diesel::update(
                r::table
                    .filter(r::id.eq(&old.id))
                    .filter(r::submitted_at.is_null()),
            )
            .set((
                r::days_attended.eq(w.days_attended),
                r::days_scheduled.eq(w.days_scheduled),
                r::progress.eq(w.progress),
                r::issues.eq(w.issues),
                r::submitted_at.eq(submitted_at),
                r::updated_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
            crate::locks::expect_one(n, Conflict::ReportSubmitted)?;
            old.id
        }
        None => {
            let id = crate::id::new_id();
            diesel::insert_into(r::table)
                .values((
                    r::id.eq(&id),
                    r::case_id.eq(w.case_id),
                    r::month.eq(w.month),
                    r::duty.eq(w.duty.as_str()),
                    r::author_id.eq(w.author_id),
                    r::days_attended.eq(w.days_attended),
                    r::days_scheduled.eq(w.days_scheduled),
                    r::progress.eq(w.progress),
                    r::issues.eq(w.issues),
                    r::submitted_at.eq(submitted_at),
                    r::created_at.eq(tx.now),
                    r::updated_at.eq(tx.now),
                ))
                .execute(tx.conn)
                .map_err(crate::error::unique(Conflict::ReportSubmitted))?;
            id
        }
    };
    let action = if w.submit {
        "traineeship.report.submit"
    } else {
        "traineeship.report.save"
    };
    tx.audit(action, "traineeship_report", &id)?;
    Ok(id)
}

/// The months of the cases in `case_ids` for which `author_id` has submitted their report
/// under `duty` (for the tasks of reports due).
pub fn submitted_months(
    conn: &mut DbConn,
    author_id: &str,
    case_ids: &[String],
) -> DbResult<Vec<(String, NaiveDate, Duty)>> {
    let rows: Vec<(String, NaiveDate, String)> = r::table
        .filter(r::case_id.eq_any(case_ids))
        .filter(r::author_id.eq(author_id))
        .filter(r::submitted_at.is_not_null())
        .select((r::case_id, r::month, r::duty))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(c, m, d)| Some((c, m, Duty::parse(&d)?)))
        .collect())
}

/// Months of the cases in `case_ids` whose company tutor's report is submitted (what a
/// promoter may approve), with the report's figures.
pub fn registers(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<(String, NaiveDate)>> {
    Ok(r::table
        .filter(r::case_id.eq_any(case_ids))
        .filter(r::duty.eq(Duty::CompanyTutor.as_str()))
        .filter(r::submitted_at.is_not_null())
        .select((r::case_id, r::month))
        .load(conn)?)
}
