//! Tasks people add to a case beside the ones its template derives ("call the consulate
//! on Monday"): a title, a day, the role that must act.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::case_tasks as t;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = t, treat_none_as_default_value = false)]
pub struct CaseTask {
    pub id: String,
    pub case_id: String,
    pub title: String,
    pub due_on: NaiveDate,
    /// The role that must act (`promoter_staff`, `company`, `participant`, …).
    pub who: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub done_at: Option<NaiveDateTime>,
    pub done_by: Option<String>,
}

/// Open tasks on one case may not grow without bound.
pub const MAX_OPEN_TASKS: i64 = 50;

/// Adds a task. Audited `case.task.add`.
pub fn add_task(tx: &mut Tx<'_>, task: &CaseTask) -> DbResult<()> {
    let n: i64 = t::table
        .filter(t::case_id.eq(&task.case_id))
        .filter(t::done_at.is_null())
        .count()
        .get_result(tx.conn)?;
    if n >= MAX_OPEN_TASKS {
        return Err(crate::DbError::Conflict(domain::Conflict::TooManyTasks));
    }
    diesel::insert_into(t::table)
        .values(task.clone())
        .execute(tx.conn)?;
    tx.audit("case.task.add", "case", &task.case_id)
}

/// Marks a task of the case done, once. Audited `case.task.done`.
pub fn finish_task(tx: &mut Tx<'_>, case_id: &str, id: &str, by: &str) -> DbResult<()> {
    let n = diesel::update(
        t::table
            .filter(t::case_id.eq(case_id))
            .filter(t::id.eq(id))
            .filter(t::done_at.is_null()),
    )
    .set((t::done_at.eq(Some(tx.now)), t::done_by.eq(Some(by))))
    .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("case.task.done", "case", case_id)
}

/// A case's tasks, open first, by day.
pub fn tasks_of(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<CaseTask>> {
    Ok(t::table
        .filter(t::case_id.eq(case_id))
        .order((t::done_at.is_not_null().asc(), t::due_on.asc()))
        .select(CaseTask::as_select())
        .load(conn)?)
}

/// The open tasks of these cases.
pub fn open_tasks(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<CaseTask>> {
    let mut out = Vec::new();
    // Bounded IN lists: SQLite's default limit on parameters is well above a chunk.
    for chunk in case_ids.chunks(5000) {
        out.extend(
            t::table
                .filter(t::case_id.eq_any(chunk))
                .filter(t::done_at.is_null())
                .select(CaseTask::as_select())
                .load(conn)?,
        );
    }
    Ok(out)
}
