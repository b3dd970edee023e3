//! Interview slots of placements: the times a company offers, the one the candidate picks,
//! and a coordinator's reversal of a company's decline.
//!
//! Times are UTC; `time_zone` is the zone the proposer typed them in. The pick is one
//! conditional update of the placement (`interview_slot_id IS NULL`, status `interview`),
//! so of two picks at once one wins and the other is refused (`Conflict::InterviewPicked`).
//! Rules (how many slots, when, overlaps, who may act) are the caller's (`app::interviews`,
//! `domain::interview`); these functions run inside its transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Conflict;
use domain::interview::Slot as NewSlot;
use domain::placement::PlacementStatus;

use crate::matching::Placement;
use crate::schema::{interview_slots as sl, placements as pl, users};
use crate::{DbConn, DbResult, Tx, id::new_id};

/// An offered slot.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = sl)]
pub struct Slot {
    pub id: String,
    pub placement_id: String,
    /// UTC.
    pub starts_at: NaiveDateTime,
    pub minutes: i32,
    /// An address or a video link.
    pub place: String,
    /// The IANA zone the proposer typed the slot in.
    pub time_zone: String,
    pub proposed_by: String,
    pub created_at: NaiveDateTime,
}

impl Slot {
    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at + chrono::Duration::minutes(i64::from(self.minutes))
    }
}

/// The slots offered for a placement, earliest first.
pub fn slots_of(conn: &mut DbConn, placement_id: &str) -> DbResult<Vec<Slot>> {
    Ok(sl::table
        .filter(sl::placement_id.eq(placement_id))
        .select(Slot::as_select())
        .order((sl::starts_at.asc(), sl::id.asc()))
        .load(conn)?)
}

/// Offers `slots` for the placement `p` (as the caller read it, and checked it may be):
/// the slots offered before and not picked are replaced, and a proposed placement moves to
/// `interview` (from the status read: of two answers at once, the first wins).
pub fn offer(
    tx: &mut Tx<'_>,
    p: &Placement,
    slots: &[NewSlot],
    time_zone: &str,
    proposed_by: &str,
) -> DbResult<Vec<String>> {
    let moved = diesel::update(
        pl::table
            .filter(pl::id.eq(&p.id))
            .filter(pl::status.eq(p.status.as_str()))
            .filter(pl::interview_slot_id.is_null()),
    )
    .set((
        pl::status.eq(PlacementStatus::Interview.as_str()),
        pl::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(moved, Conflict::PlacementAnswered)?;
    diesel::delete(sl::table.filter(sl::placement_id.eq(&p.id))).execute(tx.conn)?;
    let mut ids = Vec::with_capacity(slots.len());
    for s in slots {
        let id = new_id();
        diesel::insert_into(sl::table)
            .values((
                sl::id.eq(&id),
                sl::placement_id.eq(&p.id),
                sl::starts_at.eq(s.starts_at),
                sl::minutes.eq(s.minutes),
                sl::place.eq(&s.place),
                sl::time_zone.eq(time_zone),
                sl::proposed_by.eq(proposed_by),
                sl::created_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
        ids.push(id);
    }
    tx.audit("interview.offer", "placement", &p.id)?;
    Ok(ids)
}

/// Books slot `slot_id` (one of `p`'s) as the interview: once per placement, and only while
/// the placement is at the interview stage (a decline meanwhile refuses it).
pub fn pick(tx: &mut Tx<'_>, p: &Placement, slot_id: &str) -> DbResult<()> {
    let changed = diesel::update(
        pl::table
            .filter(pl::id.eq(&p.id))
            .filter(pl::status.eq(PlacementStatus::Interview.as_str()))
            .filter(pl::interview_slot_id.is_null()),
    )
    .set((
        pl::interview_slot_id.eq(Some(slot_id)),
        pl::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, Conflict::InterviewPicked)?;
    tx.audit("interview.pick", "placement", &p.id)
}

/// One slot by id, with no reach: the caller checks the placement it belongs to.
pub fn find_slot(conn: &mut DbConn, slot_id: &str) -> DbResult<Slot> {
    Ok(sl::table
        .filter(sl::id.eq(slot_id))
        .select(Slot::as_select())
        .first(conn)?)
}

/// Reverses a company's decline of `p` (read as declined by the caller): back to
/// `proposed`, with who reversed it, when and why; the slots of before are dropped and the
/// pair is no longer forbidden in later runs.
pub fn reverse_decline(tx: &mut Tx<'_>, p: &Placement, by: &str, reason: &str) -> DbResult<()> {
    let changed = diesel::update(
        pl::table
            .filter(pl::id.eq(&p.id))
            .filter(pl::status.eq(PlacementStatus::Declined.as_str())),
    )
    .set((
        pl::status.eq(PlacementStatus::Proposed.as_str()),
        pl::interview_slot_id.eq(None::<String>),
        pl::reversed_at.eq(Some(tx.now)),
        pl::reversed_by.eq(Some(by)),
        pl::reversal_reason.eq(Some(reason)),
        pl::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, Conflict::PlacementNotDeclined)?;
    diesel::delete(sl::table.filter(sl::placement_id.eq(&p.id))).execute(tx.conn)?;
    crate::matching::set_constraint(tx, &p.call_id, &p.candidate_id, &p.position_id, None)?;
    tx.audit("placement.reverse_decline", "placement", &p.id)
}

/// The placements of one application, newest first (the candidate's own page reads them
/// after finding the application with their own reach).
pub fn placements_of_candidate(conn: &mut DbConn, candidate_id: &str) -> DbResult<Vec<Placement>> {
    Ok(pl::table
        .filter(pl::candidate_id.eq(candidate_id))
        .select(Placement::as_select())
        .order(pl::created_at.desc())
        .load(conn)?)
}

/// The address, language and time zone an account's messages use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub email: String,
    pub display_name: String,
    pub locale: Option<String>,
    pub time_zone: Option<String>,
}

pub fn recipient(conn: &mut DbConn, user_id: &str) -> DbResult<Recipient> {
    let (email, display_name, locale, time_zone) = users::table
        .filter(users::id.eq(user_id))
        .select((
            users::email,
            users::display_name,
            users::locale,
            users::time_zone,
        ))
        .first::<(String, String, Option<String>, Option<String>)>(conn)?;
    Ok(Recipient {
        email,
        display_name,
        locale,
        time_zone,
    })
}

/// The country a person lives by when they chose no time zone: the country of residence on
/// their latest application, else the country of their first organisation.
pub fn home_country(conn: &mut DbConn, user_id: &str) -> DbResult<Option<domain::Country>> {
    use crate::schema::{candidates, memberships, organisations};
    let residence: Option<String> = candidates::table
        .filter(candidates::user_id.eq(user_id))
        .order(candidates::created_at.desc())
        .select(candidates::residence_country)
        .first(conn)
        .optional()?;
    let country = match residence.filter(|c| !c.is_empty()) {
        Some(c) => Some(c),
        None => memberships::table
            .inner_join(organisations::table)
            .filter(memberships::user_id.eq(user_id))
            .order(memberships::created_at.asc())
            .select(organisations::country)
            .first::<String>(conn)
            .optional()?,
    };
    country.map(crate::stored).transpose()
}
