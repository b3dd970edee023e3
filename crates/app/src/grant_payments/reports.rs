//! Milestone reports: the grantee files one for a milestone of their plan (what was done,
//! the money spent, an optional PDF/JPEG/PNG sealed in the document store, written and
//! synced before the row that names it commits); staff accept it — which releases the
//! milestone's tranches and may complete the grant — or ask for more with a note.

use std::sync::Arc;

use db::grants::payments::reports::ReportRow;
use domain::document::{self, MAX_DOCUMENT_BYTES};
use domain::grant::GrantState;
use domain::grant::payment::ReportStatus;
use domain::grant::payment::report::{ReportFields, parse_note};
use domain::{Conflict, Invalid, Permission};

use super::locked;
use crate::documents::UploadedFile;
use crate::files::{self, DocumentStore};
use crate::{Acting, AppResult, Clock, Error};

/// Files the grantee's report on their own grant. Refused when the milestone is not in
/// the plan, a report for it waits for review or was accepted, or the file is not a
/// PDF, JPEG or PNG within the size limit.
#[expect(
    clippy::too_many_arguments,
    reason = "the store and keys of the sealed file beside the use case's usual arguments"
)]
pub async fn file(
    db: &db::Database,
    clock: &dyn Clock,
    store: Arc<DocumentStore>,
    keys: Arc<domain::fieldcrypt::Keyring>,
    who: &Acting,
    application_id: &str,
    fields: &ReportFields,
    upload: Option<UploadedFile>,
) -> AppResult<String> {
    who.scope(Permission::ApplyForGrants)?;
    let report = fields.parse()?;
    let id = db::id::new_id();
    let mut row = ReportRow {
        id: id.clone(),
        application_id: application_id.to_owned(),
        milestone: report.milestone,
        done: report.done,
        spent_cents: report.spent_cents,
        document_id: None,
        content_type: None,
        size_bytes: None,
        sha256: None,
        status: ReportStatus::Submitted,
        review_note: String::new(),
        submitted_by: who.actor.user_id.clone(),
        submitted_at: clock.now(),
        reviewed_by: None,
        reviewed_at: None,
    };
    if let Some(f) = upload {
        if f.bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(Invalid::new("file", "error-document-too-large").into());
        }
        let kind = document::check_file(&f.bytes)?;
        // Checked before the file is written, so a refused report leaves nothing behind.
        super::view_own(db, who, application_id).await?;
        let size = i64::try_from(f.bytes.len()).unwrap_or(i64::MAX);
        let (name, bytes) = (id.clone(), f.bytes);
        let st = store.clone();
        tokio::task::spawn_blocking(move || {
            let sealed = files::seal(&keys, &name, &bytes);
            st.put(&name, &sealed)
        })
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?
        .map_err(|e| Error::Db(db::DbError::Sealed(format!("document store: {e}"))))?;
        row.document_id = Some(id.clone());
        row.content_type = Some(kind.mime().to_owned());
        row.size_bytes = Some(size);
        row.sha256 = Some(f.sha256);
    }
    let has_file = row.document_id.is_some();
    let who2 = who.clone();
    let r = row.clone();
    let written = db
        .write_at(who.origin.clone(), clock.now(), move |tx| -> AppResult<()> {
            let v = locked(tx, &who2, Permission::ApplyForGrants, &r.application_id)?;
            if v.grant.award.state != GrantState::Agreed {
                return Err(Error::Conflict(Conflict::GrantApplicationMoved));
            }
            match v.milestones.iter().find(|m| m.milestone == r.milestone) {
                None => return Err(Invalid::new("milestone", "grant-report-error-milestone").into()),
                Some(m) if !m.may_report => {
                    return Err(Invalid::new("milestone", "grant-report-error-filed").into());
                }
                Some(_) => {}
            }
            db::grants::payments::reports::add(tx, &r)?;
            Ok(())
        })
        .await;
    if let Err(e) = written {
        if has_file {
            let _ = store.remove(&id);
        }
        return Err(e);
    }
    Ok(id)
}

/// Accepts a submitted report (`accept`) or asks for more with `note` (required then).
/// Answers whether the grant is now completed (the final report accepted when every
/// tranche was already paid).
pub async fn review(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    application_id: &str,
    report_id: &str,
    accept: bool,
    note: &str,
) -> AppResult<bool> {
    who.scope(Permission::ManageGrants)?;
    let note = if accept {
        domain::bounds::text("note", note, domain::bounds::MAX_DESCRIPTION)
    } else {
        parse_note(note)
    };
    let today = super::today(clock);
    let (who, id, report_id) = (who.clone(), application_id.to_owned(), report_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<bool> {
            let v = locked(tx, &who, Permission::ManageGrants, &id)?;
            let report = db::grants::payments::reports::find(tx.conn, &id, &report_id)?;
            if v.grant.award.state != GrantState::Agreed || report.status != ReportStatus::Submitted
            {
                return Err(Error::Conflict(Conflict::GrantApplicationMoved));
            }
            let note = note?;
            let to = if accept {
                ReportStatus::Accepted
            } else {
                ReportStatus::MoreRequested
            };
            db::grants::payments::reports::review(
                tx,
                &id,
                &report_id,
                to,
                &note,
                &who.actor.user_id,
            )?;
            let after = super::load(tx.conn, v.grant)?;
            let completed = accept && after.complete();
            if completed {
                db::grants::awards::set_state(
                    tx,
                    &id,
                    GrantState::Agreed,
                    GrantState::Completed,
                    today,
                )?;
            }
            Ok(completed)
        },
    )
    .await
}

/// A report's document for download, by staff of the grant or its grantee; audited
/// `grant.report.download`. The caller opens the sealed file named by `document_id`.
pub async fn document(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    application_id: &str,
    report_id: &str,
) -> AppResult<ReportRow> {
    let permission = if who.actor.can(Permission::ManageGrants) {
        Permission::ManageGrants
    } else {
        Permission::ApplyForGrants
    };
    let (who, id, report_id) = (who.clone(), application_id.to_owned(), report_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<ReportRow> {
            let reach = super::reach(tx.conn, &who, permission)?;
            db::grants::payments::listing::find(tx.conn, &reach, &id)?;
            let report = db::grants::payments::reports::find(tx.conn, &id, &report_id)?;
            if report.document_id.is_none() {
                return Err(Error::NotFound);
            }
            tx.audit("grant.report.download", "grant_application", &id)?;
            Ok(report)
        },
    )
    .await
}
