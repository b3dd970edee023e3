//! `/participants/{candidate_id}`: one participant's story, from the application to the
//! latest follow-up (`app::timeline`), to those the use case lets see it. Each event is
//! shown in the reader's language; application events go through the application
//! timeline's own wording (`candidates::view::timeline`), so a staff note stays hidden
//! from those who see no identity and a staff-only event from the participant.

use app::timeline::{Event, What};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::candidates::view::{self, country_name};
use super::outcomes::{kind_label, step_label};
use crate::pages::cases::checked_id;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Line {
    /// The source's kind of event (`data-event`).
    kind: &'static str,
    when: String,
    text: String,
    /// Details shown under the event (a follow-up's answers, a note).
    details: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "timeline/show.html")]
struct TimelinePage {
    page: Page,
    case_id: String,
    reference: String,
    company: String,
    step: String,
    lines: Vec<Line>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let t = app::timeline::of_participant(&state.db, &who, &id).await?;
    let tr = ctx.tr();
    let mut lines = Vec::new();
    for e in &t.events {
        if let Some(l) = line(&tr, e, t.own, t.staff_notes) {
            lines.push(l);
        }
    }
    html(&TimelinePage {
        page: Page::titled(
            &ctx,
            tr.t_with(
                "participant-page-title",
                &[
                    ("family", i18n::FluentArg::Str(t.family_name.clone())),
                    ("given", i18n::FluentArg::Str(t.given_names.clone())),
                ],
            ),
        ),
        case_id: t.case.id.clone(),
        reference: t.case.reference.clone(),
        company: t.company.clone(),
        step: step_label(&tr, &t.case.step),
        lines,
    })
}

fn yes_no(tr: &i18n::Tr, b: bool) -> String {
    tr.t(if b { "follow-up-yes" } else { "follow-up-no" })
}

