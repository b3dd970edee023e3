//! The writes of course staff, each one transaction: reach (the course through the
//! person's scope), the rule, the write and its audit entry.

use domain::cefr::Cefr;
use domain::course::{Mark, Rule, Subject};
use domain::{Invalid, Permission, bounds};

use super::standing::{rule_of, standings};
use crate::{Acting, AppResult, Clock, Error};

/// A new course, as typed.
#[derive(Debug, Clone, Default)]
pub struct NewCourse {
    pub organisation_id: String,
    pub programme_id: String,
    pub subject: String,
    pub title: String,
}

/// Creates a course run by an organisation within reach, taking part in the programme.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    new: NewCourse,
) -> AppResult<String> {
    let scope = who.scope(Permission::RunCourses)?;
    let subject = Subject::parse(&new.subject)?;
    let title = required_text("title", &new.title, bounds::MAX_NAME)?;
    let actor_id = who.actor.user_id.clone();
    let now = clock.now();
    db.write_at(who.origin.clone(), now, move |tx| {
        let fits = db::courses::runners(tx.conn, &scope)?
            .iter()
            .any(|(o, _, p, _)| *o == new.organisation_id && *p == new.programme_id);
        if !fits {
            return Err(Error::Invalid(Invalid::new(
                "organisation_id",
                "course-error-runner",
            )));
        }
        let course = db::courses::Course {
            id: db::id::new_id(),
            programme_id: new.programme_id.clone(),
            organisation_id: new.organisation_id.clone(),
            subject,
            title,
            created_by: actor_id.clone(),
            created_at: now,
        };
        db::courses::create(tx, &course)?;
        Ok(course.id)
    })
    .await
}

fn required_text(field: &'static str, s: &str, max: usize) -> Result<String, Invalid> {
    let t = bounds::text(field, s, max)?;
    if t.is_empty() {
        return Err(Invalid::new(field, "error-required"));
    }
    Ok(t)
}

/// A new session, as typed.
#[derive(Debug, Clone, Default)]
pub struct NewSession {
    pub held_on: String,
    pub starts_at: String,
    pub topic: String,
    pub place: String,
    pub online: bool,
}

/// `HH:MM`, a time of day.
fn time_of_day(s: &str) -> Result<String, Invalid> {
    chrono::NaiveTime::parse_from_str(s.trim(), "%H:%M")
        .map(|t| t.format("%H:%M").to_string())
        .map_err(|_| Invalid::new("starts_at", "course-error-time"))
}

/// Adds a session to the course `id` (every mistake at once).
pub async fn add_session(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    new: NewSession,
) -> AppResult<()> {
    let scope = who.scope(Permission::RunCourses)?;
    let mut c = domain::Checks::default();
    let held_on = c.check(bounds::date("held_on", &new.held_on));
    let starts_at = c.check(time_of_day(&new.starts_at));
    let topic = c.check(required_text("topic", &new.topic, bounds::MAX_NAME));
    let place = c.check(required_text("place", &new.place, bounds::MAX_NAME));
    c.done()?;
    let (Some(held_on), Some(starts_at), Some(topic), Some(place)) =
        (held_on, starts_at, topic, place)
    else {
        return Err(Error::Invalid(Invalid::new("held_on", "error-required")));
    };
    let id = id.to_owned();
    let now = clock.now();
    db.write_at(who.origin.clone(), now, move |tx| {
        let course = db::courses::find(tx.conn, &scope, &id)?;
        if db::courses::session_count(tx.conn, &course.id)? >= db::courses::MAX_SESSIONS {
            return Err(Error::Invalid(Invalid::new(
                "held_on",
                "course-error-too-many-sessions",
            )));
        }
        db::courses::add_session(
            tx,
            &db::courses::Session {
                id: db::id::new_id(),
                course_id: course.id.clone(),
                held_on,
                starts_at,
                topic,
                place,
                online: new.online,
                created_at: now,
            },
        )?;
        Ok(())
    })
    .await
}

/// Enrols the case named by its id or `MC-` reference (of the course's programme).
pub async fn enrol(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    case: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::RunCourses)?;
    let actor_id = who.actor.user_id.clone();
    let case = case.trim().to_owned();
    if case.is_empty() {
        return Err(Error::Invalid(Invalid::new("case", "error-required")));
    }
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let course = db::courses::find(tx.conn, &scope, &id)?;
        let Some(case_id) = db::courses::case_in_programme(tx.conn, &course.programme_id, &case)?
        else {
            return Err(Error::Invalid(Invalid::new("case", "course-error-case")));
        };
        if db::courses::is_enrolled(tx.conn, &course.id, &case_id)? {
            return Err(Error::Invalid(Invalid::new(
                "case",
                "course-error-enrolled",
            )));
        }
        db::courses::enrol(tx, &course.id, &case_id, &actor_id)?;
        Ok(())
    })
    .await
}

