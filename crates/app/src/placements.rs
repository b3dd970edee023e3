//! Placements: a host company (or the coordinator) answers a proposed placement —
//! interview, accept, decline. The status may move only along its paths, once.

use domain::ids::PlacementId;
use domain::placement::PlacementStatus;
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
    let s = who.scope(Permission::AnswerPlacements)?;
    let note: String = note.trim().chars().take(NOTE_MAX).collect();
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let v = db::matching::find_placement(tx.conn, &s, id.as_str())?;
        if !v.placement.status.can_move_to(to) {
            return Err(Error::Conflict(Conflict::PlacementAnswered));
        }
        Ok(db::matching::set_placement_status(
            tx,
            &v.placement,
            to,
            &note,
        )?)
    })
    .await
}
