//! Open calls: the public pages where anyone reads a call and starts applying, and the
//! staff pages to list and publish calls with their eligibility rules.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Permission;
use domain::call::CallFields;
use domain::content::{Field, Kind};

use super::candidates::view::rule_lines;
use super::localized::{Localized, Versions, versions};
use super::view::Choice;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct CallRow {
    pub id: String,
    pub title: Localized,
    pub opens_on: String,
    pub closes_on: String,
    pub places: i64,
    pub open: bool,
    /// Languages still without a version (staff list only), and the note saying so.
    pub missing: usize,
    pub missing_note: Option<String>,
}

/// A call as a row, its title as `title` says (the reader's version or the original).
fn row_with(ctx: &Ctx, c: db::calls::Call, today: chrono::NaiveDate, title: Localized) -> CallRow {
    let tr = ctx.tr();
    CallRow {
        open: domain::call::is_open(c.opens_on, c.closes_on, today),
        opens_on: tr.date(&c.opens_on),
        closes_on: tr.date(&c.closes_on),
        id: c.id,
        title,
        places: c.places,
        missing: 0,
        missing_note: None,
    }
}

/// The rows of calls a candidate or the public reads: titles in the reader's language.
pub(super) fn public_rows(
    ctx: &Ctx,
    calls: Vec<db::calls::Call>,
    titles: &Versions,
    today: chrono::NaiveDate,
) -> Vec<CallRow> {
    let tr = ctx.tr();
    calls
        .into_iter()
        .map(|c| {
            let title = Localized::pick(&tr, titles, &c.id, Field::Title, &c.title, c.lang);
            row_with(ctx, c, today, title)
        })
        .collect()
}

/// The calls open on `today` and the reader's versions of their titles, in two queries.
pub(super) async fn open_calls(
    state: &AppState,
    ctx: &Ctx,
    today: chrono::NaiveDate,
) -> Result<Vec<CallRow>, AppError> {
    let lang = ctx.locale;
    let (calls, titles) = state
        .db
        .read(move |c| {
            let calls = db::calls::list_open(c, today)?;
            let titles = versions(c, Kind::Call, calls.iter().map(|x| x.id.clone()), lang)?;
            Ok((calls, titles))
        })
        .await?;
    Ok(public_rows(ctx, calls, &titles, today))
}

#[derive(Template)]
#[template(path = "calls/open_list.html")]
struct OpenListPage {
    page: Page,
    calls: Vec<CallRow>,
}

/// The calls open today, for anyone.
pub async fn open_list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let today = state.clock.today();
    let page = Page::for_everyone(&ctx, ctx.tr().t("calls-open-title"));
    let shared = page.shared;
    let list = OpenListPage {
        page,
        calls: open_calls(&state, &ctx, today).await?,
    };
    Ok(crate::public_pages::mark(html(&list)?, shared))
}

#[derive(Template)]
#[template(path = "calls/public.html")]
struct PublicPage {
    page: Page,
    call: CallRow,
    programme: String,
    description: Localized,
    criteria: Vec<Localized>,
    rules: Vec<String>,
}

/// One call, for anyone: what it offers, who may apply, how applications are assessed, and
/// the way in; its texts in the reader's language (or the original, marked).
pub async fn public(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let today = state.clock.today();
    let lang = ctx.locale;
    let (call, programme, criteria, texts, names) = state
        .db
        .read(move |c| {
            let call = db::calls::find_published(c, &id)?;
            let programme = db::calls::programme_name(c, &call)?;
            let criteria = db::selection::criteria(c, &call.id)?;
            let texts = versions(c, Kind::Call, [call.id.clone()], lang)?;
            let names = versions(
                c,
                Kind::Criterion,
                criteria.iter().map(|k| k.id.clone()),
                lang,
            )?;
            Ok((call, programme, criteria, texts, names))
        })
        .await?;
    let tr = ctx.tr();
    let rules = rule_lines(&tr, &call.rules());
    let (id, original) = (call.id.clone(), call.lang);
    let title = Localized::pick(&tr, &texts, &id, Field::Title, &call.title, original);
    let description = Localized::pick(
        &tr,
        &texts,
        &id,
        Field::Description,
        &call.description,
        original,
    );
    let page = Page::for_everyone(&ctx, title.text.clone());
    let shared = page.shared;
    let public = PublicPage {
        page,
        call: row_with(&ctx, call, today, title),
        programme,
        description,
        criteria: criteria
            .iter()
            .map(|k| Localized::pick(&tr, &names, &k.id, Field::Name, &k.name, original))
            .collect(),
        rules,
    };
    Ok(crate::public_pages::mark(html(&public)?, shared))
}

