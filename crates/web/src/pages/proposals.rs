//! One placement as the company judges it (`/placements/{id}`): the anonymised profile and
//! the match explanation (`app::proposals`), the interview times offered and booked, and
//! the answers: propose times, accept (a decline and its reversal are in `declines.rs`).
//! Times show in the reader's own time zone.

use app::proposals::Proposal;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::interview::{MAX_SLOTS, SlotFields};
use domain::placement::PlacementStatus;
use domain::zone::Zone;
use domain::{Actor, Permission};
use i18n::{FluentArg, Tr};

use crate::flash::{self, Flash};
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

/// A label and what the profile says.
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// One row of the times form, as typed.
pub struct SlotRow {
    pub n: i64,
    pub date: String,
    pub time: String,
    pub minutes: String,
    pub place: String,
    /// This row was refused.
    pub invalid: bool,
}

#[derive(Template)]
#[template(path = "placements/show.html")]
struct ShowPage {
    page: Page,
    id: String,
    handle: String,
    name: Option<String>,
    company: String,
    status: String,
    status_code: &'static str,
    facts: Vec<Fact>,
    experience: String,
    languages: Vec<Fact>,
    occupations: Vec<app::proposals::Label>,
    skills: Vec<app::proposals::Label>,
    esco_in_english: bool,
    match_summary: Option<String>,
    components: Vec<Fact>,
    decline_reason: Option<String>,
    reversed: Option<String>,
    offered: Vec<String>,
    booked: Option<String>,
    can_offer: bool,
    can_accept: bool,
    can_decline: bool,
    can_reverse: bool,
    zone: String,
    rows: Vec<SlotRow>,
    error: Option<String>,
}

/// Whether the person answers placements (a company, or the coordinator for it).
fn answers(actor: &Actor) -> bool {
    actor.can(Permission::AnswerPlacements)
        && actor.roles().into_iter().any(PlacementStatus::answered_by)
}

async fn zone_of(state: &AppState, user_id: &str) -> Result<Zone, AppError> {
    let id = user_id.to_owned();
    Ok(state.db.read(move |c| app::zones::of_user(c, &id)).await?)
}

fn slot_text(tr: &Tr, zone: Zone, key: &str, s: &db::interviews::Slot) -> String {
    tr.t_with(
        key,
        &[
            (
                "when",
                FluentArg::Str(app::zones::when(tr, zone, s.starts_at)),
            ),
            ("minutes", FluentArg::Num(i64::from(s.minutes))),
            ("place", FluentArg::Str(s.place.clone())),
        ],
    )
}

fn level(l: Option<domain::cefr::Cefr>) -> String {
    l.map_or_else(|| "—".to_owned(), |c| c.as_str().to_owned())
}

