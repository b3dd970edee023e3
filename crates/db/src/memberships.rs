//! Memberships: a user holds a role in an organisation. The policy's [`Actor`] is built here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::permission::{Actor, Membership as PolicyMembership};
use domain::{OrganisationKind, Role};
use serde::Serialize;

use crate::schema::{memberships, organisations, programme_organisations as po, users};
use crate::{DbConn, DbError, DbResult, Tx, error::unique, id::new_id};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = memberships)]
pub struct Membership {
    pub id: String,
    pub user_id: String,
    pub organisation_id: String,
    #[diesel(deserialize_as = String)]
    pub role: Role,
    pub created_at: NaiveDateTime,
}

/// A membership with its organisation's name, for pages.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct MembershipView {
    pub id: String,
    pub user_id: String,
    pub organisation_id: String,
    pub organisation_name: String,
    #[diesel(deserialize_as = String)]
    pub role: Role,
}

pub fn of_user(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<MembershipView>> {
    Ok(memberships::table
        .inner_join(organisations::table)
        .filter(memberships::user_id.eq(user_id))
        .select((
            memberships::id,
            memberships::user_id,
            memberships::organisation_id,
            organisations::name,
            memberships::role,
        ))
        .order(organisations::name.asc())
        .load(conn)?)
}

/// What the policy needs of one membership, with one of its organisation's programmes
/// (none: the organisation is in no programme yet).
#[derive(Queryable)]
struct PolicyRow {
    organisation_id: String,
    #[diesel(deserialize_as = String)]
    kind: OrganisationKind,
    #[diesel(deserialize_as = String)]
    role: Role,
    territory_id: Option<String>,
    programme_id: Option<String>,
}

/// The policy's view of an active user; `None` when the account is disabled or missing.
pub fn load_actor(conn: &mut DbConn, user_id: &str) -> DbResult<Option<Actor>> {
    let disabled: Option<bool> = users::table
        .filter(users::id.eq(user_id))
        .select(users::disabled)
        .first(conn)
        .optional()?;
    if disabled != Some(false) {
        return Ok(None);
    }
    actor_of(conn, user_id).map(Some)
}

/// The policy's view of a user already known to be active (the session's statement
/// checked): every membership with its organisation's programmes, in one statement, since
/// it runs on every signed-in request.
pub fn actor_of(conn: &mut DbConn, user_id: &str) -> DbResult<Actor> {
    // A kind or role this build does not know fails the request (and is logged) rather than
    // being skipped: a membership that silently grants nothing hides the corruption.
    let rows: Vec<PolicyRow> = memberships::table
        .inner_join(organisations::table.left_join(po::table))
        .filter(memberships::user_id.eq(user_id))
        .select((
            memberships::organisation_id,
            organisations::kind,
            memberships::role,
            organisations::territory_id,
            po::programme_id.nullable(),
        ))
        .order((memberships::id.asc(), po::programme_id.asc()))
        .load(conn)?;
    Ok(Actor {
        user_id: user_id.to_owned(),
        memberships: grouped(rows),
    })
}

/// One membership per run of rows of the same membership (the rows come ordered by it).
fn grouped(rows: Vec<PolicyRow>) -> Vec<PolicyMembership> {
    let mut out: Vec<PolicyMembership> = Vec::new();
    for r in rows {
        let same = out
            .last()
            .is_some_and(|m| m.organisation_id == r.organisation_id && m.role == r.role);
        if !same {
            out.push(PolicyMembership {
                organisation_id: r.organisation_id,
                organisation_kind: r.kind,
                role: r.role,
                programme_ids: Vec::new(),
                territory_id: r.territory_id,
            });
        }
        if let (Some(m), Some(p)) = (out.last_mut(), r.programme_id) {
            m.programme_ids.push(p);
        }
    }
    out
}

pub fn add(tx: &mut Tx<'_>, user_id: &str, organisation_id: &str, role: Role) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(memberships::table)
        .values((
            memberships::id.eq(&id),
            memberships::user_id.eq(user_id),
            memberships::organisation_id.eq(organisation_id),
            memberships::role.eq(role.as_str()),
            memberships::created_at.eq(tx.now),
        ))
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::MembershipExists))?;
    tx.audit("membership.create", "membership", &id)?;
    Ok(id)
}

pub fn remove(tx: &mut Tx<'_>, id: &str) -> DbResult<()> {
    let n = diesel::delete(memberships::table.filter(memberships::id.eq(id))).execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("membership.delete", "membership", id)
}

pub fn find(conn: &mut DbConn, id: &str) -> DbResult<Membership> {
    Ok(memberships::table
        .filter(memberships::id.eq(id))
        .select(Membership::as_select())
        .first(conn)?)
}
