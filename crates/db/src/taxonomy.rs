//! The ESCO taxonomy: ISCO-08 groups, occupations, skills, skill groups and collections,
//! and the package's other languages (`crate::esco_labels`). The occupations' and skills'
//! `label` is English, or, for a concept only another language's file names, that label.
//!
//! Public reference data: reads take no [`domain::permission::Scope`] — every signed-in
//! person may search it (the pages decide who is signed in). Writes go through [`Tx`] and
//! an import writes exactly ONE audit entry, `taxonomy.import` on object type `taxonomy`,
//! whose object id is the counts after the import; the thousands of rows it loads are not
//! audited one by one.
//!
//! Imports are idempotent without `ON CONFLICT` (which `MultiConnection` cannot express
//! for both backends): each batch deletes the rows with the batch's keys and inserts them
//! again, inside the import's one transaction, so running an import twice leaves the same
//! rows and counts.

use std::collections::HashSet;

use diesel::prelude::*;
use domain::taxonomy::{IscoGroup, Occupation, Package, Skill, SkillGroup, Translation};
use serde::Serialize;

use crate::schema::{
    esco_isco_groups as ig, esco_occupations as oc, esco_skill_collections as sc,
    esco_skill_groups as sg, esco_skills as sk,
};
use crate::{DbConn, DbResult, Tx};

/// Rows per insert statement (well under both backends' parameter limits).
const BATCH: usize = 200;

/// What the tables hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub occupations: i64,
    pub isco_groups: i64,
    pub skills: i64,
    pub skill_groups: i64,
    pub collection_members: i64,
}

impl Counts {
    /// The audit entry's object id.
    pub fn object_id(&self) -> String {
        format!(
            "occupations={};isco_groups={};skills={};skill_groups={};collection_members={}",
            self.occupations,
            self.isco_groups,
            self.skills,
            self.skill_groups,
            self.collection_members
        )
    }
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "occupations: {}, isco groups: {}, skills: {}, skill groups: {}, collection memberships: {}",
            self.occupations,
            self.isco_groups,
            self.skills,
            self.skill_groups,
            self.collection_members
        )
    }
}

/// An occupation or skill as the pickers show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concept {
    pub uri: String,
    pub label: String,
    pub isco_code: Option<String>,
}

/// One occupation with everything stored about it.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = oc)]
pub struct OccupationRow {
    pub uri: String,
    pub isco_code: String,
    pub label: String,
    pub alt_labels: String,
    pub description: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = sk)]
pub struct SkillRow {
    pub uri: String,
    pub label: String,
    pub alt_labels: String,
    pub skill_type: String,
    pub reuse_level: String,
    pub description: String,
}

#[derive(Insertable)]
#[diesel(table_name = ig, treat_none_as_default_value = false)]
struct NewIscoGroup<'a> {
    code: &'a str,
    label: &'a str,
    parent_code: Option<&'a str>,
}

#[derive(Insertable)]
#[diesel(table_name = oc)]
struct NewOccupation<'a> {
    uri: &'a str,
    isco_code: &'a str,
    label: &'a str,
    alt_labels: String,
    description: &'a str,
    label_lower: String,
    search: String,
}

#[derive(Insertable)]
#[diesel(table_name = sk)]
struct NewSkill<'a> {
    uri: &'a str,
    label: &'a str,
    alt_labels: String,
    skill_type: &'a str,
    reuse_level: &'a str,
    description: &'a str,
    label_lower: String,
    search: String,
}

#[derive(Insertable)]
#[diesel(table_name = sg, treat_none_as_default_value = false)]
struct NewSkillGroup<'a> {
    uri: &'a str,
    code: &'a str,
    label: &'a str,
    parent_uri: Option<&'a str>,
}

#[derive(Insertable)]
#[diesel(table_name = sc)]
struct NewMember<'a> {
    skill_uri: &'a str,
    collection: &'a str,
}

/// Lower case with single spaces: how labels are stored for search and how queries are
/// compared with them.
pub fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn search_text(label: &str, alt: &[String]) -> String {
    let mut out = normalise(label);
    for a in alt {
        out.push('\n');
        out.push_str(&normalise(a));
    }
    out
}

