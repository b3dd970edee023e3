//! The application form in four steps. Each step is a plain form: POST saves it and goes to
//! the next, so nothing typed is lost on a slow line and no JavaScript is needed. A step
//! with a mistake comes back (422) with the message, the typed values and the field marked.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::candidate::{EducationFields, LANGUAGES, PreferenceFields, SKILLS, Status};
use domain::ids::CandidateId;
use domain::permission::Scope;
use serde::Deserialize;

use super::super::calls::level_choices;
use super::super::candidates::esco::{self as esco_section, EscoFields, FreeShown};
use super::super::candidates::view::language_name;
use super::super::see_other;
use super::super::view::Choice;
use crate::flash::{self, Flash};
use crate::pages::form_errors::{self, FormErrors};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

/// The steps in order: (path segment, title key).
pub const STEPS: [(&str, &str); 4] = [
    ("identity", "step-identity"),
    ("education", "step-education"),
    ("preferences", "step-preferences"),
    ("consent", "step-consent"),
];

pub struct StepLink {
    pub href: String,
    pub label: String,
    pub current: bool,
    pub done: bool,
}

pub(super) fn step_links(ctx: &Ctx, id: &str, current: usize, done: i64) -> Vec<StepLink> {
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (seg, key))| StepLink {
            href: format!("/applications/{id}/{seg}"),
            label: ctx.tr().t(key),
            current: i == current,
            done: i64::try_from(i).unwrap_or(0) < done,
        })
        .collect()
}

/// The signed-in person's own application while it is a draft.
pub(super) struct Draft {
    pub(super) c: db::candidates::Candidate,
    pub(super) profile: Option<db::candidates::Profile>,
    pub(super) territories: Vec<db::territories::Territory>,
    pub(super) esco: esco_section::Saved,
}

pub(super) async fn load(
    state: &AppState,
    ctx: &Ctx,
    id: String,
) -> Result<Result<Draft, Response>, AppError> {
    let user_id = ctx.authed()?.user.id.clone();
    let lang = ctx.locale;
    let d = state
        .db
        .read(move |conn| {
            let c = db::candidates::find(conn, &Scope::OwnAccount, &user_id, &id)?;
            let profile = db::candidates::profile(conn, &c)?;
            // An application to a call no longer published is not shown.
            db::calls::find_published(conn, &c.call_id)?;
            let territories = db::territories::list(
                conn,
                &Scope::Programmes(vec![c.programme_id.clone()]),
                Some(&c.programme_id),
            )?;
            let esco = esco_section::load(conn, &c.id, lang)?;
            Ok(Draft {
                c,
                profile,
                territories,
                esco,
            })
        })
        .await?;
    if d.c.status != Status::Draft {
        return Ok(Err(see_other(&format!("/applications/{}", d.c.id))));
    }
    Ok(Ok(d))
}

fn error_parts(ctx: &Ctx, e: Option<&Invalid>) -> (Option<String>, &'static str) {
    (e.map(|e| ctx.tr().t(e.key)), e.map_or("", |e| e.field))
}

/// What a step's use case refused as the step's message (shown with the form), apart from
/// any other failure (the error page).
fn refusal(r: app::AppResult<()>) -> Result<Option<Invalid>, AppError> {
    match r {
        Ok(()) => Ok(None),
        Err(app::Error::Invalid(e)) => Ok(Some(e)),
        Err(e) => Err(e.into()),
    }
}

// ----- step 2: education and languages ------------------------------------------------------

pub struct LanguageRow {
    pub name: String,
    pub skills: Vec<SkillCell>,
}

pub struct SkillCell {
    pub name: String,
    pub label: String,
    pub levels: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "apply/education.html")]
struct EducationPage {
    page: Page,
    id: String,
    steps: Vec<StepLink>,
    f: EducationFields,
    isced: Vec<Choice>,
    languages: Vec<LanguageRow>,
    esco_occupations: String,
    esco_skills: String,
    /// What was kept in the candidate's own words (not found in ESCO), and the hint saying
    /// how many and how long they may be.
    free: Vec<FreeShown>,
    own_words_hint: String,
    errors: FormErrors,
    /// The ESCO list at fault, for the fields shared with the staff page.
    invalid: &'static str,
}

/// Step 2 as posted: education and languages, and the ESCO occupations and skills.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EducationForm {
    #[serde(flatten)]
    f: EducationFields,
    #[serde(flatten)]
    esco: EscoFields,
}

fn education_page(
    ctx: &Ctx,
    d: &Draft,
    f: EducationFields,
    esco: Option<EscoFields>,
    refused: &[Invalid],
) -> EducationPage {
    let invalid = refused
        .iter()
        .map(|e| e.field)
        .find(|f| f.starts_with("esco_"))
        .unwrap_or("");
    let esco = esco.unwrap_or_else(|| EscoFields::with_free(&d.esco.chosen, &d.esco.free));
    let tr = ctx.tr();
    EducationPage {
        page: Page::new(ctx, "step-education"),
        id: d.c.id.clone(),
        steps: step_links(ctx, &d.c.id, 1, d.c.step),
        isced: (0..=8)
            .map(|l: i64| Choice {
                value: l.to_string(),
                label: tr.t(&format!("isced-{l}")),
                selected: f.isced_level == l.to_string(),
            })
            .collect(),
        languages: LANGUAGES
            .into_iter()
            .map(|l| LanguageRow {
                name: language_name(&tr, l),
                skills: SKILLS
                    .into_iter()
                    .map(|s| SkillCell {
                        name: format!("{l}_{s}"),
                        label: format!(
                            "{} — {}",
                            language_name(&tr, l),
                            tr.t(&format!("skill-{s}"))
                        ),
                        levels: level_choices(f.skill(l, s)),
                    })
                    .collect(),
            })
            .collect(),
        esco_occupations: esco.esco_occupations,
        esco_skills: esco.esco_skills,
        free: FreeShown::all(&tr, &d.esco),
        own_words_hint: own_words_hint(&tr),
        f,
        errors: FormErrors::new(ctx, refused),
        invalid,
    }
}

