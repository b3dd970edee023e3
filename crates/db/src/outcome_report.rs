//! What the outcome table of DOMAIN.md §6 counts beyond the outcomes and the call's list
//! (`outcomes::counts`, `grants::people::table_people`): the host companies of the
//! traineeships that ended, per territory, and which call for proposals the table covers.
//! Counted by the database, through the cases' reach; nothing here is stored.

use diesel::prelude::*;
use domain::permission::Scope;

use crate::cases::reached;
use crate::schema::{cases, grant_calls as gc, outcomes as o, territories};
use crate::{DbConn, DbResult};

/// Per territory of the host (its name; "" for a host without one), the distinct host
/// companies of the programme's cases whose outcome is recorded, within `scope`.
pub fn hosts_by_territory(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    programme_id: &str,
) -> DbResult<Vec<(String, i64)>> {
    // Grouped before boxing: a boxed query takes no GROUP BY of its own.
    let q = cases::table
        .filter(cases::id.eq_any(o::table.select(o::case_id)))
        .group_by(cases::territory_id)
        .select((
            cases::territory_id,
            diesel::dsl::count(cases::company_id).aggregate_distinct(),
        ))
        .into_boxed();
    let rows: Vec<(Option<String>, i64)> = reached!(q, scope, actor_id)
        .filter(cases::programme_id.eq(programme_id.to_owned()))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().filter_map(|(t, _)| t.clone()).collect();
    let names: Vec<(String, String)> = territories::table
        .filter(territories::id.eq_any(ids))
        .select((territories::id, territories::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(t, n)| {
            let name = t
                .and_then(|t| names.iter().find(|(id, _)| *id == t))
                .map(|(_, name)| name.clone())
                .unwrap_or_default();
            (name, n)
        })
        .collect())
}

/// The programme's first call for proposals (the earliest to open, then by title): the
/// return call whose list the outcome table counts. `(id, title)`.
pub fn first_call(conn: &mut DbConn, programme_id: &str) -> DbResult<Option<(String, String)>> {
    Ok(gc::table
        .filter(gc::programme_id.eq(programme_id))
        .order((gc::opens_on.asc(), gc::title.asc()))
        .select((gc::id, gc::title))
        .first(conn)
        .optional()?)
}
