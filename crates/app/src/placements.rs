//! Placements: a host company (or the coordinator) answers a proposed placement —
//! interview, accept, decline. The status may move only along its paths, once.
//!
//! The interview stage is reached by offering slots (`app::interviews::offer`), not by a
//! bare status change; a decline needs a reason ([`decline`]) and cannot be undone by the
//! company: only the coordinator reverses it, with a recorded reason ([`reverse_decline`]).

use domain::ids::PlacementId;
use domain::placement::{PlacementStatus, parse_reason};
use domain::{Conflict, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// A note on an answer is kept to this many characters.
const NOTE_MAX: usize = 2000;

/// Answers a placement within reach. Of two answers at once, the first to commit wins and
/// the other is refused (the status it was checked against has changed).
pub async fn answer(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &PlacementId,
    to: PlacementStatus,
    note: &str,
) -> AppResult<()> {
    if !who
        .actor
        .roles()
        .into_iter()
        .any(PlacementStatus::answered_by)
    {
        return Err(Error::Forbidden);
    }
    match to {
        // Slots and a date, not a bare status: `app::interviews::offer`.
        PlacementStatus::Interview => {
            return Err(Error::Invalid(domain::Invalid::new(
                "status",
                "error-interview-needs-slots",
            )));
        }
        PlacementStatus::Declined => return decline(db, clock, who, id, note).await,
        _ => {}
    }
    let s = who.scope(Permission::AnswerPlacements)?;
    let note: String = note.trim().chars().take(NOTE_MAX).collect();
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let v = db::matching::find_placement(tx.conn, &s, id.as_str())?;
        if !v.placement.status.can_move_to(to) {
            return Err(Error::Conflict(Conflict::PlacementAnswered));
        }
        db::matching::set_placement_status(tx, &v.placement, to, &note)?;
        // The road to Italy starts here: the accepted placement becomes a case.
        if to == PlacementStatus::Accepted {
            crate::cases::open::for_placement(tx, &v.placement.id)?;
        }
        Ok(())
    })
    .await
}

/// Declines a placement within reach, for the reason given (required: 422 without). The
/// pair is forbidden in later runs. Final for the company; see [`reverse_decline`].
pub async fn decline(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &PlacementId,
    reason: &str,
) -> AppResult<()> {
    if !who
        .actor
        .roles()
        .into_iter()
        .any(PlacementStatus::answered_by)
    {
        return Err(Error::Forbidden);
    }
    let s = who.scope(Permission::AnswerPlacements)?;
    let id = id.clone();
    let reason = reason.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let v = db::matching::find_placement(tx.conn, &s, id.as_str())?;
        if v.placement.status == PlacementStatus::Declined {
            return Err(Error::Conflict(Conflict::PlacementDeclined));
        }
        if !v.placement.status.can_move_to(PlacementStatus::Declined) {
            return Err(Error::Conflict(Conflict::PlacementAnswered));
        }
        // Checked after reach: nobody learns through a 422 that a placement exists.
        let reason = parse_reason("reason", &reason)?;
        Ok(db::matching::set_placement_status(
            tx,
            &v.placement,
            PlacementStatus::Declined,
            &reason,
        )?)
    })
    .await
}

/// Reverses a company's decline (the coordinator's, with `ManageMatching`): the placement
/// is proposed again, the reason recorded on it and audited (`placement.reverse_decline`).
/// Refused when the candidate has been placed elsewhere in the call meanwhile.
pub async fn reverse_decline(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &PlacementId,
    reason: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageMatching)?;
    let id = id.clone();
    let reason = reason.to_owned();
    let by = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let v = db::matching::find_placement(tx.conn, &s, id.as_str())?;
        let p = &v.placement;
        if p.status != PlacementStatus::Declined {
            return Err(Error::Conflict(Conflict::PlacementNotDeclined));
        }
        let reason = parse_reason("reason", &reason)?;
        // The call's placements take turns (as approvals do): one active placement a candidate.
        db::locks::call(tx, &p.call_id)?;
        if db::matching::active_placements(tx.conn, &p.call_id)?
            .iter()
            .any(|x| x.candidate_id == p.candidate_id)
        {
            return Err(Error::Conflict(Conflict::CandidatePlaced));
        }
        Ok(db::interviews::reverse_decline(tx, p, &by, &reason)?)
    })
    .await
}