fn own_words_hint(tr: &i18n::Tr) -> String {
    use domain::free_skills::{MAX_CHARS, MAX_ITEMS};
    use i18n::FluentArg::Num;
    let n = |v: usize| Num(i64::try_from(v).unwrap_or(i64::MAX));
    tr.t_with(
        "skills-hint-own-words",
        &[("items", n(MAX_ITEMS)), ("chars", n(MAX_CHARS))],
    )
}

pub async fn education_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let f = match &d.profile {
        Some(p) => EducationFields {
            isced_level: p.isced_level.map(|l| l.to_string()).unwrap_or_default(),
            field_of_study: p.field_of_study.clone(),
            qualification_title: p.qualification_title.clone(),
            qualification_date: p
                .qualification_date
                .map(|q| q.to_string())
                .unwrap_or_default(),
            ..Default::default()
        }
        .with_languages(&p.languages()),
        None => EducationFields::default(),
    };
    html(&education_page(&ctx, &d, f, None, &[]))
}

pub async fn education_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<EducationForm>,
) -> Result<Response, AppError> {
    let EducationForm { f, esco } = form;
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let who = ctx.acting()?;
    let cid = CandidateId::new(d.c.id.clone());
    let r = app::applications::save_education(
        &state.db,
        &*state.clock,
        &who,
        &cid,
        &f,
        esco.labels(ctx.locale),
    )
    .await;
    let refused = form_errors::refused(r)?;
    if !refused.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &education_page(&ctx, &d, f, Some(esco), &refused),
        );
    }
    Ok(flash::redirect(
        &format!("/applications/{}/preferences", d.c.id),
        Flash::new("flash-step-saved"),
    ))
}

// ----- step 3: experience and preferences ---------------------------------------------------

#[derive(Template)]
#[template(path = "apply/preferences.html")]
struct PreferencesPage {
    page: Page,
    id: String,
    steps: Vec<StepLink>,
    f: PreferenceFields,
    error: Option<String>,
    invalid: &'static str,
}

fn preferences_page(
    ctx: &Ctx,
    d: &Draft,
    f: PreferenceFields,
    e: Option<&Invalid>,
) -> PreferencesPage {
    let (error, invalid) = error_parts(ctx, e);
    PreferencesPage {
        page: Page::new(ctx, "step-preferences"),
        id: d.c.id.clone(),
        steps: step_links(ctx, &d.c.id, 2, d.c.step),
        f,
        error,
        invalid,
    }
}

pub async fn preferences_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let f = match &d.profile {
        Some(p) => PreferenceFields {
            experience: p.experience.clone(),
            sectors: p.sectors.clone(),
            cities: p.cities.clone(),
            available_from: p.available_from.map(|a| a.to_string()).unwrap_or_default(),
        },
        None => PreferenceFields::default(),
    };
    html(&preferences_page(&ctx, &d, f, None))
}

pub async fn preferences_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<PreferenceFields>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let who = ctx.acting()?;
    let cid = CandidateId::new(d.c.id.clone());
    let r = app::applications::save_preferences(&state.db, &*state.clock, &who, &cid, &f).await;
    if let Some(e) = refusal(r)? {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &preferences_page(&ctx, &d, f, Some(&e)),
        );
    }
    Ok(flash::redirect(
        &format!("/applications/{}/consent", d.c.id),
        Flash::new("flash-step-saved"),
    ))
}

// ----- step 4: consent and submission -------------------------------------------------------

#[derive(Template)]
#[template(path = "apply/consent.html")]
struct ConsentPage {
    page: Page,
    id: String,
    steps: Vec<StepLink>,
    complete: bool,
    error: Option<String>,
}

fn consent_page(ctx: &Ctx, d: &Draft, error: Option<&str>) -> ConsentPage {
    ConsentPage {
        page: Page::new(ctx, "step-consent"),
        id: d.c.id.clone(),
        steps: step_links(ctx, &d.c.id, 3, d.c.step),
        complete: d.c.step >= 3,
        error: error.map(|k| ctx.tr().t(k)),
    }
}

pub async fn consent_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    html(&consent_page(&ctx, &d, None))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConsentForm {
    consent: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<ConsentForm>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let who = ctx.acting()?;
    let cid = CandidateId::new(d.c.id.clone());
    let r =
        app::applications::submit(&state.db, &*state.clock, &who, &cid, f.consent == "yes").await;
    if let Some(e) = refusal(r)? {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &consent_page(&ctx, &d, Some(e.key)),
        );
    }
    Ok(flash::redirect(
        &format!("/applications/{}", d.c.id),
        Flash::new("flash-application-sent"),
    ))
}