/// The first of each key, in order: a package may name a skill in several files.
fn unique<T>(items: &[T], key: impl Fn(&T) -> &str) -> Vec<&T> {
    let mut seen = HashSet::new();
    items.iter().filter(|i| seen.insert(key(i))).collect()
}

macro_rules! insert_batch {
    ($conn:expr, $table:expr, $rows:expr) => {
        match &mut *$conn {
            DbConn::Sqlite(c) => diesel::insert_into($table).values($rows).execute(c)?,
            DbConn::Postgres(c) => diesel::insert_into($table).values($rows).execute(c)?,
        }
    };
}

/// Which part of the package is being stored, for progress reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    IscoGroups,
    Occupations,
    Skills,
    SkillGroups,
    Collections,
    /// Occupations' and skills' labels in another language.
    Labels,
}

impl Part {
    pub const fn name(self) -> &'static str {
        match self {
            Part::IscoGroups => "isco groups",
            Part::Occupations => "occupations",
            Part::Skills => "skills",
            Part::SkillGroups => "skill groups",
            Part::Collections => "collection memberships",
            Part::Labels => "labels in other languages",
        }
    }
}

/// Stores the package (creating or replacing each row by its key) and writes the one
/// `taxonomy.import` audit entry. `progress(part, done, total)` is called after each batch.
pub fn import(
    tx: &mut Tx<'_>,
    package: &Package,
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<Counts> {
    isco_groups(tx, &package.isco_groups, progress)?;
    occupations(tx, &package.occupations, progress)?;
    skills(tx, &package.skills, progress)?;
    skill_groups(tx, &package.skill_groups, progress)?;
    for (name, uris) in &package.collections {
        collection(tx, name, uris, progress)?;
    }
    for t in &package.translations {
        translation(tx, t, progress)?;
    }
    let counts = counts(tx.conn)?;
    tx.audit("taxonomy.import", "taxonomy", &counts.object_id())?;
    Ok(counts)
}

fn isco_groups(
    tx: &mut Tx<'_>,
    groups: &[IscoGroup],
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<()> {
    let groups = unique(groups, |g| &g.code);
    let mut done = 0;
    for chunk in groups.chunks(BATCH) {
        let keys: Vec<&str> = chunk.iter().map(|g| g.code.as_str()).collect();
        diesel::delete(ig::table.filter(ig::code.eq_any(&keys))).execute(tx.conn)?;
        let rows: Vec<NewIscoGroup<'_>> = chunk
            .iter()
            .map(|g| NewIscoGroup {
                code: &g.code,
                label: &g.label,
                parent_code: g.parent_code.as_deref(),
            })
            .collect();
        insert_batch!(tx.conn, ig::table, &rows);
        done += chunk.len();
        progress(Part::IscoGroups, done, groups.len());
    }
    Ok(())
}

fn occupations(
    tx: &mut Tx<'_>,
    items: &[Occupation],
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<()> {
    let items = unique(items, |o| &o.uri);
    let mut done = 0;
    for chunk in items.chunks(BATCH) {
        let keys: Vec<&str> = chunk.iter().map(|o| o.uri.as_str()).collect();
        diesel::delete(oc::table.filter(oc::uri.eq_any(&keys))).execute(tx.conn)?;
        let rows: Vec<NewOccupation<'_>> = chunk.iter().map(|o| new_occupation(o)).collect();
        insert_batch!(tx.conn, oc::table, &rows);
        done += chunk.len();
        progress(Part::Occupations, done, items.len());
    }
    Ok(())
}

fn skills(
    tx: &mut Tx<'_>,
    items: &[Skill],
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<()> {
    let items = unique(items, |s| &s.uri);
    let mut done = 0;
    for chunk in items.chunks(BATCH) {
        let keys: Vec<&str> = chunk.iter().map(|s| s.uri.as_str()).collect();
        diesel::delete(sk::table.filter(sk::uri.eq_any(&keys))).execute(tx.conn)?;
        let rows: Vec<NewSkill<'_>> = chunk.iter().map(|s| new_skill(s)).collect();
        insert_batch!(tx.conn, sk::table, &rows);
        done += chunk.len();
        progress(Part::Skills, done, items.len());
    }
    Ok(())
}

fn skill_groups(
    tx: &mut Tx<'_>,
    items: &[SkillGroup],
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<()> {
    let items = unique(items, |g| &g.uri);
    let mut done = 0;
    for chunk in items.chunks(BATCH) {
        let keys: Vec<&str> = chunk.iter().map(|g| g.uri.as_str()).collect();
        diesel::delete(sg::table.filter(sg::uri.eq_any(&keys))).execute(tx.conn)?;
        let rows: Vec<NewSkillGroup<'_>> = chunk
            .iter()
            .map(|g| NewSkillGroup {
                uri: &g.uri,
                code: &g.code,
                label: &g.label,
                parent_uri: g.parent_uri.as_deref(),
            })
            .collect();
        insert_batch!(tx.conn, sg::table, &rows);
        done += chunk.len();
        progress(Part::SkillGroups, done, items.len());
    }
    Ok(())
}

/// One language's labels and terms (`crate::esco_labels`). A concept the English part
/// lacks (neither in this package nor stored before) is stored with this language's label
/// as its only one, so that it can be found and chosen; a later English import replaces
/// that label with the English one.
fn translation(
    tx: &mut Tx<'_>,
    t: &Translation,
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<()> {
    let occupations = unique(&t.occupations, |o| &o.uri);
    for chunk in occupations.chunks(BATCH) {
        let keys: Vec<&str> = chunk.iter().map(|o| o.uri.as_str()).collect();
        let known: HashSet<String> = oc::table
            .filter(oc::uri.eq_any(&keys))
            .select(oc::uri)
            .load::<String>(tx.conn)?
            .into_iter()
            .collect();
        let rows: Vec<NewOccupation<'_>> = chunk
            .iter()
            .filter(|o| !known.contains(&o.uri))
            .map(|o| new_occupation(o))
            .collect();
        if !rows.is_empty() {
            insert_batch!(tx.conn, oc::table, &rows);
        }
    }
    let skills = unique(&t.skills, |s| &s.uri);
    for chunk in skills.chunks(BATCH) {
        let keys: Vec<&str> = chunk.iter().map(|s| s.uri.as_str()).collect();
        let known: HashSet<String> = sk::table
            .filter(sk::uri.eq_any(&keys))
            .select(sk::uri)
            .load::<String>(tx.conn)?
            .into_iter()
            .collect();
        let rows: Vec<NewSkill<'_>> = chunk
            .iter()
            .filter(|s| !known.contains(&s.uri))
            .map(|s| new_skill(s))
            .collect();
        if !rows.is_empty() {
            insert_batch!(tx.conn, sk::table, &rows);
        }
    }
    let labelled: Vec<crate::esco_labels::Labelled> = occupations
        .iter()
        .map(|o| (&o.uri, &o.label, &o.alt_labels))
        .chain(skills.iter().map(|s| (&s.uri, &s.label, &s.alt_labels)))
        .map(|(uri, label, alt)| crate::esco_labels::Labelled {
            uri: uri.clone(),
            label: label.clone(),
            alt_labels: alt.clone(),
        })
        .collect();
    let total = labelled.len();
    crate::esco_labels::set_labelled(tx, &t.lang, &labelled, &mut |done| {
        progress(Part::Labels, done, total);
    })?;
    Ok(())
}

fn new_occupation(o: &Occupation) -> NewOccupation<'_> {
    NewOccupation {
        uri: &o.uri,
        isco_code: &o.isco_code,
        label: &o.label,
        alt_labels: o.alt_labels.join("\n"),
        description: &o.description,
        label_lower: normalise(&o.label),
        search: search_text(&o.label, &o.alt_labels),
    }
}

fn new_skill(s: &Skill) -> NewSkill<'_> {
    NewSkill {
        uri: &s.uri,
        label: &s.label,
        alt_labels: s.alt_labels.join("\n"),
        skill_type: &s.skill_type,
        reuse_level: &s.reuse_level,
        description: &s.description,
        label_lower: normalise(&s.label),
        search: search_text(&s.label, &s.alt_labels),
    }
}

/// Replaces the membership of one collection.
fn collection(
    tx: &mut Tx<'_>,
    name: &str,
    uris: &[String],
    progress: &mut dyn FnMut(Part, usize, usize),
) -> DbResult<()> {
    diesel::delete(sc::table.filter(sc::collection.eq(name))).execute(tx.conn)?;
    let uris = unique(uris, String::as_str);
    let mut done = 0;
    for chunk in uris.chunks(BATCH) {
        let rows: Vec<NewMember<'_>> = chunk
            .iter()
            .map(|u| NewMember {
                skill_uri: u,
                collection: name,
            })
            .collect();
        insert_batch!(tx.conn, sc::table, &rows);
        done += chunk.len();
        progress(Part::Collections, done, uris.len());
    }
    Ok(())
}

pub fn counts(conn: &mut DbConn) -> DbResult<Counts> {
    Ok(Counts {
        occupations: oc::table.count().get_result(conn)?,
        isco_groups: ig::table.count().get_result(conn)?,
        skills: sk::table.count().get_result(conn)?,
        skill_groups: sg::table.count().get_result(conn)?,
        collection_members: sc::table.count().get_result(conn)?,
    })
}

/// `LIKE` patterns take `%` and `_` literally from what people type.
fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Occupations whose preferred label starts with `q` (case-insensitive), then those with
/// `q` anywhere in a preferred or alternative label; at most `limit`.
pub fn search_occupations(conn: &mut DbConn, q: &str, limit: i64) -> DbResult<Vec<Concept>> {
    let q = escape_like(&normalise(q));
    if q.is_empty() || limit <= 0 {
        return Ok(Vec::new());
    }
    let mut found: Vec<(String, String, String)> = oc::table
        .filter(oc::label_lower.like(format!("{q}%")).escape('\\'))
        .order(oc::label_lower.asc())
        .limit(limit)
        .select((oc::uri, oc::label, oc::isco_code))
        .load(conn)?;
    let rest = limit - i64::try_from(found.len()).unwrap_or(limit);
    if rest > 0 {
        let seen: Vec<String> = found.iter().map(|f| f.0.clone()).collect();
        let more: Vec<(String, String, String)> = oc::table
            .filter(oc::search.like(format!("%{q}%")).escape('\\'))
            .filter(oc::uri.ne_all(seen))
            .order(oc::label_lower.asc())
            .limit(rest)
            .select((oc::uri, oc::label, oc::isco_code))
            .load(conn)?;
        found.extend(more);
    }
    Ok(found
        .into_iter()
        .map(|(uri, label, isco)| Concept {
            uri,
            label,
            isco_code: Some(isco).filter(|c| !c.is_empty()),
        })
        .collect())
}

/// Skills, searched like [`search_occupations`].
pub fn search_skills(conn: &mut DbConn, q: &str, limit: i64) -> DbResult<Vec<Concept>> {
    let q = escape_like(&normalise(q));
    if q.is_empty() || limit <= 0 {
        return Ok(Vec::new());
    }
    let mut found: Vec<(String, String)> = sk::table
        .filter(sk::label_lower.like(format!("{q}%")).escape('\\'))
        .order(sk::label_lower.asc())
        .limit(limit)
        .select((sk::uri, sk::label))
        .load(conn)?;
    let rest = limit - i64::try_from(found.len()).unwrap_or(limit);
    if rest > 0 {
        let seen: Vec<String> = found.iter().map(|f| f.0.clone()).collect();
        let more: Vec<(String, String)> = sk::table
            .filter(sk::search.like(format!("%{q}%")).escape('\\'))
            .filter(sk::uri.ne_all(seen))
            .order(sk::label_lower.asc())
            .limit(rest)
            .select((sk::uri, sk::label))
            .load(conn)?;
        found.extend(more);
    }
    Ok(found
        .into_iter()
        .map(|(uri, label)| Concept {
            uri,
            label,
            isco_code: None,
        })
        .collect())
}

/// Occupations or skills matching what a reader of `lang` types: first in their language
/// (`crate::esco_labels::search`: accents and case aside), then in English to fill the
/// rest; each shown in `lang` when it has a label there, in English otherwise. `lang` is
/// a locale tag (`fr`); `en` searches English only.
pub fn search_in(
    conn: &mut DbConn,
    kind: crate::candidates::EscoKind,
    lang: &str,
    q: &str,
    limit: i64,
) -> DbResult<Vec<Concept>> {
    use crate::candidates::EscoKind;
    let wanted = usize::try_from(limit).unwrap_or(0);
    let mut uris = if lang == "en" {
        Vec::new()
    } else {
        crate::esco_labels::search(conn, kind, lang, q, wanted)?
    };
    if uris.len() < wanted {
        let english = match kind {
            EscoKind::Occupation => search_occupations(conn, q, limit)?,
            EscoKind::Skill => search_skills(conn, q, limit)?,
        };
        for c in english {
            if uris.len() < wanted && !uris.contains(&c.uri) {
                uris.push(c.uri);
            }
        }
    }
    concepts(conn, kind, lang, &uris)
}

/// These concepts of `kind`, in this order, labelled in `lang` when it has a label there
/// and with the stored (English) label otherwise; unknown URIs are left out.
pub fn concepts(
    conn: &mut DbConn,
    kind: crate::candidates::EscoKind,
    lang: &str,
    uris: &[String],
) -> DbResult<Vec<Concept>> {
    use crate::candidates::EscoKind;
    if uris.is_empty() {
        return Ok(Vec::new());
    }
    let stored: Vec<(String, String, String)> = match kind {
        EscoKind::Occupation => oc::table
            .filter(oc::uri.eq_any(uris))
            .select((oc::uri, oc::label, oc::isco_code))
            .load(conn)?,
        EscoKind::Skill => sk::table
            .filter(sk::uri.eq_any(uris))
            .select((sk::uri, sk::label, sk::uri))
            .load(conn)?,
    };
    let translated = if lang == "en" {
        std::collections::HashMap::new()
    } else {
        crate::esco_labels::of(conn, lang, uris)?
    };
    Ok(uris
        .iter()
        .filter_map(|u| stored.iter().find(|s| &s.0 == u))
        .map(|(uri, label, isco)| Concept {
            label: translated
                .get(uri)
                .cloned()
                .unwrap_or_else(|| label.clone()),
            isco_code: (kind == EscoKind::Occupation && !isco.is_empty()).then(|| isco.clone()),
            uri: uri.clone(),
        })
        .collect())
}

pub fn occupation(conn: &mut DbConn, uri: &str) -> DbResult<Option<OccupationRow>> {
    Ok(oc::table
        .filter(oc::uri.eq(uri))
        .select(OccupationRow::as_select())
        .first(conn)
        .optional()?)
}

/// The occupation whose preferred label is `label` (ignoring case and extra spaces).
pub fn occupation_by_label(conn: &mut DbConn, label: &str) -> DbResult<Option<OccupationRow>> {
    Ok(oc::table
        .filter(oc::label_lower.eq(normalise(label)))
        .order(oc::uri.asc())
        .select(OccupationRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn skill(conn: &mut DbConn, uri: &str) -> DbResult<Option<SkillRow>> {
    Ok(sk::table
        .filter(sk::uri.eq(uri))
        .select(SkillRow::as_select())
        .first(conn)
        .optional()?)
}

/// How many of these occupations are stored (the demo asks before loading its subset).
pub fn occupations_present(conn: &mut DbConn, uris: &[&str]) -> DbResult<i64> {
    Ok(oc::table
        .filter(oc::uri.eq_any(uris))
        .count()
        .get_result(conn)?)
}

/// The ISCO-08 code of each of these occupations that is stored: (uri, code).
pub fn isco_codes(conn: &mut DbConn, uris: &[String]) -> DbResult<Vec<(String, String)>> {
    let mut out = Vec::new();
    for chunk in uris.chunks(500) {
        out.extend(
            oc::table
                .filter(oc::uri.eq_any(chunk))
                .select((oc::uri, oc::isco_code))
                .load::<(String, String)>(conn)?,
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_patterns_are_escaped_and_labels_normalised() {
        assert_eq!(super::escape_like("50%_a\\"), "50\\%\\_a\\\\");
        assert_eq!(super::normalise("  Web   Developer "), "web developer");
    }
}
