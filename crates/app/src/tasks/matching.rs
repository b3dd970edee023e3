//! Matching's tasks, for the coordinator: a call's matching runs waiting for one to be
//! approved, and a closed call with a shortlist but no run yet.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::candidate::Status;
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// A call with runs, none approved: compare them and approve one.
pub static APPROVE_RUN: Kind = Kind {
    id: "approve-matching-run",
    rank: 5,
};

/// A closed call with shortlisted candidates and no run: run matching.
pub static RUN: Kind = Kind {
    id: "run-matching",
    rank: 8,
};

pub const SOURCE: Source = Source {
    kinds: &[&APPROVE_RUN, &RUN],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::ManageMatching) else {
        return Ok(Vec::new());
    };
    let runs = db::inbox::runs_by_call(conn, &scope)?;
    let shortlisted =
        db::candidates::at_status_by_call(conn, &scope, &actor.user_id, Status::Shortlisted)?;
    if runs.is_empty() && shortlisted.is_empty() {
        return Ok(Vec::new());
    }
    let calls = db::calls::list(conn, &scope)?;
    let mut tasks = Vec::new();
    for call in &calls {
        let (made, approved) = runs
            .iter()
            .find(|(id, _, _)| *id == call.id)
            .map_or((0, 0), |(_, n, a)| (*n, *a));
        let listed = shortlisted
            .iter()
            .find(|(id, _)| *id == call.id)
            .map_or(0, |(_, n)| *n);
        let kind = if made > 0 && approved == 0 {
            &APPROVE_RUN
        } else if made == 0 && listed > 0 && call.closes_on < today {
            &RUN
        } else {
            continue;
        };
        tasks.push(Task {
            kind,
            count: if made > 0 { made } else { listed },
            due: None,
            href: format!("/calls/{}/matching", call.id),
            about: Some(call.title.clone()),
        });
    }
    Ok(tasks)
}
