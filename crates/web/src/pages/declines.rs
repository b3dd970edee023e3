//! A company's decline of a proposal and the coordinator's reversal of it: each asked on a
//! confirmation page (reached by a link, or by posting without `confirmed`), each needing a
//! reason (422 without one, nothing written), each saying it was done.

use app::proposals::Proposal;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::confirm;
use crate::flash::{self, Flash};
use crate::{AppError, AppState, Ctx, Granted};

/// The two reasoned answers, and what differs between them.
#[derive(Clone, Copy)]
enum Step {
    Decline,
    Reverse,
}

impl Step {
    fn confirm(
        self,
        ctx: &Ctx,
        p: &Proposal,
        reason: &str,
        error: Option<String>,
    ) -> confirm::Confirm {
        let tr = ctx.tr();
        let position = tr.t1("proposal-title", "position", &p.position_title);
        // (title, warning, reason's label, button)
        let (words, lines, path, danger, name) = match self {
            Step::Decline => (
                [
                    tr.t("decline-title"),
                    tr.t("decline-warning"),
                    tr.t("decline-reason"),
                    tr.t("decline-confirm"),
                ],
                vec![position, tr.t1("proposal-candidate", "handle", &p.handle)],
                "decline",
                true,
                "decline-placement",
            ),
            Step::Reverse => {
                let mut lines = vec![position, p.company_name.clone()];
                let note = p.placement.note.trim();
                if !note.is_empty() {
                    lines.push(format!("{}: {note}", tr.t("proposal-decline-reason")));
                }
                let words = [
                    tr.t("reverse-title"),
                    tr.t("reverse-warning"),
                    tr.t("reverse-reason"),
                    tr.t("reverse-confirm"),
                ];
                (words, lines, "reverse", false, "reverse-decline")
            }
        };
        let [title, warning, label, button] = words;
        confirm::Confirm {
            title,
            lines,
            warnings: vec![warning],
            action: format!("/placements/{}/{path}", p.placement.id),
            hidden: Vec::new(),
            reason: Some(confirm::Reason {
                label,
                required: true,
                value: reason.to_owned(),
                error,
            }),
            confirm: button,
            cancel: format!("/placements/{}", p.placement.id),
            danger,
            name,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    confirmed: Option<String>,
    reason: String,
}

async fn proposal(
    state: &AppState,
    ctx: &Ctx,
    granted: Granted,
    id: &str,
) -> Result<Proposal, AppError> {
    Ok(app::proposals::proposal(
        &state.db,
        &granted.authed.actor,
        granted.scope,
        id,
        ctx.locale,
    )
    .await?)
}

/// Asks, then (confirmed, with a reason) answers and says so.
async fn answer(
    state: AppState,
    ctx: Ctx,
    granted: Granted,
    id: String,
    f: ReasonForm,
    step: Step,
) -> Result<Response, AppError> {
    let p = proposal(&state, &ctx, granted, &id).await?;
    if !confirm::confirmed(f.confirmed.as_deref()) {
        return confirm::page(&ctx, step.confirm(&ctx, &p, &f.reason, None));
    }
    let who = ctx.acting()?;
    let placement = domain::ids::PlacementId::new(id.clone());
    let (db, clock) = (&state.db, &*state.clock);
    let (done, flash_key) = match step {
        Step::Decline => (
            app::placements::decline(db, clock, &who, &placement, &f.reason).await,
            "flash-placement-declined",
        ),
        Step::Reverse => (
            app::placements::reverse_decline(db, clock, &who, &placement, &f.reason).await,
            "flash-decline-reversed",
        ),
    };
    match done {
        Ok(()) => Ok(flash::redirect(
            &format!("/placements/{id}"),
            Flash::new(flash_key),
        )),
        Err(app::Error::Invalid(e)) => confirm::page(
            &ctx,
            step.confirm(&ctx, &p, &f.reason, Some(ctx.tr().t(e.key))),
        ),
        Err(e) => Err(e.into()),
    }
}

/// The confirmation asked before a decline (also reached by a plain link).
pub async fn confirm_decline(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let p = proposal(&state, &ctx, granted, &id).await?;
    confirm::page(&ctx, Step::Decline.confirm(&ctx, &p, "", None))
}

/// Declines, once confirmed and with a reason.
pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    answer(state, ctx, granted, id, f, Step::Decline).await
}

/// The coordinator's confirmation before reversing a company's decline.
pub async fn confirm_reverse(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let p = proposal(&state, &ctx, granted, &id).await?;
    confirm::page(&ctx, Step::Reverse.confirm(&ctx, &p, "", None))
}

/// Reverses a company's decline, once confirmed and with a reason.
pub async fn reverse(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    answer(state, ctx, granted, id, f, Step::Reverse).await
}
