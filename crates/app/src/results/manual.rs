//! Manual indicators (what the system cannot compute, e.g. partners reporting better
//! capacity): a value per open period with a note, and evidence files checked by their
//! bytes (PDF, JPEG, PNG), sealed and synced in the document store before the row that
//! names them commits (removed again if it is refused). Reading evidence is audited
//! `results.evidence.read`.

use std::sync::Arc;

use db::results::logframe::IndicatorRow;
use db::results::manual::EvidenceRow;
use db::results::periods::PeriodRow;
use domain::document::{self, MAX_DOCUMENT_BYTES};
use domain::results::editing;
use domain::{Conflict, Invalid, Permission};

use crate::documents::UploadedFile;
use crate::files::{self, DocumentStore};
use crate::{Acting, AppResult, Clock, Error};

/// The manual indicator and open period a value or evidence is for, within reach.
fn open_manual(
    conn: &mut db::DbConn,
    scope: &domain::permission::Scope,
    programme_id: &str,
    indicator_id: &str,
    period_id: &str,
) -> AppResult<(IndicatorRow, PeriodRow)> {
    let programme = db::programmes::find(conn, scope, programme_id)?;
    let row = db::results::logframe::indicator(conn, &programme.id, indicator_id)?;
    if row.rule.is_some() {
        return Err(Error::NotFound);
    }
    let period = db::results::periods::find(conn, &programme.id, period_id)
        .map_err(|_| Error::Invalid(Invalid::new("period_id", "error-required")))?;
    if period.submitted_at.is_some() {
        return Err(Error::Conflict(Conflict::PeriodSubmitted));
    }
    Ok((row, period))
}

/// Sets a manual indicator's value for an open period, `value` typed in its unit.
#[expect(
    clippy::too_many_arguments,
    reason = "the value, its note and the three records it belongs to"
)]
pub async fn set_value(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    indicator_id: &str,
    period_id: &str,
    value: &str,
    note: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::ManageResults)?;
    let (p, i, per, v, n, by) = (
        programme_id.to_owned(),
        indicator_id.to_owned(),
        period_id.to_owned(),
        value.to_owned(),
        note.to_owned(),
        who.actor.user_id.clone(),
    );
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let (row, period) = open_manual(tx.conn, &scope, &p, &i, &per)?;
            let (value, note) = editing::manual_value(row.unit, &v, &n)?;
            Ok(db::results::manual::set(
                tx, &row.id, &period.id, value.raw, &note, &by,
            )?)
        },
    )
    .await
}

/// Adds an evidence file to a manual indicator's value for an open period; returns its id.
#[expect(
    clippy::too_many_arguments,
    reason = "the store and keys of the sealed file beside the use case's usual arguments"
)]
pub async fn add_evidence(
    db: &db::Database,
    clock: &dyn Clock,
    store: Arc<DocumentStore>,
    keys: Arc<domain::fieldcrypt::Keyring>,
    who: &Acting,
    programme_id: &str,
    indicator_id: &str,
    period_id: &str,
    upload: Option<UploadedFile>,
) -> AppResult<String> {
    let scope = who.scope(Permission::ManageResults)?;
    let f = match upload {
        None => {
            return Err(Error::Invalid(Invalid::new(
                "file",
                "error-document-no-file",
            )));
        }
        Some(f) if f.bytes.len() > MAX_DOCUMENT_BYTES => {
            return Err(Error::Invalid(Invalid::new(
                "file",
                "error-document-too-large",
            )));
        }
        Some(f) => f,
    };
    let file_type = document::check_file(&f.bytes)?;
    let (p, i, per) = (
        programme_id.to_owned(),
        indicator_id.to_owned(),
        period_id.to_owned(),
    );
    let s = scope.clone();
    db.read_as(move |c| -> AppResult<_> { open_manual(c, &s, &p, &i, &per) })
        .await?;
    let id = db::id::new_id();
    let size = i64::try_from(f.bytes.len()).unwrap_or(i64::MAX);
    let (name, bytes, st) = (id.clone(), f.bytes, store.clone());
    tokio::task::spawn_blocking(move || st.put(&name, &files::seal(&keys, &name, &bytes)))
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?
        .map_err(|e| Error::Db(db::DbError::Sealed(format!("document store: {e}"))))?;
    let (p, i, per, doc_id, sha256, by) = (
        programme_id.to_owned(),
        indicator_id.to_owned(),
        period_id.to_owned(),
        id.clone(),
        f.sha256,
        who.actor.user_id.clone(),
    );
    let written = db
        .write_at(
            who.origin.clone(),
            clock.now(),
            move |tx| -> AppResult<()> {
                let (row, period) = open_manual(tx.conn, &scope, &p, &i, &per)?;
                let ev = EvidenceRow {
                    id: doc_id,
                    indicator_id: row.id,
                    period_id: period.id,
                    content_type: file_type.mime().to_owned(),
                    size_bytes: size,
                    sha256,
                    uploaded_by: by,
                    uploaded_at: tx.now,
                };
                Ok(db::results::manual::add_evidence(tx, &ev)?)
            },
        )
        .await;
    if let Err(e) = written {
        let _ = store.remove(&id);
        return Err(e);
    }
    Ok(id)
}

/// The evidence files of a manual indicator within reach.
pub async fn evidence(
    db: &db::Database,
    who: &Acting,
    programme_id: &str,
    indicator_id: &str,
) -> AppResult<Vec<EvidenceRow>> {
    let scope = who.scope(Permission::ViewResults)?;
    let (p, i) = (programme_id.to_owned(), indicator_id.to_owned());
    db.read_as(move |c| -> AppResult<_> {
        let programme = db::programmes::find(c, &scope, &p)?;
        let row = db::results::logframe::indicator(c, &programme.id, &i)?;
        Ok(db::results::manual::evidence(c, &row.id)?)
    })
    .await
}

/// One evidence file for download; audited `results.evidence.read`. The caller opens
/// the sealed file named by the row's id.
pub async fn read_evidence(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    indicator_id: &str,
    evidence_id: &str,
) -> AppResult<EvidenceRow> {
    let scope = who.scope(Permission::ViewResults)?;
    let (p, i, e) = (
        programme_id.to_owned(),
        indicator_id.to_owned(),
        evidence_id.to_owned(),
    );
    db.write_at(who.origin.clone(), clock.now(), move |tx| -> AppResult<_> {
        let programme = db::programmes::find(tx.conn, &scope, &p)?;
        let row = db::results::logframe::indicator(tx.conn, &programme.id, &i)?;
        let ev = db::results::manual::find_evidence(tx.conn, &row.id, &e)?;
        tx.audit("results.evidence.read", "results_indicator", &row.id)?;
        Ok(ev)
    })
    .await
}
