//! A candidate's documents: uploaded by the candidate from their application
//! (`/applications/{id}/documents`, one file at a time, works on a phone) or by staff who may
//! screen them (the section of the candidate page); each file checked by its bytes (PDF, JPEG,
//! PNG) and size, sealed and kept in the data folder under a generated name; downloaded as an
//! attachment by permitted readers only, each download audited; deleted by the uploader or
//! staff. The candidate page's section also warns of open duplicate flags.
//!
//! An upload is a multipart form whose action carries the CSRF token in its query string
//! (`csrf::middleware` does not read upload bodies), on a route declared with
//! `Routes::post_upload`, whose body limit is raised for that route only.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use domain::document::{self, DocumentFields, FileType, Kind, MAX_DOCUMENT_BYTES};
use domain::ids::CandidateId;
use domain::permission::Scope;
use domain::{Invalid, Permission};
use sha2::{Digest, Sha256};

use super::view::Choice;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};
use app::documents::{UploadedFile, Uploader};
use app::files;

/// The request body allowed on upload routes: the file plus the form's few fields.
pub const UPLOAD_BODY_LIMIT: usize = MAX_DOCUMENT_BYTES + 64 * 1024;

/// One document as listed.
pub struct DocRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub size: String,
    pub issued: Option<String>,
    pub expires: Option<String>,
    pub expired: bool,
    pub uploaded: String,
    pub can_delete: bool,
}

/// A duplicate flag shown as a warning on the candidate page.
pub struct FlagLink {
    pub href: String,
    pub text: String,
}

/// The documents section (and duplicate warnings) of the staff candidate page.
pub struct Section {
    pub rows: Vec<DocRow>,
    /// Documents the reader may not open (identity documents, for evaluators).
    pub hidden: i64,
    pub can_upload: bool,
    pub action: String,
    pub kinds: Vec<Choice>,
    pub flags: Vec<FlagLink>,
    pub max_mb: i64,
}

fn kind_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    Kind::ALL
        .into_iter()
        .map(|k| Choice {
            value: k.as_str().to_owned(),
            label: ctx.tr().t(&k.message_key()),
            selected: k.as_str() == selected,
        })
        .collect()
}

/// The name shown and served: readers who see no names (evaluators) get the kind and
/// extension only, since people often put their name in a file's (`CV_Amina_Benali.pdf`).
fn shown_name(doc: &db::documents::Document, identity: bool) -> String {
    if identity {
        return doc.original_name.clone();
    }
    let ext = doc.original_name.rsplit_once('.').map_or("", |(_, e)| e);
    format!("{}.{ext}", doc.kind.as_str())
}

/// The documents as listed; `today` (the clock's) marks the expired ones.
fn rows(
    ctx: &Ctx,
    today: NaiveDate,
    docs: Vec<db::documents::Document>,
    delete_all: bool,
) -> Vec<DocRow> {
    let tr = ctx.tr();
    let identity = ctx
        .user
        .as_ref()
        .is_some_and(|a| a.actor.sees_candidate_identity());
    let me = ctx
        .user
        .as_ref()
        .map(|a| a.user.id.clone())
        .unwrap_or_default();
    docs.into_iter()
        .map(|d| DocRow {
            kind: tr.t(&d.kind.message_key()),
            name: shown_name(&d, identity),
            size: tr.tn("document-size-kb", "kb", (d.size_bytes + 1023) / 1024),
            issued: d.issued_on.map(|x| tr.date(&x)),
            expires: d.expires_on.map(|x| tr.date(&x)),
            expired: document::is_expired(d.expires_on, today),
            uploaded: tr.date(&d.uploaded_at.date()),
            can_delete: delete_all || d.uploaded_by == me,
            id: d.id,
        })
        .collect()
}

/// The section for a candidate already found in the reader's scope.
pub async fn section(
    state: &AppState,
    ctx: &Ctx,
    candidate: &db::candidates::Candidate,
) -> Result<Section, AppError> {
    let a = ctx.authed()?;
    let screens = a.actor.can(Permission::ScreenCandidates);
    let c = candidate.clone();
    let scope = a.actor.scope(Permission::ViewCandidates);
    let actor_id = a.user.id.clone();
    let (docs, flags) = state
        .db
        .read(move |conn| {
            let flags = match &scope {
                Some(s) => db::duplicates::open_for(conn, s, &actor_id, &c)?,
                None => Vec::new(),
            };
            Ok((db::documents::of_candidate(conn, &c)?, flags))
        })
        .await?;
    let (visible, hidden): (Vec<_>, Vec<_>) = docs
        .into_iter()
        .partition(|d| a.actor.may_read_document(d.kind));
    let tr = ctx.tr();
    let merged = candidate.status == domain::candidate::Status::Merged;
    Ok(Section {
        rows: rows(ctx, state.clock.today(), visible, screens),
        hidden: i64::try_from(hidden.len()).unwrap_or(0),
        can_upload: screens && !merged,
        action: format!(
            "/candidates/{}/documents?csrf={}",
            candidate.id,
            crate::csrf::masked(&ctx.csrf)
        ),
        kinds: kind_choices(ctx, ""),
        flags: if screens {
            flags
                .into_iter()
                .map(|f| FlagLink {
                    href: format!("/duplicates/{}", f.id),
                    text: tr.t1(
                        "duplicate-warning",
                        "reasons",
                        &reason_list(ctx, &f.reasons()),
                    ),
                })
                .collect()
        } else {
            Vec::new()
        },
        max_mb: i64::try_from(MAX_DOCUMENT_BYTES / (1024 * 1024)).unwrap_or(10),
    })
}

