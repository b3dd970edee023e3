//! Pre-departure courses (issue 14), read always through the actor's [`Scope`]: a course
//! is reached by the members of the organisation that runs it, the coordinators of its
//! programme, and admins; anyone else is answered as if it did not exist. The participant's
//! own enrolments are read by account (`of_user`), never through a course's scope.
//!
//! What a course holds is in the files beside: sessions and attendance (`sessions`),
//! enrolments and tests (`enrolments`), the programme's completion rule (`rules`),
//! certificates and their public verification (`certificates`).

mod certificates;
mod enrolments;
mod rules;
mod sessions;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::course::Subject;
use domain::permission::Scope;

use crate::schema::{course_enrolments, course_sessions, courses, organisations, programmes};
use crate::{DbConn, DbResult, Tx};

pub use certificates::*;
pub use enrolments::*;
pub use rules::*;
pub use sessions::*;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = courses, treat_none_as_default_value = false)]
pub struct Course {
    pub id: String,
    pub programme_id: String,
    /// The organisation that runs it (its members reach it).
    pub organisation_id: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub subject: Subject,
    pub title: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
}

/// A course in a list, with what the list shows of it.
#[derive(Debug, Clone)]
pub struct CourseLine {
    pub course: Course,
    pub organisation: String,
    pub programme: String,
    pub sessions: i64,
    pub enrolled: i64,
}

type Boxed<'a> = courses::BoxedQuery<'a, crate::cases::Backend>;

/// Narrows a query of `courses` to those `scope` reaches.
fn reached<'a>(conn: &mut DbConn, scope: &Scope, q: Boxed<'a>) -> DbResult<Boxed<'a>> {
    Ok(match scope {
        Scope::All => q,
        Scope::Programmes(ps) => q.filter(courses::programme_id.eq_any(ps.clone())),
        other => {
            let orgs = crate::scope::organisation_ids(conn, other)?.unwrap_or_default();
            q.filter(courses::organisation_id.eq_any(orgs))
        }
    })
}

/// Creates a course. Audited `course.create`.
pub fn create(tx: &mut Tx<'_>, course: &Course) -> DbResult<()> {
    diesel::insert_into(courses::table)
        .values(course.clone())
        .execute(tx.conn)?;
    tx.audit("course.create", "course", &course.id)
}

/// One course if `scope` reaches it; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Course> {
    let q = reached(conn, scope, courses::table.into_boxed())?;
    Ok(q.filter(courses::id.eq(id.to_owned()))
        .select(Course::as_select())
        .first(conn)?)
}

/// The most courses a list shows (a programme runs a handful per cohort).
pub const MAX_LIST: i64 = 500;

/// The courses `scope` reaches, newest first, with their counts.
pub fn list(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<CourseLine>> {
    let q = reached(conn, scope, courses::table.into_boxed())?;
    let found: Vec<Course> = q
        .order((courses::created_at.desc(), courses::id))
        .limit(MAX_LIST)
        .select(Course::as_select())
        .load(conn)?;
    lines(conn, found)
}

/// The list's extras for `found`, in order.
pub fn lines(conn: &mut DbConn, found: Vec<Course>) -> DbResult<Vec<CourseLine>> {
    let ids: Vec<String> = found.iter().map(|c| c.id.clone()).collect();
    let sessions: Vec<(String, i64)> = course_sessions::table
        .filter(course_sessions::course_id.eq_any(&ids))
        .group_by(course_sessions::course_id)
        .select((course_sessions::course_id, diesel::dsl::count_star()))
        .load(conn)?;
    let enrolled: Vec<(String, i64)> = course_enrolments::table
        .filter(course_enrolments::course_id.eq_any(&ids))
        .group_by(course_enrolments::course_id)
        .select((course_enrolments::course_id, diesel::dsl::count_star()))
        .load(conn)?;
    let mut out = Vec::with_capacity(found.len());
    for course in found {
        let organisation: String = organisations::table
            .find(&course.organisation_id)
            .select(organisations::name)
            .first(conn)?;
        let programme: String = programmes::table
            .find(&course.programme_id)
            .select(programmes::name)
            .first(conn)?;
        let count = |v: &[(String, i64)]| {
            v.iter()
                .find(|(id, _)| *id == course.id)
                .map_or(0, |(_, n)| *n)
        };
        out.push(CourseLine {
            sessions: count(&sessions),
            enrolled: count(&enrolled),
            organisation,
            programme,
            course,
        });
    }
    Ok(out)
}

/// Whether `organisation_id` takes part in `programme_id` (a course is run by a partner).
pub fn partner_of(conn: &mut DbConn, organisation_id: &str, programme_id: &str) -> DbResult<bool> {
    use crate::schema::programme_organisations as po;
    let n: i64 = po::table
        .filter(po::organisation_id.eq(organisation_id))
        .filter(po::programme_id.eq(programme_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The organisations a course may be given to under `scope` (a course's runner), with
/// their names and programmes: (organisation id, name, programme id, programme name).
pub fn runners(
    conn: &mut DbConn,
    scope: &Scope,
) -> DbResult<Vec<(String, String, String, String)>> {
    use crate::schema::programme_organisations as po;
    let mut q = po::table
        .inner_join(organisations::table)
        .inner_join(programmes::table)
        .into_boxed();
    match scope {
        Scope::All => {}
        Scope::Programmes(ps) => q = q.filter(po::programme_id.eq_any(ps.clone())),
        other => {
            let orgs = crate::scope::organisation_ids(conn, other)?.unwrap_or_default();
            q = q.filter(po::organisation_id.eq_any(orgs));
        }
    }
    Ok(q.select((
        po::organisation_id,
        organisations::name,
        po::programme_id,
        programmes::name,
    ))
    .order((programmes::name, organisations::name))
    .limit(MAX_LIST)
    .load(conn)?)
}
