//! Follow-ups as tasks of the mentor (issue 14): for each case where the person holds the
//! mentor's duty and an outcome is recorded, the next follow-up of the schedule
//! (`domain::outcome::schedule`) once it is within 30 days of its date, overdue ones apart.
//! One task a case, sent to that case's follow-up form; it names the case by its `MC-`
//! reference, never the person.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::Actor;
use domain::outcome::schedule;

use super::{Kind, Source, Task};

/// A follow-up past its date: the mentor is late.
pub static FOLLOW_UP_OVERDUE: Kind = Kind {
    id: "follow-up-overdue",
    rank: 6,
};

/// A follow-up due within the month.
pub static FOLLOW_UP_DUE: Kind = Kind {
    id: "follow-up-due",
    rank: 9,
};

pub const SOURCE: Source = Source {
    kinds: &[&FOLLOW_UP_OVERDUE, &FOLLOW_UP_DUE],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    if !actor.can(domain::Permission::FollowUp) {
        return Ok(Vec::new());
    }
    Ok(db::outcomes::mentored(conn, &actor.user_id)?
        .into_iter()
        .filter_map(|m| {
            let due = schedule::waiting(m.outcome_day, &m.done, today)?;
            Some(Task {
                kind: if due.on < today {
                    &FOLLOW_UP_OVERDUE
                } else {
                    &FOLLOW_UP_DUE
                },
                count: 1,
                due: Some(due.on),
                href: format!("/cases/{}/follow-ups/new", m.case_id),
                about: Some(m.reference),
            })
        })
        .collect())
}
