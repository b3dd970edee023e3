//! A case's documents, in the document store like an application's: checked by their
//! bytes (PDF, JPEG, PNG), sealed on disk under a generated name, the file written and
//! synced before the row that names it commits; downloads audited. Anyone who may work on
//! the case uploads the kinds its template asks for.

use std::sync::Arc;

use db::cases::CaseDocument;
use domain::document::{self, MAX_DOCUMENT_BYTES};
use domain::procedure::CASE_DOCUMENTS;
use domain::{Conflict, Invalid, Permission};

use crate::documents::UploadedFile;
use crate::files::{self, DocumentStore};
use crate::{Acting, AppResult, Clock, Error};

/// Uploads a document of `kind` to the case `id`: the reach and the kind checked, the file
/// sealed and stored, then the row written (a refused row removes the file again).
#[allow(clippy::too_many_arguments)]
pub async fn upload(
    db: &db::Database,
    clock: &dyn Clock,
    store: Arc<DocumentStore>,
    keys: Arc<domain::fieldcrypt::Keyring>,
    who: &Acting,
    id: &str,
    kind: &str,
    expires_on: Option<chrono::NaiveDate>,
    file: Option<UploadedFile>,
) -> AppResult<String> {
    let scope = who.scope(Permission::WorkCases)?;
    let kind = kind.trim().to_owned();
    if !CASE_DOCUMENTS.contains(&kind.as_str()) {
        return Err(Invalid::new("kind", "error-document-kind").into());
    }
    let Some(file) = file else {
        return Err(Invalid::new("file", "error-document-no-file").into());
    };
    if file.bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Invalid::new("file", "error-document-too-large").into());
    }
    let file_type = document::check_file(&file.bytes)?;
    let actor_id = who.actor.user_id.clone();
    let (s, a, cid) = (scope.clone(), actor_id.clone(), id.to_owned());
    let case = db
        .read(move |conn| db::cases::find(conn, &s, &a, &cid))
        .await?;
    if case.closed {
        return Err(Error::Conflict(Conflict::CaseClosed));
    }
    let doc_id = db::id::new_id();
    let row = CaseDocument {
        id: doc_id.clone(),
        case_id: case.id.clone(),
        kind,
        size_bytes: i64::try_from(file.bytes.len()).unwrap_or(i64::MAX),
        sha256: file.sha256,
        content_type: file_type.mime().to_owned(),
        stored_name: doc_id.clone(),
        expires_on,
        uploaded_by: actor_id.clone(),
        uploaded_at: clock.now(),
    };
    let (name, bytes) = (doc_id.clone(), file.bytes);
    let st = store.clone();
    tokio::task::spawn_blocking(move || {
        let sealed = files::seal(&keys, &name, &bytes);
        st.put(&name, &sealed)
    })
    .await
    .map_err(|_| Error::Db(db::DbError::Join))?
    .map_err(|e| Error::Db(db::DbError::Sealed(format!("document store: {e}"))))?;
    let r = row.clone();
    let written = db
        .write_at(
            who.origin.clone(),
            clock.now(),
            move |tx| -> AppResult<()> {
                let case = db::cases::find(tx.conn, &scope, &actor_id, &r.case_id)?;
                if case.closed {
                    return Err(Error::Conflict(Conflict::CaseClosed));
                }
                db::cases::add_document(tx, &r)?;
                super::refresh_due(tx, &case.id)?;
                Ok(())
            },
        )
        .await;
    if let Err(e) = written {
        let _ = store.remove(&row.stored_name);
        return Err(e);
    }
    Ok(doc_id)
}

/// A case document for download by someone who sees the case, audited
/// `case.document.download`; the caller opens the sealed file.
pub async fn download(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    case_id: &str,
    id: &str,
) -> AppResult<CaseDocument> {
    let scope = who.scope(Permission::ViewCases)?;
    let actor_id = who.actor.user_id.clone();
    let (case_id, id) = (case_id.to_owned(), id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| -> AppResult<_> {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &case_id)?;
        let doc = db::cases::document(tx.conn, &case.id, &id)?;
        tx.audit("case.document.download", "case", &case.id)?;
        Ok(doc)
    })
    .await
}
