//! The applications a search's typed words and skill find, read before the list's query and
//! bound into it when they are few enough.
//!
//! Left as subqueries, each word's matches are looked up in the list's index one by one
//! before the next word narrows them: "ben sal" finds 12,463 applications by "ben" and
//! 15,260 by "sal", of which 3,656 have both. Reading the ids of each word first (a range
//! on `candidate_terms`' key), keeping those of all the words and the skill, leaves only
//! those to look up, and PostgreSQL then plans for a list whose length it knows. A word or
//! a skill with more than [`MAX_IDS`] matches ("a") stays a subquery instead.

use std::collections::HashSet;

use diesel::prelude::*;

use super::list::ListFilter;
use super::terms::prefix_range;
use crate::{DbConn, DbResult};

/// The most ids one word or the skill may find for them to be bound into the list's query
/// (SQLite binds each; it allows 32,766 parameters to a statement).
pub(super) const MAX_IDS: usize = 20_000;

/// What a search finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Found {
    /// No words and no skill: no search.
    Nothing,
    /// The applications (in any scope) that have a word starting with each typed word and
    /// the skill.
    Ids(Vec<String>),
    /// Too many matches to bind: the words and the skill stay subqueries.
    TooMany,
}

/// The ids of the applications with a word (names, e-mail) in `[low, high)`. A macro, not a
/// function: the same query is read on its own and embedded as a subquery, which a boxed
/// query on the two backends cannot be.
macro_rules! word_ids {
    ($low:expr, $high:expr) => {
        $crate::schema::candidate_terms::table
            .select($crate::schema::candidate_terms::candidate_id)
            .filter($crate::schema::candidate_terms::term.ge($low))
            .filter($crate::schema::candidate_terms::term.lt($high))
    };
}
pub(super) use word_ids;

/// The ids of the applications with an ESCO skill whose label starts with `$low` (a range
/// on the indexed lower-case label, then LIKE for the exact prefix).
macro_rules! skill_ids {
    ($low:expr, $high:expr) => {{
        use $crate::schema::candidate_esco as ce;
        let low: String = $low;
        let pattern = format!("{}%", low.replace(['%', '_', '\\'], ""));
        ce::table
            .select(ce::candidate_id)
            .filter(ce::kind.eq("skill"))
            .filter(ce::label_lower.ge(low))
            .filter(ce::label_lower.lt($high))
            .filter(ce::label_lower.like(pattern))
    }};
}
pub(super) use skill_ids;

/// Reads what the words (the first five) and the skill of `f` find, up to `max_ids` each.
pub(super) fn found(conn: &mut DbConn, f: &ListFilter, max_ids: usize) -> DbResult<Found> {
    let words: Vec<(String, String)> =
        f.q.split_whitespace()
            .take(5)
            .filter_map(prefix_range)
            .collect();
    let skill = prefix_range(&f.skill);
    if words.is_empty() && skill.is_none() {
        return Ok(Found::Nothing);
    }
    let limit = i64::try_from(max_ids.saturating_add(1)).unwrap_or(i64::MAX);
    let mut kept: Option<HashSet<String>> = None;
    let skill = skill.into_iter().map(|(low, high)| (false, low, high));
    for (word, low, high) in words.into_iter().map(|(l, h)| (true, l, h)).chain(skill) {
        let ids: Vec<String> = if word {
            word_ids!(low, high).limit(limit).load(conn)?
        } else {
            skill_ids!(low, high).limit(limit).load(conn)?
        };
        if ids.len() > max_ids {
            return Ok(Found::TooMany);
        }
        let ids: HashSet<String> = match kept {
            None => ids.into_iter().collect(),
            Some(before) => {
                let now: HashSet<String> = ids.into_iter().collect();
                before.into_iter().filter(|id| now.contains(id)).collect()
            }
        };
        if ids.is_empty() {
            return Ok(Found::Ids(Vec::new()));
        }
        kept = Some(ids);
    }
    Ok(Found::Ids(
        kept.map(|s| s.into_iter().collect()).unwrap_or_default(),
    ))
}
