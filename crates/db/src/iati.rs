//! The IATI activity of a programme (issue 16 item 4): its settings (the reporting
//! organisation and the activity identifier, permanent once published) and what the
//! activity file reads beyond the `Report`: the programme's partner organisations and the
//! grant disbursements. Writes are audited against the programme (`iati.save`,
//! `iati.publish`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::OrganisationKind;

use crate::schema::{
    grant_applications as ga, grant_calls as gc, grant_disbursements as gd, iati_settings as s,
    organisations, programme_organisations as po,
};
use crate::{DbConn, DbResult, Tx};

/// A programme's IATI settings as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = s)]
pub struct Settings {
    pub programme_id: String,
    pub org_ref: String,
    pub org_name: String,
    pub org_type: String,
    pub activity_id: String,
    /// When the activity was first exported: from then on nothing here changes.
    pub published_at: Option<NaiveDateTime>,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

/// The settings as entered, already checked (`domain::iati::SettingsFields::parse`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub org_ref: String,
    pub org_name: String,
    pub org_type: String,
    pub activity_id: String,
}

/// The settings of `programme_id` (found in reach by the caller), if saved.
pub fn settings(conn: &mut DbConn, programme_id: &str) -> DbResult<Option<Settings>> {
    Ok(s::table
        .filter(s::programme_id.eq(programme_id))
        .select(Settings::as_select())
        .first(conn)
        .optional()?)
}

/// Saves the settings while they are unpublished. Answers false, writing nothing, once
/// they are published (the update is conditional, so a publication racing it wins).
pub fn save(tx: &mut Tx<'_>, programme_id: &str, draft: &Draft, by: &str) -> DbResult<bool> {
    let now = tx.now;
    let changed = if settings(tx.conn, programme_id)?.is_some() {
        diesel::update(
            s::table
                .filter(s::programme_id.eq(programme_id))
                .filter(s::published_at.is_null()),
        )
        .set((
            s::org_ref.eq(&draft.org_ref),
            s::org_name.eq(&draft.org_name),
            s::org_type.eq(&draft.org_type),
            s::activity_id.eq(&draft.activity_id),
            s::updated_by.eq(by),
            s::updated_at.eq(now),
        ))
        .execute(tx.conn)?
    } else {
        diesel::insert_into(s::table)
            .values((
                s::programme_id.eq(programme_id),
                s::org_ref.eq(&draft.org_ref),
                s::org_name.eq(&draft.org_name),
                s::org_type.eq(&draft.org_type),
                s::activity_id.eq(&draft.activity_id),
                s::updated_by.eq(by),
                s::updated_at.eq(now),
            ))
            .execute(tx.conn)?
    };
    if changed == 0 {
        return Ok(false);
    }
    tx.audit("iati.save", "programme", programme_id)?;
    Ok(true)
}

/// Marks the settings published, if they were not (the first export). Answers whether
/// this call published them.
pub fn publish(tx: &mut Tx<'_>, programme_id: &str) -> DbResult<bool> {
    let now = tx.now;
    let changed = diesel::update(
        s::table
            .filter(s::programme_id.eq(programme_id))
            .filter(s::published_at.is_null()),
    )
    .set(s::published_at.eq(now))
    .execute(tx.conn)?;
    if changed > 0 {
        tx.audit("iati.publish", "programme", programme_id)?;
    }
    Ok(changed > 0)
}

/// The programme's partner organisations (name, kind), by name.
pub fn partners(
    conn: &mut DbConn,
    programme_id: &str,
) -> DbResult<Vec<(String, OrganisationKind)>> {
    let rows: Vec<(String, String)> = organisations::table
        .filter(
            organisations::id.eq_any(
                po::table
                    .filter(po::programme_id.eq(programme_id))
                    .select(po::organisation_id),
            ),
        )
        .order(organisations::name.asc())
        .select((organisations::name, organisations::kind))
        .load(conn)?;
    rows.into_iter()
        .map(|(name, kind)| Ok((name, crate::stored(kind)?)))
        .collect()
}

/// The grant disbursements of the programme's calls for proposals: (day paid, amount in
/// cents, currency), by day. Only amounts: the file names no grantee.
pub fn disbursements(
    conn: &mut DbConn,
    programme_id: &str,
) -> DbResult<Vec<(NaiveDate, i64, String)>> {
    let calls = gc::table
        .filter(gc::programme_id.eq(programme_id))
        .select(gc::id);
    let applications = ga::table.filter(ga::call_id.eq_any(calls)).select(ga::id);
    Ok(gd::table
        .filter(gd::application_id.eq_any(applications))
        .order((gd::paid_on.asc(), gd::id.asc()))
        .select((gd::paid_on, gd::amount_cents, gd::currency))
        .load(conn)?)
}
