//! A participant's own courses: their enrolments (by account, not through a course's
//! scope), where they stand, and their certificates.

use db::courses::{Certificate, Session};
use domain::cefr::Cefr;
use domain::course::Subject;

use super::standing::{rule_of, standings};
use crate::{Acting, AppResult};

/// One course of the participant's own.
#[derive(Debug, Clone)]
pub struct OwnCourse {
    pub enrolment_id: String,
    pub title: String,
    pub subject: Subject,
    pub organisation: String,
    pub sessions: Vec<Session>,
    pub so_far: Option<u32>,
    pub of_planned: Option<u32>,
    pub min_attendance: u8,
    pub level: Option<Cefr>,
    pub complete: bool,
    pub certificate: Option<Certificate>,
}

/// The signed-in person's own courses (none for staff).
pub async fn mine(db: &db::Database, who: &Acting) -> AppResult<Vec<OwnCourse>> {
    let user_id = who.actor.user_id.clone();
    db.read_as(move |conn| -> AppResult<Vec<OwnCourse>> {
        let mut out = Vec::new();
        for e in db::courses::of_user(conn, &user_id)? {
            let (rule, _) = rule_of(conn, &e.course.programme_id)?;
            let (sessions, all) = standings(conn, &e.course, &rule)?;
            let Some(s) = all.into_iter().find(|s| s.enrolled.id == e.id) else {
                continue;
            };
            let organisation = db::courses::lines(conn, vec![e.course.clone()])?
                .pop()
                .map(|l| l.organisation)
                .unwrap_or_default();
            out.push(OwnCourse {
                enrolment_id: e.id.clone(),
                title: e.course.title.clone(),
                subject: e.course.subject,
                organisation,
                sessions,
                so_far: s.so_far,
                of_planned: s.of_planned,
                min_attendance: rule.min_attendance,
                level: s.level,
                complete: s.complete,
                certificate: s.certificate,
            });
        }
        Ok(out)
    })
    .await
}
