//! Procedure templates, kept by name and version as their source text (the text is what
//! was validated; `domain::procedure::parse` reads it again when used).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::error::unique;
use crate::schema::procedure_templates as pt;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = pt, treat_none_as_default_value = false)]
pub struct StoredTemplate {
    pub id: String,
    pub template_key: String,
    pub version: i64,
    pub name: String,
    pub region: String,
    pub source: String,
    /// `None` for the shipped ones.
    pub imported_by: Option<String>,
    pub imported_at: NaiveDateTime,
}

/// Stores a template version; `Conflict::TemplateVersionTaken` when that name and version
/// exist. Audited `procedure.import`.
pub fn insert_template(tx: &mut Tx<'_>, t: &StoredTemplate) -> DbResult<()> {
    diesel::insert_into(pt::table)
        .values(t.clone())
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::TemplateVersionTaken))?;
    tx.audit("procedure.import", "procedure_template", &t.id)
}

pub fn template(conn: &mut DbConn, id: &str) -> DbResult<StoredTemplate> {
    Ok(pt::table
        .filter(pt::id.eq(id))
        .select(StoredTemplate::as_select())
        .first(conn)?)
}

pub fn template_version(
    conn: &mut DbConn,
    key: &str,
    version: i64,
) -> DbResult<Option<StoredTemplate>> {
    Ok(pt::table
        .filter(pt::template_key.eq(key))
        .filter(pt::version.eq(version))
        .select(StoredTemplate::as_select())
        .first(conn)
        .optional()?)
}

/// Every stored version, newest of each name first.
pub fn templates(conn: &mut DbConn) -> DbResult<Vec<StoredTemplate>> {
    Ok(pt::table
        .order((pt::template_key.asc(), pt::version.desc()))
        .select(StoredTemplate::as_select())
        .load(conn)?)
}

/// The newest version of the templates for `region` (an ISO 3166-2 code).
pub fn latest_for_region(conn: &mut DbConn, region: &str) -> DbResult<Option<StoredTemplate>> {
    Ok(pt::table
        .filter(pt::region.eq(region))
        .order((pt::imported_at.desc(), pt::version.desc()))
        .select(StoredTemplate::as_select())
        .first(conn)
        .optional()?)
}

/// The steps of the stored templates in their order, each once (the board's columns):
/// read from the newest version of each template.
pub fn step_order(conn: &mut DbConn) -> DbResult<Vec<String>> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for t in templates(conn)? {
        if !seen.insert(t.template_key.clone()) {
            continue;
        }
        if let Ok(parsed) = domain::procedure::parse(&t.source) {
            for s in parsed.steps {
                let id = s.id.into_inner();
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
    }
    Ok(out)
}

/// The steps of the stored templates whose time is not waiting (the traineeship itself),
/// which the board leaves out when it names the bottleneck.
pub fn not_waiting_steps(conn: &mut DbConn) -> DbResult<Vec<String>> {
    let mut out = Vec::new();
    for t in templates(conn)? {
        if let Ok(parsed) = domain::procedure::parse(&t.source) {
            for s in parsed.steps.into_iter().filter(|s| !s.waiting) {
                let id = s.id.into_inner();
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
    }
    Ok(out)
}