/// Takes attendance at one session of the course `id`: a mark per enrolment (a mark given
/// again replaces the one before). A session not yet held cannot be marked.
pub async fn mark(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    session_id: &str,
    marks: Vec<(String, Mark)>,
) -> AppResult<()> {
    let scope = who.scope(Permission::RunCourses)?;
    let actor_id = who.actor.user_id.clone();
    let today = domain::deadline::rome_today(clock.now().and_utc());
    let (id, session_id) = (id.to_owned(), session_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let course = db::courses::find(tx.conn, &scope, &id)?;
        let session = db::courses::sessions(tx.conn, &course.id)?
            .into_iter()
            .find(|s| s.id == session_id)
            .ok_or(Error::NotFound)?;
        if session.held_on > today {
            return Err(Error::Invalid(Invalid::new(
                "session",
                "course-error-not-held",
            )));
        }
        if marks.is_empty() {
            return Err(Error::Invalid(Invalid::new("mark", "error-required")));
        }
        for (enrolment, _) in &marks {
            if db::courses::enrolment_in(tx.conn, &course.id, enrolment)?.is_none() {
                return Err(Error::Invalid(Invalid::new(
                    "mark",
                    "course-error-enrolment",
                )));
            }
        }
        db::courses::set_marks(tx, &course.id, &session.id, &marks, &actor_id)?;
        Ok(())
    })
    .await
}

/// Records a test taken by a participant of the course `id`, with the level reached.
pub async fn record_test(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    enrolment: &str,
    taken_on: &str,
    level: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::RunCourses)?;
    let actor_id = who.actor.user_id.clone();
    let mut c = domain::Checks::default();
    let taken_on = c.check(bounds::date("taken_on", taken_on));
    let level = c.check(Cefr::parse(level).map_err(|_| Invalid::new("level", "error-cefr")));
    c.done()?;
    let (Some(taken_on), Some(level)) = (taken_on, level) else {
        return Err(Error::Invalid(Invalid::new("level", "error-cefr")));
    };
    let today = domain::deadline::rome_today(clock.now().and_utc());
    if taken_on > today {
        return Err(Error::Invalid(Invalid::new(
            "taken_on",
            "course-error-future",
        )));
    }
    let (id, enrolment) = (id.to_owned(), enrolment.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let course = db::courses::find(tx.conn, &scope, &id)?;
        if db::courses::enrolment_in(tx.conn, &course.id, &enrolment)?.is_none() {
            return Err(Error::NotFound);
        }
        db::courses::record_test(tx, &course.id, &enrolment, taken_on, level, &actor_id)?;
        Ok(())
    })
    .await
}

/// Issues the certificate of an enrolment of the course `id`, only when the completion
/// rule holds for it (`course-error-incomplete` otherwise); a second one is refused.
pub async fn issue_certificate(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    enrolment: &str,
) -> AppResult<db::courses::Certificate> {
    let scope = who.scope(Permission::RunCourses)?;
    let actor_id = who.actor.user_id.clone();
    let today = domain::deadline::rome_today(clock.now().and_utc());
    let (id, enrolment) = (id.to_owned(), enrolment.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let course = db::courses::find(tx.conn, &scope, &id)?;
        let (rule, _) = rule_of(tx.conn, &course.programme_id)?;
        let (_, all) = standings(tx.conn, &course, &rule)?;
        let s = all
            .into_iter()
            .find(|s| s.enrolled.id == enrolment)
            .ok_or(Error::NotFound)?;
        if s.certificate.is_some() {
            return Err(Error::Invalid(Invalid::new(
                "enrolment",
                "course-error-certified",
            )));
        }
        if !s.complete {
            return Err(Error::Invalid(Invalid::new(
                "enrolment",
                "course-error-incomplete",
            )));
        }
        Ok(db::courses::issue(
            tx, &course.id, &enrolment, today, &actor_id,
        )?)
    })
    .await
}

/// The completion rule of a programme within the coordinator's reach, and whether one is
/// stored.
pub async fn programme_rule(
    db: &db::Database,
    who: &Acting,
    programme_id: &str,
) -> AppResult<(Rule, bool)> {
    let scope = who.scope(Permission::ManageProgrammes)?;
    let programme_id = programme_id.to_owned();
    db.read_as(move |conn| -> AppResult<(Rule, bool)> {
        reach_programme(conn, &scope, &programme_id)?;
        Ok(rule_of(conn, &programme_id)?)
    })
    .await
}

fn reach_programme(
    conn: &mut db::DbConn,
    scope: &domain::permission::Scope,
    programme_id: &str,
) -> AppResult<()> {
    db::programmes::find(conn, scope, programme_id)?;
    Ok(())
}

/// Sets a programme's completion rule (coordinators of the programme, admins).
pub async fn set_rule(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    rule: Rule,
) -> AppResult<()> {
    let scope = who.scope(Permission::ManageProgrammes)?;
    let actor_id = who.actor.user_id.clone();
    let programme_id = programme_id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        reach_programme(tx.conn, &scope, &programme_id)?;
        db::courses::set_rule(tx, &programme_id, &rule, &actor_id)?;
        Ok(())
    })
    .await
}
