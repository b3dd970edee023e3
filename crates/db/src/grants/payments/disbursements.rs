//! Disbursements: what was paid on a tranche, on which day, in which currency and at
//! which rate. Never changed once written: a mistake is the books', corrected there.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::grant::payment::disbursement::PayCurrency;

use crate::schema::grant_disbursements as gd;
use crate::{DbConn, DbResult, Tx};

/// A disbursement as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = gd)]
pub struct DisbursementRow {
    pub id: String,
    pub application_id: String,
    pub tranche_id: String,
    pub paid_on: NaiveDate,
    pub amount_cents: i64,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub currency: PayCurrency,
    pub local_milli: Option<i64>,
    pub rate_micro: Option<i64>,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
}

/// Records a disbursement (the caller locked the grant and checked the tranche is
/// released and not overpaid). Audited `grant.disbursement`.
pub fn add(tx: &mut Tx<'_>, row: &DisbursementRow) -> DbResult<()> {
    diesel::insert_into(gd::table)
        .values(row.clone())
        .execute(tx.conn)?;
    tx.audit(
        "grant.disbursement",
        "grant_application",
        &row.application_id,
    )
}

/// The grant's disbursements, by day paid.
pub fn of_grant(conn: &mut DbConn, application_id: &str) -> DbResult<Vec<DisbursementRow>> {
    Ok(gd::table
        .filter(gd::application_id.eq(application_id))
        .order((gd::paid_on, gd::recorded_at, gd::id))
        .select(DisbursementRow::as_select())
        .load(conn)?)
}

/// The disbursements of every grant of `application_ids`, each grant's in the order of
/// [`of_grant`].
pub fn of_grants(conn: &mut DbConn, application_ids: &[String]) -> DbResult<Vec<DisbursementRow>> {
    Ok(gd::table
        .filter(gd::application_id.eq_any(application_ids))
        .order((gd::application_id, gd::paid_on, gd::recorded_at, gd::id))
        .select(DisbursementRow::as_select())
        .load(conn)?)
}

/// What was paid on each of `application_ids`, as `(application, cents)`.
pub fn paid_by_grant(
    conn: &mut DbConn,
    application_ids: &[String],
) -> DbResult<Vec<(String, i64)>> {
    let rows: Vec<(String, i64)> = gd::table
        .filter(gd::application_id.eq_any(application_ids))
        .order(gd::application_id)
        .select((gd::application_id, gd::amount_cents))
        .load(conn)?;
    let mut out: Vec<(String, i64)> = Vec::new();
    for (id, cents) in rows {
        match out.last_mut() {
            Some((last, sum)) if *last == id => *sum += cents,
            _ => out.push((id, cents)),
        }
    }
    Ok(out)
}
