//! Skills and occupations candidates described in their own words, waiting for staff to
//! map them to ESCO: counted by application within the person's reach (past the draft:
//! a draft's words may still change), leading to the application waiting longest, where
//! the mapping is done.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Applications with descriptions to map to ESCO.
pub static MAP: Kind = Kind {
    id: "map-free-skills",
    rank: 22,
};

pub const SOURCE: Source = Source {
    kinds: &[&MAP],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    // Mapping changes the application's ESCO section: the same permission.
    let Some(scope) = actor.scope(Permission::ScreenCandidates) else {
        return Ok(Vec::new());
    };
    let (count, first) = db::candidates::waiting(conn, &scope, &actor.user_id)?;
    Ok(first
        .map(|id| Task {
            kind: &MAP,
            count,
            due: None,
            href: format!("/candidates/{id}#free-skills"),
            about: None,
        })
        .into_iter()
        .collect())
}
