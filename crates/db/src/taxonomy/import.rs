//! Storing an ESCO package: each part in batches (deleting the batch's keys and inserting
//! them again, so an import run twice leaves the same rows), in the caller's one
//! transaction, with the one `taxonomy.import` audit entry.

use std::collections::HashSet;

use diesel::prelude::*;
use domain::taxonomy::{IscoGroup, Occupation, Package, Skill, SkillGroup, Translation};

use super::{Counts, counts, normalise};
use crate::schema::{
    esco_isco_groups as ig, esco_occupations as oc, esco_skill_collections as sc,
    esco_skill_groups as sg, esco_skills as sk,
};
use crate::{DbConn, DbResult, Tx};

/// Rows per insert statement (well under both backends' parameter limits).
const BATCH: usize = 200;

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
