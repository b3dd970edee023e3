//! Exporting the companies or positions list, as filtered on the page, to CSV or XLSX.

use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use domain::outreach::Stage;
use domain::position::PositionStatus;
use serde::Deserialize;

use crate::{AppError, AppState, Ctx, Granted};
use app::tabular;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExportQuery {
    format: String,
    stage: String,
    status: String,
    q: String,
}

pub(crate) fn file(
    name: &str,
    format: &str,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
) -> Result<Response, AppError> {
    let date = Utc::now().date_naive();
    let (bytes, mime, ext) = match format {
        "xlsx" => (
            tabular::to_xlsx(name, &header, &rows).map_err(AppError::Internal)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        "csv" | "" => (
            tabular::to_csv(&header, &rows),
            "text/csv; charset=utf-8",
            "csv",
        ),
        _ => return Err(AppError::BadRequest("error-export-format")),
    };
    let disposition = format!("attachment; filename=\"{name}-{date}.{ext}\"");
    Ok((
        [
            (CONTENT_TYPE, mime.to_owned()),
            (CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

pub async fn companies(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ExportQuery>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let filter = db::companies::Filter {
        stage: Stage::parse(&q.stage).ok(),
        territory_id: None,
        query: Some(q.q.clone()),
    };
    let (companies, territories) = state
        .db
        .read(move |c| {
            Ok((
                db::companies::list(c, &scope, &filter)?,
                db::territories::list(c, &domain::permission::Scope::All, None)?,
            ))
        })
        .await?;
    let tr = ctx.tr();
    let keys = [
        "field-legal-name",
        "field-vat-number",
        "field-tax-code",
        "field-ateco",
        "field-employees",
        "field-address",
        "field-city",
        "field-territory",
        "field-region",
        "field-contact-name",
        "field-contact-email",
        "field-contact-phone",
        "field-stage",
    ];
    let header = keys.iter().map(|k| tr.t(k)).collect();
    let rows = companies
        .into_iter()
        .map(|c| {
            let p = c.profile.clone().unwrap_or_default();
            let territory = c
                .organisation
                .territory_id
                .as_ref()
                .and_then(|t| territories.iter().find(|x| &x.id == t))
                .map(|t| t.name.clone())
                .unwrap_or_default();
            vec![
                c.organisation.name.clone(),
                p.vat_number.unwrap_or_default(),
                p.tax_code.unwrap_or_default(),
                p.ateco.unwrap_or_default(),
                p.employees.map(|n| n.to_string()).unwrap_or_default(),
                p.address,
                c.organisation.city.clone(),
                territory,
                p.region.unwrap_or_default(),
                p.contact_name,
                p.contact_email,
                p.contact_phone,
                c.stage().as_str().to_owned(),
            ]
        })
        .collect();
    file("companies", &q.format, header, rows)
}

pub async fn positions(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ExportQuery>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let filter = db::positions::Filter {
        company_id: None,
        status: PositionStatus::parse(&q.status).ok(),
    };
    let rows = state
        .db
        .read(move |c| db::positions::list(c, &scope, &filter))
        .await?;
    let tr = ctx.tr();
    let keys = [
        "field-company",
        "field-title",
        "field-position-description",
        "field-occupation",
        "field-isco",
        "field-required-skills",
        "field-desired-skills",
        "field-min-italian",
        "field-education-level",
        "field-city",
        "field-workplace",
        "field-starts-on",
        "field-duration-months",
        "field-hours-per-week",
        "field-allowance",
        "field-board",
        "field-lodging",
        "field-tutor",
        "field-places",
        "field-status",
    ];
    let header = keys.iter().map(|k| tr.t(k)).collect();
    let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let rows = rows
        .into_iter()
        .map(|l| {
            let p = l.position;
            vec![
                l.company_name,
                p.title,
                p.description,
                p.occupation,
                p.isco_code.unwrap_or_default(),
                p.required_skills,
                p.desired_skills,
                p.min_italian.to_string(),
                p.education_level.to_string(),
                p.city,
                p.workplace,
                p.starts_on.to_string(),
                p.duration_months.to_string(),
                p.hours_per_week.to_string(),
                format!("{}.{:02}", p.allowance_cents / 100, p.allowance_cents % 100),
                yes(p.board),
                yes(p.lodging),
                p.tutor_name,
                p.places.to_string(),
                p.status.to_string(),
            ]
        })
        .collect();
    file("positions", &q.format, header, rows)
}
