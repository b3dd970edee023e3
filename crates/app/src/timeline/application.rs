//! The application's events (`candidate_events`): created, submitted, screened, scored,
//! decided. Not shown to host companies.

use db::cases::Case;
use db::{DbConn, DbResult};
use domain::permission::Scope;

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "application",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    // The case was found in reach; its application is read through it.
    let candidate = db::candidates::find(conn, &Scope::All, "", &case.candidate_id)?;
    Ok(db::candidates::events(conn, &candidate)?
        .into_iter()
        .map(|e| Event {
            on: e.at.date(),
            at: Some(e.at),
            what: What::Application(e),
        })
        .collect())
}
