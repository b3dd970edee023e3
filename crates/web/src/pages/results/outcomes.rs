//! `/results/{programme}/outcomes`: the outcome table of DOMAIN.md §6 — a row per line of
//! the table, a column per country of origin and the total, the host companies per
//! territory — with its CSV and XLSX (audited). Everything comes from
//! `app::outcome_report`, which counts it from the records within the reader's reach.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use domain::results::outcome_table::Line;

use super::super::candidates::view::country_name;
use super::super::cases::checked_id;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Row {
    key: &'static str,
    label: String,
    part: bool,
    cells: Vec<i64>,
    total: i64,
}

struct Column {
    code: String,
    name: String,
}

struct Hosts {
    territory: String,
    companies: i64,
}

#[derive(Template)]
#[template(path = "results/outcomes.html")]
struct OutcomesPage {
    page: Page,
    key: String,
    caption: String,
    call: Option<String>,
    columns: Vec<Column>,
    rows: Vec<Row>,
    hosts: Vec<Hosts>,
    hosts_total: i64,
}

/// The label of a line of the table.
pub(crate) fn line_label(tr: &i18n::Tr, line: Line) -> String {
    tr.t(&format!(
        "outcome-report-line-{}",
        line.as_str().replace('_', "-")
    ))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&key)?;
    let r = app::outcome_report::table(&state.db, &ctx.acting()?, &key).await?;
    let tr = ctx.tr();
    let t = &r.table;
    html(&OutcomesPage {
        page: Page::new(&ctx, "outcome-report-title"),
        key: r.slug.clone(),
        caption: tr.t1("outcome-report-caption", "programme", &r.programme),
        call: r.call.as_ref().map(|(_, title)| title.clone()),
        columns: t
            .countries
            .iter()
            .map(|c| Column {
                code: c.as_str().to_owned(),
                name: country_name(&tr, c.as_str()),
            })
            .collect(),
        rows: t
            .rows
            .iter()
            .map(|row| Row {
                key: row.line.as_str(),
                label: line_label(&tr, row.line),
                part: row.line.is_part(),
                cells: row.cells.clone(),
                total: row.total,
            })
            .collect(),
        hosts: t
            .hosts
            .iter()
            .map(|h| Hosts {
                territory: h.territory.clone(),
                companies: h.companies,
            })
            .collect(),
        hosts_total: t.hosts_total,
    })
}

async fn download(
    state: &AppState,
    ctx: &Ctx,
    key: &str,
    format: app::outcome_report::Format,
) -> Result<Response, AppError> {
    checked_id(key)?;
    let who = ctx.acting()?;
    let bytes =
        app::outcome_report::export(&state.db, &*state.clock, &who, key, format, ctx.locale)
            .await?;
    let (kind, name) = match format {
        app::outcome_report::Format::Csv => ("text/csv; charset=utf-8", "outcome-table.csv"),
        app::outcome_report::Format::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "outcome-table.xlsx",
        ),
    };
    Ok((
        [
            (CONTENT_TYPE, kind.to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The table as CSV, headed in the reader's language (audited).
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    download(&state, &ctx, &key, app::outcome_report::Format::Csv).await
}

/// The table as XLSX, headed in the reader's language (audited).
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    download(&state, &ctx, &key, app::outcome_report::Format::Xlsx).await
}
