//! Staged selection decisions (issue 11): what staff decided on an application and the
//! coordinator has yet to publish. `candidates.status` stays what the candidate sees; a
//! staged decision sits in `staged_decisions` beside it, one per application, until the
//! call's decisions are published ([`publish`]: every status moved and every row deleted in
//! the caller's transaction, with the messages the caller queues) or a coordinator reverses
//! a published one ([`reverse`]). The rules are `domain::decision`'s, applied here in the
//! transaction that writes.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::candidate::Status;
use domain::decision;
use domain::permission::Scope;
use domain::{Conflict, Invalid};

use crate::candidates::{event, find};
use crate::schema::{calls, candidates, staged_decisions as sd};
use crate::{DbConn, DbError, DbResult, Tx};

/// A decision staged on one application.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sd)]
pub struct Staged {
    pub candidate_id: String,
    pub call_id: String,
    #[diesel(deserialize_as = String)]
    pub decision: Status,
    pub reason: Option<String>,
    pub staged_by: String,
    pub staged_at: NaiveDateTime,
}

/// Stages (or changes) the decision on an application in `scope`, checked against its
/// published status; the timeline records it for staff (`decision-staged`). A refused
/// decision comes back as the inner `Err` and writes nothing.
pub fn stage(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    to: Status,
    reason: &str,
) -> DbResult<Result<(), Invalid>> {
    let c = find(tx.conn, scope, actor_id, id)?;
    let reason = match decision::check_stage(c.status, to, reason) {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    diesel::delete(sd::table.filter(sd::candidate_id.eq(id))).execute(tx.conn)?;
    diesel::insert_into(sd::table)
        .values((
            sd::candidate_id.eq(id),
            sd::call_id.eq(&c.call_id),
            sd::decision.eq(to.as_str()),
            sd::reason.eq(&reason),
            sd::staged_by.eq(actor_id),
            sd::staged_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    event(tx, id, "decision-staged", None, Some(to), reason.as_deref())?;
    tx.audit("candidate.decision.stage", "candidate", id)?;
    Ok(Ok(()))
}

/// Withdraws the decision staged on an application in `scope`; `NothingStaged` when there
/// is none (already withdrawn, or published meanwhile).
pub fn withdraw(tx: &mut Tx<'_>, scope: &Scope, actor_id: &str, id: &str) -> DbResult<()> {
    find(tx.conn, scope, actor_id, id)?;
    let gone = diesel::delete(sd::table.filter(sd::candidate_id.eq(id))).execute(tx.conn)?;
    crate::locks::expect_one(gone, Conflict::NothingStaged)?;
    event(tx, id, "decision-withdrawn", None, None, None)?;
    tx.audit("candidate.decision.withdraw", "candidate", id)?;
    Ok(())
}

/// Drops the decision staged on an application whose status changed otherwise (screened
/// again, merged): it was decided on a status that no longer holds.
pub(crate) fn clear(tx: &mut Tx<'_>, id: &str) -> DbResult<()> {
    diesel::delete(sd::table.filter(sd::candidate_id.eq(id))).execute(tx.conn)?;
    Ok(())
}

/// The decision staged on an application already found with the reader's scope.
pub fn staged_of(conn: &mut DbConn, candidate_id: &str) -> DbResult<Option<Staged>> {
    Ok(sd::table
        .filter(sd::candidate_id.eq(candidate_id))
        .select(Staged::as_select())
        .first(conn)
        .optional()?)
}

/// The decisions staged on applications already found with the reader's scope (a page of
/// the list, a call's ranking), by application.
pub fn staged_of_many(conn: &mut DbConn, ids: &[String]) -> DbResult<HashMap<String, Staged>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<Staged> = sd::table
            .filter(sd::candidate_id.eq_any(chunk))
            .select(Staged::as_select())
            .load(conn)?;
        out.extend(rows.into_iter().map(|s| (s.candidate_id.clone(), s)));
    }
    Ok(out)
}

/// The decisions staged in call `call_id`, by application: one statement over the call's
/// column, for a page that would otherwise bind every application's id.
pub fn staged_in_call(conn: &mut DbConn, call_id: &str) -> DbResult<HashMap<String, Staged>> {
    let rows: Vec<Staged> = sd::table
        .filter(sd::call_id.eq(call_id))
        .select(Staged::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|s| (s.candidate_id.clone(), s))
        .collect())
}

/// What publishing a call's staged decisions would do (the call found with the reader's
/// scope; `call_open` is the caller's to say, it knows the day).
pub fn preview(conn: &mut DbConn, call: &crate::calls::Call) -> DbResult<decision::Preview> {
    let staged: Vec<(String, String)> = sd::table
        .inner_join(candidates::table)
        .filter(sd::call_id.eq(&call.id))
        .select((sd::decision, candidates::email))
        .load(conn)?;
    let mut p = decision::Preview {
        places: call.places,
        ..Default::default()
    };
    for (d, email) in &staged {
        match Status::parse(d) {
            Ok(Status::Shortlisted) => p.shortlisted += 1,
            Ok(Status::WaitingList) => p.waiting_list += 1,
            Ok(Status::Rejected) => p.rejected += 1,
            _ => return Err(DbError::Conflict(Conflict::Transition)),
        }
        if !email.trim().is_empty() {
            p.messages += 1;
        }
    }
    let kept: i64 = candidates::table
        .filter(candidates::call_id.eq(&call.id))
        .filter(candidates::status.eq(Status::Shortlisted.as_str()))
        .filter(candidates::id.ne_all(sd::table.select(sd::candidate_id)))
        .count()
        .get_result(conn)?;
    p.shortlist_after = kept + p.shortlisted;
    Ok(p)
}

