//! A call's panel page: for a panellist, their applications (by reference) with where they
//! stand on each; for the coordinator, the panel with each panellist's organisation,
//! country and progress, the appointment form and the removal of one who has not scored
//! (confirmed).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use serde::Deserialize;

use super::back;
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub(super) struct ItemLine {
    pub id: String,
    pub reference: String,
    pub name: String,
    pub title: String,
    pub state: &'static str,
    pub state_title: String,
    pub points: String,
}

pub(super) struct MemberLine {
    pub user_id: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub submitted: usize,
    pub conflicts: usize,
}

#[derive(Template)]
#[template(path = "awards/panel.html")]
struct PanelPage {
    page: Page,
    id: String,
    sits: bool,
    manages: bool,
    items: Vec<ItemLine>,
    done: usize,
    progress: String,
    all_submitted: bool,
    members: Vec<MemberLine>,
    candidates: Vec<(String, String)>,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, Vec::new()).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::awards::panel(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let items: Vec<ItemLine> = v
        .items
        .iter()
        .map(|i| ItemLine {
            id: i.application_id.clone(),
            reference: i.reference.clone(),
            name: i.name.clone(),
            title: i.title.clone(),
            state: i.state.as_str(),
            state_title: tr.t(&format!("award-state-{}", i.state.as_str())),
            points: i
                .points_milli
                .map(|p| super::points(ctx.locale, p))
                .unwrap_or_default(),
        })
        .collect();
    let country = |c: &str| crate::pages::candidates::view::country_name(&tr, c);
    let members = v
        .progress
        .iter()
        .map(|(p, submitted, conflicts)| MemberLine {
            user_id: p.member.user_id.clone(),
            name: p.member.display_name.clone(),
            organisation: p.member.organisation.clone(),
            country: country(&p.member.country),
            submitted: *submitted,
            conflicts: *conflicts,
        })
        .collect();
    let candidates = v
        .candidates
        .iter()
        .map(|m| {
            (
                m.user_id.clone(),
                format!(
                    "{} — {} ({})",
                    m.display_name,
                    m.organisation,
                    country(&m.country)
                ),
            )
        })
        .collect();
    let done = items.iter().filter(|i| i.state == "submitted").count();
    html_status(
        status,
        &PanelPage {
            page: Page::titled(
                ctx,
                tr.t1("award-panel-title", "call", &v.board.call.row.title),
            ),
            id: v.board.call.row.id.clone(),
            sits: v.sits,
            manages: v.manages,
            done,
            progress: tr.t_with(
                "award-mine-progress",
                &[
                    (
                        "done",
                        i18n::FluentArg::Num(i64::try_from(done).unwrap_or(0)),
                    ),
                    (
                        "total",
                        i18n::FluentArg::Num(i64::try_from(items.len()).unwrap_or(0)),
                    ),
                ],
            ),
            all_submitted: v.all_submitted(),
            items,
            members,
            candidates,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PersonBody {
    user: String,
    confirmed: Option<String>,
}

/// Appoints a panellist.
pub async fn appoint(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<PersonBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    match app::awards::appoint(&state.db, &*state.clock, &who, &id, &f.user).await {
        Ok(_) => Ok(back(
            &format!("/grant-calls/{id}/panel#panel"),
            "flash-award-appointed",
        )),
        Err(app::Error::Invalid(e)) => {
            render(&state, &ctx, &id, StatusCode::UNPROCESSABLE_ENTITY, vec![e]).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Removes a panellist who has not scored, after the confirmation.
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<PersonBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let v = app::awards::panel(&state.db, &who, &id).await?;
        let Some((p, _, _)) = v
            .progress
            .iter()
            .find(|(p, _, _)| p.member.user_id == f.user)
        else {
            return Err(AppError::NotFound);
        };
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("award-remove-question", "name", &p.member.display_name),
                lines: vec![tr.t1("award-panel-title", "call", &v.board.call.row.title)],
                warnings: vec![tr.t("award-remove-warning")],
                action: format!("/grant-calls/{id}/panel/remove"),
                hidden: vec![("user".into(), f.user.clone())],
                reason: None,
                confirm: tr.t("award-action-remove"),
                cancel: format!("/grant-calls/{id}/panel"),
                danger: true,
                name: "remove-panellist",
            },
        );
    }
    app::awards::remove(&state.db, &*state.clock, &who, &id, &f.user).await?;
    Ok(back(
        &format!("/grant-calls/{id}/panel#panel"),
        "flash-award-removed",
    ))
}
