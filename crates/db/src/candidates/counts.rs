//! How many applications within reach stand at a status, per call: the figures of the
//! task inboxes.

use diesel::prelude::*;
use domain::candidate::Status;
use domain::permission::Scope;

use super::reached;
use crate::schema::programme_organisations as po;
use crate::schema::{candidates, organisations};
use crate::{DbConn, DbResult};

/// `(call id, applications)` at `status` within reach, calls with none left out.
pub fn at_status_by_call(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    status: Status,
) -> DbResult<Vec<(String, i64)>> {
    let grouped = candidates::table
        .group_by(candidates::call_id)
        .select((candidates::call_id, diesel::dsl::count_star()))
        .order(candidates::call_id)
        .into_boxed();
    Ok(reached!(grouped, scope, actor_id)
        .filter(candidates::status.eq(status.as_str()))
        .load(conn)?)
}

/// How many of `ids` are not at `status` (merged or missing ones included).
pub fn not_at_status(conn: &mut DbConn, ids: &[String], status: Status) -> DbResult<i64> {
    let at: i64 = candidates::table
        .filter(candidates::id.eq_any(ids))
        .filter(candidates::status.eq(status.as_str()))
        .count()
        .get_result(conn)?;
    Ok(i64::try_from(ids.len()).unwrap_or(i64::MAX) - at)
}
