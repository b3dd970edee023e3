//! The coordinator's hand on matching: locking or forbidding a pair before the next run,
//! and proposing a placement outside any run. (Runs themselves are solved outside any
//! transaction and stored in a short write: see [`crate::matching_problem::run_detached`].)

use domain::Permission;
use domain::ids::{CallId, CandidateId, PlacementId, PositionId};
use domain::permission::Scope;

use crate::{Acting, AppResult, Clock, Error, reach};

/// What a coordinator says about one pair of a call's matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairConstraint {
    /// The pair is made in every run.
    Lock,
    /// The pair is never made.
    Forbid,
}

impl PairConstraint {
    pub const fn as_str(self) -> &'static str {
        match self {
            PairConstraint::Lock => "lock",
            PairConstraint::Forbid => "forbid",
        }
    }
}

fn scope(who: &Acting) -> AppResult<Scope> {
    who.scope(Permission::ManageMatching)
}

/// Locks or forbids a pair of a call within reach (`NotFound` otherwise), or releases it
/// (`None`). The candidate must be an application to that call and the position one of
/// its programme, or `Invalid` on `candidate_id` / `position_id`.
pub async fn constrain(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
    candidate: &CandidateId,
    position: &PositionId,
    kind: Option<PairConstraint>,
) -> AppResult<()> {
    let s = scope(who)?;
    let me = who.actor.user_id.clone();
    let (call, candidate, position) = (call.clone(), candidate.clone(), position.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = db::calls::find(tx.conn, &s, call.as_str())?;
        pair(tx.conn, &call, &me, candidate.as_str(), position.as_str())?;
        Ok(db::matching::set_constraint(
            tx,
            &call.id,
            candidate.as_str(),
            position.as_str(),
            kind.map(PairConstraint::as_str),
        )?)
    })
    .await
}

/// Proposes a pair by hand (the coordinator's decision, outside a run): a shortlisted
/// candidate of a call within reach and a position of the call's programme. A candidate
/// already placed is refused (`CandidatePlaced`, checked with the call locked).
pub async fn propose(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
    candidate: &CandidateId,
    position: &PositionId,
) -> AppResult<PlacementId> {
    let s = scope(who)?;
    let me = who.actor.user_id.clone();
    let (call, candidate, position) = (call.clone(), candidate.clone(), position.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = reach::reference("call_id", db::calls::find(tx.conn, &s, call.as_str()))?;
        let position = pair(tx.conn, &call, &me, candidate.as_str(), position.as_str())?;
        let shortlisted = db::matching::shortlisted(tx.conn, &call.id)?;
        if !shortlisted.iter().any(|(c, _)| c.id == candidate.as_str()) {
            return Err(reach::unknown("candidate_id"));
        }
        // A staged shortlisting may be matched on, not proposed: the candidate is told first.
        let told = [candidate.as_str().to_owned()];
        if db::candidates::not_at_status(tx.conn, &told, domain::candidate::Status::Shortlisted)?
            > 0
        {
            return Err(Error::Conflict(domain::Conflict::ShortlistUnpublished));
        }
        let id = db::matching::propose(
            tx,
            &call.id,
            &db::matching::Proposal {
                candidate_id: candidate.into_string(),
                position_id: position.id,
                company_id: position.company_id,
                score: 0,
            },
        )?;
        Ok(PlacementId::new(id))
    })
    .await
}

/// The pair a coordinator names for `call`: an application to that call and a position of
/// its programme (anything else, unknown or not, is `Invalid` on its field). Returns the
/// position.
fn pair(
    conn: &mut db::DbConn,
    call: &db::calls::Call,
    actor_id: &str,
    candidate: &str,
    position: &str,
) -> AppResult<db::positions::Position> {
    let programme = Scope::Programmes(vec![call.programme_id.clone()]);
    let c = reach::reference(
        "candidate_id",
        db::candidates::find(conn, &programme, actor_id, candidate),
    )?;
    if c.call_id != call.id {
        return Err(reach::unknown("candidate_id"));
    }
    Ok(reach::reference(
        "position_id",
        db::positions::find(conn, &programme, position),
    )?
    .position)
}
