//! How the traineeship ended, on the outcome's day. Not shown to host companies (who see
//! their trainee only while the traineeship runs).

use db::cases::Case;
use db::{DbConn, DbResult};

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "outcome",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    Ok(db::outcomes::of_case(conn, &case.id)?
        .into_iter()
        .map(|o| Event {
            on: o.day,
            at: None,
            what: What::Outcome(o),
        })
        .collect())
}
