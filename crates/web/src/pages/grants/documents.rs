//! The documents of a grant application: the applicant's upload (the kind chosen, a PDF,
//! JPEG or PNG) and removal (confirmed on its own page) while the application is a draft,
//! and the downloads — the applicant's own (`/my/grants/{call}/documents/{doc}`), the
//! checkers' (`/grant-applications/{id}/documents/{doc}`) and the panellists' once they
//! declared no conflict (`/grant-calls/{call}/panel/{application}/documents/{doc}`). The
//! file is sent as an attachment under a neutral name: the original name is not kept.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::grants::documents::DocumentRow;
use domain::Invalid;
use domain::document::{FileType, MAX_DOCUMENT_BYTES};
use domain::grant::document::DocumentKind;
use i18n::Tr;
use sha2::{Digest, Sha256};

use app::grants::documents::Reader;

use super::checked_id;
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::pages::form_errors::refused;
use crate::{AppError, AppState, Ctx, Granted};

/// A document as its list shows it.
pub struct DocLine {
    pub id: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub size: String,
    pub uploaded: String,
}

/// The list's lines, in the reader's language.
pub fn lines_of(tr: &Tr, rows: &[DocumentRow]) -> Vec<DocLine> {
    rows.iter()
        .map(|d| DocLine {
            id: d.id.clone(),
            kind: d.kind.as_str(),
            kind_label: tr.t(&d.kind.label_key()),
            size: tr.tn("document-size-kb", "kb", (d.size_bytes + 1023) / 1024),
            uploaded: tr.date(&d.uploaded_at.date()),
        })
        .collect()
}

/// The kinds offered on the upload form.
pub fn kinds(tr: &Tr) -> Vec<(&'static str, String)> {
    DocumentKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), tr.t(&k.label_key())))
        .collect()
}

/// The upload form as received: the kind, the file, or why the file was not read.
struct Received {
    kind: String,
    file: Option<Vec<u8>>,
    too_large: bool,
}

async fn read(mut multipart: Multipart) -> Received {
    let mut r = Received {
        kind: String::new(),
        file: None,
        too_large: false,
    };
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                r.too_large = true;
                break;
            }
        };
        match field.name().unwrap_or("") {
            "file" => {
                let named = field.file_name().is_some_and(|n| !n.is_empty());
                let mut bytes = Vec::new();
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => {
                            if bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                                r.too_large = true;
                                return r;
                            }
                            bytes.extend_from_slice(&chunk);
                        }
                        Ok(None) => break,
                        Err(_) => {
                            r.too_large = true;
                            return r;
                        }
                    }
                }
                // A form sent without choosing a file carries an empty, unnamed part.
                if named || !bytes.is_empty() {
                    r.file = Some(bytes);
                }
            }
            "kind" => {
                r.kind = field
                    .text()
                    .await
                    .unwrap_or_default()
                    .chars()
                    .take(40)
                    .collect();
            }
            _ => {}
        }
    }
    r
}

/// Adds a document to the applicant's draft for the call `id`; a refusal brings the
/// application's page back (422) with the mistakes beside the upload's fields.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let r = read(multipart).await;
    let done = if r.too_large {
        Err(app::Error::Invalid(Invalid::new(
            "file",
            "error-document-too-large",
        )))
    } else {
        let upload = r.file.map(|bytes| app::documents::UploadedFile {
            sha256: hex::encode(Sha256::digest(&bytes)),
            original_name: String::new(),
            bytes,
        });
        app::grants::documents::add(
            &state.db,
            &*state.clock,
            state.document_store()?,
            state.field_keys.clone(),
            &who,
            &id,
            &r.kind,
            upload,
        )
        .await
        .map(|_| ())
    };
    let errors = refused(done)?;
    if !errors.is_empty() {
        return super::mine::respond(
            &state,
            &ctx,
            &id,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            &errors,
        )
        .await;
    }
    Ok(flash::redirect(
        &format!("/my/grants/{id}#documents-heading"),
        Flash::new("flash-grant-document-added"),
    ))
}

/// Removes a document from the applicant's draft, after a confirmation page.
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, doc)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&doc)?;
    let who = ctx.acting()?;
    if !confirm::confirmed(form.get("confirmed").map(String::as_str)) {
        let docs = app::grants::documents::own(&state.db, &who, &id).await?;
        let d = docs
            .iter()
            .find(|d| d.id == doc)
            .ok_or(AppError::NotFound)?;
        let tr = ctx.tr();
        let line = lines_of(&tr, std::slice::from_ref(d));
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-document-remove-question"),
                lines: line
                    .into_iter()
                    .map(|l| format!("{} · {} · {}", l.kind_label, l.size, l.uploaded))
                    .collect(),
                warnings: vec![tr.t("grant-document-remove-warning")],
                action: format!("/my/grants/{id}/documents/{doc}/remove"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("grant-document-remove"),
                cancel: format!("/my/grants/{id}#documents-heading"),
                danger: true,
                name: "remove-grant-document",
            },
        );
    }
    app::grants::documents::remove(
        &state.db,
        &*state.clock,
        state.document_store()?,
        &who,
        &id,
        &doc,
    )
    .await?;
    Ok(flash::redirect(
        &format!("/my/grants/{id}#documents-heading"),
        Flash::new("flash-grant-document-removed"),
    ))
}

/// Opens the sealed file of a document and sends it as an attachment.
async fn send(state: &AppState, row: DocumentRow) -> Result<Response, AppError> {
    let store = state.document_store()?;
    let keys = state.field_keys.clone();
    let name = row.id.clone();
    let opened = name.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        let sealed = store.get(&opened).map_err(|e| format!("read: {e}"))?;
        app::files::open(&keys, &opened, &sealed).map_err(|e| format!("open: {e}"))
    })
    .await
    .map_err(|_| AppError::Internal("grant document read task failed".into()))?
    .map_err(|e| AppError::Internal(format!("grant document {name}: {e}")))?;
    let mime = FileType::sniff(&bytes).map_or("application/octet-stream", FileType::mime);
    let ext = match mime {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    };
    let disposition = format!("attachment; filename=\"{}.{ext}\"", row.kind.as_str());
    Ok(crate::pages::documents::attachment(
        bytes,
        mime,
        &disposition,
    ))
}

/// The applicant's own document (`/my/grants/{call}/documents/{doc}`).
pub async fn own(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, doc)): Path<(String, String)>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&doc)?;
    let who = ctx.acting()?;
    let row = app::grants::documents::read_own(&state.db, &*state.clock, &who, &id, &doc).await?;
    send(&state, row).await
}

/// A document for the checkers (`/grant-applications/{id}/documents/{doc}`).
pub async fn checker(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, doc)): Path<(String, String)>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&doc)?;
    let who = ctx.acting()?;
    let row =
        app::grants::documents::read(&state.db, &*state.clock, &who, Reader::Checker, &id, &doc)
            .await?;
    send(&state, row).await
}

/// A document for a panellist who declared no conflict on the application
/// (`/grant-calls/{call}/panel/{application}/documents/{doc}`).
pub async fn panellist(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((call, application, doc)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    checked_id(&call)?;
    checked_id(&application)?;
    checked_id(&doc)?;
    let who = ctx.acting()?;
    let row = app::grants::documents::read(
        &state.db,
        &*state.clock,
        &who,
        Reader::Panellist,
        &application,
        &doc,
    )
    .await?;
    send(&state, row).await
}
