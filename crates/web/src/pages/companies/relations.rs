//! Working with a company: moving its outreach stage, logging a contact, inviting a
//! colleague.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::ids::OrganisationId;
use domain::outreach::{ContactKind, Stage};
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::render::html;
use crate::{AppError, AppState, Ctx, Granted};

use super::*;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StageForm {
    stage: String,
}

pub async fn set_stage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<StageForm>,
) -> Result<Response, AppError> {
    let stage = Stage::parse(&f.stage)?;
    let who = ctx.acting()?;
    let company = OrganisationId::new(id);
    app::companies::set_stage(&state.db, &*state.clock, &who, &company, stage).await?;
    Ok(flash::redirect(
        &format!("/companies/{company}"),
        Flash::new("flash-stage-changed"),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ContactForm {
    kind: String,
    happened_on: String,
    campaign_id: String,
    notes: String,
    follow_up_on: String,
}

/// Logs a contact; a refused one (a bad date, a campaign unknown or beyond reach) brings
/// the company's page back (422) with the field marked and nothing written.
pub async fn add_contact(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<ContactForm>,
) -> Result<Response, AppError> {
    let parsed = (|| {
        Ok::<_, domain::Invalid>(db::outreach::ContactDraft {
            kind: ContactKind::parse(&f.kind)?,
            happened_on: domain::programme::parse_date("happened_on", &f.happened_on)?,
            campaign_id: Some(f.campaign_id.clone()).filter(|c| !c.is_empty()),
            notes: f.notes.clone(),
            follow_up_on: if f.follow_up_on.trim().is_empty() {
                None
            } else {
                Some(domain::programme::parse_date(
                    "follow_up_on",
                    &f.follow_up_on,
                )?)
            },
        })
    })();
    let refused = |e: domain::Invalid| {
        let (state, ctx, granted, id) = (&state, &ctx, &granted, id.clone());
        async move {
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(state, ctx, granted, id, None, Some(&e)).await?,
            )
        }
    };
    let draft = match parsed {
        Ok(d) => d,
        Err(e) => return refused(e).await,
    };
    let who = ctx.acting()?;
    let company = OrganisationId::new(id.clone());
    match app::companies::log_contact(&state.db, &*state.clock, &who, &company, draft).await {
        Ok(_) => Ok(flash::redirect(
            &format!("/companies/{company}"),
            Flash::new("flash-contact-logged"),
        )),
        Err(app::Error::Invalid(e)) => refused(e).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    email: String,
}

/// A company user (or whoever manages users) invites a colleague; the link is shown once.
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<InviteForm>,
) -> Result<Response, AppError> {
    let email = domain::Email::parse(&f.email)?;
    let who = ctx.acting()?;
    let company = OrganisationId::new(id.clone());
    let token = app::companies::invite(&state.db, &*state.clock, &who, &company, email).await?;
    let link = format!("/invitations/{token}");
    html(&show_page(&state, &ctx, &granted, id, Some(link), None).await?)
}