#[derive(Template)]
#[template(path = "calls/list.html")]
struct ListPage {
    page: Page,
    calls: Vec<CallRow>,
    can_manage: bool,
    can_match: bool,
    can_assess: bool,
}

/// The calls of the programmes the staff member reaches.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let today = state.clock.today();
    let (calls, missing) = state
        .db
        .read(move |c| {
            let calls = db::calls::list(c, &scope)?;
            let missing = app::content::missing_of_calls(c, &calls)?;
            Ok((calls, missing))
        })
        .await?;
    html(&ListPage {
        page: Page::new(&ctx, "calls-title"),
        // Staff read the originals; the count says how many languages still lack a version.
        calls: calls
            .into_iter()
            .map(|c| {
                let title = Localized::original(&c.title, c.lang);
                let n = missing.get(&c.id).copied().unwrap_or(0);
                CallRow {
                    missing: n,
                    missing_note: super::translations::missing_note(&ctx.tr(), n),
                    ..row_with(&ctx, c, today, title)
                }
            })
            .collect(),
        can_manage: a.actor.can(Permission::ManageCalls),
        can_match: a.actor.can(Permission::ManageMatching),
        can_assess: a.actor.can(Permission::AssessCandidates),
    })
}

#[derive(Template)]
#[template(path = "calls/form.html")]
struct FormPage {
    page: Page,
    f: CallFields,
    programmes: Vec<Choice>,
    languages: Vec<Choice>,
    levels: Vec<Choice>,
    /// The languages the original may be written in, the form's marked.
    originals: Vec<Choice>,
    error: Option<String>,
    invalid: &'static str,
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    f: CallFields,
    error: Option<&domain::Invalid>,
) -> Result<FormPage, AppError> {
    let scope = ctx.scope_for(Permission::ManageCalls)?;
    let programmes = state
        .db
        .read(move |c| db::programmes::list(c, &scope))
        .await?;
    Ok(FormPage {
        page: Page::new(ctx, "calls-new"),
        programmes: Choice::programmes(programmes, &f.programme_id),
        languages: language_choices(ctx, &f.rules.language),
        levels: level_choices(&f.rules.language_min),
        originals: super::translations::original_choices(&f.lang),
        f,
        error: error.map(|e| ctx.tr().t(e.key)),
        invalid: error.map_or("", |e| e.field),
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let f = CallFields {
        places: "40".into(),
        // Staff write in the language they work in, as a rule.
        lang: ctx.locale.tag().to_owned(),
        rules: domain::eligibility::RuleFields {
            residence_countries: "MA,TN".into(),
            qualification_within_months: "12".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    html(&form_page(&state, &ctx, f, None).await?)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CallFields>,
) -> Result<Response, AppError> {
    let draft = match f.parse(state.clock.today()) {
        Ok(d) => d,
        Err(e) => {
            let page = form_page(&state, &ctx, f, Some(&e)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let who = ctx.acting()?;
    match app::calls::create(&state.db, &*state.clock, &who, draft).await {
        Ok(call) => Ok(flash::redirect(
            &format!("/open-calls/{}", call.id),
            Flash::new("flash-call-created"),
        )),
        Err(app::Error::Invalid(e)) => {
            let page = form_page(&state, &ctx, f, Some(&e)).await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}

/// The languages of the form, selected one marked.
pub fn language_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    domain::candidate::LANGUAGES
        .into_iter()
        .map(|l| Choice {
            value: l.to_owned(),
            label: super::candidates::view::language_name(&ctx.tr(), l),
            selected: l == selected,
        })
        .collect()
}

/// CEFR levels A1–C2, selected one marked.
pub fn level_choices(selected: &str) -> Vec<Choice> {
    domain::cefr::Cefr::ALL
        .into_iter()
        .map(|c| Choice {
            value: c.as_str().to_owned(),
            label: c.as_str().to_owned(),
            selected: c.as_str() == selected,
        })
        .collect()
}
