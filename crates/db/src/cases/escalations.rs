//! Overdue deadlines already escalated to the coordinator: one row per case, rule and due
//! date, written with the e-mail, so a restart or a second server sends nothing twice.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::schema::case_escalations as e;
use crate::{DbConn, DbResult, Tx};

/// Records an escalation; `false` when it was recorded already (the caller then sends
/// nothing).
pub fn record_escalation(
    tx: &mut Tx<'_>,
    case_id: &str,
    rule: &str,
    due_on: NaiveDate,
) -> DbResult<bool> {
    let exists: i64 = e::table
        .filter(e::case_id.eq(case_id))
        .filter(e::rule.eq(rule))
        .filter(e::due_on.eq(due_on))
        .count()
        .get_result(tx.conn)?;
    if exists > 0 {
        return Ok(false);
    }
    let inserted = diesel::insert_into(e::table)
        .values((
            e::case_id.eq(case_id),
            e::rule.eq(rule),
            e::due_on.eq(due_on),
            e::escalated_at.eq(tx.now),
        ))
        .execute(tx.conn);
    match inserted {
        Ok(_) => Ok(true),
        // Another server recorded it between the count and the insert.
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(err) => Err(err.into()),
    }
}

/// Whether an escalation is recorded.
pub fn escalated(
    conn: &mut DbConn,
    case_id: &str,
    rule: &str,
    due_on: NaiveDate,
) -> DbResult<bool> {
    let n: i64 = e::table
        .filter(e::case_id.eq(case_id))
        .filter(e::rule.eq(rule))
        .filter(e::due_on.eq(due_on))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The enabled coordinators of a programme (through an organisation taking part in it),
/// with the address and language their escalations go to, in a stable order.
pub fn coordinators_of(
    conn: &mut DbConn,
    programme_id: &str,
) -> DbResult<Vec<crate::digests::Recipient>> {
    use crate::schema::{memberships as m, programme_organisations as po, users as u};
    let organisations = po::table
        .filter(po::programme_id.eq(programme_id))
        .select(po::organisation_id);
    let coordinators = m::table
        .filter(m::role.eq(domain::Role::Coordinator.as_str()))
        .filter(m::organisation_id.eq_any(organisations))
        .select(m::user_id);
    let rows: Vec<(String, String, Option<String>)> = u::table
        .filter(u::disabled.eq(false))
        .filter(u::id.eq_any(coordinators))
        .select((u::id, u::email, u::locale))
        .order(u::id.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, email, locale)| crate::digests::Recipient {
            user_id,
            email,
            locale,
        })
        .collect())
}

/// The escalations recorded for `case_ids`, as (case id, rule, due date): what a run
/// leaves out before writing anything.
pub fn escalations_of(
    conn: &mut DbConn,
    case_ids: &[String],
) -> DbResult<std::collections::HashSet<(String, String, NaiveDate)>> {
    let mut out = std::collections::HashSet::new();
    // In chunks: parameters are bounded.
    for chunk in case_ids.chunks(5000) {
        out.extend(
            e::table
                .filter(e::case_id.eq_any(chunk))
                .select((e::case_id, e::rule, e::due_on))
                .load::<(String, String, NaiveDate)>(conn)?,
        );
    }
    Ok(out)
}
