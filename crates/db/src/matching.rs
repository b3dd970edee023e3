//! Matching runs, the locks and forbids people decide, and placements proposed to companies.
//! A run keeps its problem and result as the `matching` crate's JSON; it is approved once
//! (a conditional update, `locks::expect_one`), and a declined placement forbids its pair
//! in later runs.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::placement::PlacementStatus;
use serde::Serialize;

use crate::candidates::{Candidate, Profile};
use crate::schema::{
    candidate_profiles as cp, candidates, match_constraints as mc, matching_runs as mr,
    placements as pl,
};
use crate::{DbConn, DbError, DbResult, Tx, id::new_id};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = mr)]
pub struct Run {
    pub id: String,
    pub call_id: String,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
    pub method: String,
    /// The problem as solved (matching's JSON format).
    pub problem: String,
    /// The solution (matching's JSON result format).
    pub result: String,
    pub total_score: i64,
    pub pair_count: i32,
    pub approved_at: Option<NaiveDateTime>,
}

/// The filter on `candidates` of those shortlisted in call `$call` (see [`shortlisted`]),
/// one expression for every read of them.
macro_rules! shortlisted_in {
    ($call:expr) => {{
        use crate::schema::staged_decisions as sd;
        let call: &str = $call;
        let shortlisted = domain::candidate::Status::Shortlisted.as_str();
        let staged_short = sd::table
            .filter(sd::call_id.eq(call))
            .filter(sd::decision.eq(shortlisted))
            .select(sd::candidate_id);
        let staged_any = sd::table
            .filter(sd::call_id.eq(call))
            .select(sd::candidate_id);
        candidates::call_id.eq(call).and(
            candidates::status
                .eq(shortlisted)
                .and(candidates::id.ne_all(staged_any))
                .or(candidates::id.eq_any(staged_short)),
        )
    }};
}

/// The shortlisted candidates of a call with their profiles: the people to match. Staff
/// match on their own decisions before the candidates hear of them (issue 11): a staged
/// shortlist counts, and a published one counts unless another decision is staged on it.
pub fn shortlisted(
    conn: &mut DbConn,
    call_id: &str,
) -> DbResult<Vec<(Candidate, Option<Profile>)>> {
    Ok(candidates::table
        .left_join(cp::table)
        .filter(shortlisted_in!(call_id))
        .select((Candidate::as_select(), Option::<Profile>::as_select()))
        .order(candidates::id.asc())
        .load(conn)?)
}

pub struct NewRun<'a> {
    pub call_id: &'a str,
    pub method: &'a str,
    pub problem: &'a str,
    pub result: &'a str,
    pub total_score: i64,
    pub pair_count: i32,
}

pub fn create_run(tx: &mut Tx<'_>, run: &NewRun<'_>) -> DbResult<String> {
    let id = new_id();
    let actor = tx.actor().to_owned();
    let created_by = (actor != "system" && actor != "cli").then_some(actor);
    diesel::insert_into(mr::table)
        .values((
            mr::id.eq(&id),
            mr::call_id.eq(run.call_id),
            mr::created_by.eq(created_by),
            mr::created_at.eq(tx.now),
            mr::method.eq(run.method),
            mr::problem.eq(run.problem),
            mr::result.eq(run.result),
            mr::total_score.eq(run.total_score),
            mr::pair_count.eq(run.pair_count),
        ))
        .execute(tx.conn)?;
    tx.audit("matching.run", "matching_run", &id)?;
    Ok(id)
}

/// Runs of a call, newest first.
/// A run as its call's pages list it: without its problem and result, which are the
/// bulk of its row (a few hundred kilobytes of JSON on a call of a thousand people).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mr)]
pub struct RunSummary {
    pub id: String,
    pub created_at: NaiveDateTime,
    pub method: String,
    pub total_score: i64,
    pub pair_count: i32,
    pub approved_at: Option<NaiveDateTime>,
}

impl Run {
    /// The run as listed, without its problem and result.
    pub fn summary(&self) -> RunSummary {
        RunSummary {
            id: self.id.clone(),
            created_at: self.created_at,
            method: self.method.clone(),
            total_score: self.total_score,
            pair_count: self.pair_count,
            approved_at: self.approved_at,
        }
    }
}

