//! Readiness gates departure: a case whose programme has a completion rule may move to
//! `ready_to_depart` only when the participant has completed their courses
//! (`Rule::ready`). The case page shows where they stand.

use db::DbConn;
use db::cases::Case;
use domain::Permission;
use domain::cefr::Cefr;
use domain::course::Subject;
use domain::procedure::Refusal;

use super::standing::{rule_of, standings};
use crate::error::Rule as RuleError;
use crate::{Acting, AppResult, Error};

/// One course of the participant, as the case page shows it.
#[derive(Debug, Clone)]
pub struct CourseState {
    pub course_id: String,
    pub title: String,
    pub subject: Subject,
    pub of_planned: Option<u32>,
    pub level: Option<Cefr>,
    pub complete: bool,
}

/// Whether the participant of a case may depart, as far as courses go.
#[derive(Debug, Clone)]
pub struct Readiness {
    /// The programme has a completion rule (else courses do not gate departure).
    pub required: bool,
    pub ready: bool,
    pub min_attendance: u8,
    pub min_level: Option<Cefr>,
    pub courses: Vec<CourseState>,
}

/// The readiness of `case` (already found through the person's reach).
pub fn readiness_on(conn: &mut DbConn, case: &Case) -> db::DbResult<Readiness> {
    let (rule, required) = rule_of(conn, &case.programme_id)?;
    let mut courses = Vec::new();
    let mut parts = Vec::new();
    for e in db::courses::of_case(conn, &case.id)? {
        let (_, all) = standings(conn, &e.course, &rule)?;
        let Some(s) = all.into_iter().find(|s| s.enrolled.id == e.id) else {
            continue;
        };
        parts.push((e.course.subject, s.tally.clone(), s.level));
        courses.push(CourseState {
            course_id: e.course.id.clone(),
            title: e.course.title.clone(),
            subject: e.course.subject,
            of_planned: s.of_planned,
            level: s.level,
            complete: s.complete,
        });
    }
    Ok(Readiness {
        required,
        ready: rule.ready(&parts),
        min_attendance: rule.min_attendance,
        min_level: rule.min_level,
        courses,
    })
}

/// Refuses a move to `ready_to_depart` while the completion rule does not hold.
pub fn gate(conn: &mut DbConn, case: &Case, to: &str) -> AppResult<()> {
    if to != "ready_to_depart" {
        return Ok(());
    }
    let r = readiness_on(conn, case)?;
    if r.required && !r.ready {
        return Err(Error::Rule(RuleError::Case(Refusal::CoursesIncomplete)));
    }
    Ok(())
}

/// The readiness of the case `id`, for whoever may see the case.
pub async fn readiness(db: &db::Database, who: &Acting, id: &str) -> AppResult<Readiness> {
    let scope = who.scope(Permission::ViewCases)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<Readiness> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        Ok(readiness_on(conn, &case)?)
    })
    .await
}
