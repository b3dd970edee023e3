//! The documents of a grant application (issue 15 item 2): the applicant adds them — a
//! business plan, quotes, certificates, an identity document — and removes them while the
//! application is a draft (at most `MAX_DOCUMENTS`); each file is checked by its content
//! (PDF, JPEG or PNG within `MAX_DOCUMENT_BYTES`) and sealed in the document store, written
//! and synced before the row that names it commits, and removed again if the row is
//! refused. Who downloads them: the applicant, staff who may check the application (in
//! reach, once submitted), and the call's panellists who declared no conflict on it. Each
//! download is audited `grant_document.read` against the application.

use std::sync::Arc;

use db::grants::Reach;
use db::grants::applications::ApplicationRow;
use db::grants::documents::DocumentRow;
use domain::document::{self, MAX_DOCUMENT_BYTES};
use domain::grant::Status;
use domain::grant::document::{DocumentKind, may_add};
use domain::{Checks, Conflict, Invalid, Permission};

use super::{applications::own_candidate, reach};
use crate::documents::UploadedFile;
use crate::files::{self, DocumentStore};
use crate::{Acting, AppResult, Clock, Error};

/// Who asks for a document: the route they came by decides which rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The applicant, on their own application.
    Applicant,
    /// Staff who check applications (`CheckGrantApplications`), in reach.
    Checker,
    /// A panellist of the call who declared no conflict on the application.
    Panellist,
}

/// The person's own application to the call `call_id` (in their reach, on its list).
fn own_application(
    tx: &mut db::DbConn,
    who: &Acting,
    call_id: &str,
) -> AppResult<(Reach, ApplicationRow)> {
    let r = reach(tx, who, Permission::ApplyForGrants)?;
    db::grants::calls::find(tx, &r, call_id)?;
    let candidate = own_candidate(tx, &r, call_id)?.ok_or(Error::NotFound)?;
    let a =
        db::grants::applications::of_candidate(tx, call_id, &candidate)?.ok_or(Error::NotFound)?;
    Ok((r, a))
}

/// The refusal when the application is no longer a draft, or there is none yet.
fn draft(a: Option<&ApplicationRow>) -> AppResult<()> {
    match a {
        None => Err(Invalid::new("file", "grant-document-error-save-first").into()),
        Some(a) if a.status != Status::Draft => Err(Error::Conflict(Conflict::ApplicationSent)),
        Some(_) => Ok(()),
    }
}

/// Adds a document of kind `kind` to the person's draft for the call `call_id`; returns
/// its id. Refused (every mistake at once) without a kind or a PDF/JPEG/PNG within the
/// size limit, with ten documents already, before the first save, and once submitted.
#[expect(
    clippy::too_many_arguments,
    reason = "the store and keys of the sealed file beside the use case's usual arguments"
)]
pub async fn add(
    db: &db::Database,
    clock: &dyn Clock,
    store: Arc<DocumentStore>,
    keys: Arc<domain::fieldcrypt::Keyring>,
    who: &Acting,
    call_id: &str,
    kind: &str,
    upload: Option<UploadedFile>,
) -> AppResult<String> {
    who.scope(Permission::ApplyForGrants)?;
    let mut checks = Checks::default();
    let kind = checks.check(DocumentKind::parse(kind));
    let file = checks.check(match upload {
        None => Err(Invalid::new("file", "error-document-no-file")),
        Some(f) if f.bytes.len() > MAX_DOCUMENT_BYTES => {
            Err(Invalid::new("file", "error-document-too-large"))
        }
        Some(f) => document::check_file(&f.bytes).map(|t| (t, f)),
    });
    checks.done()?;
    let (Some(kind), Some((file_type, f))) = (kind, file) else {
        return Err(Error::Invalid(Invalid::new(
            "file",
            "error-document-no-file",
        )));
    };
    // Checked before the file is written, so a refused upload usually leaves nothing behind;
    // the transaction below checks again and the file is removed if it refuses.
    let (w, c) = (who.clone(), call_id.to_owned());
    db.read_as(move |conn| -> AppResult<()> {
        let r = reach(conn, &w, Permission::ApplyForGrants)?;
        db::grants::calls::find(conn, &r, &c)?;
        let candidate = own_candidate(conn, &r, &c)?.ok_or(Error::NotFound)?;
        let a = db::grants::applications::of_candidate(conn, &c, &candidate)?;
        draft(a.as_ref())?;
        if let Some(a) = a {
            may_add(db::grants::documents::count(conn, &a.id)?)?;
        }
        Ok(())
    })
    .await?;
    let id = db::id::new_id();
    let size = i64::try_from(f.bytes.len()).unwrap_or(i64::MAX);
    let (name, bytes, st) = (id.clone(), f.bytes, store.clone());
    tokio::task::spawn_blocking(move || st.put(&name, &files::seal(&keys, &name, &bytes)))
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?
        .map_err(|e| Error::Db(db::DbError::Sealed(format!("document store: {e}"))))?;
    let (w, c, doc_id, sha256) = (who.clone(), call_id.to_owned(), id.clone(), f.sha256);
    let written = db
        .write_at(
            who.origin.clone(),
            clock.now(),
            move |tx| -> AppResult<()> {
                let (_, a) = own_application(tx.conn, &w, &c)?;
                draft(Some(&a))?;
                may_add(db::grants::documents::count(tx.conn, &a.id)?)?;
                let row = DocumentRow {
                    id: doc_id,
                    application_id: a.id,
                    kind,
                    content_type: file_type.mime().to_owned(),
                    size_bytes: size,
                    sha256,
                    uploaded_by: w.actor.user_id.clone(),
                    uploaded_at: tx.now,
                };
                Ok(db::grants::documents::add(tx, &row)?)
            },
        )
        .await;
    if let Err(e) = written {
        let _ = store.remove(&id);
        return Err(e);
    }
    Ok(id)
}

