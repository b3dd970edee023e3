//! The screening list: search, filters, sort and pages, all in SQL on indexed columns.
//!
//! Each filter is a range on an index: a typed word on `candidate_terms (term,
//! candidate_id)` (the words kept by `terms.rs`), the languages on the application's
//! `italian_rank` and `french_english_rank` (French × 10 + English), an ESCO skill on `candidate_esco
//! (kind, label_lower)`. The list's indexes (`candidates_list_*`) each hold every filtered
//! column, so the count and a page's ids are read from one of them alone; whole rows are
//! read for the page's ids only. A search counts and pages in one statement (figures in
//! BENCHMARKS.md). Merged records are left out unless the
//! filter asks for status `merged`; [`export`] runs the same query without pages.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::permission::Scope;

use super::terms::prefix_range;
use super::{Backend, Candidate, Profile, scoped};
use crate::schema::{
    candidate_esco as ce, candidate_profiles as cp, candidate_terms as ct, candidates,
};
use crate::{DbConn, DbResult};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Family name, then given names.
    #[default]
    Name,
    /// Most recently submitted first.
    Submitted,
    /// Highest Italian level first.
    Italian,
}

impl Sort {
    pub fn parse(s: &str) -> Sort {
        match s {
            "submitted" => Sort::Submitted,
            "italian" => Sort::Italian,
            _ => Sort::Name,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Submitted => "submitted",
            Sort::Italian => "italian",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Words searched in names (both scripts) and e-mail.
    pub q: String,
    pub call_id: Option<String>,
    pub status: Option<String>,
    pub residence_country: Option<String>,
    /// Minimum Italian level held in every skill, 1 (A1) to 6 (C2).
    pub min_italian: Option<i64>,
    /// Minimum French level, likewise.
    pub min_french: Option<i64>,
    /// Minimum English level, likewise.
    pub min_english: Option<i64>,
    pub nationality: Option<String>,
    pub territory_id: Option<String>,
    /// Only applications with a staged decision: this one (`shortlisted`, …), or any
    /// (`any`). What the candidate sees is `status`; this is what staff decided since.
    pub staged: Option<String>,
    /// The start of one of the application's ESCO skills (any case).
    pub skill: String,
    /// Only applications sent or changed after this moment (watched searches' digests).
    pub changed_after: Option<NaiveDateTime>,
    /// Leave out drafts (staff lists show sent applications only).
    pub submitted_only: bool,
    pub sort: Sort,
    /// For readers who see no names: no order may depend on a name, not even to break a
    /// tie (set by [`ListFilter::without_identity`]).
    pub blind: bool,
    /// From 1.
    pub page: i64,
    pub per_page: i64,
}

impl ListFilter {
    /// For readers who see no names (evaluators): no search by name, e-mail or phone and no
    /// order by name, nor ties broken by name, any of which would tell who an anonymous
    /// record is. The name order falls back to the neutral one (most recently submitted,
    /// then the random id).
    pub fn without_identity(mut self) -> Self {
        self.q.clear();
        if self.sort == Sort::Name {
            self.sort = Sort::Submitted;
        }
        self.blind = true;
        self
    }
}

fn filtered(
    conn: &DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &ListFilter,
) -> candidates::BoxedQuery<'static, Backend> {
    // Records merged into another stay for the audit trail, out of every list unless
    // asked for by their status.
    let mut q = scoped(scope, actor_id);
    if f.status.as_deref() != Some("merged") {
        q = q.filter(candidates::status.ne("merged"));
    }
    // Each typed word: an application with a word (names, e-mail) that starts with it.
    // `OFFSET 0` keeps the few matching ids a set of their own: PostgreSQL would otherwise
    // fold them into a join that sorts every application first.
    let mut words: Vec<(String, String)> =
        f.q.split_whitespace()
            .take(5)
            .filter_map(prefix_range)
            .collect();
    if words.len() >= 2 && matches!(conn, DbConn::Postgres(_)) {
        // On PostgreSQL the first two words' applications meet among themselves before
        // the list is looked at: "ben sal" finds 12,000 and 15,000 applications by its
        // words, 3,000 by both, and only those are looked up (58 → 26 ms on 100,000).
        // SQLite, which probes each set by its key, does better with the sets apart
        // (34 ms against 49).
        let (low, high) = words.remove(0);
        let (low2, high2) = words.remove(0);
        let other = diesel::alias!(crate::schema::candidate_terms as other_terms);
        let second = other
            .filter(other.field(ct::term).ge(low2))
            .filter(other.field(ct::term).lt(high2))
            .select(other.field(ct::candidate_id));
        let both = ct::table
            .filter(ct::term.ge(low))
            .filter(ct::term.lt(high))
            .filter(ct::candidate_id.eq_any(second))
            .select(ct::candidate_id)
            .offset(0);
        q = q.filter(candidates::id.eq_any(both));
    }
    for (low, high) in words {
        q = q.filter(candidates::id.eq_any(with_word(low, high)));
    }
    if let Some(c) = &f.call_id {
        q = q.filter(candidates::call_id.eq(c.clone()));
    }
    if let Some(s) = &f.status {
        q = q.filter(candidates::status.eq(s.clone()));
    } else if f.submitted_only {
        q = q.filter(candidates::status.ne("draft"));
    }
    if let Some(d) = &f.staged {
        // On the staged table's key, or its `(call_id, decision)` index.
        use crate::schema::staged_decisions as sd;
        q = if d == "any" {
            q.filter(candidates::id.eq_any(sd::table.select(sd::candidate_id)))
        } else {
            let ids = sd::table
                .filter(sd::decision.eq(d.clone()))
                .select(sd::candidate_id);
            q.filter(candidates::id.eq_any(ids))
        };
    }
    if let Some(c) = &f.residence_country {
        q = q.filter(candidates::residence_country.eq(c.clone()));
    }
    if let Some(l) = f.min_italian {
        q = q.filter(candidates::italian_rank.ge(l));
    }
    // Both levels are in `french_english_rank` (French × 10 + English).
    let both = candidates::french_english_rank;
    if let Some(l) = f.min_french {
        q = q.filter(both.ge(l.saturating_mul(10)));
    }
    if let Some(l) = f.min_english {
        q = q.filter((both - both / 10 * 10).ge(l));
    }
    if let Some(n) = &f.nationality {
        q = q.filter(candidates::nationality.eq(n.clone()));
    }
    if let Some(t) = &f.territory_id {
        q = q.filter(candidates::residence_territory_id.eq(t.clone()));
    }
    if let Some((low, high)) = prefix_range(&f.skill) {
        // A range on the indexed lower-case label, then LIKE for the exact prefix.
        let pattern = format!("{}%", low.replace(['%', '_', '\\'], ""));
        let with_skill = ce::table
            .filter(ce::kind.eq("skill"))
            .filter(ce::label_lower.ge(low))
            .filter(ce::label_lower.lt(high))
            .filter(ce::label_lower.like(pattern))
            .select(ce::candidate_id)
            .offset(0);
        q = q.filter(candidates::id.eq_any(with_skill));
    }
    if let Some(t) = f.changed_after {
        q = q.filter(candidates::updated_at.gt(t));
    }
    q
}

/// The ids of the applications with a word in a typed word's prefix range.
type WithWord = diesel::dsl::Offset<
    diesel::dsl::Select<
        diesel::dsl::Filter<
            diesel::dsl::Filter<ct::table, diesel::dsl::GtEq<ct::term, String>>,
            diesel::dsl::Lt<ct::term, String>,
        >,
        ct::candidate_id,
    >,
>;

/// The applications with a word that starts with the typed word whose range is `low..high`.
fn with_word(low: String, high: String) -> WithWord {
    ct::table
        .filter(ct::term.ge(low))
        .filter(ct::term.lt(high))
        .select(ct::candidate_id)
        .offset(0)
}

/// A name or skill search leaves few rows: sorting them is cheap, while walking the name
/// index until enough of them turn up is not (PostgreSQL would try).
fn selective(f: &ListFilter) -> bool {
    !f.q.trim().is_empty() || !f.skill.trim().is_empty()
}

/// `q` in the list's order. Each order but the blind one by level is the order of an index
/// that also holds every filtered column (`candidates_list_name`, `_italian`, …).
fn ordered(
    q: candidates::BoxedQuery<'static, Backend>,
    f: &ListFilter,
) -> candidates::BoxedQuery<'static, Backend> {
    match f.sort {
        // `|| ''` keeps the planner from the index order for a few matches.
        Sort::Name if selective(f) => q.order((
            candidates::family_name.concat("").asc(),
            candidates::given_names.asc(),
            candidates::id.asc(),
        )),
        Sort::Name => q.order((
            candidates::family_name.asc(),
            candidates::given_names.asc(),
            candidates::id.asc(),
        )),
        Sort::Submitted => q.order((candidates::submitted_at.desc(), candidates::id.desc())),
        Sort::Italian if f.blind => q.order((
            candidates::italian_rank.desc(),
            candidates::submitted_at.desc(),
            candidates::id.desc(),
        )),
        Sort::Italian => q.order((
            candidates::italian_rank.desc(),
            candidates::family_name.asc(),
            candidates::id.asc(),
        )),
    }
}

