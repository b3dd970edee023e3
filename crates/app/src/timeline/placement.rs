//! The placement the case was opened on: proposed to the host for a position, then
//! answered.

use db::cases::Case;
use db::{DbConn, DbResult};
use domain::permission::Scope;
use domain::placement::PlacementStatus;

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "placement",
    shown_to,
    find,
};

fn shown_to(_: &Reader) -> bool {
    true
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    // The case was found in reach; its placement is read through it.
    let p = db::matching::find_placement(conn, &Scope::All, &case.placement_id)?;
    let mut out = vec![Event {
        on: p.placement.created_at.date(),
        at: Some(p.placement.created_at),
        what: What::Proposed {
            company: p.company_name.clone(),
            position: p.position_title.clone(),
        },
    }];
    if p.placement.status != PlacementStatus::Proposed {
        out.push(Event {
            on: p.placement.updated_at.date(),
            at: Some(p.placement.updated_at),
            what: What::Placement(p.placement.status),
        });
    }
    Ok(out)
}
