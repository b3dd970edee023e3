//! The follow-ups after the traineeship, each on the day it was made. Not shown to host
//! companies.

use db::cases::Case;
use db::{DbConn, DbResult};

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "follow_ups",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    Ok(db::outcomes::follow_ups_of(conn, &case.id)?
        .into_iter()
        .map(|f| Event {
            on: f.done_on,
            at: None,
            what: What::FollowUp(f),
        })
        .collect())
}
