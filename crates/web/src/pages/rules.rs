//! The regional hosting rules (minimum allowance, headcount caps, extra conditions).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::host_rules::RegionalRules;
use serde::Deserialize;

use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "rules/list.html")]
struct ListPage {
    page: Page,
    rules: Vec<RulesLine>,
    error: Option<String>,
}

/// One region's rules with its minimum allowance formatted as money.
struct RulesLine {
    rules: RegionalRules,
    min_allowance: String,
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<ListPage, AppError> {
    let rules = state.db.read(db::rules::list).await?;
    let tr = ctx.tr();
    Ok(ListPage {
        page: Page::new(ctx, "rules-title"),
        rules: rules
            .into_iter()
            .map(|r| RulesLine {
                min_allowance: tr.money(&r.min_allowance_cents, "EUR"),
                rules: r,
            })
            .collect(),
        error,
    })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    html(&list_page(&state, &ctx, None).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RulesForm {
    min_allowance: String,
    small_max_employees: String,
    small_cap: String,
    medium_max_employees: String,
    medium_cap: String,
    large_percent: String,
    require_no_insolvency: String,
    require_no_wage_support: String,
}

fn number(field: &'static str, s: &str, lo: i32, hi: i32) -> Result<i32, domain::Invalid> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (lo..=hi).contains(n))
        .ok_or(domain::Invalid::new(field, "error-rule-number"))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(region): Path<String>,
    Form(f): Form<RulesForm>,
) -> Result<Response, AppError> {
    let lookup = region.clone();
    let current = state
        .db
        .read(move |c| db::rules::find(c, &lookup))
        .await?
        .ok_or(AppError::NotFound)?;
    let parsed = (|| {
        let small_max = number("small_max_employees", &f.small_max_employees, 0, 10_000)?;
        let medium_max = number("medium_max_employees", &f.medium_max_employees, 0, 100_000)?;
        if medium_max < small_max {
            return Err(domain::Invalid::new(
                "medium_max_employees",
                "error-rule-tiers",
            ));
        }
        Ok(RegionalRules {
            min_allowance_cents: domain::programme::parse_amount(
                "min_allowance",
                &f.min_allowance,
            )?,
            small_max_employees: small_max,
            small_cap: number("small_cap", &f.small_cap, 0, 1000)?,
            medium_max_employees: medium_max,
            medium_cap: number("medium_cap", &f.medium_cap, 0, 1000)?,
            large_percent: number("large_percent", &f.large_percent, 0, 100)?,
            require_no_insolvency: !f.require_no_insolvency.is_empty(),
            require_no_wage_support: !f.require_no_wage_support.is_empty(),
            ..current
        })
    })();
    let rules = match parsed {
        Ok(r) => r,
        Err(e) => {
            let msg = Some(ctx.tr().t(e.key));
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &list_page(&state, &ctx, msg).await?,
            );
        }
    };
    state
        .db
        .write(ctx.origin(), move |tx| db::rules::update(tx, &rules))
        .await?;
    Ok(see_other("/rules"))
}
