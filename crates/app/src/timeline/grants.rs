//! The calls for proposals after the return (`app::grants`): the project the participant
//! presented (on the day they submitted it), the eligibility and cost check's verdict, and
//! where the application stands now when it moved on (scored, awarded, withdrawn). Not
//! shown to host companies: it comes after the traineeship. A draft is nobody's news.

use db::cases::Case;
use db::{DbConn, DbResult};
use domain::grant::Status;

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "grants",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    let mut out = Vec::new();
    for (a, call) in db::grants::people::of_participant(conn, &case.candidate_id)? {
        let Some(submitted) = a.submitted_at else {
            continue;
        };
        let event = |at: chrono::NaiveDateTime, status: Status| Event {
            on: at.date(),
            at: Some(at),
            what: What::GrantApplication {
                call: call.clone(),
                reference: a.reference.clone(),
                status,
            },
        };
        out.push(event(submitted, Status::Submitted));
        if let Some(checked) = a.checked_at {
            let verdict = if a.status == Status::Ineligible {
                Status::Ineligible
            } else {
                Status::Eligible
            };
            out.push(event(checked, verdict));
        }
        if !matches!(
            a.status,
            Status::Submitted | Status::Eligible | Status::Ineligible
        ) {
            out.push(event(a.updated_at, a.status));
        }
    }
    Ok(out)
}
