//! Territories of a programme: the cities and regions where partners work.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Country;
use domain::permission::Scope;
use serde::Serialize;

use crate::schema::territories;
use crate::{DbConn, DbResult, Tx, error::unique, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = territories)]
pub struct Territory {
    pub id: String,
    pub programme_id: String,
    pub name: String,
    #[diesel(deserialize_as = String)]
    pub country: Country,
    pub created_at: NaiveDateTime,
}

/// Territories of the programmes `scope` reaches, optionally of one programme; under
/// `Scope::Territories`, those territories only (as [`find`]).
pub fn list(
    conn: &mut DbConn,
    scope: &Scope,
    programme_id: Option<&str>,
) -> DbResult<Vec<Territory>> {
    let mut q = territories::table
        .select(Territory::as_select())
        .into_boxed();
    if let Scope::Territories(ts) = scope {
        q = q.filter(territories::id.eq_any(ts.clone()));
    } else if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(territories::programme_id.eq_any(ids));
    }
    if let Some(p) = programme_id {
        q = q.filter(territories::programme_id.eq(p.to_owned()));
    }
    Ok(
        q.order((territories::country.asc(), territories::name.asc()))
            .load(conn)?,
    )
}

/// One territory if `scope` reaches it; `NotFound` otherwise. Under `Scope::Territories`
/// only those territories themselves are reached (a business association works in its city,
/// not in every city of its programme); under any other scope, the territories of the
/// programmes it reaches.
pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Territory> {
    let mut q = territories::table
        .filter(territories::id.eq(id.to_owned()))
        .select(Territory::as_select())
        .into_boxed();
    if let Scope::Territories(ts) = scope {
        q = q.filter(territories::id.eq_any(ts.clone()));
    } else if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(territories::programme_id.eq_any(ids));
    }
    Ok(q.first(conn)?)
}

pub fn find_by_name_unscoped(
    conn: &mut DbConn,
    programme_id: &str,
    name: &str,
) -> DbResult<Option<Territory>> {
    Ok(territories::table
        .filter(territories::programme_id.eq(programme_id))
        .filter(territories::name.eq(name))
        .select(Territory::as_select())
        .first(conn)
        .optional()?)
}

pub fn create(
    tx: &mut Tx<'_>,
    programme_id: &str,
    name: &str,
    country: Country,
) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(territories::table)
        .values((
            territories::id.eq(&id),
            territories::programme_id.eq(programme_id),
            territories::name.eq(name),
            territories::country.eq(country.as_str()),
            territories::created_at.eq(tx.now),
        ))
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::TerritoryTaken))?;
    tx.audit("territory.create", "territory", &id)?;
    Ok(id)
}
