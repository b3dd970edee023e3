//! What waits for a person, counted within their reach: the queries behind the task
//! sources of `app::tasks` and the few figures of each role's home page. Each is one
//! grouped query (or a fixed handful), never one per record, so a home page costs the
//! same with 10 applications as with 10,000.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;
use domain::candidate::Status;
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use domain::position::PositionStatus;

use crate::candidates::{reached, scoped};
use crate::companies::Profile;
use crate::schema::programme_organisations as po;
use crate::schema::{
    calls, candidates, companies, duplicate_flags as flags, interviews as iv,
    matching_runs as runs, organisations, outreach_contacts as oc, placements as pl, positions,
    selection_criteria as sc, selection_scores as ss,
};
use crate::{DbConn, DbResult, scope};

/// Open duplicate flags whose two records `scope` both reaches (a flag must not tell an
/// agency that someone beyond its reach holds the same passport).
pub fn open_duplicates(conn: &mut DbConn, scope: &Scope, actor_id: &str) -> DbResult<i64> {
    let mut q = flags::table
        .filter(flags::status.eq("open"))
        .select((flags::candidate_a, flags::candidate_b))
        .into_boxed();
    if let Some(ps) = scope::programme_ids(conn, scope)? {
        q = q.filter(flags::programme_id.eq_any(ps));
    }
    let open: Vec<(String, String)> = q.load(conn)?;
    let reached = reachable(conn, scope, actor_id, open.iter().flat_map(|(a, b)| [a, b]))?;
    Ok(open
        .iter()
        .filter(|(a, b)| reached.contains(a) && reached.contains(b))
        .count()
        .try_into()
        .unwrap_or(i64::MAX))
}

/// Of `ids`, the applications `scope` reaches.
fn reachable<'a>(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    ids: impl Iterator<Item = &'a String>,
) -> DbResult<HashSet<String>> {
    let mut ids: Vec<String> = ids.cloned().collect();
    ids.sort();
    ids.dedup();
    let mut out = HashSet::new();
    // Chunks keep the parameter count within SQLite's limit.
    for chunk in ids.chunks(500) {
        let found: Vec<String> = scoped(scope, actor_id)
            .filter(candidates::id.eq_any(chunk.to_vec()))
            .select(candidates::id)
            .load(conn)?;
        out.extend(found);
    }
    Ok(out)
}

/// Per call, the applications within reach that the call's criteria make scorable and
/// that `actor_id` has not scored yet.
pub fn unscored_by_call(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<Vec<(String, i64)>> {
    let assessable = ASSESSABLE.map(Status::as_str);
    let scored = ss::table
        .filter(ss::assessor_id.eq(actor_id.to_owned()))
        .select(ss::candidate_id);
    let with_criteria = sc::table.select(sc::call_id);
    let grouped = candidates::table
        .filter(candidates::status.eq_any(assessable))
        .filter(candidates::call_id.eq_any(with_criteria))
        .filter(candidates::id.ne_all(scored))
        .group_by(candidates::call_id)
        .select((candidates::call_id, count_star()))
        .order(candidates::call_id)
        .into_boxed();
    Ok(reached!(grouped, scope, actor_id).load(conn)?)
}

/// The statuses at which an application is scored and interviewed
/// (`domain::selection::is_assessable`).
const ASSESSABLE: [Status; 3] = [Status::Eligible, Status::Shortlisted, Status::WaitingList];

/// Applications within reach that `actor_id` has scored.
pub fn scored_by(conn: &mut DbConn, scope: &Scope, actor_id: &str) -> DbResult<i64> {
    let scored = ss::table
        .filter(ss::assessor_id.eq(actor_id.to_owned()))
        .select(ss::candidate_id);
    Ok(scoped(scope, actor_id)
        .filter(candidates::id.eq_any(scored))
        .count()
        .get_result(conn)?)
}

/// Interviews held (scheduled before `now`) of applications within reach still at an
/// assessable stage, with no score recorded: `(candidate id, scheduled at)`, oldest first.
pub fn interviews_to_record(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    now: NaiveDateTime,
) -> DbResult<Vec<(String, NaiveDateTime)>> {
    let held: Vec<(String, NaiveDateTime)> = iv::table
        .filter(iv::score.is_null())
        .filter(iv::scheduled_at.lt(now))
        .select((iv::candidate_id, iv::scheduled_at))
        .order((iv::scheduled_at.asc(), iv::id.asc()))
        .load(conn)?;
    let mut ids: Vec<String> = held.iter().map(|(c, _)| c.clone()).collect();
    ids.sort();
    ids.dedup();
    let mut assessable = HashSet::new();
    for chunk in ids.chunks(500) {
        let found: Vec<String> = scoped(scope, actor_id)
            .filter(candidates::id.eq_any(chunk.to_vec()))
            .filter(candidates::status.eq_any(ASSESSABLE.map(Status::as_str)))
            .select(candidates::id)
            .load(conn)?;
        assessable.extend(found);
    }
    Ok(held
        .into_iter()
        .filter(|(c, _)| assessable.contains(c))
        .collect())
}

/// Positions at `status` whose company `scope` reaches: `(id, title, note)`, by title.
pub fn positions_at(
    conn: &mut DbConn,
    scope: &Scope,
    status: PositionStatus,
) -> DbResult<Vec<(String, String, String)>> {
    let mut q = positions::table
        .filter(positions::status.eq(status.as_str()))
        .select((positions::id, positions::title, positions::status_note))
        .order((positions::title.asc(), positions::id.asc()))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(positions::company_id.eq_any(ids));
    }
    Ok(q.load(conn)?)
}

