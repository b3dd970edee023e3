//! The traineeship (`app::traineeships`): its dates, each month's allowance as approved
//! (and paid), the incidents and the skills evaluations. The participant reads their
//! dates and allowances (their money) but not what staff recorded about them; a host
//! company reads it all, as it follows the traineeship itself.

use db::cases::Case;
use db::{DbConn, DbResult};

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "traineeship",
    shown_to,
    find,
};

fn shown_to(_: &Reader) -> bool {
    true
}

fn find(conn: &mut DbConn, case: &Case, r: &Reader) -> DbResult<Vec<Event>> {
    let mut out = Vec::new();
    let Some(t) = db::traineeships::find(conn, &case.id)? else {
        return Ok(out);
    };
    out.push(Event {
        on: t.starts_on,
        at: None,
        what: What::Traineeship {
            starts_on: t.starts_on,
            ends_on: t.ends_on,
            hours_per_week: t.hours_per_week,
        },
    });
    for a in db::traineeships::allowances(conn, &case.id)? {
        out.push(Event {
            on: a.approved_at.date(),
            at: Some(a.approved_at),
            what: What::Allowance(a),
        });
    }
    if r.own {
        return Ok(out);
    }
    for i in db::traineeships::incidents(conn, &case.id)? {
        out.push(Event {
            on: i.opened_at.date(),
            at: Some(i.opened_at),
            what: What::Incident(i),
        });
    }
    for e in db::traineeships::evaluations(conn, &case.id)? {
        out.push(Event {
            on: e.evaluated_at.date(),
            at: Some(e.evaluated_at),
            what: What::Evaluation(e.stage),
        });
    }
    Ok(out)
}
