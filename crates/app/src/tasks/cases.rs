//! Cases' deadlines as tasks: the deadlines within the person's reach that are theirs to
//! act on (their role is the one the rule or task names; a coordinator answers for all),
//! counted, overdue ones apart from those due within the window (today included). Staff
//! are sent to the case list (its overdue filter for the late ones); a trainee to their own
//! case. A task names no trainee: it counts deadlines.

use chrono::NaiveDate;
use db::{DbConn, DbError, DbResult};
use domain::deadline::Standing;
use domain::{Actor, Role};

use super::{Kind, Source, Task};
use crate::cases::deadlines::{CaseDeadline, Which, theirs};

/// Deadlines past their date: what blocks a case, so among the first.
pub static CASE_OVERDUE: Kind = Kind {
    id: "case-overdue",
    rank: 2,
};

/// Deadlines due today or within the window.
pub static CASE_UPCOMING: Kind = Kind {
    id: "case-upcoming",
    rank: 8,
};

pub const SOURCE: Source = Source {
    kinds: &[&CASE_OVERDUE, &CASE_UPCOMING],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let lines = theirs(conn, actor, today, Which::Near).map_err(to_db)?;
    let trainee = actor.roles() == [Role::Participant];
    let (overdue, upcoming): (Vec<_>, Vec<_>) = lines
        .into_iter()
        .partition(|d| d.standing == Standing::Overdue);
    let mut tasks = Vec::new();
    for (kind, group, list) in [
        (&CASE_OVERDUE, overdue, "/cases?overdue=true"),
        (&CASE_UPCOMING, upcoming, "/cases"),
    ] {
        let Some(first) = group.iter().min_by_key(|d| d.date) else {
            continue;
        };
        tasks.push(Task {
            kind,
            count: i64::try_from(group.len()).unwrap_or(i64::MAX),
            due: Some(first.date),
            href: href(trainee, first, &group, list),
            about: None,
        });
    }
    Ok(tasks)
}

/// A trainee's own case, or a single case's page; the list otherwise.
fn href(trainee: bool, first: &CaseDeadline, group: &[CaseDeadline], list: &str) -> String {
    if trainee || group.iter().all(|d| d.case_id == first.case_id) {
        format!("/cases/{}", first.case_id)
    } else {
        list.to_owned()
    }
}

/// The registry reads with storage's error; a use case's other errors (a stored template
/// that no longer parses) are internal failures alike.
fn to_db(e: crate::Error) -> DbError {
    match e {
        crate::Error::Db(e) => e,
        crate::Error::NotFound => DbError::NotFound,
        other => DbError::Migration(format!("case deadlines: {other}")),
    }
}
