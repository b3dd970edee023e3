//! Procedures as data, on pages: the stored templates (each version, read-only, rendered
//! from its file: steps, transitions and who makes them, documents, fields, deadline
//! rules), the import of an adapted template (every mistake with its line), and the
//! holidays deadlines are counted with, per year and place.

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Datelike;
use db::cases::{Holiday, StoredTemplate};
use domain::Permission;
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "procedures/list.html")]
struct ListPage {
    page: Page,
    templates: Vec<StoredTemplate>,
    may_manage: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let templates = app::cases::procedures::list(&state.db, &who).await?;
    html(&ListPage {
        page: Page::new(&ctx, "procedures-title"),
        may_manage: who.actor.can(Permission::ManageProcedures),
        templates,
    })
}

/// A step as the page shows it: names translated where the catalogue knows them (a
/// template's own steps may be new words: shown as written).
struct StepLine {
    id: String,
    name: String,
    actor: String,
    documents: Vec<String>,
    fields: Vec<String>,
    end: bool,
}

struct TransitionLine {
    from: String,
    to: String,
    roles: Vec<String>,
    complete: bool,
}

struct RuleLine {
    name: String,
    anchor: String,
    offset: String,
    roll_forward: bool,
    during: Vec<String>,
    who: String,
}

#[derive(Template)]
#[template(path = "procedures/show.html")]
struct ShowPage {
    page: Page,
    stored: StoredTemplate,
    region: String,
    duration: Option<String>,
    steps: Vec<StepLine>,
    transitions: Vec<TransitionLine>,
    rules: Vec<RuleLine>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let (stored, t) = app::cases::procedures::show(&state.db, &who, &id).await?;
    let tr = ctx.tr();
    use super::cases::words;
    let step = |s: &str| words::step(&tr, s);
    let role = |r: &str| words::role(&tr, r);
    let document = |d: &str| words::document(&tr, d);
    let field = |f: &str| words::field(&tr, f);
    let steps = t
        .steps
        .iter()
        .map(|s| StepLine {
            id: s.id.get_ref().clone(),
            name: step(s.id.get_ref()),
            actor: s
                .actor
                .as_ref()
                .map(|a| role(a.get_ref()))
                .unwrap_or_default(),
            documents: s.documents.iter().map(|d| document(d.get_ref())).collect(),
            fields: s.fields.iter().map(|f| field(f)).collect(),
            end: s.end,
        })
        .collect();
    let transitions = t
        .transitions
        .iter()
        .map(|x| TransitionLine {
            from: step(x.from.get_ref()),
            to: step(x.to.get_ref()),
            roles: x.roles.iter().map(|r| role(r.get_ref())).collect(),
            complete: x.complete,
        })
        .collect();
    let rules = t
        .deadlines
        .iter()
        .map(|d| RuleLine {
            name: words::rule(&tr, d.id.get_ref()),
            anchor: step(d.anchor.get_ref()),
            offset: tr.tn(unit_key(d.unit), "count", d.offset),
            roll_forward: d.roll_forward,
            during: d.during.iter().map(|s| step(s.get_ref())).collect(),
            who: role(d.who.get_ref()),
        })
        .collect();
    let duration = t.duration.as_ref().map(|d| {
        tr.t_with(
            "procedures-duration",
            &[
                ("min", i18n::FluentArg::Num(d.minimum_months)),
                ("max", i18n::FluentArg::Num(d.maximum_months)),
            ],
        )
    });
    html(&ShowPage {
        page: Page::titled(&ctx, stored.name.clone()),
        region: t.region.clone(),
        duration,
        steps,
        transitions,
        rules,
        stored,
    })
}

fn unit_key(u: domain::deadline::Unit) -> &'static str {
    use domain::deadline::Unit;
    match u {
        Unit::CalendarDays => "procedures-unit-calendar-days",
        Unit::WorkingDays => "procedures-unit-working-days",
        Unit::Months => "procedures-unit-months",
        Unit::Hours => "procedures-unit-hours",
    }
}

/// One mistake of a refused import, with its line (0: the file as a whole).
struct Mistake {
    line: usize,
    key: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "procedures/import.html")]
struct ImportPage {
    page: Page,
    action: String,
    mistakes: Vec<Mistake>,
}

fn import_page(ctx: &Ctx, mistakes: Vec<Mistake>) -> ImportPage {
    ImportPage {
        page: Page::new(ctx, "procedures-import-title"),
        action: format!("/procedures/import?csrf={}", crate::csrf::masked(&ctx.csrf)),
        mistakes,
    }
}