/// A call's runs, newest first, as listed.
pub fn run_summaries(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<RunSummary>> {
    Ok(mr::table
        .filter(mr::call_id.eq(call_id))
        .select(RunSummary::as_select())
        .order(mr::created_at.desc())
        .load(conn)?)
}

/// The problem (with its settings) of the call's newest run, if any: what the settings
/// form starts from.
pub fn newest_problem(conn: &mut DbConn, call_id: &str) -> DbResult<Option<String>> {
    Ok(mr::table
        .filter(mr::call_id.eq(call_id))
        .select(mr::problem)
        .order(mr::created_at.desc())
        .first(conn)
        .optional()?)
}

/// Who is shortlisted in a call (as [`shortlisted`] counts them), by name and country of
/// residence only: what the matching pages name them by.
#[derive(Debug, Clone, Queryable)]
pub struct Shortlisted {
    pub id: String,
    pub given_names: String,
    pub family_name: String,
    /// The country code, blank if not given.
    pub residence_country: String,
}

pub fn shortlisted_names(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Shortlisted>> {
    Ok(candidates::table
        .filter(shortlisted_in!(call_id))
        .select((
            candidates::id,
            candidates::given_names,
            candidates::family_name,
            candidates::residence_country,
        ))
        .order(candidates::id.asc())
        .load(conn)?)
}

pub fn runs_of(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Run>> {
    Ok(mr::table
        .filter(mr::call_id.eq(call_id))
        .select(Run::as_select())
        .order(mr::created_at.desc())
        .load(conn)?)
}

pub fn find_run(conn: &mut DbConn, id: &str) -> DbResult<Run> {
    Ok(mr::table
        .filter(mr::id.eq(id))
        .select(Run::as_select())
        .first(conn)?)
}

/// Locks and forbids of a call: (candidate, position, kind).
pub fn constraints(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<(String, String, String)>> {
    Ok(mc::table
        .filter(mc::call_id.eq(call_id))
        .select((mc::candidate_id, mc::position_id, mc::kind))
        .load(conn)?)
}

/// Sets (`lock` / `forbid`) or clears (`None`) the constraint on a pair. A candidate has at
/// most one lock: locking a pair releases the candidate's other lock.
pub fn set_constraint(
    tx: &mut Tx<'_>,
    call_id: &str,
    candidate: &str,
    position: &str,
    kind: Option<&str>,
) -> DbResult<()> {
    let pair = mc::table
        .filter(mc::call_id.eq(call_id))
        .filter(mc::candidate_id.eq(candidate))
        .filter(mc::position_id.eq(position));
    diesel::delete(pair).execute(tx.conn)?;
    if kind == Some("lock") {
        diesel::delete(
            mc::table
                .filter(mc::call_id.eq(call_id))
                .filter(mc::candidate_id.eq(candidate))
                .filter(mc::kind.eq("lock")),
        )
        .execute(tx.conn)?;
    }
    if let Some(kind) = kind {
        diesel::insert_into(mc::table)
            .values((
                mc::call_id.eq(call_id),
                mc::candidate_id.eq(candidate),
                mc::position_id.eq(position),
                mc::kind.eq(kind),
                mc::created_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
    }
    tx.audit(
        &format!("matching.{}", kind.unwrap_or("clear")),
        "candidate",
        candidate,
    )
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pl)]
pub struct Placement {
    pub id: String,
    pub run_id: Option<String>,
    pub call_id: String,
    pub candidate_id: String,
    pub position_id: String,
    pub company_id: String,
    #[diesel(deserialize_as = String)]
    pub status: PlacementStatus,
    pub score: i64,
    pub note: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The interview slot the candidate picked (`db::interviews`).
    pub interview_slot_id: Option<String>,
    /// A company's decline reversed by the coordinator: when, by whom, why.
    pub reversed_at: Option<NaiveDateTime>,
    pub reversed_by: Option<String>,
    pub reversal_reason: Option<String>,
}

/// Placements of a call that still hold their candidate and place.
pub fn active_placements(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Placement>> {
    Ok(pl::table
        .filter(pl::call_id.eq(call_id))
        .filter(pl::status.ne(PlacementStatus::Declined.as_str()))
        .select(Placement::as_select())
        .load(conn)?)
}

/// How many placements of the call stand (not declined): the matching page's count.
pub fn active_placement_count(conn: &mut DbConn, call_id: &str) -> DbResult<i64> {
    Ok(pl::table
        .filter(pl::call_id.eq(call_id))
        .filter(pl::status.ne(PlacementStatus::Declined.as_str()))
        .count()
        .get_result(conn)?)
}

/// One pair to propose: candidate, position, company, score.
pub struct Proposal {
    pub candidate_id: String,
    pub position_id: String,
    pub company_id: String,
    pub score: i64,
}

/// Approves a run: each pair whose candidate has no active placement yet becomes a
/// placement proposed to the company. Returns how many were proposed.
pub fn approve(tx: &mut Tx<'_>, run_id: &str, proposals: &[Proposal]) -> DbResult<usize> {
    let run = find_run(tx.conn, run_id)?;
    // A run is approved once, and one call's approvals and proposals take turns: each
    // counts the call's active placements before adding its own.
    crate::locks::call(tx, &run.call_id)?;
    let approved = diesel::update(
        mr::table
            .filter(mr::id.eq(run_id))
            .filter(mr::approved_at.is_null()),
    )
    .set(mr::approved_at.eq(Some(tx.now)))
    .execute(tx.conn)?;
    crate::locks::expect_one(approved, domain::Conflict::RunApproved)?;
    let placed: Vec<String> = active_placements(tx.conn, &run.call_id)?
        .into_iter()
        .map(|p| p.candidate_id)
        .collect();
    let mut count = 0;
    for p in proposals
        .iter()
        .filter(|p| !placed.contains(&p.candidate_id))
    {
        let id = new_id();
        diesel::insert_into(pl::table)
            .values((
                pl::id.eq(&id),
                pl::run_id.eq(Some(run_id)),
                pl::call_id.eq(&run.call_id),
                pl::candidate_id.eq(&p.candidate_id),
                pl::position_id.eq(&p.position_id),
                pl::company_id.eq(&p.company_id),
                pl::status.eq(PlacementStatus::Proposed.as_str()),
                pl::score.eq(p.score),
                pl::note.eq(""),
                pl::created_at.eq(tx.now),
                pl::updated_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
        tx.audit("placement.propose", "placement", &id)?;
        count += 1;
    }
    tx.audit("matching.approve", "matching_run", run_id)?;
    Ok(count)
}

pub use crate::placement_views::{Filter, PlacementView, count, find_placement, placements};

/// Moves a placement; a decline forbids the pair in later runs.
pub fn set_placement_status(
    tx: &mut Tx<'_>,
    p: &Placement,
    to: PlacementStatus,
    note: &str,
) -> DbResult<()> {
    // From the status the caller checked: of two answers at once, the first to commit wins.
    let changed = diesel::update(
        pl::table
            .filter(pl::id.eq(&p.id))
            .filter(pl::status.eq(p.status.as_str())),
    )
    .set((
        pl::status.eq(to.as_str()),
        pl::note.eq(note),
        pl::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, domain::Conflict::PlacementAnswered)?;
    tx.audit(&format!("placement.{}", to.as_str()), "placement", &p.id)?;
    if to == PlacementStatus::Declined {
        set_constraint(
            tx,
            &p.call_id,
            &p.candidate_id,
            &p.position_id,
            Some("forbid"),
        )?;
    }
    Ok(())
}

/// A placement proposed by hand (outside a run), e.g. through the API.
pub fn propose(tx: &mut Tx<'_>, call_id: &str, p: &Proposal) -> DbResult<String> {
    crate::locks::call(tx, call_id)?;
    let taken = active_placements(tx.conn, call_id)?
        .into_iter()
        .any(|x| x.candidate_id == p.candidate_id);
    if taken {
        return Err(DbError::Conflict(domain::Conflict::CandidatePlaced));
    }
    let id = new_id();
    diesel::insert_into(pl::table)
        .values((
            pl::id.eq(&id),
            pl::run_id.eq(None::<String>),
            pl::call_id.eq(call_id),
            pl::candidate_id.eq(&p.candidate_id),
            pl::position_id.eq(&p.position_id),
            pl::company_id.eq(&p.company_id),
            pl::status.eq(PlacementStatus::Proposed.as_str()),
            pl::score.eq(p.score),
            pl::note.eq(""),
            pl::created_at.eq(tx.now),
            pl::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("placement.propose", "placement", &id)?;
    Ok(id)
}

/// Who ranks: a company ranks candidates for a position, a candidate ranks positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Company,
    Candidate,
}

impl Side {
    pub const fn as_str(self) -> &'static str {
        match self {
            Side::Company => "company",
            Side::Candidate => "candidate",
        }
    }
}

/// One stated preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranking {
    pub side: String,
    pub position_id: String,
    pub candidate_id: String,
    pub rank: i32,
}

pub fn rankings(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Ranking>> {
    use crate::schema::rankings as rk;
    let rows: Vec<(String, String, String, i32)> = rk::table
        .filter(rk::call_id.eq(call_id))
        .select((rk::side, rk::position_id, rk::candidate_id, rk::rank))
        .order(rk::rank.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(side, position_id, candidate_id, rank)| Ranking {
            side,
            position_id,
            candidate_id,
            rank,
        })
        .collect())
}

/// Replaces one ranker's list: a position's ranking of candidates (`Side::Company`, `owner`
/// is the position) or a candidate's ranking of positions (`Side::Candidate`, `owner` is
/// the candidate). `ranked` holds (the other side's id, rank).
pub fn set_rankings(
    tx: &mut Tx<'_>,
    call_id: &str,
    side: Side,
    owner: &str,
    ranked: &[(String, i32)],
) -> DbResult<()> {
    use crate::schema::rankings as rk;
    let mine = rk::table
        .filter(rk::call_id.eq(call_id))
        .filter(rk::side.eq(side.as_str()));
    match side {
        Side::Company => diesel::delete(mine.filter(rk::position_id.eq(owner))).execute(tx.conn)?,
        Side::Candidate => {
            diesel::delete(mine.filter(rk::candidate_id.eq(owner))).execute(tx.conn)?
        }
    };
    for (other, rank) in ranked {
        let (position, candidate) = match side {
            Side::Company => (owner, other.as_str()),
            Side::Candidate => (other.as_str(), owner),
        };
        diesel::insert_into(rk::table)
            .values((
                rk::call_id.eq(call_id),
                rk::side.eq(side.as_str()),
                rk::position_id.eq(position),
                rk::candidate_id.eq(candidate),
                rk::rank.eq(rank),
                rk::updated_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
    }
    tx.audit(
        &format!("ranking.{}", side.as_str()),
        if side == Side::Company {
            "position"
        } else {
            "candidate"
        },
        owner,
    )
}
