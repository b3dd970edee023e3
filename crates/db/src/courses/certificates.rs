//! Certificates of completion, each found by an unguessable code (80 random bits) that
//! anyone may check on the public page, which learns only the name, the course and the date.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::schema::{candidates, cases, course_certificates as c, course_enrolments as e, courses};
use crate::{DbConn, DbResult, Tx};

/// An issued certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub code: String,
    pub enrolment_id: String,
    pub issued_on: NaiveDate,
}

/// What the public page may tell of a certificate, and nothing more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub family_name: String,
    pub given_names: String,
    pub course: String,
    pub issued_on: NaiveDate,
}

/// The certificate of an enrolment, if issued.
pub fn certificate_of(conn: &mut DbConn, enrolment_id: &str) -> DbResult<Option<Certificate>> {
    let row: Option<(String, NaiveDate)> = c::table
        .filter(c::enrolment_id.eq(enrolment_id))
        .select((c::code, c::issued_on))
        .first(conn)
        .optional()?;
    Ok(row.map(|(code, issued_on)| Certificate {
        code,
        enrolment_id: enrolment_id.to_owned(),
        issued_on,
    }))
}

/// The certificates of a course's participants.
pub fn certificates(conn: &mut DbConn, course_id: &str) -> DbResult<Vec<Certificate>> {
    let rows: Vec<(String, String, NaiveDate)> = c::table
        .inner_join(e::table)
        .filter(e::course_id.eq(course_id))
        .select((c::code, c::enrolment_id, c::issued_on))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(code, enrolment_id, issued_on)| Certificate {
            code,
            enrolment_id,
            issued_on,
        })
        .collect())
}

/// Issues the certificate of an enrolment with a fresh code. Audited
/// `course.certificate.issue`.
pub fn issue(
    tx: &mut Tx<'_>,
    course_id: &str,
    enrolment_id: &str,
    on: NaiveDate,
    by: &str,
) -> DbResult<Certificate> {
    let code = domain::course::format_code(&crate::id::new_secret(10));
    diesel::insert_into(c::table)
        .values((
            c::code.eq(&code),
            c::enrolment_id.eq(enrolment_id),
            c::issued_on.eq(on),
            c::issued_by.eq(by),
            c::issued_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("course.certificate.issue", "course", course_id)?;
    Ok(Certificate {
        code,
        enrolment_id: enrolment_id.to_owned(),
        issued_on: on,
    })
}

/// The certificate of `code` (already in its stored form), as the public page shows it.
pub fn verify(conn: &mut DbConn, code: &str) -> DbResult<Option<Verified>> {
    let row: Option<(String, String, String, NaiveDate)> = c::table
        .inner_join(
            e::table
                .inner_join(courses::table)
                .inner_join(cases::table.inner_join(candidates::table)),
        )
        .filter(c::code.eq(code))
        .select((
            candidates::family_name,
            candidates::given_names,
            courses::title,
            c::issued_on,
        ))
        .first(conn)
        .optional()?;
    Ok(
        row.map(|(family_name, given_names, course, issued_on)| Verified {
            family_name,
            given_names,
            course,
            issued_on,
        }),
    )
}

/// The names a certificate prints: (family, given, family in Arabic, given in Arabic).
pub fn holder_names(
    conn: &mut DbConn,
    case_id: &str,
) -> DbResult<(String, String, Option<String>, Option<String>)> {
    Ok(cases::table
        .inner_join(candidates::table)
        .filter(cases::id.eq(case_id))
        .select((
            candidates::family_name,
            candidates::given_names,
            candidates::family_name_ar,
            candidates::given_names_ar,
        ))
        .first(conn)?)
}

/// The language the participant of a case chose for their account, if any.
pub fn holder_locale(conn: &mut DbConn, case_id: &str) -> DbResult<Option<String>> {
    use crate::schema::users;
    let row: Option<Option<String>> = cases::table
        .inner_join(
            candidates::table
                .inner_join(users::table.on(users::id.nullable().eq(candidates::user_id))),
        )
        .filter(cases::id.eq(case_id))
        .select(users::locale)
        .first(conn)
        .optional()?;
    Ok(row.flatten())
}
