//! The participant's own task: a draft application to finish before its call closes, with
//! the link to the first step still missing. Their own applications only (no permission
//! needed beyond being the account that started them).

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::Actor;
use domain::candidate::Status;

use super::{Kind, Source, Task};

/// A draft application to complete and send.
pub static COMPLETE: Kind = Kind {
    id: "complete-application",
    rank: 1,
};

pub const SOURCE: Source = Source {
    kinds: &[&COMPLETE],
    find,
};

/// The page of the first step an application still lacks (`step` counts the steps done).
pub fn next_step_href(id: &str, step: i64) -> String {
    let page = match step {
        i64::MIN..=0 => "identity",
        1 => "education",
        2 => "preferences",
        _ => "consent",
    };
    format!("/applications/{id}/{page}")
}

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let drafts: Vec<_> = db::candidates::of_user(conn, &actor.user_id)?
        .into_iter()
        .filter(|c| c.status == Status::Draft)
        .collect();
    let mut tasks = Vec::new();
    for c in drafts {
        let Ok(call) = db::calls::find_published(conn, &c.call_id) else {
            continue;
        };
        // A draft of a closed call can no longer be sent: nothing to do.
        if call.closes_on < today {
            continue;
        }
        tasks.push(Task {
            kind: &COMPLETE,
            count: 1,
            due: Some(call.closes_on),
            href: next_step_href(&c.id, c.step),
            about: Some(call.title),
        });
    }
    Ok(tasks)
}
