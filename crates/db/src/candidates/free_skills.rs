//! Skills and occupations a candidate described in their own words (no ESCO term found):
//! kept beside the application in the language written, shown back as such, and listed
//! for staff to map each to an ESCO concept, which then joins the application's concepts
//! (`candidate_esco`). A mapped description stays, with who mapped it to what and when.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::candidate::Status;
use domain::permission::Scope;

use super::esco::{Concept, EscoKind, insert_esco};
use super::{find, scoped};
use crate::locks::expect_one;
use crate::schema::{candidate_esco as ce, candidate_free_skills as fs, candidates};
use crate::{DbConn, DbResult, Tx};

/// One description, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = fs)]
pub struct FreeSkill {
    pub id: String,
    pub candidate_id: String,
    /// `occupation` or `skill` ([`EscoKind::as_str`]).
    pub kind: String,
    pub text: String,
    /// The language the candidate wrote in (their interface's).
    pub lang: String,
    pub created_at: NaiveDateTime,
    pub mapped_uri: Option<String>,
    pub mapped_by: Option<String>,
    pub mapped_at: Option<NaiveDateTime>,
}

impl FreeSkill {
    pub fn kind(&self) -> EscoKind {
        if self.kind == EscoKind::Occupation.as_str() {
            EscoKind::Occupation
        } else {
            EscoKind::Skill
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = fs)]
struct NewFreeSkill<'a> {
    id: String,
    candidate_id: &'a str,
    kind: &'a str,
    text: &'a str,
    lang: &'a str,
    created_at: NaiveDateTime,
}

/// The descriptions of an application already found through a scoped read, oldest first.
pub fn free_of(conn: &mut DbConn, candidate_id: &str) -> DbResult<Vec<FreeSkill>> {
    Ok(fs::table
        .filter(fs::candidate_id.eq(candidate_id))
        .order((fs::created_at.asc(), fs::id.asc()))
        .select(FreeSkill::as_select())
        .load(conn)?)
}

/// Replaces the candidate's descriptions not yet mapped with these (what the education
/// step kept), on their own draft; `lang` is the language they wrote in. The caller's
/// `candidate.esco` entry covers it (written with the concepts, in one transaction).
pub fn set_own_free(
    tx: &mut Tx<'_>,
    id: &str,
    lang: &str,
    free: &[(EscoKind, String)],
) -> DbResult<()> {
    diesel::delete(
        fs::table
            .filter(fs::candidate_id.eq(id))
            .filter(fs::mapped_at.is_null()),
    )
    .execute(tx.conn)?;
    let now = tx.now;
    for (kind, text) in free {
        diesel::insert_into(fs::table)
            .values(NewFreeSkill {
                id: crate::id::new_id(),
                candidate_id: id,
                kind: kind.as_str(),
                text,
                lang,
                created_at: now,
            })
            .execute(tx.conn)?;
    }
    Ok(())
}

/// Staff map one description of an application within `scope` to `concept` (of the
/// description's kind, found by the caller): the concept joins the application's, and the
/// description records the mapping. A description mapped already is a `Conflict`; one
/// not of this application, or an application beyond reach, is `NotFound`.
pub fn map_free(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    free_id: &str,
    concept: &Concept,
) -> DbResult<()> {
    find(tx.conn, scope, actor_id, id)?;
    let row: FreeSkill = fs::table
        .filter(fs::id.eq(free_id))
        .filter(fs::candidate_id.eq(id))
        .select(FreeSkill::as_select())
        .first(tx.conn)?;
    let now = tx.now;
    // Two people mapping the same description: the second finds it mapped.
    let changed = diesel::update(
        fs::table
            .filter(fs::id.eq(free_id))
            .filter(fs::mapped_at.is_null()),
    )
    .set((
        fs::mapped_uri.eq(Some(&concept.uri)),
        fs::mapped_by.eq(Some(actor_id)),
        fs::mapped_at.eq(Some(now)),
    ))
    .execute(tx.conn)?;
    expect_one(changed, domain::Conflict::FreeSkillMapped)?;
    let kind = row.kind();
    let present: i64 = ce::table
        .filter(ce::candidate_id.eq(id))
        .filter(ce::kind.eq(kind.as_str()))
        .filter(ce::uri.eq(&concept.uri))
        .count()
        .get_result(tx.conn)?;
    if present == 0 {
        let mut chosen = super::Chosen::default();
        match kind {
            EscoKind::Occupation => chosen.occupations.push(concept.clone()),
            EscoKind::Skill => chosen.skills.push(concept.clone()),
        }
        insert_esco(tx, &[(id.to_owned(), chosen)])?;
    }
    // The application changed: watched searches on a skill see it in their next digest.
    diesel::update(candidates::table.filter(candidates::id.eq(id)))
        .set(candidates::updated_at.eq(now))
        .execute(tx.conn)?;
    tx.audit("candidate.free_skill.map", "candidate", id)
}

/// Applications within `scope`, past the draft, with descriptions waiting to be mapped:
/// how many, and the oldest (where the task leads). Two queries, whatever the
/// number of applications.
pub fn waiting(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<(i64, Option<String>)> {
    let waiting = || {
        let with_waiting = fs::table
            .filter(fs::mapped_at.is_null())
            .select(fs::candidate_id);
        scoped(scope, actor_id)
            .filter(candidates::status.ne(Status::Draft.as_str()))
            .filter(candidates::id.eq_any(with_waiting))
    };
    let count: i64 = waiting().count().get_result(conn)?;
    if count == 0 {
        return Ok((0, None));
    }
    let first = waiting()
        .order((candidates::created_at.asc(), candidates::id.asc()))
        .select(candidates::id)
        .first(conn)
        .optional()?;
    Ok((count, first))
}
