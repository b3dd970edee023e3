//! A call's selection criteria: their weights and maximum scores, added and changed by
//! the call's managers.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::ids::CallId;
use domain::selection::CriterionFields;
use domain::{Invalid, Permission};

use crate::pages::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

pub struct CriterionRow {
    pub id: String,
    pub name: String,
    pub weight: String,
    pub max_score: String,
    pub share: String,
}

#[derive(Template)]
#[template(path = "selection/criteria.html")]
struct CriteriaPage {
    page: Page,
    call_id: String,
    call: String,
    rows: Vec<CriterionRow>,
    f: CriterionFields,
    error: Option<String>,
    invalid: &'static str,
}

async fn criteria_page(
    state: &AppState,
    ctx: &Ctx,
    call_id: String,
    f: CriterionFields,
    error: Option<&Invalid>,
) -> Result<CriteriaPage, AppError> {
    let scope = ctx.scope_for(Permission::ManageCalls)?;
    let (call, criteria) = state
        .db
        .read(move |c| {
            let call = db::calls::find(c, &scope, &call_id)?;
            let criteria = db::selection::criteria(c, &call.id)?;
            Ok((call, criteria))
        })
        .await?;
    let tr = ctx.tr();
    let weights: i64 = criteria.iter().map(|k| k.weight).sum();
    Ok(CriteriaPage {
        page: Page::titled(ctx, tr.t1("criteria-title", "call", &call.title)),
        rows: criteria
            .into_iter()
            .map(|k| CriterionRow {
                share: if weights > 0 {
                    domain::format::tenths(tr.locale, (k.weight * 1000 + weights / 2) / weights)
                } else {
                    "—".to_owned()
                },
                id: k.id,
                name: k.name,
                weight: k.weight.to_string(),
                max_score: k.max_score.to_string(),
            })
            .collect(),
        call_id: call.id,
        call: call.title,
        f,
        error: error.map(|e| tr.t(e.key)),
        invalid: error.map_or("", |e| e.field),
    })
}

/// `GET /calls/{id}/criteria`
pub async fn criteria(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let f = CriterionFields {
        max_score: "10".into(),
        ..Default::default()
    };
    html(&criteria_page(&state, &ctx, id, f, None).await?)
}

/// A criterion conflict (same name twice, removing a scored one) as a form message.
fn criterion_conflict(e: app::Error) -> Result<Invalid, AppError> {
    match e {
        app::Error::Invalid(i) => Ok(i),
        app::Error::Conflict(domain::Conflict::CriterionTaken) => {
            Ok(Invalid::new("name", "error-criterion-taken"))
        }
        app::Error::Conflict(domain::Conflict::CriterionScored) => {
            Ok(Invalid::new("name", "error-criterion-scored"))
        }
        e => Err(e.into()),
    }
}

async fn criteria_answer(
    state: &AppState,
    ctx: &Ctx,
    call_id: String,
    f: CriterionFields,
    r: Result<(), Invalid>,
) -> Result<Response, AppError> {
    match r {
        Ok(()) => Ok(see_other(&format!("/calls/{call_id}/criteria"))),
        Err(e) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &criteria_page(state, ctx, call_id, f, Some(&e)).await?,
        ),
    }
}

/// `POST /calls/{id}/criteria`: adds a criterion.
pub async fn add_criterion(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<CriterionFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let call = CallId::new(id.clone());
    let r = match app::selection::add_criterion(&state.db, &*state.clock, &who, &call, &f).await {
        Ok(_) => Ok(()),
        Err(e) => Err(criterion_conflict(e)?),
    };
    criteria_answer(&state, &ctx, id, f, r).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CriterionAction {
    name: String,
    weight: String,
    max_score: String,
    action: String,
}

/// `POST /calls/{id}/criteria/{criterion}`: saves (`action=save`) or removes
/// (`action=remove`) a criterion.
pub async fn change_criterion(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, criterion)): Path<(String, String)>,
    Form(f): Form<CriterionAction>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let fields = CriterionFields {
        name: f.name,
        weight: f.weight,
        max_score: f.max_score,
    };
    let call = CallId::new(id.clone());
    let (db, clock) = (&state.db, &*state.clock);
    let r = if f.action == "remove" {
        app::selection::remove_criterion(db, clock, &who, &call, &criterion).await
    } else {
        match app::selection::update_criterion(db, clock, &who, &call, &criterion, &fields).await {
            // A field that does not parse is shown with what was typed.
            Err(app::Error::Invalid(e)) => {
                return criteria_answer(&state, &ctx, id, fields, Err(e)).await;
            }
            r => r,
        }
    };
    let r = match r {
        Ok(()) => Ok(()),
        Err(e) => Err(criterion_conflict(e)?),
    };
    criteria_answer(&state, &ctx, id, CriterionFields::default(), r).await
}
