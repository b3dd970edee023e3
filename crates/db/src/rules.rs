//! Regional hosting rules (configurable; defaults seeded by the migration).

use diesel::prelude::*;
use domain::host_rules::RegionalRules;

use crate::schema::regional_rules as rr;
use crate::{DbConn, DbResult, Tx};

/// A region's rules as stored: read whole, and written whole on an edit (except the region,
/// the key, and its name, which the migration sets) — one field list for both.
#[derive(Queryable, Selectable, AsChangeset)]
#[diesel(table_name = rr, primary_key(region))]
struct Row {
    region: String,
    #[diesel(skip_update)]
    name: String,
    min_allowance_cents: i64,
    small_max_employees: i32,
    small_cap: i32,
    medium_max_employees: i32,
    medium_cap: i32,
    large_percent: i32,
    require_no_insolvency: bool,
    require_no_wage_support: bool,
}

impl From<Row> for RegionalRules {
    fn from(r: Row) -> Self {
        RegionalRules {
            region: r.region,
            name: r.name,
            min_allowance_cents: r.min_allowance_cents,
            small_max_employees: r.small_max_employees,
            small_cap: r.small_cap,
            medium_max_employees: r.medium_max_employees,
            medium_cap: r.medium_cap,
            large_percent: r.large_percent,
            require_no_insolvency: r.require_no_insolvency,
            require_no_wage_support: r.require_no_wage_support,
        }
    }
}

impl From<&RegionalRules> for Row {
    fn from(r: &RegionalRules) -> Self {
        Row {
            region: r.region.clone(),
            name: r.name.clone(),
            min_allowance_cents: r.min_allowance_cents,
            small_max_employees: r.small_max_employees,
            small_cap: r.small_cap,
            medium_max_employees: r.medium_max_employees,
            medium_cap: r.medium_cap,
            large_percent: r.large_percent,
            require_no_insolvency: r.require_no_insolvency,
            require_no_wage_support: r.require_no_wage_support,
        }
    }
}

/// The rules are public regulation, not personal data: no scope.
pub fn list(conn: &mut DbConn) -> DbResult<Vec<RegionalRules>> {
    let rows: Vec<Row> = rr::table
        .select(Row::as_select())
        .order(rr::name.asc())
        .load(conn)?;
    Ok(rows.into_iter().map(RegionalRules::from).collect())
}

pub fn find(conn: &mut DbConn, region: &str) -> DbResult<Option<RegionalRules>> {
    let row: Option<Row> = rr::table
        .filter(rr::region.eq(region))
        .select(Row::as_select())
        .first(conn)
        .optional()?;
    Ok(row.map(RegionalRules::from))
}

pub fn update(tx: &mut Tx<'_>, rules: &RegionalRules) -> DbResult<()> {
    let n = diesel::update(rr::table.filter(rr::region.eq(&rules.region)))
        .set((Row::from(rules), rr::updated_at.eq(tx.now)))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("rules.update", "region", &rules.region)
}
