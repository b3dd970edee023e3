//! `/results/{programme}/edit`: shaping the logframe (`ManageResults`) — add an objective
//! or an expected result, add an indicator (a registry rule or manual, with baseline and
//! target), change an indicator's code, title, baseline and target. A refusal brings the
//! page back (422) with every mistake beside its field.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::results::editing::{IndicatorFields, NodeFields};
use domain::results::{Source, Unit, registry};

use super::{rule_text, unit_label};
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

type Posted = Vec<(String, String)>;

fn field(posted: &[(String, String)], name: &str) -> String {
    posted
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

struct NodeOption {
    id: String,
    label: String,
    specific: bool,
}

struct EditLine {
    id: String,
    code: String,
    title: String,
    source: String,
    baseline_year: String,
    baseline: String,
    target_year: String,
    target: String,
    ascending: bool,
}

#[derive(Template)]
#[template(path = "results/edit.html")]
struct EditPage {
    page: Page,
    id: String,
    nodes: Vec<NodeOption>,
    sources: Vec<(String, String)>,
    units: Vec<(String, String)>,
    lines: Vec<EditLine>,
    errors: FormErrors,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<domain::Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    if !app::results::may_manage(&who) {
        return Err(AppError::Forbidden);
    }
    let report = app::results::report(&state.db, &state.results, &who, id, None).await?;
    let tr = ctx.tr();
    let mut nodes = Vec::new();
    for o in &report.objectives {
        nodes.push(NodeOption {
            id: o.id.clone(),
            label: format!("{} {}", o.code, o.title),
            specific: !o.overall,
        });
        for r in &o.results {
            nodes.push(NodeOption {
                id: r.id.clone(),
                label: format!("{} {}", r.code, r.title),
                specific: false,
            });
        }
    }
    let mut sources: Vec<(String, String)> = registry::RULES
        .iter()
        .map(|r| (r.code.to_owned(), rule_text(&tr, r.code)))
        .collect();
    sources.push(("manual".to_owned(), tr.t("results-source-manual")));
    let plain = |v: domain::results::Value| v.decimal();
    let lines = report
        .indicators()
        .map(|i| EditLine {
            id: i.id.clone(),
            code: i.code.clone(),
            title: i.title.clone(),
            source: match &i.source {
                Source::Computed(c) => rule_text(&tr, c),
                Source::Manual => format!(
                    "{} · {}",
                    tr.t("results-source-manual"),
                    unit_label(&tr, i.unit)
                ),
            },
            baseline_year: i
                .baseline
                .as_ref()
                .map(|m| m.year.to_string())
                .unwrap_or_default(),
            baseline: i
                .baseline
                .as_ref()
                .map(|m| plain(m.value))
                .unwrap_or_default(),
            target_year: i
                .target
                .as_ref()
                .map(|m| m.year.to_string())
                .unwrap_or_default(),
            target: i
                .target
                .as_ref()
                .map(|m| plain(m.value))
                .unwrap_or_default(),
            ascending: i.ascending,
        })
        .collect();
    html_status(
        status,
        &EditPage {
            page: Page::new(ctx, "results-edit-title"),
            id: id.to_owned(),
            nodes,
            sources,
            units: Unit::ALL
                .iter()
                .map(|u| (u.as_str().to_owned(), unit_label(&tr, *u)))
                .collect(),
            lines,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

async fn refused(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    e: app::Error,
) -> Result<Response, AppError> {
    let errors = match e {
        app::Error::Invalid(i) => vec![i],
        app::Error::Form(all) => all.all().to_vec(),
        e => return Err(e.into()),
    };
    render(state, ctx, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await
}

fn indicator_fields(posted: &[(String, String)]) -> IndicatorFields {
    IndicatorFields {
        code: field(posted, "code"),
        title: field(posted, "title"),
        unit: field(posted, "unit"),
        ascending: field(posted, "ascending") == "yes",
        source: field(posted, "source"),
        baseline_year: field(posted, "baseline_year"),
        baseline_value: field(posted, "baseline_value"),
        target_year: field(posted, "target_year"),
        target_value: field(posted, "target_value"),
    }
}

fn saved(id: &str, key: &'static str) -> Response {
    flash::redirect(&format!("/results/{id}/edit"), Flash::new(key))
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, Vec::new()).await
}

pub async fn add_node(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let fields = NodeFields {
        kind: field(&posted, "kind"),
        code: field(&posted, "code"),
        title: field(&posted, "title"),
    };
    let parent = field(&posted, "parent_id");
    match app::results::logframe::add_node(
        &state.db,
        &*state.clock,
        &who,
        &id,
        Some(parent.as_str()),
        fields,
    )
    .await
    {
        Ok(_) => Ok(saved(&id, "flash-results-node-added")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

pub async fn add_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    match app::results::logframe::add_indicator(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &field(&posted, "node_id"),
        indicator_fields(&posted),
    )
    .await
    {
        Ok(_) => Ok(saved(&id, "flash-results-indicator-added")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

pub async fn edit_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, indicator)): Path<(String, String)>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&indicator)?;
    let who = ctx.acting()?;
    match app::results::logframe::edit_indicator(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &indicator,
        indicator_fields(&posted),
    )
    .await
    {
        Ok(()) => Ok(saved(&id, "flash-results-indicator-saved")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}
