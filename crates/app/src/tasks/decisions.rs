//! Selection's tasks for those who publish (the coordinator): decisions staged on a call
//! and not yet published, which its candidates are waiting to hear.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Staged decisions waiting to be published, per call.
pub static PUBLISH: Kind = Kind {
    id: "publish-decisions",
    rank: 10,
};

pub const SOURCE: Source = Source {
    kinds: &[&PUBLISH],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::ManageCalls) else {
        return Ok(Vec::new());
    };
    let staged = db::decisions::count_by_call(conn, &scope)?;
    if staged.is_empty() {
        return Ok(Vec::new());
    }
    let calls = db::calls::list(conn, &scope)?;
    Ok(staged
        .into_iter()
        .map(|(call_id, count)| {
            let call = calls.iter().find(|c| c.id == call_id);
            Task {
                kind: &PUBLISH,
                count,
                // Candidates wait for their answer from the call's closing on; decisions
                // staged on an open call are due then too (a round may go out earlier).
                due: call.map(|c| c.closes_on),
                href: format!("/calls/{call_id}/decisions"),
                about: call.map(|c| c.title.clone()),
            }
        })
        .collect())
}
