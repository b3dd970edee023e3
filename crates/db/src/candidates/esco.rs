//! The ESCO occupations and skills of an application: chosen by the candidate in the
//! education step or by staff on the application's page, resolved to ESCO concepts by their
//! preferred label, and searched by the list (skills, by the start of their label).

use diesel::prelude::*;
use domain::permission::Scope;

use super::{find, write::own_draft};
use crate::schema::{candidate_esco as ce, esco_occupations as oc, esco_skills as sk};
use crate::taxonomy::normalise;
use crate::{DbConn, DbResult, Tx};

/// What a row is: one of the candidate's occupations, or one of their skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EscoKind {
    Occupation,
    Skill,
}

impl EscoKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            EscoKind::Occupation => "occupation",
            EscoKind::Skill => "skill",
        }
    }
}

/// A concept on an application.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = ce)]
pub struct Esco {
    pub candidate_id: String,
    pub kind: String,
    pub uri: String,
    pub label: String,
}

/// A concept found in the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub uri: String,
    pub label: String,
}

/// Occupations and skills of one application.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chosen {
    pub occupations: Vec<Concept>,
    pub skills: Vec<Concept>,
}

impl Chosen {
    pub fn is_empty(&self) -> bool {
        self.occupations.is_empty() && self.skills.is_empty()
    }
}

#[derive(Insertable)]
#[diesel(table_name = ce)]
struct NewEsco<'a> {
    candidate_id: &'a str,
    kind: &'a str,
    uri: &'a str,
    label: &'a str,
    label_lower: String,
    created_at: chrono::NaiveDateTime,
}

/// Finds each label (case and spacing ignored) among the ESCO preferred labels of `kind`.
/// `Ok(Err(label))` names the first label that is not an ESCO concept.
pub fn resolve(
    conn: &mut DbConn,
    kind: EscoKind,
    labels: &[String],
) -> DbResult<Result<Vec<Concept>, String>> {
    if labels.is_empty() {
        return Ok(Ok(Vec::new()));
    }
    let wanted: Vec<String> = labels.iter().map(|l| normalise(l)).collect();
    let found: Vec<(String, String, String)> = match kind {
        EscoKind::Occupation => oc::table
            .filter(oc::label_lower.eq_any(&wanted))
            .select((oc::uri, oc::label, oc::label_lower))
            .load(conn)?,
        EscoKind::Skill => sk::table
            .filter(sk::label_lower.eq_any(&wanted))
            .select((sk::uri, sk::label, sk::label_lower))
            .load(conn)?,
    };
    let mut out: Vec<Concept> = Vec::new();
    for (label, lower) in labels.iter().zip(&wanted) {
        let Some((uri, label, _)) = found.iter().find(|(_, _, l)| l == lower) else {
            return Ok(Err(label.clone()));
        };
        if !out.iter().any(|c| &c.uri == uri) {
            out.push(Concept {
                uri: uri.clone(),
                label: label.clone(),
            });
        }
    }
    Ok(Ok(out))
}

/// The concepts of an application already found through [`find`], occupations first.
pub fn esco_of(conn: &mut DbConn, candidate_id: &str) -> DbResult<Chosen> {
    let rows: Vec<Esco> = ce::table
        .filter(ce::candidate_id.eq(candidate_id))
        .select(Esco::as_select())
        .order((ce::kind.asc(), ce::label_lower.asc()))
        .load(conn)?;
    Ok(split(rows.into_iter()))
}

fn split(rows: impl Iterator<Item = Esco>) -> Chosen {
    let mut out = Chosen::default();
    for r in rows {
        let c = Concept {
            uri: r.uri,
            label: r.label,
        };
        if r.kind == EscoKind::Occupation.as_str() {
            out.occupations.push(c);
        } else {
            out.skills.push(c);
        }
    }
    out
}

/// The concepts of several applications already found through a scoped read.
pub fn esco_of_many(conn: &mut DbConn, ids: &[String]) -> DbResult<Vec<(String, Chosen)>> {
    let mut rows: Vec<Esco> = Vec::new();
    for chunk in ids.chunks(500) {
        rows.extend(
            ce::table
                .filter(ce::candidate_id.eq_any(chunk))
                .select(Esco::as_select())
                .order((
                    ce::candidate_id.asc(),
                    ce::kind.asc(),
                    ce::label_lower.asc(),
                ))
                .load(conn)?,
        );
    }
    let mut out: Vec<(String, Chosen)> = Vec::new();
    let mut by: std::collections::BTreeMap<String, Vec<Esco>> = Default::default();
    for r in rows {
        by.entry(r.candidate_id.clone()).or_default().push(r);
    }
    for (id, rs) in by {
        out.push((id, split(rs.into_iter())));
    }
    Ok(out)
}

/// Writes the concepts of many applications at once (imports, seeding); no audit entry of
/// its own: the caller's import or seed entry covers it.
pub fn insert_esco(tx: &mut Tx<'_>, rows: &[(String, Chosen)]) -> DbResult<()> {
    let now = tx.now;
    let mut all: Vec<NewEsco<'_>> = Vec::new();
    for (id, chosen) in rows {
        for (kind, list) in [
            (EscoKind::Occupation, &chosen.occupations),
            (EscoKind::Skill, &chosen.skills),
        ] {
            for (i, c) in list.iter().enumerate() {
                // A concept named twice is kept once.
                if list[..i].iter().any(|d| d.uri == c.uri) {
                    continue;
                }
                all.push(NewEsco {
                    candidate_id: id,
                    kind: kind.as_str(),
                    uri: &c.uri,
                    label: &c.label,
                    label_lower: normalise(&c.label),
                    created_at: now,
                });
            }
        }
    }
    for chunk in all.chunks(100) {
        match &mut *tx.conn {
            DbConn::Sqlite(c) => diesel::insert_into(ce::table).values(chunk).execute(c)?,
            DbConn::Postgres(c) => diesel::insert_into(ce::table).values(chunk).execute(c)?,
        };
    }
    Ok(())
}

fn replace(tx: &mut Tx<'_>, id: &str, chosen: &Chosen) -> DbResult<()> {
    diesel::delete(ce::table.filter(ce::candidate_id.eq(id))).execute(tx.conn)?;
    insert_esco(tx, &[(id.to_owned(), chosen.clone())])?;
    // A change of skills is a change of the application: watched searches on a skill see
    // it in their next digest.
    {
        use crate::schema::candidates as cs;
        diesel::update(cs::table.filter(cs::id.eq(id)))
            .set(cs::updated_at.eq(tx.now))
            .execute(tx.conn)?;
    }
    tx.audit("candidate.esco", "candidate", id)
}

/// The candidate's own choice, while the application is a draft.
pub fn set_own_esco(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    chosen: &Chosen,
) -> DbResult<()> {
    own_draft(tx, scope, actor_id, id)?;
    replace(tx, id, chosen)
}

/// Staff's change, on an application within their screening `scope`.
pub fn set_esco(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    chosen: &Chosen,
) -> DbResult<()> {
    find(tx.conn, scope, actor_id, id)?;
    replace(tx, id, chosen)
}
