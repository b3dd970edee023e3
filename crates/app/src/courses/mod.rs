//! Pre-departure courses (issue 14, item 1): Italian, civic education, workplace safety,
//! rights and duties. A course belongs to a programme and to the partner organisation that
//! runs it; its staff (`Permission::RunCourses`) add sessions, enrol participants (cases),
//! take attendance and record tests; the programme's completion rule (data, edited by the
//! coordinator) says when a participant has completed, and only then is a certificate
//! issued, with a code anyone may verify (`certificates`). Readiness gates departure
//! (`readiness`). The pure rules are `domain::course`.
//!
//! Reach: a course is reached by the members of its organisation, the coordinators of its
//! programme and admins (`db::courses`); participants read their own enrolments by account
//! (`mine`).

mod certificates;
mod mine;
mod readiness;
mod standing;
mod work;

use chrono::NaiveDate;
use domain::Permission;
use domain::course::{Rule, Subject};

pub use certificates::{Verification, certificate_pdf, own_certificate_pdf, percent, verify};
pub use db::courses::{Certificate, Course, CourseLine, Enrolled, Session, Verified};
pub use mine::{OwnCourse, mine};
pub use readiness::{CourseState, Readiness, gate, readiness, readiness_on};
pub use standing::{Standing, rule_of, standings};
pub use work::{
    NewCourse, NewSession, add_session, create, enrol, issue_certificate, mark, programme_rule,
    record_test, set_rule,
};

use crate::{Acting, AppResult};

/// The courses within the person's reach.
pub async fn list(db: &db::Database, who: &Acting) -> AppResult<Vec<CourseLine>> {
    let scope = who.scope(Permission::ViewCourses)?;
    Ok(db.read(move |c| db::courses::list(c, &scope)).await?)
}

/// The organisations a new course may be given to: (organisation, its name, programme,
/// its name).
pub async fn runners(
    db: &db::Database,
    who: &Acting,
) -> AppResult<Vec<(String, String, String, String)>> {
    let scope = who.scope(Permission::RunCourses)?;
    Ok(db.read(move |c| db::courses::runners(c, &scope)).await?)
}

/// A course as its page shows it.
#[derive(Debug, Clone)]
pub struct CourseView {
    pub line: CourseLine,
    pub sessions: Vec<Session>,
    pub standings: Vec<Standing>,
    pub rule: Rule,
    /// Whether the programme has its own rule (else the default one counts).
    pub rule_set: bool,
    pub may_run: bool,
    pub today: NaiveDate,
}

impl CourseView {
    pub fn subject(&self) -> Subject {
        self.line.course.subject
    }
}

/// The course `id`, if within reach.
pub async fn view(
    db: &db::Database,
    who: &Acting,
    id: &str,
    today: NaiveDate,
) -> AppResult<CourseView> {
    let scope = who.scope(Permission::ViewCourses)?;
    let may_run = who.actor.can(Permission::RunCourses);
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<CourseView> {
        let course = db::courses::find(conn, &scope, &id)?;
        let (rule, rule_set) = rule_of(conn, &course.programme_id)?;
        let (sessions, standings) = standings(conn, &course, &rule)?;
        let line = db::courses::lines(conn, vec![course])?
            .pop()
            .ok_or(crate::Error::NotFound)?;
        Ok(CourseView {
            line,
            sessions,
            standings,
            rule,
            rule_set,
            may_run,
            today,
        })
    })
    .await
}
