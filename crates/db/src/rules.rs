//! Regional hosting rules (configurable; defaults seeded by the migration).

use diesel::prelude::*;
use domain::host_rules::RegionalRules;

use crate::schema::regional_rules as rr;
use crate::{DbConn, DbResult, Tx};

type Row = (String, String, i64, i32, i32, i32, i32, i32, bool, bool);

fn to_rules(r: Row) -> RegionalRules {
    RegionalRules {
        region: r.0,
        name: r.1,
        min_allowance_cents: r.2,
        small_max_employees: r.3,
        small_cap: r.4,
        medium_max_employees: r.5,
        medium_cap: r.6,
        large_percent: r.7,
        require_no_insolvency: r.8,
        require_no_wage_support: r.9,
    }
}

const COLUMNS: (
    rr::region,
    rr::name,
    rr::min_allowance_cents,
    rr::small_max_employees,
    rr::small_cap,
    rr::medium_max_employees,
    rr::medium_cap,
    rr::large_percent,
    rr::require_no_insolvency,
    rr::require_no_wage_support,
) = (
    rr::region,
    rr::name,
    rr::min_allowance_cents,
    rr::small_max_employees,
    rr::small_cap,
    rr::medium_max_employees,
    rr::medium_cap,
    rr::large_percent,
    rr::require_no_insolvency,
    rr::require_no_wage_support,
);

/// The rules are public regulation, not personal data: no scope.
pub fn list(conn: &mut DbConn) -> DbResult<Vec<RegionalRules>> {
    let rows: Vec<Row> = rr::table.select(COLUMNS).order(rr::name.asc()).load(conn)?;
    Ok(rows.into_iter().map(to_rules).collect())
}

pub fn find(conn: &mut DbConn, region: &str) -> DbResult<Option<RegionalRules>> {
    let row: Option<Row> = rr::table
        .filter(rr::region.eq(region))
        .select(COLUMNS)
        .first(conn)
        .optional()?;
    Ok(row.map(to_rules))
}

pub fn update(tx: &mut Tx<'_>, rules: &RegionalRules) -> DbResult<()> {
    let n = diesel::update(rr::table.filter(rr::region.eq(&rules.region)))
        .set((
            rr::min_allowance_cents.eq(rules.min_allowance_cents),
            rr::small_max_employees.eq(rules.small_max_employees),
            rr::small_cap.eq(rules.small_cap),
            rr::medium_max_employees.eq(rules.medium_max_employees),
            rr::medium_cap.eq(rules.medium_cap),
            rr::large_percent.eq(rules.large_percent),
            rr::require_no_insolvency.eq(rules.require_no_insolvency),
            rr::require_no_wage_support.eq(rules.require_no_wage_support),
            rr::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("rules.update", "region", &rules.region)
}
