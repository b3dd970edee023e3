//! Organisations of the partnership: lead partner, agencies, promoters, NGOs, companies…

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::permission::Scope;
use domain::{Country, OrganisationKind};
use serde::Serialize;

use crate::schema::{organisations, programme_organisations as po};
use crate::{DbConn, DbResult, Tx, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    #[diesel(deserialize_as = String)]
    pub kind: OrganisationKind,
    #[diesel(deserialize_as = String)]
    pub country: Country,
    pub territory_id: Option<String>,
    pub city: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The fields of an organisation as entered, already checked.
#[derive(Debug, Clone)]
pub struct OrganisationDraft {
    pub name: String,
    pub kind: OrganisationKind,
    pub country: Country,
    pub territory_id: Option<String>,
    pub city: String,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub kind: Option<OrganisationKind>,
    pub programme_id: Option<String>,
}

pub fn list(conn: &mut DbConn, scope: &Scope, filter: &Filter) -> DbResult<Vec<Organisation>> {
    let mut q = organisations::table
        .select(Organisation::as_select())
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(organisations::id.eq_any(ids));
    }
    if let Some(kind) = filter.kind {
        q = q.filter(organisations::kind.eq(kind.as_str()));
    }
    if let Some(p) = &filter.programme_id {
        let members = po::table
            .filter(po::programme_id.eq(p.clone()))
            .select(po::organisation_id);
        q = q.filter(organisations::id.eq_any(members));
    }
    Ok(
        q.order((organisations::kind.asc(), organisations::name.asc()))
            .load(conn)?,
    )
}

/// One organisation if `scope` reaches it; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Organisation> {
    let mut q = organisations::table
        .filter(organisations::id.eq(id.to_owned()))
        .select(Organisation::as_select())
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(organisations::id.eq_any(ids));
    }
    Ok(q.first(conn)?)
}

pub fn find_by_name_unscoped(conn: &mut DbConn, name: &str) -> DbResult<Option<Organisation>> {
    Ok(organisations::table
        .filter(organisations::name.eq(name))
        .select(Organisation::as_select())
        .first(conn)
        .optional()?)
}

pub fn create(tx: &mut Tx<'_>, draft: &OrganisationDraft) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(organisations::table)
        .values((
            organisations::id.eq(&id),
            organisations::name.eq(&draft.name),
            organisations::kind.eq(draft.kind.as_str()),
            organisations::country.eq(draft.country.as_str()),
            organisations::territory_id.eq(&draft.territory_id),
            organisations::city.eq(&draft.city),
            organisations::created_at.eq(tx.now),
            organisations::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("organisation.create", "organisation", &id)?;
    Ok(id)
}

pub fn update(tx: &mut Tx<'_>, scope: &Scope, id: &str, draft: &OrganisationDraft) -> DbResult<()> {
    find(tx.conn, scope, id)?;
    diesel::update(organisations::table.filter(organisations::id.eq(id)))
        .set((
            organisations::name.eq(&draft.name),
            organisations::kind.eq(draft.kind.as_str()),
            organisations::country.eq(draft.country.as_str()),
            organisations::territory_id.eq(&draft.territory_id),
            organisations::city.eq(&draft.city),
            organisations::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("organisation.update", "organisation", id)
}

/// How many organisations of each kind `scope` reaches.
pub fn count_by_kind(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<(OrganisationKind, i64)>> {
    let mut q = organisations::table
        .group_by(organisations::kind)
        .select((organisations::kind, diesel::dsl::count_star()))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(organisations::id.eq_any(ids));
    }
    let rows: Vec<(String, i64)> = q.load(conn)?;
    rows.into_iter()
        .map(|(kind, n)| Ok((crate::stored(kind)?, n)))
        .collect()
}
