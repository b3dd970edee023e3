//! The figures on the dashboard, counted within the actor's scope.

use diesel::prelude::*;
use domain::permission::Scope;
use serde::Serialize;

use crate::schema::territories;
use crate::{DbConn, DbResult, organisations, programmes, scope, users};

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub programmes: i64,
    pub territories: i64,
    pub organisations: i64,
    pub host_companies: i64,
    pub users: i64,
    pub by_kind: Vec<(domain::OrganisationKind, i64)>,
}

pub fn counts(conn: &mut DbConn, scope: &Scope, actor_id: &str) -> DbResult<Counts> {
    let programmes = programmes::list(conn, scope)?.len() as i64;
    let mut tq = territories::table.count().into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        tq = tq.filter(territories::programme_id.eq_any(ids));
    }
    let territories = tq.get_result(conn)?;
    let by_kind = organisations::count_by_kind(conn, scope)?;
    let organisations = by_kind.iter().map(|(_, n)| n).sum();
    let host_companies = by_kind
        .iter()
        .find(|(k, _)| *k == domain::OrganisationKind::HostCompany)
        .map_or(0, |(_, n)| *n);
    let users = users::count(conn, scope, actor_id)?;
    Ok(Counts {
        programmes,
        territories,
        organisations,
        host_companies,
        users,
        by_kind,
    })
}
