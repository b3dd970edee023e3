//! Open calls for candidates. A call's text and rules are public (they are published to
//! receive applications), so the public pages read them without a scope; staff lists and
//! changes are scoped to the programmes the actor reaches.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::call::CallDraft;
use domain::eligibility::Rules;
use domain::permission::Scope;
use serde::Serialize;

use crate::schema::calls;
use crate::{DbConn, DbError, DbResult, Tx, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = calls)]
pub struct Call {
    pub id: String,
    pub programme_id: String,
    pub title: String,
    pub description: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub places: i64,
    #[serde(skip)]
    pub rules: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The language `title`, `description` and the criteria are written in (the original;
    /// versions in other languages are in `content`).
    #[diesel(deserialize_as = String)]
    pub lang: domain::Locale,
}

impl Call {
    /// The eligibility rules; a row that cannot be read applies no rule but is logged.
    pub fn rules(&self) -> Rules {
        serde_json::from_str(&self.rules).unwrap_or_else(|e| {
            tracing::warn!(call = %self.id, error = %e, "unreadable eligibility rules");
            Rules::default()
        })
    }
}

/// Calls of the programmes `scope` reaches, newest first.
pub fn list(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<Call>> {
    let mut q = calls::table.select(Call::as_select()).into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(calls::programme_id.eq_any(ids));
    }
    Ok(q.order(calls::opens_on.desc()).load(conn)?)
}

/// One call if `scope` reaches its programme; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Call> {
    let mut q = calls::table
        .filter(calls::id.eq(id.to_owned()))
        .select(Call::as_select())
        .into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(calls::programme_id.eq_any(ids));
    }
    Ok(q.first(conn)?)
}

/// A published call, for the public pages (anyone may read a call).
pub fn find_published(conn: &mut DbConn, id: &str) -> DbResult<Call> {
    Ok(calls::table
        .filter(calls::id.eq(id))
        .select(Call::as_select())
        .first(conn)?)
}

/// Calls open on `today`, for the public list.
pub fn list_open(conn: &mut DbConn, today: NaiveDate) -> DbResult<Vec<Call>> {
    Ok(calls::table
        .filter(calls::opens_on.le(today))
        .filter(calls::closes_on.ge(today))
        .select(Call::as_select())
        .order(calls::closes_on.asc())
        .load(conn)?)
}

pub fn find_by_title_unscoped(
    conn: &mut DbConn,
    programme_id: &str,
    title: &str,
) -> DbResult<Option<Call>> {
    Ok(calls::table
        .filter(calls::programme_id.eq(programme_id))
        .filter(calls::title.eq(title))
        .select(Call::as_select())
        .first(conn)
        .optional()?)
}

/// Creates a call in a programme `scope` reaches.
pub fn create(tx: &mut Tx<'_>, scope: &Scope, draft: &CallDraft) -> DbResult<String> {
    crate::programmes::find(tx.conn, scope, &draft.programme_id)?;
    let rules = serde_json::to_string(&draft.rules)
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    let id = new_id();
    diesel::insert_into(calls::table)
        .values((
            calls::id.eq(&id),
            calls::programme_id.eq(&draft.programme_id),
            calls::title.eq(&draft.title),
            calls::description.eq(&draft.description),
            calls::opens_on.eq(draft.opens_on),
            calls::closes_on.eq(draft.closes_on),
            calls::places.eq(draft.places),
            calls::rules.eq(rules),
            calls::lang.eq(draft.lang.as_str()),
            calls::created_at.eq(tx.now),
            calls::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("call.create", "call", &id)?;
    Ok(id)
}

/// Records the language a call's original text is written in. The caller has checked the
/// writer's reach and writes the audit entry of the save.
pub fn set_lang(tx: &mut Tx<'_>, id: &str, lang: domain::Locale) -> DbResult<()> {
    diesel::update(calls::table.filter(calls::id.eq(id)))
        .set(calls::lang.eq(lang.as_str()))
        .execute(tx.conn)?;
    Ok(())
}

/// Calls by id, for pages that name the calls of several applications in one query.
pub fn by_ids(conn: &mut DbConn, ids: &[String]) -> DbResult<Vec<Call>> {
    Ok(calls::table
        .filter(calls::id.eq_any(ids))
        .select(Call::as_select())
        .load(conn)?)
}

/// The lead partner of a programme, where candidates who sign up get their membership.
/// Unscoped: sign-up happens before the person has any scope.
pub fn lead_partner_of(conn: &mut DbConn, programme_id: &str) -> DbResult<Option<String>> {
    use crate::schema::{organisations, programme_organisations as po};
    Ok(organisations::table
        .inner_join(po::table.on(po::organisation_id.eq(organisations::id)))
        .filter(po::programme_id.eq(programme_id))
        .filter(organisations::kind.eq(domain::OrganisationKind::LeadPartner.as_str()))
        .select(organisations::id)
        .order(organisations::created_at.asc())
        .first(conn)
        .optional()?)
}

/// The name of a call's programme, for the public page.
pub fn programme_name(conn: &mut DbConn, call: &Call) -> DbResult<String> {
    use crate::schema::programmes;
    Ok(programmes::table
        .filter(programmes::id.eq(&call.programme_id))
        .select(programmes::name)
        .first(conn)?)
}
