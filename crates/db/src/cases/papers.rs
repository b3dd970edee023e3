//! The papers generated from cases, by kind, subject (the case for a training project;
//! the promoter–host pair for a convention) and version: the facts printed (JSON), the
//! PDF's hash and its sealed file, and when a version went to the Region.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::procedure::papers::PaperKind;

use crate::schema::case_papers as p;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = p, treat_none_as_default_value = false)]
pub struct Paper {
    pub id: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub kind: PaperKind,
    pub subject: String,
    pub version: i64,
    /// The facts printed on it, a JSON object of field → text.
    pub facts: String,
    pub sha256: String,
    pub stored_name: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
}

/// The versions of a paper, newest first.
pub fn papers(conn: &mut DbConn, kind: PaperKind, subject: &str) -> DbResult<Vec<Paper>> {
    Ok(p::table
        .filter(p::kind.eq(kind.as_str()))
        .filter(p::subject.eq(subject))
        .order(p::version.desc())
        .select(Paper::as_select())
        .load(conn)?)
}

/// Stores a new version (numbered after the newest; the unique key refuses a second
/// writer of the same number). Audited `case.paper.generate`.
pub fn add_paper(tx: &mut Tx<'_>, paper: &Paper, case_id: &str) -> DbResult<()> {
    diesel::insert_into(p::table)
        .values(paper.clone())
        .execute(tx.conn)
        .map_err(crate::error::unique(domain::Conflict::CaseMoved))?;
    tx.audit("case.paper.generate", "case", case_id)
}

/// Marks the newest version of a paper as the one sent to the Region (when it had not
/// been sent).
pub fn submit_newest(tx: &mut Tx<'_>, kind: PaperKind, subject: &str) -> DbResult<()> {
    let newest: Option<String> = p::table
        .filter(p::kind.eq(kind.as_str()))
        .filter(p::subject.eq(subject))
        .order(p::version.desc())
        .select(p::id)
        .first(tx.conn)
        .optional()?;
    if let Some(id) = newest {
        diesel::update(
            p::table
                .filter(p::id.eq(id))
                .filter(p::submitted_at.is_null()),
        )
        .set(p::submitted_at.eq(Some(tx.now)))
        .execute(tx.conn)?;
    }
    Ok(())
}

/// One version by id, of the subject.
pub fn paper(conn: &mut DbConn, subject: &str, id: &str) -> DbResult<Paper> {
    Ok(p::table
        .filter(p::subject.eq(subject))
        .filter(p::id.eq(id))
        .select(Paper::as_select())
        .first(conn)?)
}
