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
    let mut out = Vec::new();
    for r in resolve_in(conn, kind, "en", labels)? {
        match r {
            Resolved::Concept(c) => out.push(c),
            Resolved::Free(label) => return Ok(Err(label)),
        }
    }
    Ok(Ok(out))
}

/// A label as chosen on a form: an ESCO concept, or the person's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Concept(Concept),
    Free(String),
}

/// Finds each label among the concepts of `kind`: by its English preferred label (case
/// and spacing ignored), else by any preferred or alternative label in `lang`, accents
/// and case aside (`crate::esco_labels::exact`), so that a choice made in French is the
/// same concept as in English. The concept keeps its stored (English) label: pages show
/// it in the reader's language ([`localise`]). What is neither is `Free`, in order; a
/// concept named twice is kept once.
pub fn resolve_in(
    conn: &mut DbConn,
    kind: EscoKind,
    lang: &str,
    labels: &[String],
) -> DbResult<Vec<Resolved>> {
    let found = lookup(conn, kind, lang, labels)?;
    let mut out: Vec<Resolved> = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let mut concept = found[i].clone();
        let mut next = i + 1;
        if concept.is_none() {
            // A few labels hold commas ("évaluer des données, des informations et des
            // contenus numériques"), which the forms' lists split: try it whole.
            let mut joined = labels[i].clone();
            for (j, more) in labels.iter().enumerate().skip(i + 1).take(MAX_JOINED) {
                joined = format!("{joined}, {more}");
                if let Some(c) = lookup(conn, kind, lang, std::slice::from_ref(&joined))?
                    .pop()
                    .flatten()
                {
                    concept = Some(c);
                    next = j + 1;
                    break;
                }
            }
        }
        match concept {
            Some(c) => {
                let known = out
                    .iter()
                    .any(|r| matches!(r, Resolved::Concept(o) if o.uri == c.uri));
                if !known {
                    out.push(Resolved::Concept(c));
                }
            }
            None => out.push(Resolved::Free(labels[i].clone())),
        }
        i = next;
    }
    Ok(out)
}

/// Items of a list joined again when looking for a label with commas.
const MAX_JOINED: usize = 3;

/// Each label's concept: by its English preferred label, else by a `lang` term.
fn lookup(
    conn: &mut DbConn,
    kind: EscoKind,
    lang: &str,
    labels: &[String],
) -> DbResult<Vec<Option<Concept>>> {
    let english = resolve_english(conn, kind, labels)?;
    let folded: Vec<String> = labels
        .iter()
        .zip(&english)
        .filter(|(_, e)| e.is_none())
        .map(|(l, _)| domain::taxonomy::fold(l))
        .collect();
    if lang == "en" || folded.is_empty() {
        return Ok(english);
    }
    let by_term = crate::esco_labels::exact(conn, kind, lang, &folded)?;
    let uris: Vec<String> = by_term.values().cloned().collect();
    let stored = crate::taxonomy::concepts(conn, kind, "en", &uris)?;
    Ok(labels
        .iter()
        .zip(english)
        .map(|(label, found)| {
            found.or_else(|| {
                let uri = by_term.get(&domain::taxonomy::fold(label))?;
                stored.iter().find(|c| &c.uri == uri).map(|c| Concept {
                    uri: c.uri.clone(),
                    label: c.label.clone(),
                })
            })
        })
        .collect())
}

/// Each label's concept by its English preferred label, when it is one.
fn resolve_english(
    conn: &mut DbConn,
    kind: EscoKind,
    labels: &[String],
) -> DbResult<Vec<Option<Concept>>> {
    if labels.is_empty() {
        return Ok(Vec::new());
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
    Ok(wanted
        .iter()
        .map(|lower| {
            found
                .iter()
                .find(|(_, _, l)| l == lower)
                .map(|(uri, label, _)| Concept {
                    uri: uri.clone(),
                    label: label.clone(),
                })
        })
        .collect())
}

/// Shows these concepts in `lang` where it has a label for them (English, as stored,
/// otherwise).
pub fn localise(conn: &mut DbConn, lang: &str, chosen: &mut Chosen) -> DbResult<()> {
    if lang == "en" || chosen.is_empty() {
        return Ok(());
    }
    let uris: Vec<String> = chosen
        .occupations
        .iter()
        .chain(&chosen.skills)
        .map(|c| c.uri.clone())
        .collect();
    let labels = crate::esco_labels::of(conn, lang, &uris)?;
    for c in chosen
        .occupations
        .iter_mut()
        .chain(chosen.skills.iter_mut())
    {
        if let Some(l) = labels.get(&c.uri) {
            c.label.clone_from(l);
        }
    }
    Ok(())
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

pub(super) fn replace(tx: &mut Tx<'_>, id: &str, chosen: &Chosen) -> DbResult<()> {
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
