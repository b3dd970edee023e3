//! "I am worried about this mentorship": a concern the mentor raises to the coordinator,
//! open until a coordinator handles it with a note. One open at a time; the mentee never
//! reads them (the use case decides who does).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{mentorship_concerns as mc, mentorships as m};
use crate::{DbConn, DbResult, Tx};

/// A concern as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mc)]
pub struct ConcernRow {
    pub id: String,
    pub mentorship_id: String,
    pub note: String,
    pub raised_by: String,
    pub raised_at: NaiveDateTime,
    pub handled_by: Option<String>,
    pub handled_at: Option<NaiveDateTime>,
    pub handled_note: Option<String>,
}

/// A mentorship's concerns (found in reach by the caller), the latest first.
pub fn of(conn: &mut DbConn, mentorship_id: &str) -> DbResult<Vec<ConcernRow>> {
    Ok(mc::table
        .filter(mc::mentorship_id.eq(mentorship_id))
        .order(mc::raised_at.desc())
        .select(ConcernRow::as_select())
        .load(conn)?)
}

/// Raises a concern. `false` when one is already open (nothing written). Audited
/// `mentorship.concern`.
pub fn raise(tx: &mut Tx<'_>, mentorship_id: &str, note: &str, by: &str) -> DbResult<bool> {
    let inserted = diesel::insert_into(mc::table)
        .values((
            mc::id.eq(crate::id::new_id()),
            mc::mentorship_id.eq(mentorship_id),
            mc::note.eq(note),
            mc::raised_by.eq(by),
            mc::raised_at.eq(tx.now),
        ))
        .execute(tx.conn);
    if matches!(
        inserted,
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _
        ))
    ) {
        return Ok(false);
    }
    inserted?;
    tx.audit("mentorship.concern", "mentorship", mentorship_id)?;
    Ok(true)
}

/// Marks the open concern handled with a note. `false` when none is open (nothing
/// written). Audited `mentorship.concern_handled`.
pub fn handle(tx: &mut Tx<'_>, mentorship_id: &str, note: &str, by: &str) -> DbResult<bool> {
    let n = diesel::update(
        mc::table
            .filter(mc::mentorship_id.eq(mentorship_id))
            .filter(mc::handled_at.is_null()),
    )
    .set((
        mc::handled_by.eq(Some(by)),
        mc::handled_at.eq(Some(tx.now)),
        mc::handled_note.eq(Some(note)),
    ))
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit("mentorship.concern_handled", "mentorship", mentorship_id)?;
    Ok(true)
}

/// The open concerns of the mentorships of `programmes` (`None`: all), each with the
/// mentorship and when it was raised: the coordinator's tasks.
pub fn open(
    conn: &mut DbConn,
    programmes: Option<&[String]>,
) -> DbResult<Vec<(String, NaiveDateTime)>> {
    let mut q = mc::table
        .inner_join(m::table)
        .filter(mc::handled_at.is_null())
        .into_boxed();
    if let Some(ps) = programmes {
        q = q.filter(m::programme_id.eq_any(ps.to_vec()));
    }
    Ok(q.order(mc::raised_at.asc())
        .select((mc::mentorship_id, mc::raised_at))
        .load(conn)?)
}
