//! A mentorship's log of sessions: when, how, about what, and the mentor's notes (which
//! only the mentor's organisation and the coordinator read: the use case leaves them out
//! for others). Logged, never edited.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::mentorship::SessionMode;
use domain::mentorship::form::Session;

use crate::schema::mentorship_sessions as ms;
use crate::{DbConn, DbResult, Tx};

/// A session as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ms)]
pub struct SessionRow {
    pub id: String,
    pub mentorship_id: String,
    pub held_on: NaiveDate,
    #[diesel(deserialize_as = String)]
    pub mode: SessionMode,
    pub topics: String,
    pub notes: String,
    pub logged_by: String,
    pub logged_at: NaiveDateTime,
}

/// A mentorship's sessions (found in reach by the caller), the latest first.
pub fn of(conn: &mut DbConn, mentorship_id: &str) -> DbResult<Vec<SessionRow>> {
    Ok(ms::table
        .filter(ms::mentorship_id.eq(mentorship_id))
        .order((ms::held_on.desc(), ms::logged_at.desc()))
        .select(SessionRow::as_select())
        .load(conn)?)
}

/// Logs a session. Audited `mentorship.session` against the mentorship.
pub fn log(tx: &mut Tx<'_>, mentorship_id: &str, s: &Session, by: &str) -> DbResult<String> {
    let id = crate::id::new_id();
    diesel::insert_into(ms::table)
        .values((
            ms::id.eq(&id),
            ms::mentorship_id.eq(mentorship_id),
            ms::held_on.eq(s.held_on),
            ms::mode.eq(s.mode.as_str()),
            ms::topics.eq(&s.topics),
            ms::notes.eq(&s.notes),
            ms::logged_by.eq(by),
            ms::logged_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("mentorship.session", "mentorship", mentorship_id)?;
    Ok(id)
}

/// The day of the latest session of each of `ids` (`None` for one with none).
pub fn last_held(conn: &mut DbConn, ids: &[&String]) -> DbResult<Vec<(String, Option<NaiveDate>)>> {
    let rows: Vec<(String, Option<NaiveDate>)> = ms::table
        .filter(ms::mentorship_id.eq_any(ids))
        .group_by(ms::mentorship_id)
        .select((ms::mentorship_id, diesel::dsl::max(ms::held_on)))
        .load(conn)?;
    Ok(ids
        .iter()
        .map(|id| {
            let d = rows.iter().find(|r| &r.0 == *id).and_then(|r| r.1);
            ((*id).clone(), d)
        })
        .collect())
}
