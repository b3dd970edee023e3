//! The pre-departure courses (`app::courses`): each enrolment, and each certificate issued
//! on completion. Not shown to host companies, which meet the trainee only at the
//! traineeship.

use db::cases::Case;
use db::{DbConn, DbResult};

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "courses",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    let mut out = Vec::new();
    for e in db::courses::of_case(conn, &case.id)? {
        out.push(Event {
            on: e.enrolled_at.date(),
            at: Some(e.enrolled_at),
            what: What::Enrolled {
                course: e.course.title.clone(),
            },
        });
        if let Some(c) = db::courses::certificate_of(conn, &e.id)? {
            out.push(Event {
                on: c.issued_on,
                at: None,
                what: What::Certificate {
                    course: e.course.title,
                },
            });
        }
    }
    Ok(out)
}
