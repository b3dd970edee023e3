//! The manual indicator's forms: its value for an open period with a note, an evidence
//! file (multipart, checked by its bytes and sealed before its row commits), and the
//! evidence's download (an attachment; each read audited by `app::results::manual`).
//! A refusal brings the indicator's page back (422) with the mistake beside its field.

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use domain::Invalid;
use domain::document::{FileType, MAX_DOCUMENT_BYTES};
use sha2::{Digest, Sha256};

use super::indicator::render;
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::{AppError, AppState, Ctx, Granted};

fn back(programme: &str, id: &str, key: &'static str) -> Response {
    flash::redirect(
        &format!("/results/{programme}/indicators/{id}#evidence-heading"),
        Flash::new(key),
    )
}

async fn refused(
    state: &AppState,
    ctx: &Ctx,
    programme: &str,
    id: &str,
    e: app::Error,
) -> Result<Response, AppError> {
    let errors = match e {
        app::Error::Invalid(i) => vec![i],
        app::Error::Form(all) => all.all().to_vec(),
        e => return Err(e.into()),
    };
    render(state, ctx, programme, id, None, errors).await
}

fn field(posted: &[(String, String)], name: &str) -> String {
    posted
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Sets the value for an open period.
pub async fn value(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((programme, id)): Path<(String, String)>,
    Form(posted): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    checked_id(&programme)?;
    checked_id(&id)?;
    let who = ctx.acting()?;
    match app::results::manual::set_value(
        &state.db,
        &*state.clock,
        &who,
        &programme,
        &id,
        &field(&posted, "period_id"),
        &field(&posted, "value"),
        &field(&posted, "note"),
    )
    .await
    {
        Ok(()) => Ok(back(&programme, &id, "flash-results-value-saved")),
        Err(e) => refused(&state, &ctx, &programme, &id, e).await,
    }
}

/// The evidence form as received.
struct Received {
    period_id: String,
    file: Option<Vec<u8>>,
    too_large: bool,
}

async fn read(mut multipart: Multipart) -> Received {
    let mut r = Received {
        period_id: String::new(),
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
                if named || !bytes.is_empty() {
                    r.file = Some(bytes);
                }
            }
            "period_id" => {
                r.period_id = field
                    .text()
                    .await
                    .unwrap_or_default()
                    .chars()
                    .take(65)
                    .collect();
            }
            _ => {}
        }
    }
    r
}

/// Adds an evidence file.
pub async fn evidence(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((programme, id)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    checked_id(&programme)?;
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
        app::results::manual::add_evidence(
            &state.db,
            &*state.clock,
            state.document_store()?,
            state.field_keys.clone(),
            &who,
            &programme,
            &id,
            &r.period_id,
            upload,
        )
        .await
        .map(|_| ())
    };
    match done {
        Ok(()) => Ok(back(&programme, &id, "flash-results-evidence-added")),
        Err(e) => refused(&state, &ctx, &programme, &id, e).await,
    }
}

/// Downloads an evidence file (audited).
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((programme, id, evidence)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    checked_id(&programme)?;
    checked_id(&id)?;
    checked_id(&evidence)?;
    let who = ctx.acting()?;
    let row = app::results::manual::read_evidence(
        &state.db,
        &*state.clock,
        &who,
        &programme,
        &id,
        &evidence,
    )
    .await?;
    let store = state.document_store()?;
    let keys = state.field_keys.clone();
    let name = row.id.clone();
    let opened = name.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        let sealed = store.get(&opened).map_err(|e| format!("read: {e}"))?;
        app::files::open(&keys, &opened, &sealed).map_err(|e| format!("open: {e}"))
    })
    .await
    .map_err(|_| AppError::Internal("evidence read task failed".into()))?
    .map_err(|e| AppError::Internal(format!("evidence {name}: {e}")))?;
    let mime = FileType::sniff(&bytes).map_or("application/octet-stream", FileType::mime);
    let ext = match mime {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    };
    let disposition = format!("attachment; filename=\"evidence.{ext}\"");
    Ok(crate::pages::documents::attachment(
        bytes,
        mime,
        &disposition,
    ))
}
