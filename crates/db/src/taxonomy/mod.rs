//! The ESCO taxonomy: ISCO-08 groups, occupations, skills, skill groups and collections,
//! and the package's other languages (`crate::esco_labels`). The occupations' and skills'
//! `label` is English, or, for a concept only another language's file names, that label.
//!
//! Public reference data: reads take no [`domain::permission::Scope`] — every signed-in
//! person may search it (the pages decide who is signed in). Writes go through [`crate::Tx`] and
//! an import writes exactly ONE audit entry, `taxonomy.import` on object type `taxonomy`,
//! whose object id is the counts after the import; the thousands of rows it loads are not
//! audited one by one.
//!
//! Imports are idempotent without `ON CONFLICT` (which `MultiConnection` cannot express
//! for both backends): each batch deletes the rows with the batch's keys and inserts them
//! again, inside the import's one transaction, so running an import twice leaves the same
//! rows and counts.

use diesel::prelude::*;
use serde::Serialize;

use crate::schema::{
    esco_isco_groups as ig, esco_occupations as oc, esco_skill_collections as sc,
    esco_skill_groups as sg, esco_skills as sk,
};
use crate::{DbConn, DbResult};

mod import;

pub use import::{Part, import};

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

/// Lower case with single spaces: how labels are stored for search and how queries are
/// compared with them.
pub fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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
