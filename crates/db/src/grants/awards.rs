//! The grants given by a call's accepted award: one per application awarded, with the
//! amount the committee settled and where it stands (`domain::grant::GrantState`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::conflict::Conflict;
use domain::grant::GrantState;

use super::MAX_LIST;
use crate::schema::grant_awards as aw;
use crate::{DbConn, DbError, DbResult, Tx};

/// A grant as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = aw)]
pub struct AwardRow {
    pub application_id: String,
    pub call_id: String,
    pub amount_cents: i64,
    #[diesel(deserialize_as = String)]
    pub state: GrantState,
    pub awarded_by: String,
    pub awarded_at: NaiveDateTime,
    pub agreed_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub note: String,
}

/// Gives an application its grant (state awarded). `Conflict` when it has one already.
/// Audited `grant.award` against the application.
pub fn create(
    tx: &mut Tx<'_>,
    call_id: &str,
    application_id: &str,
    amount_cents: i64,
    note: &str,
    by: &str,
) -> DbResult<()> {
    if of_application(tx.conn, application_id)?.is_some() {
        return Err(DbError::Conflict(Conflict::GrantApplicationMoved));
    }
    diesel::insert_into(aw::table)
        .values((
            aw::application_id.eq(application_id),
            aw::call_id.eq(call_id),
            aw::amount_cents.eq(amount_cents),
            aw::state.eq(GrantState::Awarded.as_str()),
            aw::awarded_by.eq(by),
            aw::awarded_at.eq(tx.now),
            aw::agreed_on.eq(None::<NaiveDate>),
            aw::closed_on.eq(None::<NaiveDate>),
            aw::note.eq(note),
        ))
        .execute(tx.conn)?;
    tx.audit("grant.award", "grant_application", application_id)
}

/// Moves a grant from `from` to `to` on `on` (the workflow checked by the caller): agreeing
/// stamps `agreed_on`, completing or cancelling `closed_on`. `Conflict` when it is no
/// longer at `from`. Audited `grant.<to>`.
pub fn set_state(
    tx: &mut Tx<'_>,
    application_id: &str,
    from: GrantState,
    to: GrantState,
    on: NaiveDate,
) -> DbResult<()> {
    let target = aw::table
        .filter(aw::application_id.eq(application_id))
        .filter(aw::state.eq(from.as_str()));
    let n = match to {
        GrantState::Agreed => diesel::update(target)
            .set((aw::state.eq(to.as_str()), aw::agreed_on.eq(Some(on))))
            .execute(tx.conn)?,
        _ => diesel::update(target)
            .set((aw::state.eq(to.as_str()), aw::closed_on.eq(Some(on))))
            .execute(tx.conn)?,
    };
    if n == 0 {
        return Err(DbError::Conflict(Conflict::GrantApplicationMoved));
    }
    tx.audit(&format!("grant.{to}"), "grant_application", application_id)
}

/// The grant of an application, if awarded (application found in reach by the caller).
pub fn of_application(conn: &mut DbConn, application_id: &str) -> DbResult<Option<AwardRow>> {
    Ok(aw::table
        .filter(aw::application_id.eq(application_id))
        .select(AwardRow::as_select())
        .first(conn)
        .optional()?)
}

/// A call's grants (call found in reach by the caller), in the order awarded.
pub fn of_call(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<AwardRow>> {
    Ok(aw::table
        .filter(aw::call_id.eq(call_id))
        .order((aw::awarded_at, aw::application_id))
        .limit(MAX_LIST)
        .select(AwardRow::as_select())
        .load(conn)?)
}