/// Positions and their places, by status, whose company `scope` reaches.
pub fn positions_by_status(
    conn: &mut DbConn,
    scope: &Scope,
) -> DbResult<Vec<(PositionStatus, i64, i64)>> {
    let mut q = positions::table
        .group_by(positions::status)
        .select((
            positions::status,
            count_star(),
            diesel::dsl::sum(positions::places),
        ))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(positions::company_id.eq_any(ids));
    }
    let rows: Vec<(String, i64, Option<i64>)> = q.load(conn)?;
    rows.into_iter()
        .map(|(s, n, places)| Ok((crate::stored(s)?, n, places.unwrap_or(0))))
        .collect()
}

/// The companies within `scope` with a position waiting for approval, with their profile
/// (none when only the organisation exists): whose checklist may block that approval.
pub fn companies_awaiting_approval(
    conn: &mut DbConn,
    scope: &Scope,
) -> DbResult<Vec<(String, String, Option<Profile>)>> {
    let waiting = positions::table
        .filter(positions::status.eq(PositionStatus::Submitted.as_str()))
        .select(positions::company_id);
    let mut q = organisations::table
        .left_join(companies::table)
        .filter(organisations::id.eq_any(waiting))
        .select((
            organisations::id,
            organisations::name,
            Option::<Profile>::as_select(),
        ))
        .order((organisations::name.asc(), organisations::id.asc()))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(organisations::id.eq_any(ids));
    }
    Ok(q.load(conn)?)
}

/// Follow-ups `user_id` logged that are due by `today` and not done, for companies `scope`
/// reaches: `(company id, company name, due on)`, earliest first.
pub fn follow_ups_due(
    conn: &mut DbConn,
    scope: &Scope,
    user_id: &str,
    today: NaiveDate,
) -> DbResult<Vec<(String, String, NaiveDate)>> {
    let mut q = oc::table
        .inner_join(organisations::table)
        .filter(oc::author_id.eq(user_id.to_owned()))
        .filter(oc::follow_up_done.eq(false))
        .filter(oc::follow_up_on.le(today))
        .select((
            oc::company_id,
            organisations::name,
            oc::follow_up_on.assume_not_null(),
        ))
        .order((oc::follow_up_on.asc(), oc::id.asc()))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(oc::company_id.eq_any(ids));
    }
    Ok(q.load(conn)?)
}

/// Per call within reach: its runs and how many of them were approved.
pub fn runs_by_call(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<(String, i64, i64)>> {
    let mut q = runs::table
        .inner_join(calls::table.on(calls::id.eq(runs::call_id)))
        .group_by(runs::call_id)
        .select((
            runs::call_id,
            count_star(),
            diesel::dsl::count(runs::approved_at),
        ))
        .into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(calls::programme_id.eq_any(ids));
    }
    Ok(q.load(conn)?)
}

/// Placements by status, of the companies `scope` reaches.
pub fn placements_by_status(
    conn: &mut DbConn,
    scope: &Scope,
) -> DbResult<Vec<(PlacementStatus, i64)>> {
    let mut q = pl::table
        .group_by(pl::status)
        .select((pl::status, count_star()))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(pl::company_id.eq_any(ids));
    }
    let rows: Vec<(String, i64)> = q.load(conn)?;
    rows.into_iter()
        .map(|(s, n)| Ok((crate::stored(s)?, n)))
        .collect()
}

/// Applications within reach by status.
pub fn applications_by_status(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<Vec<(Status, i64)>> {
    let grouped = candidates::table
        .group_by(candidates::status)
        .select((candidates::status, count_star()))
        .into_boxed();
    let rows: Vec<(String, i64)> = reached!(grouped, scope, actor_id).load(conn)?;
    rows.into_iter()
        .map(|(s, n)| Ok((crate::stored(s)?, n)))
        .collect()
}

/// Applications within reach sent since `since`.
pub fn sent_since(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    since: NaiveDateTime,
) -> DbResult<i64> {
    Ok(scoped(scope, actor_id)
        .filter(candidates::submitted_at.ge(since))
        .count()
        .get_result(conn)?)
}

/// The placements of one person's own applications: `(candidate id, status)`, latest first.
pub fn own_placements(
    conn: &mut DbConn,
    user_id: &str,
) -> DbResult<Vec<(String, PlacementStatus)>> {
    let own = candidates::table
        .filter(candidates::user_id.eq(user_id.to_owned()))
        .select(candidates::id);
    let rows: Vec<(String, String)> = pl::table
        .filter(pl::candidate_id.eq_any(own))
        .select((pl::candidate_id, pl::status))
        .order(pl::updated_at.desc())
        .load(conn)?;
    rows.into_iter()
        .map(|(c, s)| Ok((c, crate::stored(s)?)))
        .collect()
}
