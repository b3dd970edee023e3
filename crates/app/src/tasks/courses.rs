//! Courses' tasks for the staff who run them — the members of the organisation running
//! the course whose role grants `Permission::RunCourses` (a coordinator reaches the
//! programme's courses but is not given another organisation's attendance to take): sessions held whose attendance is not yet taken, and participants who can no
//! longer reach the attendance threshold even attending every remaining session (the early
//! warning, so the staff talk to them while it still matters). One task per course, linked
//! to its page; a task counts, it names no participant.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::permission::{Scope, role_grants};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};
use crate::courses::{rule_of, standings};

/// Sessions held whose attendance is missing.
pub static COURSE_ATTENDANCE: Kind = Kind {
    id: "course-attendance",
    rank: 5,
};

/// Participants who can no longer reach the attendance threshold.
pub static COURSE_WARNING: Kind = Kind {
    id: "course-warning",
    rank: 4,
};

pub const SOURCE: Source = Source {
    kinds: &[&COURSE_ATTENDANCE, &COURSE_WARNING],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut runs: Vec<String> = actor
        .memberships
        .iter()
        .filter(|m| role_grants(m.role, Permission::RunCourses))
        .map(|m| m.organisation_id.clone())
        .collect();
    if runs.is_empty() {
        return Ok(Vec::new());
    }
    runs.sort();
    runs.dedup();
    let scope = Scope::Organisations(runs);
    let mut tasks = Vec::new();
    for line in db::courses::list(conn, &scope)? {
        let course = line.course;
        let unmarked = db::courses::unmarked(conn, std::slice::from_ref(&course.id), today)?;
        if let Some((_, _, first)) = unmarked.first() {
            tasks.push(Task {
                kind: &COURSE_ATTENDANCE,
                count: i64::try_from(unmarked.len()).unwrap_or(i64::MAX),
                due: Some(*first),
                href: format!("/courses/{}#sessions", course.id),
                about: Some(course.title.clone()),
            });
        }
        let (rule, _) = rule_of(conn, &course.programme_id)?;
        let (_, all) = standings(conn, &course, &rule)?;
        let flagged = all
            .iter()
            .filter(|s| s.out_of_reach && s.certificate.is_none())
            .count();
        if flagged > 0 {
            tasks.push(Task {
                kind: &COURSE_WARNING,
                count: i64::try_from(flagged).unwrap_or(i64::MAX),
                due: None,
                href: format!("/courses/{}#participants", course.id),
                about: Some(course.title),
            });
        }
    }
    Ok(tasks)
}
