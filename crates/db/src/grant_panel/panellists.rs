//! The panellists of a call: partner staff of the call's programme, appointed by the
//! coordinator, each shown with their organisation and its country.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Role;

use crate::grants::MAX_LIST;
use crate::schema::{
    grant_panellists as gp, grant_reviews as rv, memberships as m, organisations as o,
    programme_organisations as po, users as u,
};
use crate::{DbConn, DbResult, Tx};

/// A person as the panel pages name them: their organisation and its country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: String,
    pub display_name: String,
    pub organisation: String,
    /// ISO country of the organisation (`IT`, `TN`, `MA`): the panel's two shores.
    pub country: String,
    pub role: Role,
}

/// One appointed panellist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panellist {
    pub member: Member,
    pub appointed_at: NaiveDateTime,
}

/// The active people of `programme_id`'s organisations, one line per membership, by name
/// (the caller keeps the roles that may score).
pub fn members(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<Member>> {
    let rows: Vec<(String, String, String, String, String)> = m::table
        .inner_join(u::table)
        .inner_join(o::table)
        .filter(
            m::organisation_id.eq_any(
                po::table
                    .filter(po::programme_id.eq(programme_id))
                    .select(po::organisation_id),
            ),
        )
        .filter(u::disabled.eq(false))
        .order((u::display_name, o::name))
        .limit(MAX_LIST)
        .select((u::id, u::display_name, o::name, o::country, m::role))
        .load(conn)?;
    rows.into_iter()
        .map(|(user_id, display_name, organisation, country, role)| {
            Ok(Member {
                user_id,
                display_name,
                organisation,
                country,
                role: crate::stored(role)?,
            })
        })
        .collect()
}

/// The call's panel, by name, each with their organisation (the first by name, when they
/// belong to several).
pub fn list(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Panellist>> {
    let rows: Vec<(String, String, NaiveDateTime)> = gp::table
        .inner_join(u::table)
        .filter(gp::call_id.eq(call_id))
        .order((u::display_name, u::id))
        .limit(MAX_LIST)
        .select((u::id, u::display_name, gp::appointed_at))
        .load(conn)?;
    rows.into_iter()
        .map(|(user_id, display_name, appointed_at)| {
            let first: Option<(String, String, String)> = m::table
                .inner_join(o::table)
                .filter(m::user_id.eq(&user_id))
                .order((o::name, m::id))
                .select((o::name, o::country, m::role))
                .first(conn)
                .optional()?;
            let (organisation, country, role) = first.unwrap_or_default();
            Ok(Panellist {
                member: Member {
                    user_id,
                    display_name,
                    organisation,
                    country,
                    role: crate::stored(role)?,
                },
                appointed_at,
            })
        })
        .collect()
}

/// Whether `user_id` sits on the call's panel.
pub fn sits(conn: &mut DbConn, call_id: &str, user_id: &str) -> DbResult<bool> {
    Ok(gp::table
        .filter(gp::call_id.eq(call_id))
        .filter(gp::user_id.eq(user_id))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// The calls on whose panel `user_id` sits.
pub fn calls_of(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<String>> {
    Ok(gp::table
        .filter(gp::user_id.eq(user_id))
        .order(gp::call_id)
        .limit(MAX_LIST)
        .select(gp::call_id)
        .load(conn)?)
}

/// Appoints a panellist. `false` when they sit already (nothing written). Audited
/// `grant_panel.appoint` against the call.
pub fn appoint(tx: &mut Tx<'_>, call_id: &str, user_id: &str, by: &str) -> DbResult<bool> {
    if sits(tx.conn, call_id, user_id)? {
        return Ok(false);
    }
    diesel::insert_into(gp::table)
        .values((
            gp::call_id.eq(call_id),
            gp::user_id.eq(user_id),
            gp::appointed_by.eq(by),
            gp::appointed_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("grant_panel.appoint", "grant_call", call_id)?;
    Ok(true)
}

/// Whether the panellist submitted any score on the call.
pub fn has_scored(conn: &mut DbConn, call_id: &str, user_id: &str) -> DbResult<bool> {
    Ok(rv::table
        .filter(rv::call_id.eq(call_id))
        .filter(rv::user_id.eq(user_id))
        .filter(rv::submitted_at.is_not_null())
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// Takes a panellist off the panel (the caller checked they have not scored): their
/// unsubmitted drafts go with them, their declared conflicts stay on record. `false` when
/// they did not sit. Audited `grant_panel.remove` against the call.
pub fn remove(tx: &mut Tx<'_>, call_id: &str, user_id: &str) -> DbResult<bool> {
    let n = diesel::delete(
        gp::table
            .filter(gp::call_id.eq(call_id))
            .filter(gp::user_id.eq(user_id)),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    let drafts: Vec<String> = rv::table
        .filter(rv::call_id.eq(call_id))
        .filter(rv::user_id.eq(user_id))
        .filter(rv::conflict.eq(false))
        .filter(rv::submitted_at.is_null())
        .select(rv::application_id)
        .load(tx.conn)?;
    super::reviews::delete_drafts(tx, &drafts, user_id)?;
    tx.audit("grant_panel.remove", "grant_call", call_id)?;
    Ok(true)
}
