//! Incidents of a traineeship, each owned by an account and followed to closure.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Conflict;
use domain::traineeship::incident::{Severity, Status};

use crate::schema::{traineeship_incidents as i, users};
use crate::{DbConn, DbError, DbResult, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    pub id: String,
    pub case_id: String,
    pub severity: Severity,
    pub title: String,
    pub description: String,
    pub owner_id: String,
    pub owner_name: String,
    pub status: Status,
    pub closing_note: String,
    pub opened_at: NaiveDateTime,
    pub closed_at: Option<NaiveDateTime>,
}

type Raw = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

fn parse(x: Raw) -> DbResult<Incident> {
    let bad = |what: &str| DbError::Migration(format!("unknown incident {what}"));
    Ok(Incident {
        id: x.0,
        case_id: x.1,
        severity: Severity::parse(&x.2).ok_or_else(|| bad("severity"))?,
        title: x.3,
        description: x.4,
        owner_id: x.5,
        owner_name: x.6,
        status: Status::parse(&x.7).ok_or_else(|| bad("status"))?,
        closing_note: x.8,
        opened_at: x.9,
        closed_at: x.10,
    })
}

/// A case's incidents, the newest first.
pub fn incidents(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Incident>> {
    let rows: Vec<Raw> = i::table
        .inner_join(users::table.on(users::id.eq(i::owner_id)))
        .filter(i::case_id.eq(case_id))
        .order((i::opened_at.desc(), i::id.asc()))
        .select((
            i::id,
            i::case_id,
            i::severity,
            i::title,
            i::description,
            i::owner_id,
            users::display_name,
            i::status,
            i::closing_note,
            i::opened_at,
            i::closed_at,
        ))
        .load(conn)?;
    rows.into_iter().map(parse).collect()
}

/// What opening an incident records.
#[derive(Debug, Clone)]
pub struct NewIncident<'a> {
    pub case_id: &'a str,
    pub severity: Severity,
    pub title: &'a str,
    pub description: &'a str,
    pub owner_id: &'a str,
    pub opened_by: &'a str,
}

/// Opens an incident. Audited `traineeship.incident.open`.
pub fn open_incident(tx: &mut Tx<'_>, n: &NewIncident<'_>) -> DbResult<String> {
    let id = crate::id::new_id();
    diesel::insert_into(i::table)
        .values((
            i::id.eq(&id),
            i::case_id.eq(n.case_id),
            i::severity.eq(n.severity.as_str()),
            i::title.eq(n.title),
            i::description.eq(n.description),
            i::owner_id.eq(n.owner_id),
            i::status.eq(Status::Open.as_str()),
            i::closing_note.eq(""),
            i::opened_by.eq(n.opened_by),
            i::opened_at.eq(tx.now),
            i::updated_at.eq(tx.now),
            i::closed_at.eq(None::<NaiveDateTime>),
        ))
        .execute(tx.conn)?;
    tx.audit("traineeship.incident.open", "traineeship_incident", &id)?;
    Ok(id)
}

/// Moves an incident from `from` to `to` (with the closing note when it closes),
/// conditionally on it still being `from`: `Conflict::IncidentClosed` otherwise. Audited
/// `traineeship.incident.update`.
pub fn move_incident(
    tx: &mut Tx<'_>,
    case_id: &str,
    id: &str,
    from: Status,
    to: Status,
    note: &str,
) -> DbResult<()> {
    let closed_at = (to == Status::Closed).then_some(tx.now);
    let n = diesel::update(
        i::table
            .filter(i::id.eq(id))
            .filter(i::case_id.eq(case_id))
            .filter(i::status.eq(from.as_str())),
    )
    .set((
        i::status.eq(to.as_str()),
        i::closing_note.eq(note),
        i::updated_at.eq(tx.now),
        i::closed_at.eq(closed_at),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(n, Conflict::IncidentClosed)?;
    tx.audit("traineeship.incident.update", "traineeship_incident", id)
}

/// The incidents `owner_id` owns that are not closed, per case (for their tasks).
pub fn owned_open(conn: &mut DbConn, owner_id: &str) -> DbResult<Vec<(String, String)>> {
    Ok(i::table
        .filter(i::owner_id.eq(owner_id))
        .filter(i::status.ne(Status::Closed.as_str()))
        .select((i::id, i::case_id))
        .order(i::opened_at.asc())
        .load(conn)?)
}
