//! The case list (sorted by urgency: the nearest deadline first, overdue ones on top),
//! its filters, and what the coordinator's board is computed from.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::permission::Scope;
use domain::procedure::board::Path;

use super::{Case, reached};
use crate::schema::{candidates, case_steps, cases, organisations};
use crate::{DbConn, DbResult};

/// What the list is narrowed to. Every filter is on an indexed column or a join by key.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub step: Option<String>,
    pub city: Option<String>,
    pub company_id: Option<String>,
    pub country: Option<String>,
    /// Only cases with a deadline before `today`.
    pub overdue: bool,
    /// Closed cases too (completed, interrupted, withdrawn).
    pub closed: bool,
    pub today: Option<NaiveDate>,
}

/// A row of the list: the case, whom it is about and where.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub case: Case,
    pub family_name: String,
    pub given_names: String,
    pub company: String,
}

type Boxed<'a> = cases::BoxedQuery<'a, super::Backend>;

/// Narrows a boxed query over `cases` — alone, or joined with what hangs from a case —
/// to the cases `scope` reaches under the filter `f`.
macro_rules! narrowed {
    ($q:expr, $scope:expr, $actor_id:expr, $f:expr) => {{
        let f: &CaseFilter = $f;
        let mut q = reached!($q, $scope, $actor_id);
        if !f.closed {
            q = q.filter(cases::closed.eq(false));
        }
        if let Some(s) = &f.step {
            q = q.filter(cases::step.eq(s.clone()));
        }
        if let Some(c) = &f.city {
            q = q.filter(cases::city.eq(c.clone()));
        }
        if let Some(c) = &f.company_id {
            q = q.filter(cases::company_id.eq(c.clone()));
        }
        if let Some(c) = &f.country {
            q = q.filter(cases::country.eq(c.clone()));
        }
        if let (true, Some(today)) = (f.overdue, f.today) {
            q = q.filter(cases::next_due.lt(today));
        }
        q
    }};
}

fn filtered<'a>(scope: &Scope, actor_id: &str, f: &CaseFilter) -> Boxed<'a> {
    narrowed!(cases::table.into_boxed(), scope, actor_id, f)
}

/// One page of the cases `scope` reaches, most urgent first (no deadline last, then the
/// longest in their step), with the number of them all.
pub fn list(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &CaseFilter,
    offset: i64,
    limit: i64,
) -> DbResult<(Vec<CaseRow>, i64)> {
    let total: i64 = filtered(scope, actor_id, f).count().get_result(conn)?;
    let page: Vec<Case> = filtered(scope, actor_id, f)
        .order((
            cases::next_due.is_null().asc(),
            cases::next_due.asc(),
            cases::step_since.asc(),
            cases::id.asc(),
        ))
        .offset(offset)
        .limit(limit)
        .select(Case::as_select())
        .load(conn)?;
    let candidate_ids: Vec<&str> = page.iter().map(|c| c.candidate_id.as_str()).collect();
    let company_ids: Vec<&str> = page.iter().map(|c| c.company_id.as_str()).collect();
    let names: Vec<(String, String, String)> = candidates::table
        .filter(candidates::id.eq_any(&candidate_ids))
        .select((
            candidates::id,
            candidates::family_name,
            candidates::given_names,
        ))
        .load(conn)?;
    let companies: Vec<(String, String)> = organisations::table
        .filter(organisations::id.eq_any(&company_ids))
        .select((organisations::id, organisations::name))
        .load(conn)?;
    let names: std::collections::HashMap<String, (String, String)> =
        names.into_iter().map(|(id, f, g)| (id, (f, g))).collect();
    let companies: std::collections::HashMap<String, String> = companies.into_iter().collect();
    let rows = page
        .into_iter()
        .map(|case| {
            let (family_name, given_names) =
                names.get(&case.candidate_id).cloned().unwrap_or_default();
            let company = companies.get(&case.company_id).cloned().unwrap_or_default();
            CaseRow {
                case,
                family_name,
                given_names,
                company,
            }
        })
        .collect();
    Ok((rows, total))
}

/// Every case `scope` reaches under `f` (not paged): for feeds and tasks, which need the
/// cases themselves, not their names.
pub fn all(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &CaseFilter,
) -> DbResult<Vec<Case>> {
    Ok(filtered(scope, actor_id, f)
        .order((cases::next_due.asc(), cases::id.asc()))
        .select(Case::as_select())
        .load(conn)?)
}

