//! The coordinator's hand on matching: locking or forbidding a pair before the next run,
//! and proposing a placement outside any run. (Runs themselves are solved outside any
//! transaction and stored in a short write: see [`crate::matching_problem::run_detached`].)

use domain::Permission;
use domain::ids::{CallId, CandidateId, PlacementId, PositionId};
use domain::permission::Scope;

use crate::{Acting, AppResult, Clock, Error};

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

/// Locks or forbids a pair of a call within reach, or releases it (`None`).
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
    let (call, candidate, position) = (call.clone(), candidate.clone(), position.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::calls::find(tx.conn, &s, call.as_str())?;
        Ok(db::matching::set_constraint(
            tx,
            call.as_str(),
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
    let (call, candidate, position) = (call.clone(), candidate.clone(), position.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = db::calls::find(tx.conn, &s, call.as_str())?;
        let shortlisted = db::matching::shortlisted(tx.conn, &call.id)?;
        if !shortlisted.iter().any(|(c, _)| c.id == candidate.as_str()) {
            return Err(Error::NotFound);
        }
        let programme = Scope::Programmes(vec![call.programme_id.clone()]);
        let position = db::positions::find(tx.conn, &programme, position.as_str())?.position;
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
