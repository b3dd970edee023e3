//! The people a case is given (`domain::duty`): one account per duty. Mediators and mentors
//! reach a case through this table (`Scope::Assigned`), so an assignment is also a grant of
//! reach, and both the grant and its removal are audited.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Role;
use domain::duty::Duty;

use crate::schema::{case_people as p, memberships, organisations, programme_organisations, users};
use crate::{DbConn, DbResult, Tx};

/// One duty on one case, with its holder's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasePerson {
    pub duty: Duty,
    pub user_id: String,
    pub display_name: String,
    pub assigned_at: NaiveDateTime,
}

/// Gives `duty` on the case to `user_id` (replacing whoever held it). Audited
/// `case.people.assign`.
pub fn assign(tx: &mut Tx<'_>, case_id: &str, duty: Duty, user_id: &str, by: &str) -> DbResult<()> {
    diesel::delete(
        p::table
            .filter(p::case_id.eq(case_id))
            .filter(p::duty.eq(duty.as_str())),
    )
    .execute(tx.conn)?;
    diesel::insert_into(p::table)
        .values((
            p::case_id.eq(case_id),
            p::duty.eq(duty.as_str()),
            p::user_id.eq(user_id),
            p::assigned_by.eq(by),
            p::assigned_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("case.people.assign", "case", case_id)
}

/// Takes `duty` on the case from whoever holds it. Audited `case.people.unassign`;
/// `NotFound` when nobody held it.
pub fn unassign(tx: &mut Tx<'_>, case_id: &str, duty: Duty) -> DbResult<()> {
    let n = diesel::delete(
        p::table
            .filter(p::case_id.eq(case_id))
            .filter(p::duty.eq(duty.as_str())),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("case.people.unassign", "case", case_id)
}

/// The people of a case, in the order of `Duty::ALL`.
pub fn of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<CasePerson>> {
    let rows: Vec<(String, String, String, NaiveDateTime)> = p::table
        .inner_join(users::table.on(users::id.eq(p::user_id)))
        .filter(p::case_id.eq(case_id))
        .select((p::duty, p::user_id, users::display_name, p::assigned_at))
        .load(conn)?;
    let mut people: Vec<CasePerson> = rows
        .into_iter()
        .filter_map(|(duty, user_id, display_name, assigned_at)| {
            Some(CasePerson {
                duty: Duty::parse(&duty)?,
                user_id,
                display_name,
                assigned_at,
            })
        })
        .collect();
    people.sort_by_key(|c| c.duty);
    Ok(people)
}

/// Who holds `duty` on the case, if anyone.
pub fn holder(conn: &mut DbConn, case_id: &str, duty: Duty) -> DbResult<Option<String>> {
    Ok(p::table
        .filter(p::case_id.eq(case_id))
        .filter(p::duty.eq(duty.as_str()))
        .select(p::user_id)
        .first(conn)
        .optional()?)
}

/// The duties `user_id` holds on the case.
pub fn duties_of(conn: &mut DbConn, case_id: &str, user_id: &str) -> DbResult<Vec<Duty>> {
    let rows: Vec<String> = p::table
        .filter(p::case_id.eq(case_id))
        .filter(p::user_id.eq(user_id))
        .select(p::duty)
        .load(conn)?;
    let mut duties: Vec<Duty> = rows.iter().filter_map(|d| Duty::parse(d)).collect();
    duties.sort();
    Ok(duties)
}

/// The cases where `user_id` holds `duty`.
pub fn cases_held(conn: &mut DbConn, user_id: &str, duty: Duty) -> DbResult<Vec<String>> {
    Ok(p::table
        .filter(p::user_id.eq(user_id))
        .filter(p::duty.eq(duty.as_str()))
        .select(p::case_id)
        .order(p::case_id)
        .load(conn)?)
}

/// Someone who may be given a duty: an enabled account with a fitting role in an
/// organisation of the programme (a company tutor: in the host company).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub user_id: String,
    pub display_name: String,
    pub organisation: String,
}

/// The most people offered for one duty (a list a person chooses from).
pub const MAX_HOLDERS: i64 = 200;

/// Who may be given `duty` on a case of `programme_id` hosted by `company_id`, by name.
pub fn eligible(
    conn: &mut DbConn,
    programme_id: &str,
    company_id: &str,
    duty: Duty,
) -> DbResult<Vec<Candidate>> {
    let roles: Vec<String> = Role::ALL
        .into_iter()
        .filter(|r| duty.held_by(*r))
        .map(|r| r.as_str().to_owned())
        .collect();
    let mut q = memberships::table
        .inner_join(users::table)
        .inner_join(organisations::table)
        .filter(users::disabled.eq(false))
        .filter(memberships::role.eq_any(roles))
        .into_boxed();
    q = if duty == Duty::CompanyTutor {
        q.filter(memberships::organisation_id.eq(company_id.to_owned()))
    } else {
        let partners = programme_organisations::table
            .filter(programme_organisations::programme_id.eq(programme_id.to_owned()))
            .select(programme_organisations::organisation_id);
        q.filter(memberships::organisation_id.eq_any(partners))
    };
    let rows: Vec<(String, String, String)> = q
        .select((users::id, users::display_name, organisations::name))
        .order((users::display_name, users::id))
        .limit(MAX_HOLDERS)
        .load(conn)?;
    let mut out: Vec<Candidate> = Vec::with_capacity(rows.len());
    for (user_id, display_name, organisation) in rows {
        if out.last().is_some_and(|c| c.user_id == user_id) {
            continue;
        }
        out.push(Candidate {
            user_id,
            display_name,
            organisation,
        });
    }
    Ok(out)
}