pub async fn import_form(ctx: Ctx) -> Result<Response, AppError> {
    html(&import_page(&ctx, Vec::new()))
}

/// Reads the uploaded file and imports it; the page comes back (422) with every mistake.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let refused = |keys: Vec<Mistake>| {
        html_status(StatusCode::UNPROCESSABLE_ENTITY, &import_page(&ctx, keys))
    };
    let mut source: Option<Vec<u8>> = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            match field.bytes().await {
                Ok(b) => source = Some(b.to_vec()),
                Err(_) => {
                    return refused(vec![Mistake {
                        line: 0,
                        key: "procedure-error-too-large",
                        message: tr.t("procedure-error-too-large"),
                    }]);
                }
            }
        }
    }
    let Some(bytes) = source.filter(|b| !b.is_empty()) else {
        return refused(vec![Mistake {
            line: 0,
            key: "error-import-no-file",
            message: tr.t("error-import-no-file"),
        }]);
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return refused(vec![Mistake {
            line: 0,
            key: "procedures-error-not-text",
            message: tr.t("procedures-error-not-text"),
        }]);
    };
    let who = ctx.acting()?;
    match app::cases::procedures::import(&state.db, &*state.clock, &who, &text).await {
        Ok(stored) => Ok(flash::redirect(
            &format!("/procedures/{}", stored.id),
            Flash::new("flash-procedure-imported"),
        )),
        Err(app::cases::procedures::ImportError::Invalid(errors)) => refused(
            errors
                .into_iter()
                .map(|e| Mistake {
                    line: e.line,
                    key: e.key,
                    message: tr.t1(e.key, "subject", &e.subject),
                })
                .collect(),
        ),
        Err(app::cases::procedures::ImportError::App(app::Error::Conflict(c))) => {
            refused(vec![Mistake {
                line: 0,
                key: c.key(),
                message: tr.t(c.key()),
            }])
        }
        Err(app::cases::procedures::ImportError::App(e)) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct YearQuery {
    year: Option<i32>,
}

#[derive(Template)]
#[template(path = "procedures/holidays.html")]
struct HolidaysPage {
    page: Page,
    year: i32,
    holidays: Vec<(Holiday, String, String)>,
    may_manage: bool,
    error: Option<String>,
}

async fn holidays_page(
    state: &AppState,
    ctx: &Ctx,
    year: Option<i32>,
    error: Option<&str>,
) -> Result<HolidaysPage, AppError> {
    let who = ctx.acting()?;
    let today = domain::deadline::rome_today(state.clock.now().and_utc());
    let year = year
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or(today.year());
    let tr = ctx.tr();
    let holidays = app::cases::procedures::holidays_of(&state.db, &who, year)
        .await?
        .into_iter()
        .map(|h| {
            let name = tr.t_or(&format!("holiday-{}", h.name), &h.name);
            let place = match h.place.as_str() {
                "" => tr.t("procedures-national"),
                "015146" => "Milano".to_owned(),
                "001272" => "Torino".to_owned(),
                other => other.to_owned(),
            };
            (h, name, place)
        })
        .collect();
    Ok(HolidaysPage {
        page: Page::new(ctx, "procedures-holidays-title"),
        year,
        holidays,
        may_manage: who.actor.can(Permission::ManageProcedures),
        error: error.map(|k| tr.t(k)),
    })
}

pub async fn holidays(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<YearQuery>,
) -> Result<Response, AppError> {
    html(&holidays_page(&state, &ctx, q.year, None).await?)
}

#[derive(Deserialize)]
pub struct HolidayForm {
    place: String,
    day: String,
    #[serde(default)]
    name: String,
}

pub async fn add_holiday(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<HolidayForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let day = match domain::bounds::date("day", &f.day) {
        Ok(d) => d,
        Err(e) => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &holidays_page(&state, &ctx, None, Some(e.key)).await?,
            );
        }
    };
    match app::cases::procedures::add_holiday(
        &state.db,
        &*state.clock,
        &who,
        &f.place,
        day,
        &f.name,
    )
    .await
    {
        Ok(()) => Ok(flash::redirect(
            &format!("/procedures/holidays?year={}", day.year()),
            Flash::new("flash-saved"),
        )),
        Err(app::Error::Invalid(e)) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &holidays_page(&state, &ctx, Some(day.year()), Some(e.key)).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_holiday(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<HolidayForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let day = domain::bounds::date("day", &f.day)?;
    app::cases::procedures::remove_holiday(&state.db, &*state.clock, &who, &f.place, day).await?;
    Ok(flash::redirect(
        &format!("/procedures/holidays?year={}", day.year()),
        Flash::new("flash-holiday-removed"),
    ))
}