fn line(tr: &i18n::Tr, e: &Event, own: bool, staff_notes: bool) -> Option<Line> {
    let when = match e.at {
        Some(at) => tr.date_time(&at),
        None => tr.date(&e.on),
    };
    Some(match &e.what {
        What::Application(ev) => {
            if own && view::staff_only(&ev.kind) {
                return None;
            }
            let shown = view::timeline(tr, std::slice::from_ref(ev), staff_notes).pop()?;
            Line {
                kind: "application",
                when,
                text: shown.text,
                details: shown
                    .note
                    .map(|n| vec![(tr.t("participant-note"), n)])
                    .unwrap_or_default(),
            }
        }
        What::Proposed { company, position } => Line {
            kind: "proposed",
            when,
            text: tr.t_with(
                "participant-event-proposed",
                &[
                    ("company", i18n::FluentArg::Str(company.clone())),
                    ("position", i18n::FluentArg::Str(position.clone())),
                ],
            ),
            details: Vec::new(),
        },
        What::Placement(status) => Line {
            kind: "placement",
            when,
            text: tr.t1(
                "participant-event-placement",
                "status",
                &tr.t(&format!("placement-status-{}", status.as_str())),
            ),
            details: Vec::new(),
        },
        What::Step(step) => Line {
            kind: "step",
            when,
            text: tr.t1("participant-event-step", "step", &step_label(tr, step)),
            details: Vec::new(),
        },
        What::Outcome(o) => {
            let mut details = vec![(
                tr.t("outcome-field-country"),
                country_name(tr, o.country.as_str()),
            )];
            if !o.note.is_empty() {
                details.push((tr.t("outcome-field-note"), o.note.clone()));
            }
            Line {
                kind: "outcome",
                when,
                text: tr.t1(
                    "participant-event-outcome",
                    "outcome",
                    &kind_label(tr, o.kind),
                ),
                details,
            }
        }
        What::FollowUp(f) => {
            let mut details = vec![
                (
                    tr.t("follow-up-field-country"),
                    country_name(tr, f.country.as_str()),
                ),
                (tr.t("follow-up-field-working"), yes_no(tr, f.working)),
            ];
            if !f.sector.is_empty() {
                details.push((tr.t("follow-up-field-sector"), f.sector.clone()));
            }
            if !f.occupation.is_empty() {
                details.push((tr.t("follow-up-field-occupation"), f.occupation.clone()));
            }
            details.push((
                tr.t("follow-up-field-remittances"),
                yes_no(tr, f.remittances),
            ));
            details.push((
                tr.t("follow-up-field-business-links"),
                yes_no(tr, f.business_links),
            ));
            details.push((
                tr.t("follow-up-field-further-mobility"),
                yes_no(tr, f.further_mobility),
            ));
            if !f.note.is_empty() {
                details.push((tr.t("outcome-field-note"), f.note.clone()));
            }
            Line {
                kind: "follow-up",
                when,
                text: tr.tn("participant-event-follow-up", "count", f.months),
                details,
            }
        }
        What::GrantApplication {
            call,
            reference,
            status,
        } => Line {
            kind: "grant",
            when,
            text: tr.t_with(
                "participant-event-grant",
                &[
                    ("call", i18n::FluentArg::Str(call.clone())),
                    ("reference", i18n::FluentArg::Str(reference.clone())),
                    (
                        "status",
                        i18n::FluentArg::Str(crate::pages::grants::status_label(tr, *status)),
                    ),
                ],
            ),
            details: Vec::new(),
        },
        What::Enrolled { course } => Line {
            kind: "enrolled",
            when,
            text: tr.t1("participant-event-enrolled", "course", course),
            details: Vec::new(),
        },
        What::Certificate { course } => Line {
            kind: "certificate",
            when,
            text: tr.t1("participant-event-certificate", "course", course),
            details: Vec::new(),
        },
        What::Traineeship {
            starts_on,
            ends_on,
            hours_per_week,
        } => Line {
            kind: "traineeship",
            when,
            text: tr.t("participant-event-traineeship"),
            details: vec![
                (tr.t("traineeship-field-starts-on"), tr.date(starts_on)),
                (tr.t("traineeship-field-ends-on"), tr.date(ends_on)),
                (tr.t("traineeship-field-hours"), tr.number(hours_per_week)),
            ],
        },
        What::Allowance(a) => {
            let mut details = vec![
                (
                    tr.t("traineeship-field-month"),
                    domain::traineeship::Month::of(a.month).to_string(),
                ),
                (
                    tr.t("traineeship-field-attendance"),
                    format!("{} %", tr.number(&a.percent)),
                ),
                (
                    tr.t("traineeship-field-amount"),
                    tr.money(&a.amount_cents, "EUR"),
                ),
            ];
            if let Some(paid) = a.paid_on {
                details.push((tr.t("traineeship-field-paid-on"), tr.date(&paid)));
            }
            Line {
                kind: "allowance",
                when,
                text: tr.t("participant-event-allowance"),
                details,
            }
        }
        What::Incident(i) => Line {
            kind: "incident",
            when,
            text: tr.t("participant-event-incident"),
            details: vec![
                (tr.t("traineeship-field-incident-title"), i.title.clone()),
                (
                    tr.t("traineeship-field-severity"),
                    tr.t(&format!("traineeship-severity-{}", i.severity.as_str())),
                ),
            ],
        },
        What::Evaluation(stage) => Line {
            kind: "evaluation",
            when,
            text: tr.t(&format!("traineeship-stage-{}", stage.as_str())),
            details: Vec::new(),
        },
        What::MentoringSession(mode) => Line {
            kind: "mentoring-session",
            when,
            text: tr.t1(
                "participant-event-mentoring",
                "mode",
                &tr.t(&format!("mentoring-mode-{}", mode.as_str())),
            ),
            details: Vec::new(),
        },
        What::GrantAgreed {
            reference,
            amount_cents,
            currency,
        } => Line {
            kind: "grant-agreed",
            when,
            text: tr.t1("participant-event-grant-agreed", "reference", reference),
            details: vec![(tr.t("grant-pay-amount"), tr.money(amount_cents, currency))],
        },
        What::GrantPaid {
            amount_cents,
            currency,
        } => Line {
            kind: "grant-paid",
            when,
            text: tr.t("participant-event-grant-paid"),
            details: vec![(tr.t("grant-pay-paid"), tr.money(amount_cents, currency))],
        },
        What::GrantReport(m) => Line {
            kind: "grant-report",
            when,
            text: tr.t1(
                "participant-event-grant-report",
                "milestone",
                &crate::pages::grant_payments::milestone_label(tr, *m),
            ),
            details: Vec::new(),
        },
    })
}