/// The page for `p` as `actor` reads it; `form` is the times form coming back refused.
fn show_page(
    ctx: &Ctx,
    actor: &Actor,
    zone: Zone,
    p: Proposal,
    form: Option<(Vec<SlotFields>, domain::Invalid)>,
) -> ShowPage {
    let tr = ctx.tr();
    let status = p.placement.status;
    let booked_slot = p
        .placement
        .interview_slot_id
        .as_ref()
        .and_then(|id| p.slots.iter().find(|s| &s.id == id));
    let not_stated = || tr.t("proposal-not-stated");
    let or_not_stated = |s: &str| {
        if s.trim().is_empty() {
            not_stated()
        } else {
            s.trim().to_owned()
        }
    };
    let facts = vec![
        Fact {
            label: tr.t("proposal-country"),
            value: p
                .country
                .map_or_else(not_stated, |c| tr.t(&c.message_key())),
        },
        Fact {
            label: tr.t("field-qualification-title"),
            value: or_not_stated(&p.qualification_title),
        },
        Fact {
            label: tr.t("field-field-of-study"),
            value: or_not_stated(&p.field_of_study),
        },
        Fact {
            label: tr.t("field-isced-level"),
            value: p
                .isced_level
                .map_or_else(not_stated, |l| tr.t(&format!("isced-{l}"))),
        },
        Fact {
            label: tr.t("proposal-graduated"),
            value: p
                .qualification_year
                .map_or_else(not_stated, |y| y.to_string()),
        },
        Fact {
            label: tr.t("field-available-from"),
            value: p.available_from.map_or_else(not_stated, |d| tr.date(&d)),
        },
    ];
    let languages = p
        .languages
        .iter()
        .map(|l| Fact {
            label: format!(
                "{} {}",
                tr.t(&format!("language-{}", l.code)),
                level(l.level)
            ),
            value: tr.t_with(
                "proposal-languages-skills",
                &[
                    ("understanding", FluentArg::Str(level(l.skills[0]))),
                    ("speaking", FluentArg::Str(level(l.skills[1]))),
                    ("writing", FluentArg::Str(level(l.skills[2]))),
                ],
            ),
        })
        .collect();
    let (match_summary, components) = match &p.explanation {
        Some(e) => (
            Some(tr.t_with(
                "proposal-match-summary",
                &[
                    ("score", FluentArg::Str(tr.number(&e.score))),
                    ("rank", FluentArg::Num(i64::try_from(e.rank).unwrap_or(0))),
                    (
                        "count",
                        FluentArg::Num(i64::try_from(e.options).unwrap_or(0)),
                    ),
                ],
            )),
            e.components
                .iter()
                .map(|c| Fact {
                    label: tr.t(&format!("component-{}", c.name)),
                    value: tr.t_with(
                        "proposal-match-points",
                        &[
                            ("points", FluentArg::Str(tr.number(&c.points))),
                            ("max", FluentArg::Str(tr.number(&c.max))),
                        ],
                    ),
                })
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    let answering = answers(actor);
    let can_offer = answering
        && matches!(
            status,
            PlacementStatus::Proposed | PlacementStatus::Interview
        )
        && booked_slot.is_none();
    let (typed, error) = match form {
        Some((rows, invalid)) => (rows, Some(invalid)),
        None => (Vec::new(), None),
    };
    let rows = (0..MAX_SLOTS)
        .map(|i| {
            let t = typed.get(i).cloned().unwrap_or_default();
            SlotRow {
                n: i64::try_from(i + 1).unwrap_or(0),
                invalid: error
                    .as_ref()
                    .is_some_and(|e| e.field == format!("slot-{}", i + 1)),
                date: t.date,
                time: t.time,
                minutes: if t.minutes.is_empty() {
                    "45".to_owned()
                } else {
                    t.minutes
                },
                place: t.place,
            }
        })
        .collect();
    let reversed = match (&p.reversed_by, p.reversed_at, &p.placement.reversal_reason) {
        (Some(name), Some(at), Some(reason)) => Some(tr.t_with(
            "proposal-reversed",
            &[
                ("name", FluentArg::Str(name.clone())),
                ("date", FluentArg::Str(tr.date(&zone.local(at).date()))),
                ("reason", FluentArg::Str(reason.clone())),
            ],
        )),
        _ => None,
    };
    ShowPage {
        page: Page::titled(ctx, tr.t1("proposal-title", "position", &p.position_title)),
        id: p.placement.id.clone(),
        handle: tr.t1("proposal-candidate", "handle", &p.handle),
        name: p.name.clone(),
        company: p.company_name.clone(),
        status: tr.t(&format!("placement-status-{}", status.as_str())),
        status_code: status.as_str(),
        facts,
        experience: p.experience.trim().to_owned(),
        languages,
        esco_in_english: ctx.locale != domain::Locale::En
            && p.occupations
                .iter()
                .chain(&p.skills)
                .any(|l| l.lang == "en"),
        occupations: p.occupations.clone(),
        skills: p.skills.clone(),
        match_summary,
        components,
        decline_reason: (status == PlacementStatus::Declined)
            .then(|| p.placement.note.clone())
            .filter(|n| !n.trim().is_empty()),
        reversed,
        offered: if booked_slot.is_some() {
            Vec::new()
        } else {
            p.slots
                .iter()
                .map(|s| slot_text(&tr, zone, "interview-slot-line", s))
                .collect()
        },
        booked: booked_slot.map(|s| slot_text(&tr, zone, "interview-booked", s)),
        can_offer,
        can_accept: answering && status.can_move_to(PlacementStatus::Accepted),
        can_decline: answering && status.can_move_to(PlacementStatus::Declined),
        can_reverse: actor.can(Permission::ManageMatching) && status == PlacementStatus::Declined,
        zone: zone.name().to_owned(),
        rows,
        error: error.map(|e| tr.t(e.key)),
    }
}

/// The proposal page.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let actor = granted.authed.actor.clone();
    let p = app::proposals::proposal(&state.db, &actor, granted.scope, &id, ctx.locale).await?;
    let zone = zone_of(&state, &actor.user_id).await?;
    html_status(StatusCode::OK, &show_page(&ctx, &actor, zone, p, None))
}

/// The times form's rows from the posted fields `date1`, `time1`, `minutes1`, `place1`, ….
fn slot_rows(fields: &[(String, String)]) -> Vec<SlotFields> {
    let get = |name: String| {
        fields
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    // One row more than allowed is read, so that a sixth time is refused, not ignored.
    (1..=MAX_SLOTS + 1)
        .map(|n| SlotFields {
            date: get(format!("date{n}")),
            time: get(format!("time{n}")),
            minutes: get(format!("minutes{n}")),
            place: get(format!("place{n}")),
        })
        .collect()
}

/// Offers interview times; a refused form comes back (422) with what was typed.
pub async fn offer(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let rows = slot_rows(&fields);
    let placement = domain::ids::PlacementId::new(id.clone());
    match app::interviews::offer(&state.db, &*state.clock, &who, &placement, rows.clone()).await {
        Ok(n) => Ok(flash::redirect(
            &format!("/placements/{id}"),
            Flash::counted("flash-interview-offered", i64::try_from(n).unwrap_or(0)),
        )),
        Err(app::Error::Invalid(invalid)) => {
            let actor = granted.authed.actor.clone();
            let p =
                app::proposals::proposal(&state.db, &actor, granted.scope, &id, ctx.locale).await?;
            let zone = zone_of(&state, &actor.user_id).await?;
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&ctx, &actor, zone, p, Some((rows, invalid))),
            )
        }
        Err(e) => Err(e.into()),
    }
}
