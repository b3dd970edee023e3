//! Whose time zone a time is shown in, and how: stored times are UTC, each person reads
//! them in their own zone (`domain::zone`).
//!
//! A person's zone is the one they chose on their account page; without a choice, the zone
//! of the country of residence on their application (candidates), else of their first
//! organisation's country (staff and companies), else UTC.

use chrono::{NaiveDateTime, Timelike};
use domain::zone::Zone;
use i18n::Tr;

/// The zone of the account `user_id` (see the module's doc).
pub fn of_user(conn: &mut db::DbConn, user_id: &str) -> db::DbResult<Zone> {
    if let Some(z) = db::users::time_zone(conn, user_id)?
        .as_deref()
        .and_then(|z| Zone::parse(z).ok())
    {
        return Ok(z);
    }
    Ok(db::interviews::home_country(conn, user_id)?.map_or(Zone::UTC, Zone::of_country))
}

/// The zone of a candidate: their account's when they have one, else their country of
/// residence's.
pub fn of_candidate(
    conn: &mut db::DbConn,
    candidate: &db::candidates::Candidate,
) -> db::DbResult<Zone> {
    match &candidate.user_id {
        Some(u) => of_user(conn, u),
        None => Ok(candidate
            .residence_country
            .map_or(Zone::UTC, Zone::of_country)),
    }
}

/// A UTC instant as a person reads it: long date, 24-hour time, and the zone with its
/// offset on that day (`9 March 2026 10:00 (Africa/Casablanca, UTC+00:00)`).
pub fn when(tr: &Tr, zone: Zone, utc: NaiveDateTime) -> String {
    let local = zone.local(utc);
    format!(
        "{} {:02}:{:02} ({}, UTC{})",
        tr.date(&local.date()),
        local.hour(),
        local.minute(),
        zone.name(),
        zone.offset(utc)
    )
}
