//! Screening applications (staff): the list with search, filters, sort and pages; one
//! application with its eligibility, the override and status forms, the timeline, and the
//! passport number revealed on request (audited). Evaluators see no names or contacts.

pub mod esco;
pub mod view;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::candidate::Status;
use domain::fieldcrypt::Place;
use domain::ids::CandidateId;
use domain::permission::Scope;
use domain::{Country, Permission};
use serde::Deserialize;

use super::see_other;
use super::view::Choice;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
pub use app::candidate_search::ListQuery;
use view::{
    OutcomeLine, TimelineLine, country_name, italian_label, outcome_lines, status_label, timeline,
};

const PER_PAGE: i64 = 25;

pub struct Row {
    pub id: String,
    pub name: String,
    pub name_ar: Option<String>,
    pub country: String,
    pub italian: &'static str,
    pub status: String,
    /// The decision staged and not yet published (value, label).
    pub staged: Option<(&'static str, String)>,
    pub submitted: String,
}

#[derive(Template)]
#[template(path = "candidates/list.html")]
struct ListPage {
    page: Page,
    q: ListQuery,
    rows: Vec<Row>,
    total: i64,
    calls: Vec<Choice>,
    statuses: Vec<Choice>,
    staged: Vec<Choice>,
    countries: Vec<Choice>,
    nationalities: Vec<Choice>,
    territories: Vec<Choice>,
    languages: Vec<Choice>,
    levels: Vec<Choice>,
    sorts: Vec<Choice>,
    prev: Option<String>,
    next: Option<String>,
    page_of: String,
    /// The filters as a query string, for the export links and saving the search.
    query: String,
    can_import: bool,
    imported: Option<String>,
    /// Whether the reader sees names (and so may search by them).
    identity: bool,
}

/// Who reads the candidate list (on the page or exported) and what they may see.
pub(crate) struct ListReader {
    /// The applications in their reach.
    pub scope: Scope,
    /// The programmes whose calls and territories name the filters and columns.
    pub programmes: Scope,
    /// Whether names and contacts show (evaluators see neither).
    pub identity: bool,
    pub actor_id: String,
}

impl ListReader {
    pub(crate) fn of(ctx: &Ctx) -> Result<Self, AppError> {
        let a = ctx.authed()?;
        let scope = a.scope_for(Permission::ViewCandidates)?;
        let programmes = a.scope_for(Permission::ViewProgrammes)?;
        Ok(ListReader {
            scope,
            programmes,
            identity: a.actor.sees_candidate_identity(),
            actor_id: a.user.id.clone(),
        })
    }
}

/// A label for a candidate whose name the reader may not see.
pub(crate) fn anonymous(ctx: &Ctx, id: &str) -> String {
    ctx.tr()
        .t1("candidate-anonymous", "ref", domain::ids::short_ref(id))
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let reader = ListReader::of(&ctx)?;
    let identity = reader.identity;
    // Blind review: no name search and no name order, neither offered nor echoed back.
    let q = if identity { q } else { q.without_identity() };
    let mut filter = q.filter(PER_PAGE);
    if !identity {
        filter = filter.without_identity();
    }
    let ((rows, total), calls, territories, staged) = state
        .db
        .read(move |c| {
            let (rows, total) = db::candidates::list(c, &reader.scope, &reader.actor_id, &filter)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            let staged = db::decisions::staged_of_many(c, &ids)?;
            Ok((
                (rows, total),
                db::calls::list(c, &reader.programmes)?,
                db::territories::list(c, &reader.programmes, None)?,
                staged,
            ))
        })
        .await?;
    let tr = ctx.tr();
    let page_no = q.page.unwrap_or(1).max(1);
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let choice = |value: &str, label: String, selected: &str| Choice {
        value: value.to_owned(),
        label,
        selected: value == selected,
    };
    html(&ListPage {
        page: Page::new(&ctx, "candidates-title"),
        rows: rows
            .into_iter()
            .map(|c| Row {
                name: if identity {
                    format!("{} {}", c.family_name, c.given_names)
                } else {
                    anonymous(&ctx, &c.id)
                },
                name_ar: if identity {
                    Some(format!(
                        "{} {}",
                        c.family_name_ar.clone().unwrap_or_default(),
                        c.given_names_ar.clone().unwrap_or_default()
                    ))
                    .filter(|n| !n.trim().is_empty())
                } else {
                    None
                },
                country: country_name(&tr, c.residence_country.as_ref().map_or("", |c| c.as_str())),
                italian: italian_label(c.italian_rank),
                status: status_label(&tr, c.status.as_str()),
                staged: staged
                    .get(&c.id)
                    .map(|s| (s.decision.as_str(), status_label(&tr, s.decision.as_str()))),
                submitted: c
                    .submitted_at
                    .map(|t| tr.date(&t.date()))
                    .unwrap_or_default(),
                id: c.id,
            })
            .collect(),
        total,
        calls: calls
            .into_iter()
            .map(|c| choice(&c.id, c.title, &q.call))
            .collect(),
        statuses: Status::ALL
            .into_iter()
            .filter(|s| !matches!(s, Status::Draft | Status::Merged))
            .map(|s| choice(s.as_str(), status_label(&tr, s.as_str()), &q.status))
            .collect(),
        staged: std::iter::once(choice("any", tr.t("decisions-filter-any"), &q.staged))
            .chain(
                domain::decision::DECISIONS
                    .into_iter()
                    .map(|s| choice(s.as_str(), status_label(&tr, s.as_str()), &q.staged)),
            )
            .collect(),
        countries: ["MA", "TN"]
            .into_iter()
            .map(|c| choice(c, country_name(&tr, c), &q.country))
            .collect(),
        nationalities: ["DZ", "EG", "LY", "MA", "TN"]
            .into_iter()
            .map(|c| choice(c, country_name(&tr, c), &q.nationality))
            .collect(),
        territories: territories
            .iter()
            .filter(|t| t.country != Country::IT)
            .map(|t| choice(&t.id, t.name.clone(), &q.territory))
            .collect(),
        languages: domain::candidate::LANGUAGES
            .into_iter()
            .map(|l| choice(l, view::language_name(&tr, l), &q.language))
            .collect(),
        levels: super::calls::level_choices(&q.level),
        sorts: ["name", "submitted", "italian"]
            .into_iter()
            .filter(|s| identity || *s != "name")
            .map(|s| {
                choice(
                    s,
                    tr.t(&format!("sort-{s}")),
                    db::candidates::Sort::parse(&q.sort).as_str(),
                )
            })
            .collect(),
        prev: (page_no > 1).then(|| q.with_page(page_no - 1)),
        next: (page_no < pages).then(|| q.with_page(page_no + 1)),
        page_of: tr.t_with(
            "page-of",
            &[
                ("page", i18n::FluentArg::Num(page_no)),
                ("pages", i18n::FluentArg::Num(pages)),
            ],
        ),
        query: q.query_string(),
        can_import: granted.authed.actor.can(Permission::ScreenCandidates),
        identity,
        imported: q.imported.map(|n| tr.tn("lists-imported", "count", n)),
        q,
    })
}

pub struct Fact {
    pub label: String,
    pub value: String,
    pub ltr: bool,
}

#[derive(Template)]
#[template(path = "candidates/show.html")]
pub(crate) struct ShowPage {
    page: Page,
    id: String,
    title: String,
    status: String,
    call: String,
    identity: Vec<Fact>,
    profile: Vec<Fact>,
    outcomes: Vec<OutcomeLine>,
    eligible: bool,
    override_reason: Option<String>,
    /// An override's reason exists but is hidden for blind review.
    override_hidden: bool,
    next: Vec<Choice>,
    timeline: Vec<TimelineLine>,
    has_passport: bool,
    passport: Option<String>,
    duplicates: i64,
    can_screen: bool,
    can_read_passport: bool,
    selection: super::selection::Section,
    error: Option<String>,
    invalid: &'static str,
    documents: super::documents::Section,
    esco: esco::Section,
    decision: super::decisions::Section,
    /// The candidate became a participant whose page the reader reaches (issue 14).
    participant_page: bool,
}

pub(crate) async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    passport: Option<String>,
    error: Option<&domain::Invalid>,
) -> Result<ShowPage, AppError> {
    let a = ctx.authed()?;
    let scope = a.scope_for(Permission::ViewCandidates)?;
    // This is the staff page (notes, scores, other records' references): a candidate
    // follows their own application on `/applications/{id}` instead.
    if matches!(scope, Scope::OwnAccount) {
        return Err(AppError::NotFound);
    }
    let identity_visible = a.actor.sees_candidate_identity();
    let actor_id = a.user.id.clone();
    let lang = ctx.locale;
    let case_scope = a.actor.scope(Permission::ViewCases);
    let (c, p, events, call, duplicates, selection, chosen, staged, participant_page) = state
        .db
        .read(move |conn| {
            let c = db::candidates::find(conn, &scope, &actor_id, &id)?;
            let participant_page = match &case_scope {
                Some(s) => db::outcomes::case_of_participant(conn, s, &actor_id, &c.id)?.is_some(),
                None => false,
            };
            let p = db::candidates::profile(conn, &c)?;
            let events = db::candidates::events(conn, &c)?;
            let call = db::calls::find_published(conn, &c.call_id)?;
            let duplicates = db::candidates::same_passport(conn, &c)?;
            let selection = super::selection::load(conn, &c)?;
            let chosen = esco::load(conn, &c.id, lang)?;
            let staged = db::decisions::staged_of(conn, &c.id)?;
            Ok((
                c,
                p,
                events,
                call,
                duplicates,
                selection,
                chosen,
                staged,
                participant_page,
            ))
        })
        .await?;
    let tr = ctx.tr();
    let fact = |key: &str, value: String, ltr: bool| Fact {
        label: tr.t(key),
        value,
        ltr,
    };
    let mut identity = Vec::new();
    if identity_visible {
        identity.push(fact("field-family-name", c.family_name.clone(), true));
        identity.push(fact("field-given-names", c.given_names.clone(), true));
        if let Some(n) = &c.family_name_ar {
            identity.push(fact("field-family-name-ar", n.clone(), false));
        }
        if let Some(n) = &c.given_names_ar {
            identity.push(fact("field-given-names-ar", n.clone(), false));
        }
        if let Some(b) = c.birth_date {
            identity.push(fact("field-birth-date", tr.date(&b), true));
        }
        identity.push(fact("field-sex", tr.t(&format!("sex-{}", c.sex)), false));
        identity.push(fact("field-email", c.email.clone(), true));
        identity.push(fact("field-phone", c.phone.clone(), true));
        if let Some(w) = &c.whatsapp {
            identity.push(fact("field-whatsapp", w.clone(), true));
        }
    }
    identity.push(fact(
        "field-nationality",
        country_name(&tr, c.nationality.as_ref().map_or("", |c| c.as_str())),
        false,
    ));
    identity.push(fact(
        "field-residence-country",
        country_name(&tr, c.residence_country.as_ref().map_or("", |c| c.as_str())),
        false,
    ));
    let mut profile = Vec::new();
    if let Some(p) = &p {
        if let Some(l) = p.isced_level {
            profile.push(fact(
                "field-isced-level",
                tr.t(&format!("isced-{l}")),
                false,
            ));
        }
        profile.push(fact(
            "field-qualification-title",
            p.qualification_title.clone(),
            false,
        ));
        profile.push(fact(
            "field-field-of-study",
            p.field_of_study.clone(),
            false,
        ));
        if let Some(d) = p.qualification_date {
            profile.push(fact("field-qualification-date", tr.date(&d), false));
        }
        let langs = p.languages();
        for l in domain::candidate::LANGUAGES {
            let skills = langs.skills(l);
            if skills.iter().any(Option::is_some) {
                let v: Vec<&str> = skills
                    .iter()
                    .map(|s| s.map_or("—", |c| c.as_str()))
                    .collect();
                profile.push(Fact {
                    label: view::language_name(&tr, l),
                    value: v.join(" / "),
                    ltr: true,
                });
            }
        }
        profile.push(fact("field-experience", p.experience.clone(), false));
        profile.push(fact("field-sectors", p.sectors.clone(), false));
        profile.push(fact("field-cities", p.cities.clone(), false));
        if let Some(d) = p.available_from {
            profile.push(fact("field-available-from", tr.date(&d), false));
        }
    }
    profile.retain(|f| !f.value.is_empty());
    let documents = super::documents::section(state, ctx, &c).await?;
    let status = c.status;
    Ok(ShowPage {
        page: Page::new(ctx, "candidate-title"),
        title: if identity_visible {
            format!("{} {}", c.family_name, c.given_names)
        } else {
            anonymous(ctx, &c.id)
        },
        status: status_label(&tr, c.status.as_str()),
        call: call.title,
        identity,
        profile,
        outcomes: outcome_lines(&tr, &c.outcomes()),
        eligible: c.eligible,
        // Blind review: reasons are free text by staff and may name the candidate.
        override_reason: c.override_reason.clone().filter(|_| identity_visible),
        override_hidden: !identity_visible && c.override_reason.is_some(),
        // Decisions are staged in their own form (`decisions::Section`), never set here.
        next: status
            .next()
            .iter()
            .filter(|s| !domain::decision::is_decision(**s))
            .map(|s| Choice {
                value: s.as_str().to_owned(),
                label: status_label(&tr, s.as_str()),
                selected: false,
            })
            .collect(),
        timeline: timeline(&tr, &events, identity_visible),
        has_passport: c.passport_sealed.is_some(),
        passport,
        duplicates,
        can_screen: a.actor.can(Permission::ScreenCandidates) && status != Status::Draft,
        can_read_passport: a.actor.can(Permission::ReadPassport),
        selection: super::selection::section(&tr, &a.actor, &a.user.id, &c, selection),
        error: error.map(|e| tr.t(e.key)),
        invalid: error.map_or("", |e| e.field),
        documents,
        esco: esco::Section::new(
            &tr,
            &chosen,
            a.actor.can(Permission::ScreenCandidates),
            status != Status::Draft,
        ),
        decision: super::decisions::Section::new(&tr, &a.actor, status, staged.as_ref()),
        participant_page,
        id: c.id,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    html(&show_page(&state, &ctx, id, None, None).await?)
}

/// The application's page again with the reason a form was refused (422).
pub(crate) async fn refused(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    e: &domain::Invalid,
) -> Result<Response, AppError> {
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &show_page(state, ctx, id, None, Some(e)).await?,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    status: String,
    reason: String,
}

pub async fn change_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<StatusForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let refused = match Status::parse(&f.status) {
        Err(e) => Err(e),
        Ok(to) => {
            let target = CandidateId::new(id.clone());
            form_refusal(
                app::candidates::set_status(&state.db, &*state.clock, &who, &target, to, &f.reason)
                    .await,
            )?
        }
    };
    match refused {
        Ok(()) => Ok(see_other(&format!("/candidates/{id}"))),
        Err(e) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &show_page(&state, &ctx, id, None, Some(&e)).await?,
        ),
    }
}

