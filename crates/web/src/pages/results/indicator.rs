//! `/results/{programme}/indicators/{id}`: one indicator — its value, its breakdowns (by
//! country, territory, sex and age band, or by step or stage), its value in each period
//! (frozen or live, `corrected` when the records moved since it was submitted, and the
//! change from the previous period), the rule behind it with a link to its records; for a
//! manual indicator, its evidence and, for those who manage results, the value and
//! evidence forms of the open periods.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::results::{Indicator, PeriodStatus, Report, Source, Value};

use super::{IndicatorLine, PeriodQuery, dimension_label, key_label, rule_text, show};
use crate::pages::cases::checked_id;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

struct Breakdown {
    dimension: String,
    parts: Vec<(String, String)>,
}

struct PeriodLine {
    label: String,
    actual: String,
    target: String,
    frozen: bool,
    corrected: Option<String>,
    change: Option<String>,
}

struct Evidence {
    href: String,
    label: String,
}

#[derive(Template)]
#[template(path = "results/indicator.html")]
struct IndicatorPage {
    page: Page,
    programme_id: String,
    line: IndicatorLine,
    breakdowns: Vec<Breakdown>,
    periods: Vec<PeriodLine>,
    rule: Option<String>,
    records_href: Option<String>,
    manual: bool,
    evidence: Vec<Evidence>,
    /// The open periods a value or evidence may be entered for (those who manage only).
    open_periods: Vec<(String, String)>,
    value_action: String,
    evidence_action: String,
    errors: FormErrors,
}

fn find<'a>(report: &'a Report, id: &str) -> Option<&'a Indicator> {
    report.indicators().find(|i| i.id == id)
}

/// The page, with `errors` beside the manual forms (422 when there are any).
pub(crate) async fn render(
    state: &AppState,
    ctx: &Ctx,
    programme_id: &str,
    indicator_id: &str,
    period: Option<&str>,
    errors: Vec<domain::Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let report =
        app::results::report(&state.db, &state.results, &who, programme_id, period).await?;
    let ind = find(&report, indicator_id).ok_or(AppError::NotFound)?;
    let territories = app::results::territories(&state.db, &who, programme_id).await?;
    let tr = ctx.tr();
    let mut breakdowns: Vec<Breakdown> = Vec::new();
    if let Some(f) = &ind.current {
        for p in &f.parts {
            let label = dimension_label(&tr, p.dimension);
            let text = key_label(&tr, p.dimension, &p.key, &territories);
            match breakdowns.last_mut() {
                Some(b) if b.dimension == label => b.parts.push((text, show(&tr, p.value))),
                _ => breakdowns.push(Breakdown {
                    dimension: label,
                    parts: vec![(text, show(&tr, p.value))],
                }),
            }
        }
    }
    let mut previous: Option<Value> = None;
    let periods = ind
        .periods
        .iter()
        .zip(&report.periods)
        .map(|(v, p)| {
            let actual = v.actual.as_ref().map(|f| f.total);
            let change = match (previous, actual) {
                (Some(a), Some(b)) => Some(Value::new(b.unit, b.raw - a.raw)),
                _ => None,
            };
            previous = actual.or(previous);
            PeriodLine {
                label: p.label.clone(),
                actual: actual.map(|a| show(&tr, a)).unwrap_or_else(|| "—".into()),
                target: v.target.map(|t| show(&tr, t)).unwrap_or_else(|| "—".into()),
                frozen: matches!(p.status, PeriodStatus::Submitted { .. }),
                corrected: v.corrected.map(|c| show(&tr, c)),
                change: change.map(|c| {
                    let sign = if c.raw > 0 { "+" } else { "" };
                    format!("{sign}{}", show(&tr, c))
                }),
            }
        })
        .collect();
    let (rule, records_href, manual) = match &ind.source {
        Source::Computed(code) => (
            Some(rule_text(&tr, code)),
            Some(format!(
                "/results/{programme_id}/indicators/{indicator_id}/records{}",
                period.map(|p| format!("?period={p}")).unwrap_or_default()
            )),
            false,
        ),
        Source::Manual => (None, None, true),
    };
    let evidence = if manual {
        app::results::manual::evidence(&state.db, &who, programme_id, indicator_id)
            .await?
            .into_iter()
            .map(|e| Evidence {
                href: format!(
                    "/results/{programme_id}/indicators/{indicator_id}/evidence/{}",
                    e.id
                ),
                label: format!(
                    "{} · {}",
                    report
                        .periods
                        .iter()
                        .find(|p| p.id == e.period_id)
                        .map(|p| p.label.clone())
                        .unwrap_or_default(),
                    tr.date_time(&e.uploaded_at)
                ),
            })
            .collect()
    } else {
        Vec::new()
    };
    let open_periods = if manual && app::results::may_manage(&who) {
        report
            .periods
            .iter()
            .filter(|p| p.status == PeriodStatus::Open)
            .map(|p| (p.id.clone(), p.label.clone()))
            .collect()
    } else {
        Vec::new()
    };
    let csrf = crate::csrf::masked(&ctx.csrf);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let line = IndicatorLine::of(&tr, programme_id, ind);
    html_status(
        status,
        &IndicatorPage {
            page: Page::titled(ctx, format!("{} {}", line.code, line.title)),
            programme_id: programme_id.to_owned(),
            breakdowns,
            periods,
            rule,
            records_href,
            manual,
            evidence,
            open_periods,
            value_action: format!("/results/{programme_id}/indicators/{indicator_id}/values"),
            evidence_action: format!(
                "/results/{programme_id}/indicators/{indicator_id}/evidence?csrf={csrf}"
            ),
            errors: FormErrors::new(ctx, &errors),
            line,
        },
    )
}

pub async fn show_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((programme, id)): Path<(String, String)>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    checked_id(&programme)?;
    checked_id(&id)?;
    render(&state, &ctx, &programme, &id, q.period()?, Vec::new()).await
}
