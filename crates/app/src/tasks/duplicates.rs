//! Duplicates' tasks: possible duplicate applications flagged for a person to resolve
//! (dismiss or merge), counted only where both records are within the person's reach.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Open duplicate flags to dismiss or merge.
pub static RESOLVE: Kind = Kind {
    id: "resolve-duplicates",
    rank: 15,
};

pub const SOURCE: Source = Source {
    kinds: &[&RESOLVE],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    // The duplicates tool is a screening tool: its routes need this permission.
    let Some(scope) = actor.scope(Permission::ScreenCandidates) else {
        return Ok(Vec::new());
    };
    let count = db::inbox::open_duplicates(conn, &scope, &actor.user_id)?;
    Ok(vec![Task {
        kind: &RESOLVE,
        count,
        due: None,
        href: "/duplicates".to_owned(),
        about: None,
    }])
}
