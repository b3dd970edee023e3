//! A course's sessions and the attendance taken at each.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::course::Mark;

use crate::schema::{course_attendance as a, course_enrolments as e, course_sessions as s};
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = s, treat_none_as_default_value = false)]
pub struct Session {
    pub id: String,
    pub course_id: String,
    pub held_on: NaiveDate,
    /// The start time, `HH:MM` (Italian time, where the course is held or streamed from).
    pub starts_at: String,
    pub topic: String,
    /// The room's address, or the online meeting's name.
    pub place: String,
    pub online: bool,
    pub created_at: NaiveDateTime,
}

/// One participant's mark at one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub session_id: String,
    pub enrolment_id: String,
    pub mark: Mark,
}

/// The most sessions a course holds (a pre-departure course is weeks, not years).
pub const MAX_SESSIONS: i64 = 400;

/// Adds a session. Audited `course.session.add`.
pub fn add_session(tx: &mut Tx<'_>, session: &Session) -> DbResult<()> {
    diesel::insert_into(s::table)
        .values(session.clone())
        .execute(tx.conn)?;
    tx.audit("course.session.add", "course", &session.course_id)
}

/// How many sessions the course has already.
pub fn session_count(conn: &mut DbConn, course_id: &str) -> DbResult<i64> {
    Ok(s::table
        .filter(s::course_id.eq(course_id))
        .count()
        .get_result(conn)?)
}

/// A course's sessions, by date and time.
pub fn sessions(conn: &mut DbConn, course_id: &str) -> DbResult<Vec<Session>> {
    Ok(s::table
        .filter(s::course_id.eq(course_id))
        .order((s::held_on, s::starts_at, s::id))
        .select(Session::as_select())
        .load(conn)?)
}

/// Every mark taken in the course.
pub fn marks(conn: &mut DbConn, course_id: &str) -> DbResult<Vec<Marked>> {
    let rows: Vec<(String, String, String)> = a::table
        .inner_join(s::table)
        .filter(s::course_id.eq(course_id))
        .select((a::session_id, a::enrolment_id, a::mark))
        .load(conn)?;
    rows.into_iter()
        .map(|(session_id, enrolment_id, mark)| {
            Ok(Marked {
                session_id,
                enrolment_id,
                mark: parse_mark(mark)?,
            })
        })
        .collect()
}

pub(crate) fn parse_mark(mark: String) -> DbResult<Mark> {
    Mark::try_from(mark).map_err(|u| crate::DbError::Migration(u.to_string()))
}

/// Sets the marks of one session (a mark given again replaces the one before). Audited
/// `course.attendance` once per session.
pub fn set_marks(
    tx: &mut Tx<'_>,
    course_id: &str,
    session_id: &str,
    marks: &[(String, Mark)],
    by: &str,
) -> DbResult<()> {
    for (enrolment_id, mark) in marks {
        diesel::delete(
            a::table
                .filter(a::session_id.eq(session_id))
                .filter(a::enrolment_id.eq(enrolment_id)),
        )
        .execute(tx.conn)?;
        diesel::insert_into(a::table)
            .values((
                a::session_id.eq(session_id),
                a::enrolment_id.eq(enrolment_id),
                a::mark.eq(mark.as_str()),
                a::recorded_by.eq(by),
                a::recorded_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
    }
    tx.audit("course.attendance", "course", course_id)
}

/// Sessions of the courses `course_ids` held on or before `today` where someone enrolled
/// still has no mark: (course id, session id, held on).
pub fn unmarked(
    conn: &mut DbConn,
    course_ids: &[String],
    today: NaiveDate,
) -> DbResult<Vec<(String, String, NaiveDate)>> {
    let held: Vec<(String, String, NaiveDate)> = s::table
        .filter(s::course_id.eq_any(course_ids))
        .filter(s::held_on.le(today))
        .select((s::course_id, s::id, s::held_on))
        .order((s::held_on, s::id))
        .load(conn)?;
    let mut out = Vec::new();
    for (course_id, session_id, on) in held {
        let enrolled: i64 = e::table
            .filter(e::course_id.eq(&course_id))
            .count()
            .get_result(conn)?;
        let marked: i64 = a::table
            .filter(a::session_id.eq(&session_id))
            .count()
            .get_result(conn)?;
        if marked < enrolled {
            out.push((course_id, session_id, on));
        }
    }
    Ok(out)
}