/// The staged decisions of the calls `scope` reaches, counted per call (the publishers'
/// inbox).
pub fn count_by_call(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<(String, i64)>> {
    let mut q = sd::table
        .inner_join(calls::table.on(calls::id.eq(sd::call_id)))
        .group_by(sd::call_id)
        .select((sd::call_id, diesel::dsl::count_star()))
        .into_boxed();
    if let Some(ids) = crate::scope::programme_ids(conn, scope)? {
        q = q.filter(calls::programme_id.eq_any(ids));
    }
    Ok(q.load(conn)?)
}

/// Publishes every decision staged on a call the caller reached and locked
/// (`locks::call`): each application's status moves to its decision (from the status it
/// was staged on: a change meanwhile refuses the whole publish), the timeline and the audit
/// record it, and the staged rows are deleted. Returns the applications decided, for the
/// caller to queue their messages in the same transaction; `NothingStaged` when there is
/// none (a second publish of the same decisions finds them gone).
pub fn publish(tx: &mut Tx<'_>, call_id: &str) -> DbResult<Vec<String>> {
    let staged: Vec<Staged> = sd::table
        .filter(sd::call_id.eq(call_id))
        .select(Staged::as_select())
        .order(sd::candidate_id.asc())
        .load(tx.conn)?;
    if staged.is_empty() {
        return Err(DbError::Conflict(Conflict::NothingStaged));
    }
    let mut decided = Vec::with_capacity(staged.len());
    for s in staged {
        let from: String = candidates::table
            .filter(candidates::id.eq(&s.candidate_id))
            .select(candidates::status)
            .first(tx.conn)?;
        let from = Status::parse(&from).map_err(|_| DbError::Conflict(Conflict::Transition))?;
        if decision::check_stage(from, s.decision, s.reason.as_deref().unwrap_or("")).is_err() {
            return Err(DbError::Conflict(Conflict::Transition));
        }
        let changed = diesel::update(
            candidates::table
                .filter(candidates::id.eq(&s.candidate_id))
                .filter(candidates::status.eq(from.as_str())),
        )
        .set((
            candidates::status.eq(s.decision.as_str()),
            candidates::decision_reason.eq(&s.reason),
            candidates::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
        crate::locks::expect_one(changed, Conflict::Transition)?;
        event(
            tx,
            &s.candidate_id,
            "status",
            Some(from),
            Some(s.decision),
            s.reason.as_deref(),
        )?;
        tx.audit("candidate.decision.publish", "candidate", &s.candidate_id)?;
        decided.push(s.candidate_id);
    }
    diesel::delete(sd::table.filter(sd::call_id.eq(call_id))).execute(tx.conn)?;
    tx.audit("call.decisions.publish", "call", call_id)?;
    Ok(decided)
}

/// Reverses the published decision on an application in `scope`: it goes back to
/// `eligible` (undecided; a new decision is staged and published as any other), with the
/// reason on the timeline (`decision-reversed`) and in the audit log. Returns the decision
/// reversed; `NotDecided` when the application has none, `CandidatePlaced` while a
/// placement proposed to it is active.
pub fn reverse(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    reason: &str,
) -> DbResult<Status> {
    let c = find(tx.conn, scope, actor_id, id)?;
    let from = c.status;
    if !decision::is_decision(from) {
        return Err(DbError::Conflict(Conflict::NotDecided));
    }
    // A placement proposed on the shortlist is answered or declined first: an undecided
    // application holds no place.
    let placed = crate::matching::active_placements(tx.conn, &c.call_id)?
        .iter()
        .any(|p| p.candidate_id == id);
    if placed {
        return Err(DbError::Conflict(Conflict::CandidatePlaced));
    }
    let changed = diesel::update(
        candidates::table
            .filter(candidates::id.eq(id))
            .filter(candidates::status.eq(from.as_str())),
    )
    .set((
        candidates::status.eq(Status::Eligible.as_str()),
        candidates::decision_reason.eq(None::<String>),
        candidates::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, Conflict::NotDecided)?;
    clear(tx, id)?;
    event(
        tx,
        id,
        "decision-reversed",
        Some(from),
        Some(Status::Eligible),
        Some(reason),
    )?;
    tx.audit("candidate.decision.reverse", "candidate", id)?;
    Ok(from)
}

/// The decisions staged on a call the caller reached, with the applications' names (for
/// the coordinator, who sees them), by family name.
pub fn on_call(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<(Staged, String, String)>> {
    Ok(sd::table
        .inner_join(candidates::table)
        .filter(sd::call_id.eq(call_id))
        .select((
            Staged::as_select(),
            candidates::family_name,
            candidates::given_names,
        ))
        .order((candidates::family_name.asc(), candidates::id.asc()))
        .load(conn)?)
}
