//! A case's papers on a page: the training project and the convention, each version with
//! what changed since the one before and since the one the Region saw; generating a new
//! version (promoters, coordinators); downloading one (audited, sealed on disk).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::procedure::papers::{Change, PaperKind};
use domain::{Permission, Role};

use crate::flash::{self, Flash};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

/// A change as the page shows it: the field's label in the reader's language.
struct ChangeLine {
    field: String,
    label: String,
    before: String,
    after: String,
}

struct VersionLine {
    id: String,
    version: i64,
    created_at: chrono::NaiveDateTime,
    submitted: bool,
    sha: String,
    changes: Vec<ChangeLine>,
}

struct KindLine {
    kind: &'static str,
    title: String,
    versions: Vec<VersionLine>,
    since_region: Option<(i64, Vec<ChangeLine>)>,
}

#[derive(Template)]
#[template(path = "case_papers/show.html")]
struct PapersPage {
    page: Page,
    case_id: String,
    kinds: Vec<KindLine>,
    may_generate: bool,
}

fn lines(ctx: &Ctx, changes: Vec<Change>) -> Vec<ChangeLine> {
    let tr = ctx.tr();
    changes
        .into_iter()
        .map(|c| ChangeLine {
            field: c.field.clone(),
            label: tr.t_or(&app::cases::papers::field_label_key(&c.field), &c.field),
            before: c.before.unwrap_or_else(|| "—".into()),
            after: c.after.unwrap_or_else(|| "—".into()),
        })
        .collect()
}

fn kind_title(kind: PaperKind) -> &'static str {
    match kind {
        PaperKind::TrainingProject => "paper-training-project-title",
        PaperKind::Convention => "paper-convention-title",
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let all = app::cases::papers::versions(&state.db, &who, &id).await?;
    let tr = ctx.tr();
    let kinds = all
        .into_iter()
        .map(|v| KindLine {
            kind: v.kind.as_str(),
            title: tr.t(kind_title(v.kind)),
            since_region: v.since_region.map(|(n, c)| (n, lines(&ctx, c))),
            versions: v
                .versions
                .into_iter()
                .map(|(p, changes)| VersionLine {
                    sha: p.sha256.chars().take(12).collect(),
                    id: p.id,
                    version: p.version,
                    created_at: p.created_at,
                    submitted: p.submitted_at.is_some(),
                    changes: lines(&ctx, changes),
                })
                .collect(),
        })
        .collect();
    let may_generate = who.actor.can(Permission::WorkCases)
        && (who.actor.is_admin()
            || who
                .actor
                .roles()
                .iter()
                .any(|r| matches!(r, Role::Coordinator | Role::PromoterStaff)));
    html(&PapersPage {
        page: Page::new(&ctx, "case-papers-title"),
        case_id: id,
        kinds,
        may_generate,
    })
}

pub async fn generate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, kind)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let kind = PaperKind::parse(&kind)?;
    let store = state.document_store()?;
    let before = app::cases::papers::versions(&state.db, &who, &id)
        .await?
        .into_iter()
        .find(|v| v.kind == kind)
        .and_then(|v| v.versions.first().map(|(p, _)| p.version));
    let paper = app::cases::papers::generate(
        &state.db,
        &*state.clock,
        state.field_keys.clone(),
        store,
        &who,
        &id,
        kind,
    )
    .await?;
    let key = if before == Some(paper.version) {
        "flash-paper-unchanged"
    } else {
        "flash-paper-generated"
    };
    Ok(flash::redirect(
        &format!("/cases/{id}/papers#{}", kind.as_str()),
        Flash::new(key),
    ))
}

pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, paper_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let p = app::cases::papers::download(&state.db, &*state.clock, &who, &id, &paper_id).await?;
    let store = state.document_store()?;
    let keys = state.field_keys.clone();
    let name = p.stored_name.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        let sealed = store.get(&name).map_err(|e| format!("read: {e}"))?;
        app::files::open(&keys, &name, &sealed).map_err(|e| format!("open: {e}"))
    })
    .await
    .map_err(|_| AppError::Internal("paper read task failed".into()))?
    .map_err(|e| AppError::Internal(format!("paper {paper_id}: {e}")))?;
    let file = format!("{}-v{}.pdf", p.kind.as_str().replace('_', "-"), p.version);
    Ok(crate::pages::documents::attachment(
        bytes,
        "application/pdf",
        &format!("attachment; filename=\"{file}\""),
    ))
}
