//! Spreadsheet imports: an uploaded table is kept (sealed) as a batch of its uploader, its
//! columns are matched and its rows checked by the pages, then the rows that passed are
//! written in one transaction that also closes the batch, so a batch imports once.

use std::sync::Arc;

use db::candidates::{Chosen, SealedPassport};
use domain::Permission;
use domain::candidate::{Education, Identity, Preferences};
use domain::company::CompanyDraft;
use domain::fieldcrypt::Keyring;
use domain::ids::{CallId, OrganisationId, ProgrammeId};
use domain::outreach::Stage;
use domain::position::PositionDraft;

use crate::tabular::Table;
use crate::{Acting, AppResult, Clock};

/// Keeps an uploaded table as a batch of `kind` for the person to map; returns its id.
pub async fn keep(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    keys: Arc<Keyring>,
    kind: &'static str,
    filename: String,
    table: Table,
) -> AppResult<String> {
    let user = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::imports::create(
            tx,
            &keys,
            &user,
            kind,
            &filename,
            &table.header,
            &table.rows,
        )?)
    })
    .await
}

/// A checked row of a candidate spreadsheet, its passport number already sealed for `id`.
pub struct CandidateRow {
    pub id: String,
    pub passport: Option<SealedPassport>,
    pub identity: Identity,
    pub education: Education,
    pub preferences: Preferences,
    pub territory_id: Option<String>,
    pub esco: Chosen,
}

/// Imports checked candidate rows as submitted applications to a call within reach, and
/// closes the batch (`Conflict(ImportDone)` when it was imported already).
pub async fn candidates(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    batch: &str,
    call: &CallId,
    rows: Vec<CandidateRow>,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let user = who.actor.user_id.clone();
    let (batch, call) = (batch.to_owned(), call.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = crate::reach::reference("call", db::calls::find(tx.conn, &s, call.as_str()))?;
        let mut candidates = Vec::with_capacity(rows.len());
        let mut profiles = Vec::with_capacity(rows.len());
        let mut esco = Vec::new();
        for v in rows {
            let (mut row, profile) = db::candidates::new_submitted(
                &v.id,
                &call,
                &v.identity,
                v.passport,
                &v.education,
                &v.preferences,
                tx.now,
            );
            crate::reach::residence_territory(
                tx.conn,
                &call.programme_id,
                v.territory_id.as_deref(),
            )?;
            row.residence_territory_id = v.territory_id;
            candidates.push(row);
            profiles.push(profile);
            if !v.esco.is_empty() {
                esco.push((v.id, v.esco));
            }
        }
        let today = crate::clock::day_of(tx.now);
        db::candidates::import_submitted(tx, &s, &user, &call, candidates, &profiles, today)?;
        db::candidates::insert_esco(tx, &esco)?;
        close(tx, &batch)
    })
    .await
}

/// Imports checked companies into the programme, owned by the person, and closes the batch.
/// The programme, and each row's territory and region, must be within the person's reach
/// for outreach (checked again here, in the write: `Invalid` on the field otherwise).
pub async fn companies(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    batch: &str,
    programme: &ProgrammeId,
    rows: Vec<(CompanyDraft, Stage)>,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageOutreach)?;
    let owner = who.actor.user_id.clone();
    let (batch, programme) = (batch.to_owned(), programme.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let p = crate::reach::programme(tx.conn, &s, "programme_id", programme.as_str())?;
        let within = [p.id.clone()];
        for (d, _) in &rows {
            crate::reach::territory(
                tx.conn,
                &s,
                "territory_id",
                d.territory_id.as_deref(),
                Some(&within),
            )?;
            crate::reach::region(tx.conn, "region", d.region.as_deref())?;
        }
        for (d, stage) in &rows {
            db::companies::create(tx, programme.as_str(), d, *stage, Some(&owner))?;
        }
        close(tx, &batch)
    })
    .await
}

/// Imports checked positions, each into its company's programme (or `programme` when the
/// company has none), and closes the batch. Each company must be within the person's
/// reach (`Invalid` on `company` otherwise).
pub async fn positions(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    batch: &str,
    programme: &ProgrammeId,
    rows: Vec<(OrganisationId, PositionDraft)>,
) -> AppResult<()> {
    let s = who.scope(Permission::EditPositions)?;
    let (batch, programme) = (batch.to_owned(), programme.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        for (company, d) in &rows {
            // Each row's company within reach, checked in the write.
            crate::reach::reference(
                "company",
                db::companies::find(tx.conn, &s, company.as_str()),
            )?;
            let of_company = db::programmes::ids_of_organisation(tx.conn, company.as_str())?
                .into_iter()
                .next()
                .unwrap_or_else(|| programme.as_str().to_owned());
            db::positions::create(tx, &of_company, company.as_str(), d)?;
        }
        close(tx, &batch)
    })
    .await
}

/// Audits the import and deletes its batch; a batch already deleted was imported by
/// another request meanwhile, and this one rolls back.
fn close(tx: &mut db::Tx<'_>, batch: &str) -> AppResult<()> {
    tx.audit("import.commit", "import", batch)?;
    Ok(db::imports::delete(tx, batch)?)
}
