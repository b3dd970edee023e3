//! The case's path through the art. 27 procedure: each step on the day it was entered.

use db::cases::Case;
use db::{DbConn, DbResult};

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "case",
    shown_to,
    find,
};

fn shown_to(_: &Reader) -> bool {
    true
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    Ok(db::cases::path(conn, &case.id)?
        .into_iter()
        .map(|s| Event {
            on: s.entered_on,
            at: s.entered_at,
            what: What::Step(s.step),
        })
        .collect())
}