/// The ids of the applications that match, in the list's order, from `offset` on. Only
/// ids are read here (from the covering indexes where the filters allow); whole rows are
/// read for the page's ids alone.
fn ids(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &ListFilter,
    limit: i64,
    offset: i64,
) -> DbResult<Vec<String>> {
    Ok(ordered(filtered(conn, scope, actor_id, f), f)
        .select(candidates::id)
        .limit(limit)
        .offset(offset)
        .load(conn)?)
}

/// The page's ids and how many match in all, from one statement: a search's few matches
/// are found once (their words or skills probed, their scope checked) for both, where a
/// count and a page would each find them. `None` when the page is empty (past the last
/// match), which carries no count.
fn ids_counted(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &ListFilter,
    limit: i64,
    offset: i64,
) -> DbResult<Option<(Vec<String>, i64)>> {
    let rows: Vec<(String, i64)> = ordered(filtered(conn, scope, actor_id, f), f)
        .select((
            candidates::id,
            diesel::dsl::sql::<diesel::sql_types::BigInt>("COUNT(*) OVER ()"),
        ))
        .limit(limit)
        .offset(offset)
        .load(conn)?;
    Ok(rows.first().map(|&(_, total)| total).map(|total| {
        let page = rows.into_iter().map(|(id, _)| id).collect();
        (page, total)
    }))
}

