//! Positions' tasks: positions waiting for approval, for those who approve them
//! (`Transition::Approve`), and positions sent back for changes, for the company that owns
//! them (`Transition::Submit` is theirs to make again).

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::position::{PositionStatus, Transition};
use domain::{Actor, Permission, Role};

use super::{Kind, Source, Task};

/// Submitted positions to approve or return.
pub static APPROVE: Kind = Kind {
    id: "approve-positions",
    rank: 12,
};

/// A position returned for changes, to edit and submit again.
pub static REVISE: Kind = Kind {
    id: "revise-position",
    rank: 14,
};

pub const SOURCE: Source = Source {
    kinds: &[&APPROVE, &REVISE],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    let approves = actor
        .roles()
        .into_iter()
        .any(|r| Transition::Approve.allowed_for(r));
    if approves && let Some(scope) = actor.scope(Permission::ReviewPositions) {
        let waiting = db::inbox::positions_at(conn, &scope, PositionStatus::Submitted)?;
        tasks.push(Task {
            kind: &APPROVE,
            count: i64::try_from(waiting.len()).unwrap_or(i64::MAX),
            due: None,
            href: "/positions?status=submitted".to_owned(),
            about: None,
        });
    }
    // Returned positions are the company's to mend; the coordinator, who may edit any
    // position, is not handed every company's drafts.
    let company = actor.roles().contains(&Role::Company);
    if company && let Some(scope) = actor.scope(Permission::EditPositions) {
        for (id, title, note) in db::inbox::positions_at(conn, &scope, PositionStatus::Draft)? {
            // A draft with a note is one sent back (a new draft has none).
            if note.trim().is_empty() {
                continue;
            }
            tasks.push(Task {
                kind: &REVISE,
                count: 1,
                due: None,
                href: format!("/positions/{id}"),
                about: Some(title),
            });
        }
    }
    Ok(tasks)
}
