//! `/cases/{id}/follow-ups/new`: the next follow-up due on a case, for its mentor or the
//! coordinator, opening with the previous follow-up's answers (or the outcome's country
//! for the first); recorded once per milestone.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::outcome::follow_up::FollowUpFields;
use serde::Deserialize;

use super::{Choice, country_choices};
use crate::flash::{self, Flash};
use crate::pages::cases::{checked_id, today};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "outcomes/follow_up.html")]
struct FollowUpPage {
    page: Page,
    id: String,
    candidate_id: String,
    /// The milestone (months) to record and its date; `None`: nothing due.
    next: Option<(i64, String)>,
    /// What is due, in words.
    due_text: String,
    overdue: bool,
    preloaded: bool,
    form: FollowUpFields,
    countries: Vec<Choice>,
    today: String,
    errors: FormErrors,
}

pub async fn new(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, None, Vec::new()).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    typed: Option<FollowUpFields>,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let f = app::outcomes::form(&state.db, &*state.clock, &who, id).await?;
    let tr = ctx.tr();
    let today = today(state);
    let form = typed.unwrap_or(f.fields);
    html_status(
        status,
        &FollowUpPage {
            page: Page::titled(ctx, tr.t1("follow-up-title", "reference", &f.reference)),
            id: f.case_id,
            candidate_id: f.candidate_id,
            due_text: f
                .next
                .map(|d| {
                    tr.t_with(
                        "follow-up-due-on",
                        &[
                            ("count", i18n::FluentArg::Num(i64::from(d.months))),
                            ("date", i18n::FluentArg::Str(tr.date(&d.on))),
                        ],
                    )
                })
                .unwrap_or_default(),
            next: f.next.map(|d| (i64::from(d.months), tr.date(&d.on))),
            overdue: f.next.is_some_and(|d| d.on < today),
            preloaded: f.preloaded,
            countries: country_choices(&tr, &form.country),
            form,
            today: today.to_string(),
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowUpForm {
    months: String,
    done_on: String,
    country: String,
    working: Option<String>,
    sector: String,
    occupation: String,
    remittances: Option<String>,
    business_links: Option<String>,
    further_mobility: Option<String>,
    note: String,
}

/// Records the follow-up; a form that does not fit comes back (422) as typed.
pub async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<FollowUpForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let fields = FollowUpFields {
        done_on: f.done_on,
        country: f.country,
        working: f.working.is_some(),
        sector: f.sector,
        occupation: f.occupation,
        remittances: f.remittances.is_some(),
        business_links: f.business_links.is_some(),
        further_mobility: f.further_mobility.is_some(),
        note: f.note,
    };
    let Ok(months) = f.months.trim().parse::<i64>() else {
        let errors = vec![Invalid::new("months", "follow-up-error-recorded")];
        return render(
            &state,
            &ctx,
            &id,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(fields),
            errors,
        )
        .await;
    };
    let done =
        app::outcomes::record_follow_up(&state.db, &*state.clock, &who, &id, months, &fields).await;
    let errors = match done {
        Ok(()) => {
            return Ok(flash::redirect(
                &format!("/cases/{id}/outcome"),
                Flash::new("flash-follow-up-recorded"),
            ));
        }
        Err(app::Error::Invalid(i)) => vec![i],
        Err(app::Error::Form(all)) => all.all().to_vec(),
        Err(e) => return Err(e.into()),
    };
    render(
        &state,
        &ctx,
        &id,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(fields),
        errors,
    )
    .await
}
