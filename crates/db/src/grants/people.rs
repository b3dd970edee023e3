//! Who a call concerns, beyond its own rows: the people of a programme who may be put on
//! its list (those who completed a traineeship, a person recovered by name or reference),
//! whether each listed person applied, and the counts behind the table of DOMAIN.md §6 and
//! the tasks. Reads only; the caller found the call within reach.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::Country;
use domain::grant::table::Person;
use domain::grant::{ProjectOrigin, ProjectType, Status};

use super::{MAX_LIST, Reach};
use crate::schema::{
    candidates as c, cases, grant_applications as ga, grant_calls as gc, grant_eligibles as ge,
    outcomes,
};
use crate::{DbConn, DbResult};

/// The step a case ends on when the traineeship was completed.
const COMPLETED_STEP: &str = "completed";

/// The candidates of `programme_id` who completed a traineeship (a case at `completed`, or
/// an outcome recorded), with their country (nationality), by name.
pub fn completed(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<(String, Country)>> {
    let with_outcome = outcomes::table.select(outcomes::case_id);
    let rows: Vec<(String, String)> = cases::table
        .inner_join(c::table.on(c::id.eq(cases::candidate_id)))
        .filter(cases::programme_id.eq(programme_id))
        .filter(
            cases::step
                .eq(COMPLETED_STEP)
                .or(cases::id.eq_any(with_outcome)),
        )
        .order((c::family_name, c::given_names))
        .select((c::id, c::nationality))
        .limit(MAX_LIST)
        .load(conn)?;
    // A person with two cases (an interrupted one, then another) comes once.
    let mut seen = std::collections::HashSet::new();
    rows.into_iter()
        .filter(|(id, _)| seen.insert(id.clone()))
        .map(|(id, n)| Ok((id, crate::stored(n)?)))
        .collect()
}

/// The candidates of `programme_id` matching `query`: their id, the `MC-` reference of one
/// of their cases, or their full name (given then family, or family then given; case and
/// spaces ignored). At most two, so the caller can tell one from several.
pub fn named(
    conn: &mut DbConn,
    programme_id: &str,
    query: &str,
) -> DbResult<Vec<(String, Country)>> {
    let q = query.trim();
    let by_case = cases::table
        .filter(cases::reference.eq(q.to_owned()))
        .select(cases::candidate_id);
    let rows: Vec<(String, String)> = c::table
        .filter(c::programme_id.eq(programme_id))
        .filter(c::id.eq(q.to_owned()).or(c::id.eq_any(by_case)))
        .select((c::id, c::nationality))
        .limit(2)
        .load(conn)?;
    let rows = if rows.is_empty() {
        let wanted = fold(q);
        c::table
            .filter(c::programme_id.eq(programme_id))
            .select((c::id, c::nationality, c::given_names, c::family_name))
            .limit(MAX_LIST * 10)
            .load::<(String, String, String, String)>(conn)?
            .into_iter()
            .filter(|(_, _, g, f)| {
                fold(&format!("{g} {f}")) == wanted || fold(&format!("{f} {g}")) == wanted
            })
            .take(2)
            .map(|(id, n, _, _)| (id, n))
            .collect()
    } else {
        rows
    };
    rows.into_iter()
        .map(|(id, n)| Ok((id, crate::stored(n)?)))
        .collect()
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The status of each listed person's application to `call_id` (people without one are
/// absent).
pub fn applied(conn: &mut DbConn, call_id: &str) -> DbResult<HashMap<String, Status>> {
    let rows: Vec<(String, String)> = ga::table
        .filter(ga::call_id.eq(call_id))
        .select((ga::candidate_id, ga::status))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, s)| Ok((id, crate::stored(s)?)))
        .collect()
}

