//! A candidate's documents: uploaded by the candidate to their own application or by staff
//! who may screen it, downloaded by permitted readers (each download audited), deleted by
//! the uploader or staff.
//!
//! An upload is three steps, in this order: [`prepare`] checks the file and the reach and
//! makes the row, the caller stores the sealed file ([`store`]), then [`record`] writes the
//! row. The file goes first so that a row never names a file that is not there; when the
//! row is refused (reach lost meanwhile, quota), the caller removes the file again.

use std::sync::Arc;

use db::documents::Document;
use domain::document::{self, DocumentFields, MAX_DOCUMENT_BYTES};
use domain::ids::CandidateId;
use domain::permission::Scope;
use domain::{Conflict, Invalid, Permission};

use crate::files::{self, DocumentStore};
use crate::{Acting, AppResult, Clock, Error};

/// Who uploads, which decides the reach: the candidate their own application, staff any
/// application they may screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uploader {
    Candidate,
    Staff,
}

fn upload_scope(who: &Acting, by: Uploader) -> AppResult<Scope> {
    match by {
        Uploader::Candidate => Ok(Scope::OwnAccount),
        Uploader::Staff => who.scope(Permission::ScreenCandidates),
    }
}

/// The reader's reach over candidates for documents; none (a company) is answered as "not
/// found", like a document outside their reach.
fn view_scope(who: &Acting) -> AppResult<Scope> {
    who.actor
        .scope(Permission::ViewCandidates)
        .ok_or(Error::NotFound)
}

/// A file as it arrived, with its SHA-256 (hex), computed where the bytes are read.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    pub original_name: String,
    pub bytes: Vec<u8>,
    pub sha256: String,
}

/// An upload checked and ready to store: its row and its bytes.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub by: Uploader,
    pub row: Document,
    bytes: Vec<u8>,
}

/// Checks an upload before anything is written: the description (dates against the
/// clock's today), the file by its bytes, and the application within reach and not merged
/// (`Conflict(CandidateMerged)`). `file` is `None` when the form carried none.
pub async fn prepare(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    by: Uploader,
    candidate: &CandidateId,
    fields: &DocumentFields,
    file: Option<UploadedFile>,
) -> AppResult<Prepared> {
    let scope = upload_scope(who, by)?;
    let described = fields.parse(clock.today())?;
    let Some(file) = file else {
        return Err(Invalid::new("file", "error-document-no-file").into());
    };
    if file.bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Invalid::new("file", "error-document-too-large").into());
    }
    let file_type = document::check_file(&file.bytes)?;
    let (actor_id, cid) = (who.actor.user_id.clone(), candidate.clone());
    let c = db
        .read(move |conn| db::candidates::find(conn, &scope, &actor_id, cid.as_str()))
        .await?;
    if c.status == domain::candidate::Status::Merged {
        return Err(Error::Conflict(Conflict::CandidateMerged));
    }
    let id = db::id::new_id();
    let row = Document {
        id: id.clone(),
        candidate_id: c.id,
        kind: described.kind,
        issued_on: described.issued_on,
        expires_on: described.expires_on,
        size_bytes: i64::try_from(file.bytes.len()).unwrap_or(i64::MAX),
        sha256: file.sha256,
        content_type: file_type.mime().to_owned(),
        original_name: document::safe_file_name(&file.original_name, described.kind, file_type),
        stored_name: id,
        uploaded_by: who.actor.user_id.clone(),
        uploaded_at: clock.now(),
    };
    Ok(Prepared {
        by,
        row,
        bytes: file.bytes,
    })
}

/// Seals the prepared file and writes it into the document folder under its stored name.
pub async fn store(
    store: Arc<DocumentStore>,
    keys: Arc<domain::fieldcrypt::Keyring>,
    p: &Prepared,
) -> std::io::Result<()> {
    let (name, bytes) = (p.row.stored_name.clone(), p.bytes.clone());
    tokio::task::spawn_blocking(move || {
        let sealed = files::seal(&keys, &name, &bytes);
        store.put(&name, &sealed)
    })
    .await
    .map_err(|_| std::io::Error::other("document write task failed"))?
}

/// Writes the row of a stored upload (`document.upload`, a timeline event), checking the
/// reach, the merged status and the quota again in the transaction. Stamped with the time
/// the upload was prepared at, like the row.
pub async fn record(db: &db::Database, who: &Acting, p: Prepared) -> AppResult<String> {
    let scope = upload_scope(who, p.by)?;
    let actor_id = who.actor.user_id.clone();
    let row = p.row;
    db.write_at(who.origin.clone(), row.uploaded_at, move |tx| {
        db::documents::add(tx, &scope, &actor_id, &row)?;
        Ok(row.id)
    })
    .await
}

/// Hands a document out for download to a reader whose reach covers its candidate and who
/// may read its kind (`NotFound` otherwise); audited as `document.download`.
pub async fn download(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
) -> AppResult<Document> {
    let scope = view_scope(who)?;
    let actor = who.actor.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (doc, _) = db::documents::find(tx.conn, &scope, &actor.user_id, &id)?;
        if !actor.may_read_document(doc.kind) {
            return Err(Error::NotFound);
        }
        Ok(db::documents::record_download(tx, &scope, &actor.user_id, &id)?.0)
    })
    .await
}

/// Deletes a document's row (its uploader, or staff who may screen the candidate) with
/// `document.delete`; returns the row so that the caller removes the file.
pub async fn delete(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
) -> AppResult<Document> {
    let view = view_scope(who)?;
    let screen = who.actor.scope(Permission::ScreenCandidates);
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::documents::delete(
            tx,
            &view,
            screen.as_ref(),
            &actor_id,
            &id,
        )?)
    })
    .await
}
