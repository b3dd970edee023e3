//! Selection: a call's criteria, the assessors' scores of an application, interviews, and
//! what the ranking needs. Criteria belong to a call (reached through [`calls::find`] with
//! the actor's scope); scores and interviews belong to an application and are reached
//! through the candidate's scope, so an assessor outside it gets `NotFound`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Invalid;
use domain::candidate::Status;
use domain::permission::Scope;
use domain::selection::{CriterionDraft, InterviewDraft, is_assessable};

use crate::candidates::{Candidate, event, find, scoped};
use crate::schema::{
    candidates, interviews as iv, selection_criteria as sc, selection_scores as ss, users,
};
use crate::{DbConn, DbError, DbResult, Tx, calls, error::unique, id::new_id};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sc)]
pub struct Criterion {
    pub id: String,
    pub call_id: String,
    pub name: String,
    pub weight: i64,
    pub max_score: i64,
    /// Order on the pages: the order the criteria were added in.
    pub position: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Criterion {
    pub fn to_domain(&self) -> domain::selection::Criterion {
        domain::selection::Criterion {
            id: self.id.clone(),
            weight: self.weight,
            max_score: self.max_score,
        }
    }
}

/// The criteria of a call already reached through a scoped read, in the order they were
/// added.
pub fn criteria(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Criterion>> {
    Ok(sc::table
        .filter(sc::call_id.eq(call_id))
        .select(Criterion::as_select())
        .order((sc::position.asc(), sc::created_at.asc()))
        .load(conn)?)
}

/// The criteria of several calls already reached through a scoped read, in one query.
pub fn criteria_of_calls(conn: &mut DbConn, call_ids: &[String]) -> DbResult<Vec<Criterion>> {
    if call_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sc::table
        .filter(sc::call_id.eq_any(call_ids))
        .select(Criterion::as_select())
        .order((sc::call_id.asc(), sc::position.asc(), sc::created_at.asc()))
        .load(conn)?)
}

/// Adds a criterion to a call in `scope`. The same name twice in a call is a conflict.
pub fn add_criterion(
    tx: &mut Tx<'_>,
    scope: &Scope,
    call_id: &str,
    d: &CriterionDraft,
) -> DbResult<String> {
    let call = calls::find(tx.conn, scope, call_id)?;
    let last: Option<i64> = sc::table
        .filter(sc::call_id.eq(&call.id))
        .select(diesel::dsl::max(sc::position))
        .first(tx.conn)?;
    let position = last.map_or(0, |p| p + 1);
    let id = new_id();
    diesel::insert_into(sc::table)
        .values((
            sc::id.eq(&id),
            sc::call_id.eq(&call.id),
            sc::name.eq(&d.name),
            sc::weight.eq(d.weight),
            sc::max_score.eq(d.max_score),
            sc::position.eq(position),
            sc::created_at.eq(tx.now),
            sc::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::CriterionTaken))?;
    tx.audit("call.criterion.add", "call", &call.id)?;
    Ok(id)
}

/// Changes a criterion's name, weight or maximum. Scores above a lowered maximum count as
/// the maximum in the total.
pub fn update_criterion(
    tx: &mut Tx<'_>,
    scope: &Scope,
    call_id: &str,
    id: &str,
    d: &CriterionDraft,
) -> DbResult<()> {
    let call = calls::find(tx.conn, scope, call_id)?;
    let n = diesel::update(
        sc::table
            .filter(sc::id.eq(id))
            .filter(sc::call_id.eq(&call.id)),
    )
    .set((
        sc::name.eq(&d.name),
        sc::weight.eq(d.weight),
        sc::max_score.eq(d.max_score),
        sc::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)
    .map_err(unique(domain::Conflict::CriterionTaken))?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("call.criterion.update", "call", &call.id)
}

/// Removes a criterion nobody has scored yet; a scored one is a conflict (its scores are
/// part of decisions already taken).
pub fn remove_criterion(tx: &mut Tx<'_>, scope: &Scope, call_id: &str, id: &str) -> DbResult<()> {
    let call = calls::find(tx.conn, scope, call_id)?;
    let scored: i64 = ss::table
        .filter(ss::criterion_id.eq(id))
        .count()
        .get_result(tx.conn)?;
    if scored > 0 {
        return Err(DbError::Conflict(domain::Conflict::CriterionScored));
    }
    let n = diesel::delete(
        sc::table
            .filter(sc::id.eq(id))
            .filter(sc::call_id.eq(&call.id)),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("call.criterion.remove", "call", &call.id)
}

/// One assessor's score on one criterion, with the assessor's name.
#[derive(Debug, Clone)]
pub struct ScoreRow {
    pub criterion_id: String,
    pub assessor_id: String,
    pub assessor_name: String,
    pub score: i64,
    pub note: Option<String>,
    pub updated_at: NaiveDateTime,
}

impl ScoreRow {
    pub fn to_domain(&self) -> domain::selection::Score {
        domain::selection::Score {
            criterion_id: self.criterion_id.clone(),
            assessor_id: self.assessor_id.clone(),
            score: self.score,
        }
    }
}

/// Every score of an application already found through [`find`], oldest assessor first.
pub fn scores_of(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Vec<ScoreRow>> {
    let rows: Vec<(String, String, String, i64, Option<String>, NaiveDateTime)> = ss::table
        .inner_join(users::table.on(users::id.eq(ss::assessor_id)))
        .filter(ss::candidate_id.eq(&candidate.id))
        .select((
            ss::criterion_id,
            ss::assessor_id,
            users::display_name,
            ss::score,
            ss::note,
            ss::updated_at,
        ))
        .order((ss::created_at.asc(), ss::assessor_id.asc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(criterion_id, assessor_id, assessor_name, score, note, updated_at)| ScoreRow {
                criterion_id,
                assessor_id,
                assessor_name,
                score,
                note,
                updated_at,
            },
        )
        .collect())
}

/// One criterion's score as an assessor gave it: `None` removes their earlier score.
#[derive(Debug, Clone)]
pub struct ScoreInput {
    pub criterion_id: String,
    pub score: Option<i64>,
    pub note: Option<String>,
}

fn not_assessable() -> Invalid {
    Invalid::new("status", "error-not-assessable")
}

/// Records the acting assessor's own scores of an application in `scope`: one row per
/// criterion scored, replaced when they score again, removed when left empty. Other
/// assessors' scores are untouched. Refused (inner `Err`, nothing written) when the
/// application is not at an assessable stage or a score is out of its criterion's range.
pub fn save_scores(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
    inputs: &[ScoreInput],
) -> DbResult<Result<(), Invalid>> {
    let c = find(tx.conn, scope, actor_id, candidate_id)?;
    if !is_assessable(c.status) {
        return Ok(Err(not_assessable()));
    }
    let criteria: HashMap<String, Criterion> = criteria(tx.conn, &c.call_id)?
        .into_iter()
        .map(|k| (k.id.clone(), k))
        .collect();
    for i in inputs {
        // A criterion of another call (or none) is an unknown reference, refused like one.
        let Some(k) = criteria.get(&i.criterion_id) else {
            return Ok(Err(Invalid::new("score", "error-reference-unknown")));
        };
        if i.score.is_some_and(|s| !(0..=k.max_score).contains(&s)) {
            return Ok(Err(Invalid::new("score", "error-score-range")));
        }
    }
    let mut changed = false;
    for i in inputs {
        let mine = ss::table
            .filter(ss::candidate_id.eq(&c.id))
            .filter(ss::criterion_id.eq(&i.criterion_id))
            .filter(ss::assessor_id.eq(actor_id));
        let existing: Option<(i64, Option<String>)> = mine
            .select((ss::score, ss::note))
            .first(tx.conn)
            .optional()?;
        match (existing, i.score) {
            (None, None) => {}
            (Some(_), None) => {
                diesel::delete(mine).execute(tx.conn)?;
                changed = true;
            }
            (Some((s, n)), Some(score)) if s == score && n == i.note => {}
            (Some(_), Some(score)) => {
                diesel::update(mine)
                    .set((
                        ss::score.eq(score),
                        ss::note.eq(&i.note),
                        ss::updated_at.eq(tx.now),
                    ))
                    .execute(tx.conn)?;
                changed = true;
            }
            (None, Some(score)) => {
                diesel::insert_into(ss::table)
                    .values((
                        ss::id.eq(new_id()),
                        ss::candidate_id.eq(&c.id),
                        ss::criterion_id.eq(&i.criterion_id),
                        ss::assessor_id.eq(actor_id),
                        ss::score.eq(score),
                        ss::note.eq(&i.note),
                        ss::created_at.eq(tx.now),
                        ss::updated_at.eq(tx.now),
                    ))
                    .execute(tx.conn)?;
                changed = true;
            }
        }
    }
    if changed {
        event(tx, &c.id, "score", None, None, None)?;
        tx.audit("candidate.score", "candidate", &c.id)?;
    }
    Ok(Ok(()))
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = iv)]
pub struct Interview {
    pub id: String,
    pub candidate_id: String,
    pub scheduled_at: NaiveDateTime,
    pub place: String,
    pub panel: String,
    pub notes: Option<String>,
    pub score: Option<i64>,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Who wrote the notes (`None` for notes older than the column, or none at all).
    pub notes_by: Option<String>,
}

impl Interview {
    /// Whether the notes were written by someone other than `user_id` (or by nobody known).
    pub fn notes_by_other_than(&self, user_id: &str) -> bool {
        self.notes.is_some() && self.notes_by.as_deref() != Some(user_id)
    }
}

/// Interview `interview_id` of an application in `scope`; `NotFound` otherwise.
pub fn find_interview(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
    interview_id: &str,
) -> DbResult<Interview> {
    let c = find(conn, scope, actor_id, candidate_id)?;
    Ok(iv::table
        .filter(iv::id.eq(interview_id))
        .filter(iv::candidate_id.eq(&c.id))
        .select(Interview::as_select())
        .first(conn)?)
}

/// The interviews of an application already found through [`find`], earliest first.
pub fn interviews_of(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Vec<Interview>> {
    Ok(iv::table
        .filter(iv::candidate_id.eq(&candidate.id))
        .select(Interview::as_select())
        .order(iv::scheduled_at.asc())
        .load(conn)?)
}

/// Schedules an interview of an application in `scope` at an assessable stage. The
/// timeline gets an `interview` event whose note is the time (`%Y-%m-%dT%H:%M`), which the
/// candidate also sees.
pub fn schedule_interview(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
    d: &InterviewDraft,
) -> DbResult<Result<String, Invalid>> {
    let c = find(tx.conn, scope, actor_id, candidate_id)?;
    if !is_assessable(c.status) {
        return Ok(Err(not_assessable()));
    }
    let id = new_id();
    diesel::insert_into(iv::table)
        .values((
            iv::id.eq(&id),
            iv::candidate_id.eq(&c.id),
            iv::scheduled_at.eq(d.scheduled_at),
            iv::place.eq(&d.place),
            iv::panel.eq(&d.panel),
            iv::notes.eq(None::<String>),
            iv::score.eq(None::<i64>),
            iv::created_by.eq(actor_id),
            iv::created_at.eq(tx.now),
            iv::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    let when = d.scheduled_at.format("%Y-%m-%dT%H:%M").to_string();
    event(tx, &c.id, "interview", None, None, Some(&when))?;
    tx.audit("candidate.interview.schedule", "candidate", &c.id)?;
    Ok(Ok(id))
}

/// Records the score (0–100) and, unless `notes` is `None`, the notes of an interview of
/// an application in `scope` (`Some(None)` clears them); the notes are marked as written by
/// `actor_id`.
pub fn record_interview(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
    interview_id: &str,
    notes: Option<Option<&str>>,
    score: i64,
) -> DbResult<Result<(), Invalid>> {
    let c = find(tx.conn, scope, actor_id, candidate_id)?;
    if !is_assessable(c.status) {
        return Ok(Err(not_assessable()));
    }
    if !(0..=100).contains(&score) {
        return Ok(Err(Invalid::new("score", "error-interview-score")));
    }
    let target = iv::table
        .filter(iv::id.eq(interview_id))
        .filter(iv::candidate_id.eq(&c.id));
    let n = match notes {
        Some(notes) => diesel::update(target)
            .set((
                iv::notes.eq(notes),
                iv::notes_by.eq(notes.map(|_| actor_id)),
                iv::score.eq(Some(score)),
                iv::updated_at.eq(tx.now),
            ))
            .execute(tx.conn)?,
        None => diesel::update(target)
            .set((iv::score.eq(Some(score)), iv::updated_at.eq(tx.now)))
            .execute(tx.conn)?,
    };
    if n == 0 {
        return Err(DbError::NotFound);
    }
    event(tx, &c.id, "interview-result", None, None, None)?;
    tx.audit("candidate.interview.result", "candidate", &c.id)?;
    Ok(Ok(()))
}

/// An application as a ranking shows it: only the columns it reads, so that a call's
/// thousands of applications are not read whole (their eligibility, search words and
/// timestamps cost most of the ranking page's time).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = candidates)]
pub struct Ranked {
    pub id: String,
    #[diesel(deserialize_as = String)]
    pub status: Status,
    pub family_name: String,
    pub given_names: String,
    #[diesel(deserialize_as = crate::MaybeBlank)]
    pub residence_country: Option<domain::Country>,
    pub email: String,
    pub submitted_at: Option<NaiveDateTime>,
}

/// What a ranking of a call needs: the applications `scope` reaches at an assessable stage,
/// every score given to them, and each one's latest scored interview.
pub struct RankingInputs {
    pub candidates: Vec<Ranked>,
    pub scores: HashMap<String, Vec<domain::selection::Score>>,
    pub interviews: HashMap<String, i64>,
}

pub fn ranking_inputs(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    call_id: &str,
) -> DbResult<RankingInputs> {
    let statuses: Vec<String> = [Status::Eligible, Status::Shortlisted, Status::WaitingList]
        .iter()
        .map(|s| s.as_str().to_owned())
        .collect();
    let candidates: Vec<Ranked> = scoped(scope, actor_id)
        .filter(candidates::call_id.eq(call_id.to_owned()))
        .filter(candidates::status.eq_any(statuses.clone()))
        .select(Ranked::as_select())
        .load(conn)?;
    // The scores and interviews of the call's applications at these stages, each by one
    // statement over a sub-select (not a thousand ids bound in chunks): those of
    // applications out of reach are read too, and never looked up.
    let ranked = || {
        candidates::table
            .filter(candidates::call_id.eq(call_id.to_owned()))
            .filter(candidates::status.eq_any(statuses.clone()))
            .select(candidates::id)
    };
    let mut scores: HashMap<String, Vec<domain::selection::Score>> = HashMap::new();
    let rows: Vec<(String, String, String, i64)> = ss::table
        .filter(ss::candidate_id.eq_any(ranked()))
        .select((
            ss::candidate_id,
            ss::criterion_id,
            ss::assessor_id,
            ss::score,
        ))
        .load(conn)?;
    for (candidate_id, criterion_id, assessor_id, score) in rows {
        scores
            .entry(candidate_id)
            .or_default()
            .push(domain::selection::Score {
                criterion_id,
                assessor_id,
                score,
            });
    }
    let mut interviews: HashMap<String, (NaiveDateTime, i64)> = HashMap::new();
    let held: Vec<(String, NaiveDateTime, Option<i64>)> = iv::table
        .filter(iv::candidate_id.eq_any(ranked()))
        .filter(iv::score.is_not_null())
        .select((iv::candidate_id, iv::scheduled_at, iv::score))
        .load(conn)?;
    for (candidate_id, at, score) in held {
        let Some(score) = score else { continue };
        let e = interviews.entry(candidate_id).or_insert((at, score));
        if at >= e.0 {
            *e = (at, score);
        }
    }
    Ok(RankingInputs {
        candidates,
        scores,
        interviews: interviews.into_iter().map(|(k, (_, s))| (k, s)).collect(),
    })
}

/// The latest interview score of an application already found through [`find`].
pub fn interview_score(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Option<i64>> {
    Ok(iv::table
        .filter(iv::candidate_id.eq(&candidate.id))
        .filter(iv::score.is_not_null())
        .order(iv::scheduled_at.desc())
        .select(iv::score)
        .first::<Option<i64>>(conn)
        .optional()?
        .flatten())
}

/// The language the candidate chose for their account, if they have one; for messages.
pub fn candidate_locale(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Option<String>> {
    let Some(user_id) = &candidate.user_id else {
        return Ok(None);
    };
    Ok(users::table
        .filter(users::id.eq(user_id))
        .select(users::locale)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}