/// The people on the list of `call_id` with the project each presented (the rows of
/// DOMAIN.md §6).
pub fn table_people(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Person>> {
    let listed: Vec<(String, String, String)> = ge::table
        .filter(ge::call_id.eq(call_id))
        .select((ge::candidate_id, ge::basis, ge::country))
        .load(conn)?;
    let projects: Vec<(String, String, String, String)> = ga::table
        .filter(ga::call_id.eq(call_id))
        .select((ga::candidate_id, ga::status, ga::project_type, ga::origin))
        .load(conn)?;
    let mut presented: HashMap<String, (ProjectType, ProjectOrigin)> = HashMap::new();
    for (candidate, status, kind, origin) in projects {
        if crate::stored::<Status>(status)?.presented() {
            presented.insert(candidate, (crate::stored(kind)?, crate::stored(origin)?));
        }
    }
    listed
        .into_iter()
        .map(|(candidate, basis, country)| {
            Ok(Person {
                country: crate::stored(country)?,
                basis: crate::stored(basis)?,
                presented: presented.get(&candidate).copied(),
            })
        })
        .collect()
}

/// How many applications of `call_id` stand at each status.
pub fn status_counts(conn: &mut DbConn, call_id: &str) -> DbResult<HashMap<Status, i64>> {
    let rows: Vec<String> = ga::table
        .filter(ga::call_id.eq(call_id))
        .select(ga::status)
        .load(conn)?;
    let mut out = HashMap::new();
    for s in rows {
        *out.entry(crate::stored::<Status>(s)?).or_insert(0) += 1;
    }
    Ok(out)
}

/// A call's applications waiting for the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub call_id: String,
    pub title: String,
    pub count: i64,
    /// The earliest day one of them was submitted.
    pub first: Option<NaiveDate>,
}

/// Per call within reach, the applications waiting for the check.
pub fn waiting_check(conn: &mut DbConn, reach: &Reach) -> DbResult<Vec<Waiting>> {
    let mut out = Vec::new();
    for call in super::calls::list(conn, reach)? {
        let submitted: Vec<Option<chrono::NaiveDateTime>> = ga::table
            .filter(ga::call_id.eq(&call.id))
            .filter(ga::status.eq(Status::Submitted.as_str()))
            .select(ga::submitted_at)
            .load(conn)?;
        if submitted.is_empty() {
            continue;
        }
        let first = submitted.iter().flatten().min().map(|t| t.date());
        out.push(Waiting {
            call_id: call.id,
            title: call.title,
            count: i64::try_from(submitted.len()).unwrap_or(i64::MAX),
            first,
        });
    }
    Ok(out)
}

/// The drafts of `candidates` to calls accepting submissions on `today` and closing by
/// `until`: (call id, title, closing day).
pub fn drafts_closing(
    conn: &mut DbConn,
    candidates: &[String],
    today: NaiveDate,
    until: NaiveDate,
) -> DbResult<Vec<(String, String, NaiveDate)>> {
    Ok(ga::table
        .inner_join(gc::table)
        .filter(ga::candidate_id.eq_any(candidates))
        .filter(ga::status.eq(Status::Draft.as_str()))
        .filter(gc::closed_on.is_null())
        .filter(gc::opens_on.le(today))
        .filter(gc::closes_on.ge(today))
        .filter(gc::closes_on.le(until))
        .select((gc::id, gc::title, gc::closes_on))
        .load(conn)?)
}

/// How many people on the list of `call_id` have not submitted (no application, a draft,
/// or a withdrawn one).
pub fn not_applied(conn: &mut DbConn, call_id: &str) -> DbResult<i64> {
    let listed: i64 = ge::table
        .filter(ge::call_id.eq(call_id))
        .count()
        .get_result(conn)?;
    let presented = table_people(conn, call_id)?
        .iter()
        .filter(|p| p.presented.is_some())
        .count();
    Ok(listed - i64::try_from(presented).unwrap_or(i64::MAX))
}

/// A person's applications to any call, with the call's title, oldest first (for their
/// story; the caller found the person within reach).
pub fn of_participant(
    conn: &mut DbConn,
    candidate_id: &str,
) -> DbResult<Vec<(super::applications::ApplicationRow, String)>> {
    Ok(ga::table
        .inner_join(gc::table)
        .filter(ga::candidate_id.eq(candidate_id))
        .order(ga::created_at)
        .select((super::applications::ApplicationRow::as_select(), gc::title))
        .load(conn)?)
}
