//! Mentoring's tasks (issue 15 item 1): for a mentor, the mentorships with no session
//! logged for their reminder's days (since the last session or the opening) and those
//! with action items overdue; for a mentee, their own overdue items; for the coordinator,
//! every concern raised and not yet handled in their programmes. One task per mentorship,
//! linked to its page and labelled by the mentee's `MC-` reference when they had a case;
//! never a name, never what the concern says.

use chrono::NaiveDate;
use db::mentorships::Reach;
use db::{DbConn, DbResult};
use domain::permission::Scope;
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// No session logged for the mentorship's reminder.
pub static MENTORING_REMINDER: Kind = Kind {
    id: "mentoring-reminder",
    rank: 7,
};

/// Action items past their day.
pub static MENTORING_OVERDUE: Kind = Kind {
    id: "mentoring-overdue",
    rank: 8,
};

/// A mentor is worried: the coordinator should look.
pub static MENTORING_CONCERN: Kind = Kind {
    id: "mentoring-concern",
    rank: 3,
};

pub const SOURCE: Source = Source {
    kinds: &[&MENTORING_CONCERN, &MENTORING_REMINDER, &MENTORING_OVERDUE],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::ViewMentorships) else {
        return Ok(Vec::new());
    };
    let mut tasks = Vec::new();
    let reach = Reach::of(conn, &scope, &actor.user_id)?;
    if let Reach::Own(candidates) = &reach {
        for (_, count, due) in db::mentorships::items::overdue(conn, None, Some(candidates), today)?
        {
            tasks.push(Task {
                kind: &MENTORING_OVERDUE,
                count,
                due: Some(due),
                href: "/my/mentorship#plan".into(),
                about: None,
            });
        }
        return Ok(tasks);
    }
    if reach.programme_wide() {
        let programmes = match &scope {
            Scope::All => None,
            _ => match &reach {
                Reach::Programmes(ps) => Some(ps.as_slice()),
                _ => None,
            },
        };
        for (id, raised_at) in db::mentorships::concerns::open(conn, programmes)? {
            tasks.push(Task {
                kind: &MENTORING_CONCERN,
                count: 1,
                due: Some(raised_at.date()),
                href: format!("/mentorships/{id}#concern"),
                about: db::mentorships::label_of(conn, &id)?,
            });
        }
    }
    if !actor.can(Permission::MentorParticipants) {
        return Ok(tasks);
    }
    for r in db::mentorships::reminders_of(conn, &actor.user_id)? {
        let on = domain::mentorship::reminder_on(r.opened_on, r.last_session, r.reminder_days);
        if on <= today {
            tasks.push(Task {
                kind: &MENTORING_REMINDER,
                count: 1,
                due: Some(on),
                href: format!("/mentorships/{}#sessions", r.mentorship_id),
                about: db::mentorships::label_of(conn, &r.mentorship_id)?,
            });
        }
    }
    for (id, count, due) in
        db::mentorships::items::overdue(conn, Some(&actor.user_id), None, today)?
    {
        tasks.push(Task {
            kind: &MENTORING_OVERDUE,
            count,
            due: Some(due),
            href: format!("/mentorships/{id}#plan"),
            about: db::mentorships::label_of(conn, &id)?,
        });
    }
    Ok(tasks)
}