/// Removes the document `document_id` from the person's draft for the call `call_id`
/// (its file once the row is gone). Refused once submitted.
pub async fn remove(
    db: &db::Database,
    clock: &dyn Clock,
    store: Arc<DocumentStore>,
    who: &Acting,
    call_id: &str,
    document_id: &str,
) -> AppResult<()> {
    let (w, c, d) = (who.clone(), call_id.to_owned(), document_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let (_, a) = own_application(tx.conn, &w, &c)?;
            db::grants::documents::find(tx.conn, &a.id, &d)?;
            draft(Some(&a))?;
            Ok(db::grants::documents::remove(tx, &a.id, &d)?)
        },
    )
    .await?;
    // The row is gone: a file left behind by a failed removal names nothing and opens for
    // nobody, so the removal stands either way.
    let name = document_id.to_owned();
    let _ = tokio::task::spawn_blocking(move || store.remove(&name)).await;
    Ok(())
}

/// The documents of the person's own application to the call `call_id` (none before the
/// first save).
pub async fn own(db: &db::Database, who: &Acting, call_id: &str) -> AppResult<Vec<DocumentRow>> {
    let (w, c) = (who.clone(), call_id.to_owned());
    db.read_as(move |conn| -> AppResult<_> {
        match own_application(conn, &w, &c) {
            Ok((_, a)) => Ok(db::grants::documents::list(conn, &a.id)?),
            Err(Error::NotFound) => {
                // No application yet, but the call itself must be in reach.
                let r = reach(conn, &w, Permission::ApplyForGrants)?;
                db::grants::calls::find(conn, &r, &c)?;
                Ok(Vec::new())
            }
            Err(e) => Err(e),
        }
    })
    .await
}

/// The documents of the application `application_id` for the checkers (drafts are the
/// applicant's alone).
pub async fn of_application(
    db: &db::Database,
    who: &Acting,
    application_id: &str,
) -> AppResult<Vec<DocumentRow>> {
    let (w, id) = (who.clone(), application_id.to_owned());
    db.read_as(move |conn| -> AppResult<_> {
        let r = reach(conn, &w, Permission::CheckGrantApplications)?;
        let a = db::grants::applications::find(conn, &r, &id)?;
        if a.status == Status::Draft {
            return Err(Error::NotFound);
        }
        Ok(db::grants::documents::list(conn, &a.id)?)
    })
    .await
}

/// Whether `who` may read the application's documents as `reader`; `NotFound` otherwise,
/// like a missing application.
fn may_read(
    conn: &mut db::DbConn,
    who: &Acting,
    reader: Reader,
    a: &str,
) -> AppResult<ApplicationRow> {
    match reader {
        Reader::Applicant => {
            let r = reach(conn, who, Permission::ApplyForGrants)?;
            if r.own().is_none() {
                return Err(Error::NotFound);
            }
            Ok(db::grants::applications::find(conn, &r, a)?)
        }
        Reader::Checker => {
            let r = reach(conn, who, Permission::CheckGrantApplications)?;
            let row = db::grants::applications::find(conn, &r, a)?;
            if row.status == Status::Draft {
                return Err(Error::NotFound);
            }
            Ok(row)
        }
        Reader::Panellist => {
            let r = reach(conn, who, Permission::ScoreGrantApplications)?;
            let row = db::grants::applications::find(conn, &r, a)?;
            let me = who.actor.user_id.as_str();
            let open = db::grant_panel::panellists::sits(conn, &row.call_id, me)?
                && db::grant_panel::reviews::find(conn, &row.id, me, 0)?
                    .is_some_and(|rv| !rv.row.conflict);
            if !open || row.status == Status::Draft {
                return Err(Error::NotFound);
            }
            Ok(row)
        }
    }
}

/// The document `document_id` of the application `application_id` for download by
/// `reader`; audited `grant_document.read`. The caller opens the sealed file named by the
/// row's id.
pub async fn read(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    reader: Reader,
    application_id: &str,
    document_id: &str,
) -> AppResult<DocumentRow> {
    let (w, a, d) = (
        who.clone(),
        application_id.to_owned(),
        document_id.to_owned(),
    );
    db.write_at(who.origin.clone(), clock.now(), move |tx| -> AppResult<_> {
        let app = may_read(tx.conn, &w, reader, &a)?;
        let row = db::grants::documents::find(tx.conn, &app.id, &d)?;
        tx.audit("grant_document.read", "grant_application", &app.id)?;
        Ok(row)
    })
    .await
}

/// The applicant's own document by the call it was written for (their page names the
/// call, not the application).
pub async fn read_own(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call_id: &str,
    document_id: &str,
) -> AppResult<DocumentRow> {
    let (w, c) = (who.clone(), call_id.to_owned());
    let a = db
        .read_as(move |conn| -> AppResult<String> { Ok(own_application(conn, &w, &c)?.1.id) })
        .await?;
    read(db, clock, who, Reader::Applicant, &a, document_id).await
}
