//! A call's eligibility list: the people who may apply, each with the basis (a completed
//! traineeship, or recovered by the programme with a recorded reason) and their country of
//! origin (a column of DOMAIN.md §6).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Country;
use domain::grant::Basis;

use super::MAX_LIST;
use crate::schema::{candidates as c, grant_eligibles as ge};
use crate::{DbConn, DbResult, Tx};

/// One person on the list.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ge)]
pub struct EligibleRow {
    pub call_id: String,
    pub candidate_id: String,
    #[diesel(deserialize_as = String)]
    pub basis: Basis,
    pub reason: String,
    #[diesel(deserialize_as = String)]
    pub country: Country,
    pub added_by: String,
    pub added_at: NaiveDateTime,
}

/// A listed person with their name, for staff pages.
#[derive(Debug, Clone)]
pub struct Listed {
    pub eligible: EligibleRow,
    pub family_name: String,
    pub given_names: String,
}

/// Puts a person on the list. `false` when they already are (nothing written; a writer
/// adding them at the same moment meets the primary key). Audited
/// `grant_eligible.add` against the call.
pub fn add(
    tx: &mut Tx<'_>,
    call_id: &str,
    candidate_id: &str,
    basis: Basis,
    reason: &str,
    country: Country,
    by: &str,
) -> DbResult<bool> {
    if find(tx.conn, call_id, candidate_id)?.is_some() {
        return Ok(false);
    }
    diesel::insert_into(ge::table)
        .values((
            ge::call_id.eq(call_id),
            ge::candidate_id.eq(candidate_id),
            ge::basis.eq(basis.as_str()),
            ge::reason.eq(reason),
            ge::country.eq(country.as_str()),
            ge::added_by.eq(by),
            ge::added_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("grant_eligible.add", "grant_call", call_id)?;
    Ok(true)
}

/// Takes a person off the list. `false` when they were not on it. Audited
/// `grant_eligible.remove` against the call. (The caller refuses when they applied.)
pub fn remove(tx: &mut Tx<'_>, call_id: &str, candidate_id: &str) -> DbResult<bool> {
    let n = diesel::delete(
        ge::table
            .filter(ge::call_id.eq(call_id))
            .filter(ge::candidate_id.eq(candidate_id)),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit("grant_eligible.remove", "grant_call", call_id)?;
    Ok(true)
}

/// Whether (and why) a person may apply to a call (found in reach by the caller).
pub fn find(conn: &mut DbConn, call_id: &str, candidate_id: &str) -> DbResult<Option<EligibleRow>> {
    Ok(ge::table
        .filter(ge::call_id.eq(call_id))
        .filter(ge::candidate_id.eq(candidate_id))
        .select(EligibleRow::as_select())
        .first(conn)
        .optional()?)
}

/// A call's list with names, by country then family name (call found in reach).
pub fn list(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Listed>> {
    let rows: Vec<(EligibleRow, String, String)> = ge::table
        .inner_join(c::table)
        .filter(ge::call_id.eq(call_id))
        .order((ge::country, c::family_name, c::given_names))
        .limit(MAX_LIST)
        .select((EligibleRow::as_select(), c::family_name, c::given_names))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(eligible, family_name, given_names)| Listed {
            eligible,
            family_name,
            given_names,
        })
        .collect())
}
