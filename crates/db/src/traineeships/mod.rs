//! The traineeship of a case (one per case, keyed by the case): its dates and hours, and
//! beside it the monthly reports, the allowances approved, incidents and skills
//! evaluations. Reached only through the case (`crate::cases::reached!`): a traineeship
//! out of reach is answered like a missing one. Who may read or write what (a draft only
//! its author) is the use case's rule (`app::traineeships`); these functions store.

mod allowances;
mod evaluations;
mod incidents;
mod reports;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::permission::Scope;

use crate::cases::{CaseRow, reached};
use crate::schema::{candidates, cases, organisations, traineeships as t};
use crate::{DbConn, DbResult, Tx};

pub use allowances::*;
pub use evaluations::*;
pub use incidents::*;
pub use reports::*;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = t, treat_none_as_default_value = false)]
pub struct Traineeship {
    pub case_id: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours_per_week: i64,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

/// The traineeship of a case (the case found with the reader's reach already).
pub fn find(conn: &mut DbConn, case_id: &str) -> DbResult<Option<Traineeship>> {
    Ok(t::table
        .filter(t::case_id.eq(case_id))
        .select(Traineeship::as_select())
        .first(conn)
        .optional()?)
}

/// Sets a case's traineeship dates and hours (creating it the first time). Audited
/// `traineeship.save`.
pub fn save(tx: &mut Tx<'_>, row: &Traineeship) -> DbResult<()> {
    let changed = diesel::update(t::table.filter(t::case_id.eq(&row.case_id)))
        .set((
            t::starts_on.eq(row.starts_on),
            t::ends_on.eq(row.ends_on),
            t::hours_per_week.eq(row.hours_per_week),
            t::updated_by.eq(&row.updated_by),
            t::updated_at.eq(row.updated_at),
        ))
        .execute(tx.conn)?;
    if changed == 0 {
        diesel::insert_into(t::table).values(row).execute(tx.conn)?;
    }
    tx.audit("traineeship.save", "case", &row.case_id)
}

/// The most traineeships one list shows.
pub const MAX_LIST: i64 = 500;

/// The traineeships `scope` reaches, by the case's reference, with whom and where.
pub fn list(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<Vec<(CaseRow, Traineeship)>> {
    let with = t::table.select(t::case_id);
    let page: Vec<crate::cases::Case> = reached!(cases::table.into_boxed(), scope, actor_id)
        .filter(cases::id.eq_any(with))
        .order(cases::reference.asc())
        .limit(MAX_LIST)
        .select(crate::cases::Case::as_select())
        .load(conn)?;
    let ids: Vec<&str> = page.iter().map(|c| c.id.as_str()).collect();
    let rows: Vec<Traineeship> = t::table
        .filter(t::case_id.eq_any(&ids))
        .select(Traineeship::as_select())
        .load(conn)?;
    let candidate_ids: Vec<&str> = page.iter().map(|c| c.candidate_id.as_str()).collect();
    let company_ids: Vec<&str> = page.iter().map(|c| c.company_id.as_str()).collect();
    let names: std::collections::HashMap<String, (String, String)> = candidates::table
        .filter(candidates::id.eq_any(&candidate_ids))
        .select((
            candidates::id,
            candidates::family_name,
            candidates::given_names,
        ))
        .load::<(String, String, String)>(conn)?
        .into_iter()
        .map(|(id, f, g)| (id, (f, g)))
        .collect();
    let companies: std::collections::HashMap<String, String> = organisations::table
        .filter(organisations::id.eq_any(&company_ids))
        .select((organisations::id, organisations::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    let mut rows: std::collections::HashMap<String, Traineeship> =
        rows.into_iter().map(|r| (r.case_id.clone(), r)).collect();
    Ok(page
        .into_iter()
        .filter_map(|case| {
            let row = rows.remove(&case.id)?;
            let (family_name, given_names) =
                names.get(&case.candidate_id).cloned().unwrap_or_default();
            let company = companies.get(&case.company_id).cloned().unwrap_or_default();
            Some((
                CaseRow {
                    case,
                    family_name,
                    given_names,
                    company,
                },
                row,
            ))
        })
        .collect())
}

/// The trainee's ISCED level (what the region's maximum by qualification is keyed on).
pub fn isced_level(conn: &mut DbConn, candidate_id: &str) -> DbResult<Option<i64>> {
    use crate::schema::candidate_profiles as cp;
    Ok(cp::table
        .filter(cp::candidate_id.eq(candidate_id))
        .select(cp::isced_level)
        .first::<Option<i64>>(conn)
        .optional()?
        .flatten())
}
