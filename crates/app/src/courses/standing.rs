//! Where each participant of a course stands: their marks, both rates, the best level a
//! test recorded, the early warning and completion, computed with the programme's rule
//! (`domain::course`). Read on an open connection, for the course page, the tasks and the
//! readiness of a case alike.

use std::collections::BTreeMap;

use db::DbConn;
use db::courses::{Certificate, Course, Enrolled, Session, Test};
use domain::cefr::Cefr;
use domain::course::{Mark, Rule, Tally};

/// One participant of a course.
#[derive(Debug, Clone)]
pub struct Standing {
    pub enrolled: Enrolled,
    /// Marks by session id.
    pub marks: BTreeMap<String, Mark>,
    pub tally: Tally,
    pub tests: Vec<Test>,
    /// The best level any test recorded.
    pub level: Option<Cefr>,
    /// Per mille over the sessions marked, and over all planned.
    pub so_far: Option<u32>,
    pub of_planned: Option<u32>,
    /// The attendance threshold can no longer be reached.
    pub out_of_reach: bool,
    pub complete: bool,
    pub certificate: Option<Certificate>,
}

/// The programme's rule, and whether one is stored (a programme without one counts its
/// courses by the default rule, and its cases depart without a course).
pub fn rule_of(conn: &mut DbConn, programme_id: &str) -> db::DbResult<(Rule, bool)> {
    Ok(match db::courses::rule(conn, programme_id)? {
        Some(r) => (r, true),
        None => (Rule::default(), false),
    })
}

/// A course's sessions and where each participant stands.
pub fn standings(
    conn: &mut DbConn,
    course: &Course,
    rule: &Rule,
) -> db::DbResult<(Vec<Session>, Vec<Standing>)> {
    let sessions = db::courses::sessions(conn, &course.id)?;
    let marks = db::courses::marks(conn, &course.id)?;
    let tests = db::courses::tests(conn, &course.id)?;
    let certificates = db::courses::certificates(conn, &course.id)?;
    let planned = u32::try_from(sessions.len()).unwrap_or(u32::MAX);
    let mut out = Vec::new();
    for enrolled in db::courses::enrolled(conn, &course.id)? {
        let mine: BTreeMap<String, Mark> = marks
            .iter()
            .filter(|m| m.enrolment_id == enrolled.id)
            .map(|m| (m.session_id.clone(), m.mark))
            .collect();
        let tally = Tally {
            planned,
            marks: mine.values().copied().collect(),
        };
        let my_tests: Vec<Test> = tests
            .iter()
            .filter(|t| t.enrolment_id == enrolled.id)
            .cloned()
            .collect();
        let level = my_tests.iter().map(|t| t.level).max();
        let w = &rule.weights;
        out.push(Standing {
            so_far: tally.so_far(w),
            of_planned: tally.of_planned(w),
            out_of_reach: tally.out_of_reach(w, rule.min_attendance),
            complete: rule.completes(course.subject, &tally, level),
            certificate: certificates
                .iter()
                .find(|c| c.enrolment_id == enrolled.id)
                .cloned(),
            marks: mine,
            tally,
            tests: my_tests,
            level,
            enrolled,
        });
    }
    Ok((sessions, out))
}
