//! `/courses/rules/{programme}`: the programme's completion rule, edited by its
//! coordinators (and admins): the attendance to reach of all planned sessions, the Italian
//! level, and what a late arrival and a justified absence count.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::cefr::Cefr;
use domain::course::RuleFields;
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "courses/rule.html")]
struct RulePage {
    page: Page,
    programme_id: String,
    f: RuleFields,
    levels: Vec<&'static str>,
    rule_set: bool,
    errors: FormErrors,
}

pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(programme): Path<String>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&programme)?;
    let who = ctx.acting()?;
    let (rule, rule_set) = app::courses::programme_rule(&state.db, &who, &programme).await?;
    render(
        &ctx,
        &programme,
        StatusCode::OK,
        rule.fields(),
        rule_set,
        &[],
    )
}

fn render(
    ctx: &Ctx,
    programme: &str,
    status: StatusCode,
    f: RuleFields,
    rule_set: bool,
    errors: &[Invalid],
) -> Result<Response, AppError> {
    html_status(
        status,
        &RulePage {
            page: Page::new(ctx, "course-rule-title"),
            programme_id: programme.to_owned(),
            f,
            levels: Cefr::ALL.into_iter().map(Cefr::as_str).collect(),
            rule_set,
            errors: FormErrors::new(ctx, errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RuleForm {
    min_attendance: String,
    min_level: String,
    late: String,
    justified: String,
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(programme): Path<String>,
    Form(f): Form<RuleForm>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&programme)?;
    let who = ctx.acting()?;
    let fields = RuleFields {
        min_attendance: f.min_attendance,
        min_level: f.min_level,
        late: f.late,
        justified: f.justified,
    };
    // The programme is checked first: someone beyond it learns nothing of the form.
    let (_, rule_set) = app::courses::programme_rule(&state.db, &who, &programme).await?;
    let rule = match fields.parse() {
        Ok(r) => r,
        Err(all) => {
            return render(
                &ctx,
                &programme,
                StatusCode::UNPROCESSABLE_ENTITY,
                fields,
                rule_set,
                all.all(),
            );
        }
    };
    app::courses::set_rule(&state.db, &*state.clock, &who, &programme, rule).await?;
    Ok(flash::redirect(
        &format!("/courses/rules/{programme}"),
        Flash::new("flash-course-rule-saved"),
    ))
}