/// The paths of the cases `scope` reaches under `f` (closed ones included): the steps each
/// entered, in order, with the day. What the board is computed from.
///
/// Measured on 10,000 cases (73,000 steps; BENCHMARKS.md, issue 13): one query, the steps
/// joined to their case and the case narrowed as the list narrows it (reading the ids
/// first, then their steps by chunks of 5,000 ids, doubled the board's time), and each row
/// carries the entry's number rather than the case's id (a path starts again where the
/// number does not grow), which halves what is read and allocated.
pub fn paths(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &CaseFilter,
) -> DbResult<Vec<Path>> {
    let q = case_steps::table
        .inner_join(cases::table.on(cases::id.eq(case_steps::case_id)))
        .into_boxed();
    let rows: Vec<(i64, String, NaiveDate)> = narrowed!(q, scope, actor_id, f)
        .order((case_steps::case_id.asc(), case_steps::seq.asc()))
        .select((case_steps::seq, case_steps::step, case_steps::entered_on))
        .load(conn)?;
    let mut out: Vec<Path> = Vec::new();
    let mut last_seq = i64::MAX;
    for (seq, step, on) in rows {
        if seq <= last_seq {
            out.push(Path {
                entered: Vec::with_capacity(12),
            });
        }
        last_seq = seq;
        if let Some(p) = out.last_mut() {
            p.entered.push((step, on));
        }
    }
    Ok(out)
}

/// The cities and countries of the cases `scope` reaches, for the list's filters.
pub fn places(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<(Vec<String>, Vec<String>)> {
    let cities: Vec<String> = reached!(cases::table.into_boxed(), scope, actor_id)
        .select(cases::city)
        .distinct()
        .order(cases::city.asc())
        .load(conn)?;
    let countries: Vec<String> = reached!(cases::table.into_boxed(), scope, actor_id)
        .select(cases::country)
        .distinct()
        .order(cases::country.asc())
        .load(conn)?;
    Ok((cities, countries))
}

/// The host companies of the cases `scope` reaches, (id, name) by name, for the list's
/// filter.
pub fn companies(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<Vec<(String, String)>> {
    let ids: Vec<String> = reached!(cases::table.into_boxed(), scope, actor_id)
        .select(cases::company_id)
        .distinct()
        .load(conn)?;
    let mut out: Vec<(String, String)> = Vec::new();
    for chunk in ids.chunks(5000) {
        out.extend(
            organisations::table
                .filter(organisations::id.eq_any(chunk))
                .select((organisations::id, organisations::name))
                .load::<(String, String)>(conn)?,
        );
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

/// How many cases: open, closed, open with a deadline before `today`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub open: i64,
    pub closed: i64,
    pub overdue: i64,
}

pub fn counts(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &CaseFilter,
    today: NaiveDate,
) -> DbResult<Counts> {
    let base = CaseFilter {
        closed: true,
        overdue: false,
        ..f.clone()
    };
    let closed: i64 = filtered(scope, actor_id, &base)
        .filter(cases::closed.eq(true))
        .count()
        .get_result(conn)?;
    let open: i64 = filtered(scope, actor_id, &base)
        .filter(cases::closed.eq(false))
        .count()
        .get_result(conn)?;
    let overdue: i64 = filtered(scope, actor_id, &base)
        .filter(cases::closed.eq(false))
        .filter(cases::next_due.lt(today))
        .count()
        .get_result(conn)?;
    Ok(Counts {
        open,
        closed,
        overdue,
    })
}

/// The time spent in each step by the cases `scope` reaches under `f` (closed ones too,
/// whatever `f.closed` says): per step, the passages over, their total days and the
/// longest. Summed by the database from the days kept when a case leaves a step.
pub fn step_times(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &CaseFilter,
) -> DbResult<Vec<domain::procedure::board::StepTime>> {
    use diesel::dsl::{count, max, sql};
    use diesel::sql_types::{BigInt, Nullable};
    let all = CaseFilter {
        closed: true,
        overdue: false,
        ..f.clone()
    };
    // Grouped before boxing: a boxed query takes no GROUP BY of its own.
    let q = case_steps::table
        .inner_join(cases::table.on(cases::id.eq(case_steps::case_id)))
        .group_by(case_steps::step)
        .select((
            case_steps::step,
            count(case_steps::days),
            sql::<Nullable<BigInt>>("CAST(SUM(case_steps.days) AS BIGINT)"),
            max(case_steps::days),
        ))
        .into_boxed();
    let rows: Vec<(String, i64, Option<i64>, Option<i64>)> = narrowed!(q, scope, actor_id, &all)
        .filter(case_steps::days.is_not_null())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(step, passed, total, slowest)| domain::procedure::board::StepTime {
                step,
                passed,
                total_days: total.unwrap_or(0),
                slowest_days: slowest,
            },
        )
        .collect())
}

/// How many of the cases `scope` reaches under `f` (closed ones too) stand in each step.
pub fn standing_by_step(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    f: &CaseFilter,
) -> DbResult<Vec<(String, i64)>> {
    let all = CaseFilter {
        closed: true,
        overdue: false,
        ..f.clone()
    };
    let q = cases::table
        .group_by(cases::step)
        .select((cases::step, diesel::dsl::count_star()))
        .into_boxed();
    Ok(narrowed!(q, scope, actor_id, &all).load(conn)?)
}