/// A use case's answer to a form on the application's page: refused input (shown on the
/// page) apart from any other failure (the error page).
pub(crate) fn form_refusal<T>(
    r: app::AppResult<T>,
) -> Result<Result<T, domain::Invalid>, AppError> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(app::Error::Invalid(e)) => Ok(Err(e)),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OverrideForm {
    justification: String,
}

pub async fn override_eligibility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<OverrideForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    let r = app::candidates::override_eligibility(
        &state.db,
        &*state.clock,
        &who,
        &target,
        &f.justification,
    )
    .await;
    match form_refusal(r)? {
        Ok(()) => Ok(see_other(&format!("/candidates/{id}"))),
        Err(e) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &show_page(&state, &ctx, id, None, Some(&e)).await?,
        ),
    }
}

/// Opens a candidate's passport number for the reader, writing `candidate.passport.read`.
pub async fn open_passport(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
) -> Result<Option<String>, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id);
    let sealed = app::candidates::read_passport(&state.db, &*state.clock, &who, &target).await?;
    let Some(sealed) = sealed else {
        return Ok(None);
    };
    let place = Place {
        table: "candidates",
        column: "passport",
        row: id,
    };
    state
        .field_keys
        .open(&place, &sealed)
        .map(Some)
        .map_err(|e| AppError::Internal(format!("passport of {id}: {e}")))
}

/// Shows the passport number on the application's page (a POST: it is an audited act).
pub async fn reveal_passport(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let number = open_passport(&state, &ctx, &id).await?;
    html(&show_page(&state, &ctx, id, number, None).await?)
}
