//! A grant after the award (issue 15 item 5): the agreement's tranche plan (`tranches`,
//! replaced around the paid ones, each change with its reason in `grant_changes`), the
//! grantee's milestone reports (`reports`), the disbursements (`disbursements`) and the
//! grants of a call or a person with what was paid (`listing`). The caller found the grant
//! within reach (`listing::find`); every write is audited against the application.

pub mod disbursements;
pub mod listing;
pub mod reports;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::grant::payment::Milestone;
use domain::grant::payment::plan::Tranche;

use crate::schema::{grant_changes as ch, grant_disbursements as gd, grant_tranches as gt};
use crate::{DbConn, DbError, DbResult, Tx};

/// A tranche as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = gt)]
pub struct TrancheRow {
    pub id: String,
    pub application_id: String,
    pub position: i64,
    pub label: String,
    pub amount_cents: i64,
    pub due_on: NaiveDate,
    #[diesel(deserialize_as = String)]
    pub milestone: Milestone,
}

impl TrancheRow {
    /// The tranche as planned (for the plan's check).
    pub fn planned(&self) -> Tranche {
        Tranche {
            label: self.label.clone(),
            amount_cents: self.amount_cents,
            due_on: self.due_on,
            milestone: self.milestone,
        }
    }
}

/// Why a plan changed or a grant was cancelled.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ch)]
pub struct ChangeRow {
    pub id: String,
    pub application_id: String,
    pub kind: String,
    pub reason: String,
    pub changed_by: String,
    pub changed_at: NaiveDateTime,
}

/// The kinds of [`ChangeRow`].
pub const CHANGE_PLAN: &str = "plan";
pub const CHANGE_CANCEL: &str = "cancel";

/// Locks the grant's row for the rest of the transaction (PostgreSQL; SQLite's write
/// transaction holds the only write lock already): a rule that sums its tranches or
/// disbursements sees every write before it.
pub fn lock(tx: &mut Tx<'_>, application_id: &str) -> DbResult<()> {
    let DbConn::Postgres(c) = &mut *tx.conn else {
        return Ok(());
    };
    let locked = diesel::sql_query(
        "SELECT application_id FROM grant_awards WHERE application_id = $1 FOR UPDATE",
    )
    .bind::<diesel::sql_types::Text, _>(application_id)
    .execute(c)?;
    if locked == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// The tranches of every grant of `application_ids`, each grant's by due date.
pub fn tranches_of_grants(
    conn: &mut DbConn,
    application_ids: &[String],
) -> DbResult<Vec<TrancheRow>> {
    Ok(gt::table
        .filter(gt::application_id.eq_any(application_ids))
        .order((gt::application_id, gt::due_on, gt::position))
        .select(TrancheRow::as_select())
        .load(conn)?)
}

/// The changes of every grant of `application_ids`, each grant's oldest first.
pub fn changes_of_grants(
    conn: &mut DbConn,
    application_ids: &[String],
) -> DbResult<Vec<ChangeRow>> {
    Ok(ch::table
        .filter(ch::application_id.eq_any(application_ids))
        .order((ch::application_id, ch::changed_at))
        .select(ChangeRow::as_select())
        .load(conn)?)
}

/// The grant's tranches, by due date.
pub fn tranches(conn: &mut DbConn, application_id: &str) -> DbResult<Vec<TrancheRow>> {
    Ok(gt::table
        .filter(gt::application_id.eq(application_id))
        .order((gt::due_on, gt::position))
        .select(TrancheRow::as_select())
        .load(conn)?)
}

/// Replaces the grant's plan: the tranches `keep` stay as they are, every other one is
/// removed (the caller checked nothing was paid on them; a disbursement's reference
/// refuses it otherwise) and `new` added after them. Audited `grant.plan`.
pub fn set_plan(
    tx: &mut Tx<'_>,
    application_id: &str,
    keep: &[String],
    new: &[Tranche],
) -> DbResult<()> {
    diesel::delete(
        gt::table
            .filter(gt::application_id.eq(application_id))
            .filter(gt::id.ne_all(keep)),
    )
    .execute(tx.conn)?;
    let next: Option<i64> = gt::table
        .filter(gt::application_id.eq(application_id))
        .select(diesel::dsl::max(gt::position))
        .first(tx.conn)?;
    let first = next.map_or(0, |p| p + 1);
    for (i, t) in new.iter().enumerate() {
        diesel::insert_into(gt::table)
            .values((
                gt::id.eq(crate::id::new_id()),
                gt::application_id.eq(application_id),
                gt::position.eq(first + i64::try_from(i).unwrap_or(0)),
                gt::label.eq(&t.label),
                gt::amount_cents.eq(t.amount_cents),
                gt::due_on.eq(t.due_on),
                gt::milestone.eq(t.milestone.as_str()),
            ))
            .execute(tx.conn)?;
    }
    tx.audit("grant.plan", "grant_application", application_id)
}

/// Records why the grant's plan changed or why it was cancelled (`kind`: [`CHANGE_PLAN`],
/// [`CHANGE_CANCEL`]); the act itself is audited by its own write.
pub fn record_change(
    tx: &mut Tx<'_>,
    application_id: &str,
    kind: &str,
    reason: &str,
    by: &str,
) -> DbResult<()> {
    diesel::insert_into(ch::table)
        .values((
            ch::id.eq(crate::id::new_id()),
            ch::application_id.eq(application_id),
            ch::kind.eq(kind),
            ch::reason.eq(reason),
            ch::changed_by.eq(by),
            ch::changed_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    Ok(())
}

/// The reasons recorded on a grant, oldest first.
pub fn changes(conn: &mut DbConn, application_id: &str) -> DbResult<Vec<ChangeRow>> {
    Ok(ch::table
        .filter(ch::application_id.eq(application_id))
        .order(ch::changed_at)
        .select(ChangeRow::as_select())
        .load(conn)?)
}

/// What was paid on each of the grant's tranches (tranches without payment left out),
/// summed here: a grant has a handful of disbursements, and a sum of `BIGINT` is a
/// different type on each backend.
pub fn paid_by_tranche(conn: &mut DbConn, application_id: &str) -> DbResult<Vec<(String, i64)>> {
    let rows: Vec<(String, i64)> = gd::table
        .filter(gd::application_id.eq(application_id))
        .order(gd::tranche_id)
        .select((gd::tranche_id, gd::amount_cents))
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
