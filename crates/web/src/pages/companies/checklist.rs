//! A company's hosting checklist: its declarations, shown and saved.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use db::companies::Company;
use domain::host_rules::Declarations;
use domain::ids::OrganisationId;
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "companies/checklist.html")]
struct ChecklistPage {
    page: Page,
    c: Company,
    d: Declarations,
    piedmont_extras: bool,
}

pub async fn checklist_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let (c, rules) = state
        .db
        .read(move |conn| {
            let c = db::companies::find(conn, &s, &id)?;
            let rules = match c.profile.as_ref().and_then(|p| p.region.clone()) {
                Some(r) => db::rules::find(conn, &r)?,
                None => None,
            };
            Ok((c, rules))
        })
        .await?;
    let d = c
        .profile
        .as_ref()
        .map(db::companies::Profile::declarations)
        .unwrap_or_default();
    let piedmont_extras = rules
        .as_ref()
        .is_none_or(|r| r.require_no_insolvency || r.require_no_wage_support);
    html(&ChecklistPage {
        page: Page::titled(
            &ctx,
            ctx.tr().t1("checklist-title", "name", &c.organisation.name),
        ),
        c,
        d,
        piedmont_extras,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChecklistForm {
    safety_compliant: String,
    disability_compliant: String,
    no_recent_dismissals: String,
    no_insolvency: String,
    no_wage_support: String,
}

fn answer(s: &str) -> Option<bool> {
    match s {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

pub async fn checklist_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<ChecklistForm>,
) -> Result<Response, AppError> {
    let d = Declarations {
        safety_compliant: answer(&f.safety_compliant),
        disability_compliant: answer(&f.disability_compliant),
        no_recent_dismissals: answer(&f.no_recent_dismissals),
        no_insolvency: answer(&f.no_insolvency),
        no_wage_support: answer(&f.no_wage_support),
    };
    let who = ctx.acting()?;
    let company = OrganisationId::new(id);
    app::companies::declare(&state.db, &*state.clock, &who, &company, d).await?;
    Ok(flash::redirect(
        &format!("/companies/{company}"),
        Flash::new("flash-checklist-saved"),
    ))
}
