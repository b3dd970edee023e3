//! The mentoring sessions after the traineeship (`app::mentorships`): each on its day,
//! with its mode, never its topics' notes. Shown to readers who may see mentorships
//! (`Permission::ViewMentorships`: coordinators, mentors, the participant), not to host
//! companies.

use db::cases::Case;
use db::mentorships::{Reach, Show};
use db::{DbConn, DbResult};

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "mentorships",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company && r.mentoring
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    let mut events = Vec::new();
    // The case was found in the reader's reach: its participant's mentorships go with it.
    let reach = Reach::Own(vec![case.candidate_id.clone()]);
    for m in db::mentorships::list(conn, &reach, Show::All)? {
        for s in db::mentorships::sessions::of(conn, &m.row.id)?
            .into_iter()
            .rev()
        {
            events.push(Event {
                on: s.held_on,
                at: None,
                what: What::MentoringSession(s.mode),
            });
        }
    }
    Ok(events)
}
