//! Who is enrolled in a course (a case: a participant matched and accepted), and the
//! tests they took with the CEFR level reached.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::cefr::Cefr;

use super::Course;
use crate::schema::{candidates, cases, course_enrolments as e, course_tests as t, courses};
use crate::{DbConn, DbResult, Tx};

/// One participant enrolled in one course, with the names the course staff call them by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolled {
    pub id: String,
    pub case_id: String,
    pub reference: String,
    pub family_name: String,
    pub given_names: String,
    pub family_name_ar: Option<String>,
    pub given_names_ar: Option<String>,
}

/// A test taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Test {
    pub enrolment_id: String,
    pub taken_on: NaiveDate,
    pub level: Cefr,
}

/// The participants of a course, by name.
pub fn enrolled(conn: &mut DbConn, course_id: &str) -> DbResult<Vec<Enrolled>> {
    type Row = (
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = e::table
        .inner_join(cases::table.inner_join(candidates::table))
        .filter(e::course_id.eq(course_id))
        .select((
            e::id,
            e::case_id,
            cases::reference,
            candidates::family_name,
            candidates::given_names,
            candidates::family_name_ar,
            candidates::given_names_ar,
        ))
        .order((candidates::family_name, candidates::given_names, e::id))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, case_id, reference, family_name, given_names, family_name_ar, given_names_ar)| {
                Enrolled {
                    id,
                    case_id,
                    reference,
                    family_name,
                    given_names,
                    family_name_ar,
                    given_names_ar,
                }
            },
        )
        .collect())
}

/// The case of the programme named by its id or its `MC-` reference, if any.
pub fn case_in_programme(
    conn: &mut DbConn,
    programme_id: &str,
    id_or_reference: &str,
) -> DbResult<Option<String>> {
    Ok(cases::table
        .filter(cases::programme_id.eq(programme_id))
        .filter(
            cases::id
                .eq(id_or_reference)
                .or(cases::reference.eq(id_or_reference)),
        )
        .select(cases::id)
        .first(conn)
        .optional()?)
}

/// Whether the case is enrolled in the course already.
pub fn is_enrolled(conn: &mut DbConn, course_id: &str, case_id: &str) -> DbResult<bool> {
    let n: i64 = e::table
        .filter(e::course_id.eq(course_id))
        .filter(e::case_id.eq(case_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Enrols a case in a course; the enrolment's id. Audited `course.enrol`.
pub fn enrol(tx: &mut Tx<'_>, course_id: &str, case_id: &str, by: &str) -> DbResult<String> {
    let id = crate::id::new_id();
    diesel::insert_into(e::table)
        .values((
            e::id.eq(&id),
            e::course_id.eq(course_id),
            e::case_id.eq(case_id),
            e::enrolled_by.eq(by),
            e::enrolled_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("course.enrol", "course", course_id)?;
    Ok(id)
}

/// The enrolment `id` of the course, if it is one.
pub fn enrolment_in(conn: &mut DbConn, course_id: &str, id: &str) -> DbResult<Option<String>> {
    Ok(e::table
        .filter(e::course_id.eq(course_id))
        .filter(e::id.eq(id))
        .select(e::case_id)
        .first(conn)
        .optional()?)
}

/// Records a test. Audited `course.test`.
pub fn record_test(
    tx: &mut Tx<'_>,
    course_id: &str,
    enrolment_id: &str,
    taken_on: NaiveDate,
    level: Cefr,
    by: &str,
) -> DbResult<()> {
    diesel::insert_into(t::table)
        .values((
            t::id.eq(crate::id::new_id()),
            t::enrolment_id.eq(enrolment_id),
            t::taken_on.eq(taken_on),
            t::level.eq(level.as_str()),
            t::recorded_by.eq(by),
            t::recorded_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("course.test", "course", course_id)
}

/// The tests of a course's participants, oldest first.
pub fn tests(conn: &mut DbConn, course_id: &str) -> DbResult<Vec<Test>> {
    let rows: Vec<(String, NaiveDate, String)> = t::table
        .inner_join(e::table)
        .filter(e::course_id.eq(course_id))
        .select((t::enrolment_id, t::taken_on, t::level))
        .order((t::taken_on, t::id))
        .load(conn)?;
    rows.into_iter()
        .map(|(enrolment_id, taken_on, level)| {
            Ok(Test {
                enrolment_id,
                taken_on,
                level: Cefr::try_from(level)
                    .map_err(|u| crate::DbError::Migration(u.to_string()))?,
            })
        })
        .collect()
}

/// One enrolment, with its course.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub id: String,
    pub case_id: String,
    pub course: Course,
    pub enrolled_at: NaiveDateTime,
}

fn enrolments_where(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<Enrolment>> {
    let rows: Vec<(String, String, NaiveDateTime, Course)> = e::table
        .inner_join(courses::table)
        .filter(e::case_id.eq_any(case_ids))
        .select((e::id, e::case_id, e::enrolled_at, Course::as_select()))
        .order((courses::created_at, e::id))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, case_id, enrolled_at, course)| Enrolment {
            id,
            case_id,
            course,
            enrolled_at,
        })
        .collect())
}

/// The enrolments of a case (a case already found through the person's reach).
pub fn of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Enrolment>> {
    enrolments_where(conn, &[case_id.to_owned()])
}

/// The enrolments of the cases whose application is `user_id`'s own.
pub fn of_user(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<Enrolment>> {
    let own: Vec<String> = cases::table
        .inner_join(candidates::table)
        .filter(candidates::user_id.eq(user_id))
        .select(cases::id)
        .load(conn)?;
    enrolments_where(conn, &own)
}

/// The enrolment `id` if it is `user_id`'s own.
pub fn own_enrolment(conn: &mut DbConn, user_id: &str, id: &str) -> DbResult<Enrolment> {
    of_user(conn, user_id)?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(crate::DbError::NotFound)
}

/// The cases of a call, by reference: (case id, step, the account of its application).
/// For seeding a cohort into its courses.
pub fn cases_of_call(
    conn: &mut DbConn,
    call_id: &str,
) -> DbResult<Vec<(String, String, Option<String>)>> {
    Ok(cases::table
        .inner_join(candidates::table)
        .filter(cases::call_id.eq(call_id))
        .select((cases::id, cases::step, candidates::user_id))
        .order(cases::reference)
        .load(conn)?)
}