/// Reasons of a duplicate flag in words, joined.
pub fn reason_list(ctx: &Ctx, reasons: &[domain::duplicate::Reason]) -> String {
    let tr = ctx.tr();
    reasons
        .iter()
        .map(|r| tr.t(&r.message_key()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An upload as received: the form's fields and the file, or why the file was not read.
#[derive(Default)]
pub(crate) struct Upload {
    pub(crate) fields: DocumentFields,
    pub(crate) file: Option<(String, Vec<u8>)>,
    pub(crate) too_large: bool,
}

/// Reads an upload form (`kind`, `issued_on`, `expires_on` and one `file`), stopping at
/// the document size limit. Case documents are read with it too (`pages::cases::work`).
pub(crate) async fn read_upload(mut multipart: Multipart) -> Upload {
    let mut up = Upload::default();
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            // A body over the route's limit ends the stream with an error.
            Err(_) => {
                up.too_large = true;
                break;
            }
        };
        match field.name().unwrap_or("") {
            "file" => {
                let name: String = field.file_name().unwrap_or("").chars().take(200).collect();
                let mut bytes = Vec::new();
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => {
                            if bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                                up.too_large = true;
                                return up;
                            }
                            bytes.extend_from_slice(&chunk);
                        }
                        Ok(None) => break,
                        Err(_) => {
                            up.too_large = true;
                            return up;
                        }
                    }
                }
                up.file = Some((name, bytes));
            }
            name @ ("kind" | "issued_on" | "expires_on") => {
                let name = name.to_owned();
                let value: String = field
                    .text()
                    .await
                    .unwrap_or_default()
                    .chars()
                    .take(100)
                    .collect();
                match name.as_str() {
                    "kind" => up.fields.kind = value,
                    "issued_on" => up.fields.issued_on = value,
                    _ => up.fields.expires_on = value,
                }
            }
            _ => {}
        }
    }
    up
}

/// Checks and stores an upload for a candidate: the file sealed in the document folder,
/// then its row (`document.upload`). A refusal changes nothing.
async fn store_upload(
    state: &AppState,
    ctx: &Ctx,
    by: Uploader,
    candidate_id: &str,
    up: Upload,
) -> Result<Result<(), Invalid>, AppError> {
    let who = ctx.acting()?;
    if up.too_large {
        return Ok(Err(Invalid::new("file", "error-document-too-large")));
    }
    let file = up.file.map(|(original_name, bytes)| UploadedFile {
        sha256: hex::encode(Sha256::digest(&bytes)),
        original_name,
        bytes,
    });
    let candidate = CandidateId::new(candidate_id);
    let prepared = match app::documents::prepare(
        &state.db,
        &*state.clock,
        &who,
        by,
        &candidate,
        &up.fields,
        file,
    )
    .await
    {
        Ok(p) => p,
        Err(app::Error::Invalid(e)) => return Ok(Err(e)),
        Err(e) => return Err(e.into()),
    };
    let store = state.document_store()?;
    app::documents::store(store.clone(), state.field_keys.clone(), &prepared)
        .await
        .map_err(|e| AppError::Internal(format!("document write: {e}")))?;
    let id = prepared.row.stored_name.clone();
    if let Err(e) = app::documents::record(&state.db, &who, prepared).await {
        // Nothing recorded: the file goes too.
        if let Err(io) = store.remove(&id) {
            tracing::warn!(document = %id, error = %io, "orphan document file left");
        }
        return Err(e.into());
    }
    Ok(Ok(()))
}

/// Staff upload from the candidate page.
pub async fn staff_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let up = read_upload(multipart).await;
    match store_upload(&state, &ctx, Uploader::Staff, &id, up).await? {
        Ok(()) => Ok(flash::redirect(
            &format!("/candidates/{id}#documents"),
            Flash::new("flash-document-uploaded"),
        )),
        Err(e) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &super::candidates::show_page(&state, &ctx, id, None, Some(&e)).await?,
        ),
    }
}