/// The rows of `ids` with their profiles, in that order.
fn rows_of(conn: &mut DbConn, ids: &[String]) -> DbResult<Vec<(Candidate, Option<Profile>)>> {
    let order: std::collections::HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        out.extend(
            candidates::table
                .left_join(cp::table)
                .filter(candidates::id.eq_any(chunk))
                .select((Candidate::as_select(), Option::<Profile>::as_select()))
                .load::<(Candidate, Option<Profile>)>(conn)?,
        );
    }
    out.sort_by_key(|(c, _)| order.get(c.id.as_str()).copied().unwrap_or(usize::MAX));
    Ok(out)
}

/// One page of the candidates `scope` reaches that match `f`, and how many match in all.
pub fn list(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &ListFilter,
) -> DbResult<(Vec<Candidate>, i64)> {
    let per_page = f.per_page.clamp(1, 200);
    let offset = (f.page.max(1) - 1) * per_page;
    let counted = if selective(f) {
        ids_counted(conn, scope, actor_id, f, per_page, offset)?
    } else {
        None
    };
    let (page, total) = match counted {
        Some(found) => found,
        None => {
            let total: i64 = filtered(conn, scope, actor_id, f)
                .count()
                .get_result(conn)?;
            let page = if total > offset {
                ids(conn, scope, actor_id, f, per_page, offset)?
            } else {
                Vec::new()
            };
            (page, total)
        }
    };
    let rows = rows_of(conn, &page)?.into_iter().map(|(c, _)| c).collect();
    Ok((rows, total))
}

/// Every application `scope` reaches that matches `f` (up to `limit`), in the list's order,
/// with its profile: what an export writes.
pub fn export(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &ListFilter,
    limit: i64,
) -> DbResult<Vec<(Candidate, Option<Profile>)>> {
    let all = ids(conn, scope, actor_id, f, limit, 0)?;
    rows_of(conn, &all)
}
