//! `GET /api/v1/programmes/{id}/reports/outcomes`: the outcome table of DOMAIN.md §6 as
//! JSON — the same `app::outcome_report::table` the page and the spreadsheets read; `{id}`
//! is the programme's id or slug.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use super::ApiPath;
use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct CallJson {
    id: String,
    title: String,
}

#[derive(Serialize)]
pub struct RowJson {
    /// The line's stable key (`traineeships`, `in_italy`, …).
    key: &'static str,
    /// By country code.
    cells: BTreeMap<String, i64>,
    total: i64,
}

#[derive(Serialize)]
pub struct HostsJson {
    territory: String,
    companies: i64,
}

#[derive(Serialize)]
pub struct OutcomeTableJson {
    programme_id: String,
    programme: String,
    call: Option<CallJson>,
    countries: Vec<String>,
    rows: Vec<RowJson>,
    hosts: Vec<HostsJson>,
    hosts_total: i64,
}

pub async fn outcomes(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<OutcomeTableJson>, AppError> {
    let r = app::outcome_report::table(&state.db, &ctx.acting()?, &id).await?;
    let t = r.table;
    let countries: Vec<String> = t.countries.iter().map(|c| c.as_str().to_owned()).collect();
    Ok(Json(OutcomeTableJson {
        programme_id: r.programme_id,
        programme: r.programme,
        call: r.call.map(|(id, title)| CallJson { id, title }),
        rows: t
            .rows
            .into_iter()
            .map(|row| RowJson {
                key: row.line.as_str(),
                cells: countries.iter().cloned().zip(row.cells).collect(),
                total: row.total,
            })
            .collect(),
        countries,
        hosts: t
            .hosts
            .into_iter()
            .map(|h| HostsJson {
                territory: h.territory,
                companies: h.companies,
            })
            .collect(),
        hosts_total: t.hosts_total,
    }))
}
