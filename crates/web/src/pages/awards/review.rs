//! One application for its panellist: before the declaration only the applicant's name and
//! the project's title, with the two declarations (a conflict asked on a confirmation page:
//! it is final); after "no conflict" the whole application with its budget and the scoring
//! form (a draft saved as often as wanted, the submission confirmed); once submitted, the
//! other panellists' submitted scores.

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

pub(super) struct CriterionLine {
    pub field: &'static str,
    pub label: String,
    pub weight: i64,
    pub value: String,
}

pub(super) struct LineView {
    pub category: String,
    pub label: String,
    pub amount: String,
    pub eligible: &'static str,
}

pub(super) struct OtherView {
    pub name: String,
    pub points: String,
    pub marks: String,
    pub comment: String,
}

#[derive(Template)]
#[template(path = "awards/review.html")]
struct ReviewPage {
    page: Page,
    id: String,
    application: String,
    reference: String,
    name: String,
    project: String,
    /// `undeclared`, `conflict`, `draft` or `submitted`.
    state: &'static str,
    open: bool,
    facts: Vec<(String, String)>,
    summary: String,
    summary_lang: String,
    lines: Vec<LineView>,
    criteria: Vec<CriterionLine>,
    comment: String,
    points: String,
    others: Vec<OtherView>,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, application)): Path<(String, String)>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&application)?;
    render(
        &state,
        &ctx,
        &id,
        &application,
        StatusCode::OK,
        Vec::new(),
        None,
    )
    .await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    application: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
    typed: Option<&ScoreBody>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::awards::review(&state.db, &who, id, application).await?;
    let tr = ctx.tr();
    let currency = v.call.row.currency.clone();
    let (state_name, review) = match &v.declaration {
        app::awards::Declaration::Undeclared => ("undeclared", None),
        app::awards::Declaration::Conflict => ("conflict", None),
        app::awards::Declaration::Open(r) if r.submitted() => ("submitted", Some(r)),
        app::awards::Declaration::Open(r) => ("draft", Some(r)),
    };
    let mut facts = Vec::new();
    let mut lines = Vec::new();
    let (mut summary, mut summary_lang) = (String::new(), String::new());
    if let Some(d) = &v.detail {
        facts = vec![
            (
                tr.t("award-col-type"),
                tr.t(&format!("award-type-{}", d.project_type.as_str())),
            ),
            (
                tr.t("award-col-origin"),
                tr.t(&format!("award-origin-{}", d.origin.as_str())),
            ),
            (
                tr.t("award-col-country"),
                crate::pages::candidates::view::country_name(&tr, d.country.as_str()),
            ),
            (
                tr.t("award-col-requested"),
                tr.money(&d.requested_cents, &currency),
            ),
        ];
        summary = d.summary.clone();
        summary_lang = d.lang.clone();
        lines = d
            .lines
            .iter()
            .map(|l| LineView {
                category: l.category.clone(),
                label: l.label.clone(),
                amount: tr.money(&l.amount_cents, &currency),
                eligible: match l.eligible {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                },
            })
            .collect();
    }
    let criteria = v
        .call
        .criteria
        .iter()
        .enumerate()
        .zip(app::awards::MARK_FIELDS)
        .map(|((i, c), field)| CriterionLine {
            field,
            label: c.label.clone(),
            weight: c.weight,
            value: match typed {
                Some(t) => t.mark(i).to_owned(),
                None => review
                    .and_then(|r| r.marks.get(i).copied().flatten())
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            },
        })
        .collect();
    let points = review
        .and_then(|r| r.complete())
        .and_then(|m| domain::grant::terms::points_milli(&v.call.criteria, &m))
        .map(|p| super::points(ctx.locale, p))
        .unwrap_or_default();
    let others = v
        .others
        .iter()
        .map(|o| OtherView {
            name: o.name.clone(),
            points: super::points(ctx.locale, o.points_milli),
            marks: o
                .marks
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(" · "),
            comment: o.comment.clone(),
        })
        .collect();
    html_status(
        status,
        &ReviewPage {
            page: Page::titled(ctx, v.title.clone()),
            id: id.to_owned(),
            application: v.application_id.clone(),
            reference: v.reference.clone(),
            name: v.name.clone(),
            project: v.title.clone(),
            state: state_name,
            open: v.open,
            facts,
            summary,
            summary_lang,
            lines,
            criteria,
            comment: typed
                .map(|t| t.comment.clone())
                .or_else(|| review.map(|r| r.row.comment.clone()))
                .unwrap_or_default(),
            points,
            others,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeclareBody {
    conflict: String,
    confirmed: Option<String>,
}

/// Declares no conflict (at once) or a conflict (after the confirmation: it is final).
pub async fn declare(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, application)): Path<(String, String)>,
    Form(f): Form<DeclareBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&application)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let conflict = match f.conflict.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::Invalid(Invalid::new(
                "conflict",
                "award-error-declaration",
            )));
        }
    };
    if conflict && !confirm::confirmed(f.confirmed.as_deref()) {
        let v = app::awards::review(&state.db, &who, &id, &application).await?;
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("award-conflict-question"),
                lines: vec![format!("{} — {}", v.reference, v.title), v.name.clone()],
                warnings: vec![tr.t("award-conflict-warning")],
                action: format!("/grant-calls/{id}/panel/{application}/declare"),
                hidden: vec![("conflict".into(), "yes".into())],
                reason: None,
                confirm: tr.t("award-action-conflict"),
                cancel: format!("/grant-calls/{id}/panel/{application}"),
                danger: true,
                name: "declare-conflict",
            },
        );
    }
    app::awards::declare(&state.db, &*state.clock, &who, &id, &application, conflict).await?;
    if conflict {
        Ok(back(
            &format!("/grant-calls/{id}/panel"),
            "flash-award-conflict",
        ))
    } else {
        Ok(back(
            &format!("/grant-calls/{id}/panel/{application}#score"),
            "flash-award-declared",
        ))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ScoreBody {
    #[serde(rename = "mark-0")]
    m0: String,
    #[serde(rename = "mark-1")]
    m1: String,
    #[serde(rename = "mark-2")]
    m2: String,
    #[serde(rename = "mark-3")]
    m3: String,
    #[serde(rename = "mark-4")]
    m4: String,
    #[serde(rename = "mark-5")]
    m5: String,
    #[serde(rename = "mark-6")]
    m6: String,
    #[serde(rename = "mark-7")]
    m7: String,
    #[serde(rename = "mark-8")]
    m8: String,
    #[serde(rename = "mark-9")]
    m9: String,
    comment: String,
    action: String,
    confirmed: Option<String>,
}

impl ScoreBody {
    fn mark(&self, i: usize) -> &str {
        [
            &self.m0, &self.m1, &self.m2, &self.m3, &self.m4, &self.m5, &self.m6, &self.m7,
            &self.m8, &self.m9,
        ]
        .get(i)
        .map_or("", |s| s.as_str())
    }

    fn input(&self, criteria: usize) -> app::awards::ScoreInput {
        app::awards::ScoreInput {
            marks: (0..criteria).map(|i| self.mark(i).to_owned()).collect(),
            comment: self.comment.clone(),
            submit: self.action == "submit",
        }
    }
}

/// Saves the score as a draft, or submits it after the confirmation (it will not change).
pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, application)): Path<(String, String)>,
    Form(f): Form<ScoreBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&application)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let v = app::awards::review(&state.db, &who, &id, &application).await?;
    let input = f.input(v.call.criteria.len());
    if input.submit && !confirm::confirmed(f.confirmed.as_deref()) {
        // Nothing is asked to confirm until the marks hold.
        let check = app::awards::check_score(v.call.criteria.len(), &input);
        if let Err(all) = check {
            let errors = all.all().to_vec();
            return render(
                &state,
                &ctx,
                &id,
                &application,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                Some(&f),
            )
            .await;
        }
        let mut hidden: Vec<(String, String)> = app::awards::MARK_FIELDS
            .iter()
            .take(v.call.criteria.len())
            .enumerate()
            .map(|(i, field)| ((*field).to_owned(), f.mark(i).to_owned()))
            .collect();
        hidden.push(("comment".into(), f.comment.clone()));
        hidden.push(("action".into(), "submit".into()));
        let lines = v
            .call
            .criteria
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{} ({} %): {}", c.label, c.weight, f.mark(i)))
            .collect();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("award-submit-question", "reference", &v.reference),
                lines,
                warnings: vec![tr.t("award-submit-warning")],
                action: format!("/grant-calls/{id}/panel/{application}/score"),
                hidden,
                reason: None,
                confirm: tr.t("award-action-submit"),
                cancel: format!("/grant-calls/{id}/panel/{application}#score"),
                danger: false,
                name: "submit-score",
            },
        );
    }
    let submit = input.submit;
    match app::awards::score(&state.db, &*state.clock, &who, &id, &application, input).await {
        Ok(()) if submit => Ok(back(
            &format!("/grant-calls/{id}/panel/{application}#others"),
            "flash-award-submitted",
        )),
        Ok(()) => Ok(back(
            &format!("/grant-calls/{id}/panel/{application}#score"),
            "flash-award-saved",
        )),
        Err(app::Error::Invalid(e)) => {
            render(
                &state,
                &ctx,
                &id,
                &application,
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![e],
                Some(&f),
            )
            .await
        }
        Err(app::Error::Form(all)) => {
            let errors = all.all().to_vec();
            render(
                &state,
                &ctx,
                &id,
                &application,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                Some(&f),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
