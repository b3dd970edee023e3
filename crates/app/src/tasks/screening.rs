//! Screening's tasks: applications sent and waiting for a person to screen them.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::candidate::Status;
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Sent applications not yet screened, per call.
pub static SCREEN: Kind = Kind {
    id: "screen-applications",
    rank: 20,
};

pub const SOURCE: Source = Source {
    kinds: &[&SCREEN],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::ScreenCandidates) else {
        return Ok(Vec::new());
    };
    let waiting =
        db::candidates::at_status_by_call(conn, &scope, &actor.user_id, Status::Submitted)?;
    if waiting.is_empty() {
        return Ok(Vec::new());
    }
    let calls = db::calls::list(conn, &scope)?;
    Ok(waiting
        .into_iter()
        .map(|(call_id, count)| {
            let call = calls.iter().find(|c| c.id == call_id);
            Task {
                kind: &SCREEN,
                count,
                // Screening has no deadline of its own; the call's closing is when the
                // backlog starts to hold everyone else up.
                due: call.map(|c| c.closes_on),
                href: format!("/candidates?call={call_id}&status=submitted"),
                about: call.map(|c| c.title.clone()),
            }
        })
        .collect())
}
