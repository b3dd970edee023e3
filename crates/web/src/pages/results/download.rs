//! `/results/{programme}/indicators.csv` and `.xlsx`: the logframe's indicators with their
//! baseline, target, current value and each period's value, from the same `Report` the
//! page shows (plain decimals, as `Value::decimal` writes them).

use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::results::{Report, Source};

use super::PeriodQuery;
use crate::pages::exports::file;
use crate::{AppError, AppState, Ctx, Granted};

/// The header and rows of the indicators' table (column names are stable keys).
pub fn table(report: &Report) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header: Vec<String> = [
        "code",
        "title",
        "unit",
        "source",
        "baseline_year",
        "baseline",
        "target_year",
        "target",
        "current",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(report.periods.iter().map(|p| p.label.clone()));
    let rows = report
        .indicators()
        .map(|i| {
            let opt = |v: Option<String>| v.unwrap_or_default();
            let mut row = vec![
                i.code.clone(),
                i.title.clone(),
                i.unit.as_str().to_owned(),
                match &i.source {
                    Source::Computed(code) => code.clone(),
                    Source::Manual => "manual".to_owned(),
                },
                opt(i.baseline.as_ref().map(|m| m.year.to_string())),
                opt(i.baseline.as_ref().map(|m| m.value.decimal())),
                opt(i.target.as_ref().map(|m| m.year.to_string())),
                opt(i.target.as_ref().map(|m| m.value.decimal())),
                opt(i.current.as_ref().map(|f| f.total.decimal())),
            ];
            row.extend(
                i.periods
                    .iter()
                    .map(|p| opt(p.actual.as_ref().map(|f| f.total.decimal()))),
            );
            row
        })
        .collect();
    (header, rows)
}

async fn export(
    state: &AppState,
    ctx: &Ctx,
    programme: &str,
    q: &PeriodQuery,
    format: &str,
) -> Result<Response, AppError> {
    let report = super::report_for(state, ctx, programme, q).await?;
    let (header, rows) = table(&report);
    file("indicators", format, header, rows)
}

pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(programme): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    export(&state, &ctx, &programme, &q, "csv").await
}

pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(programme): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    export(&state, &ctx, &programme, &q, "xlsx").await
}
