//! The screening list: search, filters, sort and pages, all in SQL on indexed columns.

use diesel::prelude::*;
use domain::permission::Scope;

use super::{Backend, Candidate, scoped};
use crate::schema::candidates;
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
    /// Leave out drafts (staff lists show sent applications only).
    pub submitted_only: bool,
    pub sort: Sort,
    /// From 1.
    pub page: i64,
    pub per_page: i64,
}

fn filtered(
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
    for word in f.q.split_whitespace().take(5) {
        let pattern = format!("%{}%", word.to_lowercase().replace(['%', '_'], ""));
        q = q.filter(candidates::search_text.like(pattern));
    }
    if let Some(c) = &f.call_id {
        q = q.filter(candidates::call_id.eq(c.clone()));
    }
    if let Some(s) = &f.status {
        q = q.filter(candidates::status.eq(s.clone()));
    } else if f.submitted_only {
        q = q.filter(candidates::status.ne("draft"));
    }
    if let Some(c) = &f.residence_country {
        q = q.filter(candidates::residence_country.eq(c.clone()));
    }
    if let Some(l) = f.min_italian {
        q = q.filter(candidates::italian_rank.ge(l));
    }
    q
}

/// One page of the candidates `scope` reaches that match `f`, and how many match in all.
pub fn list(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &ListFilter,
) -> DbResult<(Vec<Candidate>, i64)> {
    let total: i64 = filtered(scope, actor_id, f).count().get_result(conn)?;
    let per_page = f.per_page.clamp(1, 200);
    let offset = (f.page.max(1) - 1) * per_page;
    let q = filtered(scope, actor_id, f).select(Candidate::as_select());
    let q = match f.sort {
        Sort::Name => q.order((
            candidates::family_name.asc(),
            candidates::given_names.asc(),
            candidates::id.asc(),
        )),
        Sort::Submitted => q.order((candidates::submitted_at.desc(), candidates::id.asc())),
        Sort::Italian => q.order((
            candidates::italian_rank.desc(),
            candidates::family_name.asc(),
            candidates::id.asc(),
        )),
    };
    let rows = q.limit(per_page).offset(offset).load(conn)?;
    Ok((rows, total))
}
