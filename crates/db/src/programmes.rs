//! Programmes (schemes such as MENTOR II) and the organisations taking part in them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::permission::Scope;
use domain::programme::ProgrammeDraft;
use serde::Serialize;

use crate::schema::{programme_organisations as po, programmes};
use crate::{DbConn, DbResult, Tx, error::unique, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programmes)]
pub struct Programme {
    pub id: String,
    pub name: String,
    pub slug: String,
    /// Comma-separated ISO country codes, e.g. `IT,MA,TN`.
    pub countries: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub budget_cents: i64,
    pub currency: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Programme {
    pub fn country_list(&self) -> Vec<&str> {
        self.countries
            .split(',')
            .filter(|c| !c.is_empty())
            .collect()
    }
}

pub fn list(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<Programme>> {
    let mut q = programmes::table
        .select(Programme::as_select())
        .into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(programmes::id.eq_any(ids));
    }
    Ok(q.order(programmes::starts_on.desc()).load(conn)?)
}

/// One programme, if it exists and `scope` reaches it; otherwise `NotFound`, so that an
/// out-of-scope record is indistinguishable from a missing one.
pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Programme> {
    let mut q = programmes::table
        .filter(programmes::id.eq(id))
        .select(Programme::as_select())
        .into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(programmes::id.eq_any(ids));
    }
    Ok(q.first(conn)?)
}

/// By slug, without scope: for seeding and the command line only.
pub fn find_by_slug_unscoped(conn: &mut DbConn, slug: &str) -> DbResult<Option<Programme>> {
    Ok(programmes::table
        .filter(programmes::slug.eq(slug))
        .select(Programme::as_select())
        .first(conn)
        .optional()?)
}

pub fn create(tx: &mut Tx<'_>, draft: &ProgrammeDraft) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(programmes::table)
        .values((
            programmes::id.eq(&id),
            programmes::name.eq(&draft.name),
            programmes::slug.eq(draft.slug.as_str()),
            programmes::countries.eq(countries_text(draft)),
            programmes::starts_on.eq(draft.starts_on),
            programmes::ends_on.eq(draft.ends_on),
            programmes::budget_cents.eq(draft.budget_cents),
            programmes::currency.eq(&draft.currency),
            programmes::created_at.eq(tx.now),
            programmes::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::SlugTaken))?;
    tx.audit("programme.create", "programme", &id)?;
    Ok(id)
}

pub fn update(tx: &mut Tx<'_>, scope: &Scope, id: &str, draft: &ProgrammeDraft) -> DbResult<()> {
    find(tx.conn, scope, id)?;
    diesel::update(programmes::table.filter(programmes::id.eq(id)))
        .set((
            programmes::name.eq(&draft.name),
            programmes::slug.eq(draft.slug.as_str()),
            programmes::countries.eq(countries_text(draft)),
            programmes::starts_on.eq(draft.starts_on),
            programmes::ends_on.eq(draft.ends_on),
            programmes::budget_cents.eq(draft.budget_cents),
            programmes::currency.eq(&draft.currency),
            programmes::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::SlugTaken))?;
    tx.audit("programme.update", "programme", id)
}

fn countries_text(draft: &ProgrammeDraft) -> String {
    draft
        .countries
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// Makes an organisation a partner of a programme (idempotent).
pub fn add_organisation(
    tx: &mut Tx<'_>,
    programme_id: &str,
    organisation_id: &str,
) -> DbResult<()> {
    let exists: i64 = po::table
        .filter(po::programme_id.eq(programme_id))
        .filter(po::organisation_id.eq(organisation_id))
        .count()
        .get_result(tx.conn)?;
    if exists == 0 {
        diesel::insert_into(po::table)
            .values((
                po::programme_id.eq(programme_id),
                po::organisation_id.eq(organisation_id),
            ))
            .execute(tx.conn)?;
        tx.audit("programme.add_organisation", "programme", programme_id)?;
    }
    Ok(())
}

/// Programme ids an organisation takes part in.
pub fn ids_of_organisation(conn: &mut DbConn, organisation_id: &str) -> DbResult<Vec<String>> {
    Ok(po::table
        .filter(po::organisation_id.eq(organisation_id))
        .select(po::programme_id)
        .load(conn)?)
}
