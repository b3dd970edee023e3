//! Selection: a call's weighted criteria (managed with the call), each assessor's own
//! scores of an application and its interviews. Scores and interviews are taken only at an
//! assessable stage; the stage, the reach and the write are checked in one transaction.

use db::selection::ScoreInput;
use domain::ids::{CallId, CandidateId};
use domain::selection::{CriterionFields, InterviewFields, InterviewResultFields};
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Storage's refusal of a form (its inner `Err`) as this crate's; it writes nothing before
/// refusing, so rolling back loses nothing.
fn refused<T>(r: Result<T, domain::Invalid>) -> AppResult<T> {
    r.map_err(Error::Invalid)
}

/// Adds a criterion to a call within reach. The same name twice is
/// `Conflict(CriterionTaken)`.
pub async fn add_criterion(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
    fields: &CriterionFields,
) -> AppResult<String> {
    let s = who.scope(Permission::ManageCalls)?;
    let d = fields.parse()?;
    let call = call.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::selection::add_criterion(tx, &s, call.as_str(), &d)?)
    })
    .await
}

/// Changes a criterion's name, weight and scale.
pub async fn update_criterion(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
    criterion: &str,
    fields: &CriterionFields,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageCalls)?;
    let d = fields.parse()?;
    let (call, criterion) = (call.clone(), criterion.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::selection::update_criterion(
            tx,
            &s,
            call.as_str(),
            &criterion,
            &d,
        )?)
    })
    .await
}

/// Removes a criterion nobody has scored yet (`Conflict(CriterionScored)` otherwise).
pub async fn remove_criterion(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
    criterion: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageCalls)?;
    let (call, criterion) = (call.clone(), criterion.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::selection::remove_criterion(
            tx,
            &s,
            call.as_str(),
            &criterion,
        )?)
    })
    .await
}

/// Records the acting assessor's own scores of an application (an empty score removes
/// theirs); other assessors' scores are untouched.
pub async fn save_scores(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    candidate: &CandidateId,
    inputs: Vec<ScoreInput>,
) -> AppResult<()> {
    let s = who.scope(Permission::AssessCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let candidate = candidate.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        refused(db::selection::save_scores(
            tx,
            &s,
            &actor_id,
            candidate.as_str(),
            &inputs,
        )?)
    })
    .await
}

/// Schedules an interview of an application; returns the interview's id.
pub async fn schedule_interview(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    candidate: &CandidateId,
    fields: &InterviewFields,
) -> AppResult<String> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let d = fields.parse()?;
    let actor_id = who.actor.user_id.clone();
    let candidate = candidate.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        refused(db::selection::schedule_interview(
            tx,
            &s,
            &actor_id,
            candidate.as_str(),
            &d,
        )?)
    })
    .await
}

/// Records an interview's notes and score (0–100).
pub async fn record_interview(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    candidate: &CandidateId,
    interview: &str,
    fields: &InterviewResultFields,
) -> AppResult<()> {
    let s = who.scope(Permission::AssessCandidates)?;
    let (notes, score) = fields.parse()?;
    let actor_id = who.actor.user_id.clone();
    let blind = !who.actor.sees_candidate_identity();
    let (candidate, interview) = (candidate.clone(), interview.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        // Blind review: notes by someone else may name the candidate, so a reader who sees
        // no names is not shown them, and may not replace what they cannot see. Their
        // score is recorded and the notes are left as they are.
        let mut update = Some(notes.as_deref());
        if blind {
            let current = db::selection::find_interview(
                tx.conn,
                &s,
                &actor_id,
                candidate.as_str(),
                &interview,
            )?;
            if current.notes_by_other_than(&actor_id) {
                if notes.is_some() {
                    return Err(Invalid::new("notes", "error-interview-notes-hidden").into());
                }
                update = None;
            }
        }
        refused(db::selection::record_interview(
            tx,
            &s,
            &actor_id,
            candidate.as_str(),
            &interview,
            update,
            score,
        )?)
    })
    .await
}
