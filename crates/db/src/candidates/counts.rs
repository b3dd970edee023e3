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