#[derive(Template)]
#[template(path = "documents/mine.html")]
struct MinePage {
    page: Page,
    id: String,
    call: String,
    rows: Vec<DocRow>,
    can_upload: bool,
    action: String,
    kinds: Vec<Choice>,
    max_mb: i64,
    error: Option<String>,
    invalid: &'static str,
}

async fn mine_page(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    error: Option<&Invalid>,
    kind: &str,
) -> Result<MinePage, AppError> {
    let user_id = ctx.authed()?.user.id.clone();
    let (c, call, docs) = state
        .db
        .read(move |conn| {
            let c = db::candidates::find(conn, &Scope::OwnAccount, &user_id, &id)?;
            let call = db::calls::find_published(conn, &c.call_id)?;
            let docs = db::documents::of_candidate(conn, &c)?;
            Ok((c, call, docs))
        })
        .await?;
    Ok(MinePage {
        page: Page::new(ctx, "documents-mine-title"),
        action: format!(
            "/applications/{}/documents?csrf={}",
            c.id,
            crate::csrf::masked(&ctx.csrf)
        ),
        can_upload: c.status != domain::candidate::Status::Merged,
        rows: rows(ctx, state.clock.today(), docs, false),
        kinds: kind_choices(ctx, kind),
        max_mb: i64::try_from(MAX_DOCUMENT_BYTES / (1024 * 1024)).unwrap_or(10),
        error: error.map(|e| ctx.tr().t(e.key)),
        invalid: error.map_or("", |e| e.field),
        call: call.title,
        id: c.id,
    })
}

/// The candidate's own documents with the upload form.
pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    html(&mine_page(&state, &ctx, id, None, "").await?)
}

/// The candidate uploads one document to their own application.
pub async fn own_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let up = read_upload(multipart).await;
    let kind = up.fields.kind.clone();
    match store_upload(&state, &ctx, Uploader::Candidate, &id, up).await? {
        Ok(()) => Ok(flash::redirect(
            &format!("/applications/{id}/documents"),
            Flash::new("flash-document-uploaded"),
        )),
        Err(e) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &mine_page(&state, &ctx, id, Some(&e), &kind).await?,
        ),
    }
}

/// A document as an attachment, for readers whose scope reaches the candidate and who may
/// read its kind. Each download is audited (`document.download`).
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let doc = app::documents::download(&state.db, &*state.clock, &who, &id).await?;
    let store = state.document_store()?;
    let keys = state.field_keys.clone();
    let (name, stored) = (doc.id.clone(), doc.stored_name.clone());
    let bytes = tokio::task::spawn_blocking(move || {
        let sealed = store.get(&stored).map_err(|e| format!("read: {e}"))?;
        files::open(&keys, &name, &sealed).map_err(|e| format!("open: {e}"))
    })
    .await
    .map_err(|_| AppError::Internal("document read task failed".into()))?
    .map_err(|e| AppError::Internal(format!("document {id}: {e}")))?;
    // Served as what its bytes are, never as what the uploader said.
    let mime = FileType::sniff(&bytes).map_or("application/octet-stream", FileType::mime);
    let disposition = format!(
        "attachment; filename=\"{}\"",
        shown_name(&doc, who.actor.sees_candidate_identity())
    );
    Ok(attachment(bytes, mime, &disposition))
}

/// A download as an attachment: its type (decided by the caller from the bytes), never
/// sniffed by the browser, never cached.
pub(crate) fn attachment(bytes: Vec<u8>, mime: &'static str, disposition: &str) -> Response {
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(
        CONTENT_DISPOSITION,
        HeaderValue::from_str(disposition)
            .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
    );
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Deletes a document (its uploader, or staff who may screen the candidate): the row, with
/// `document.delete`, then the file.
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let staff = who.actor.scope(Permission::ScreenCandidates).is_some();
    let doc = app::documents::delete(&state.db, &*state.clock, &who, &id).await?;
    let store = state.document_store()?;
    let stored = doc.stored_name.clone();
    let removed = tokio::task::spawn_blocking(move || store.remove(&stored)).await;
    if !matches!(removed, Ok(Ok(()))) {
        tracing::warn!(document = %doc.id, "document file could not be removed");
    }
    Ok(if staff {
        flash::redirect(
            &format!("/candidates/{}#documents", doc.candidate_id),
            Flash::new("flash-document-deleted"),
        )
    } else {
        flash::redirect(
            &format!("/applications/{}/documents", doc.candidate_id),
            Flash::new("flash-document-deleted"),
        )
    })
}
