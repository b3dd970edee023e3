//! The home page: the signed-in person's task inbox (`app::tasks`, most urgent first, each
//! one click from where it is done), the few figures their role acts on (`app::home`), and
//! for a participant where their application stands and what to do next.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

/// One task as the page shows it.
pub struct Item {
    /// `data-task`: the kind's id.
    pub kind: &'static str,
    pub count: i64,
    pub text: String,
    pub about: Option<String>,
    pub href: String,
    pub overdue: bool,
    /// "By 12 December", when the work has a date.
    pub due: Option<String>,
}

pub struct FigureLine {
    pub id: &'static str,
    pub label: String,
    pub value: String,
    pub href: Option<String>,
}

pub struct StageLine {
    pub label: String,
    pub current: bool,
    pub done: bool,
}

pub struct JourneyView {
    pub stage: &'static str,
    pub next: &'static str,
    pub text: String,
    pub href: Option<String>,
    pub call: Option<String>,
    pub stages: Vec<StageLine>,
    pub open_calls: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    page: Page,
    welcome: String,
    items: Vec<Item>,
    figures: Vec<FigureLine>,
    journey: Option<JourneyView>,
}

/// `/`: the signed-in person's inbox; for anyone else the public home (`super::welcome`).
pub async fn show(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let Some(a) = ctx.user.clone() else {
        return super::welcome::show(&state, &ctx).await;
    };
    let a = &a;
    let tr = ctx.tr();
    let now = state.clock.now();
    let today = app::clock::day_of(now);
    let home = state.home.home(&state.db, &a.actor, now).await?;
    let items = home
        .tasks
        .iter()
        .map(|t| Item {
            kind: t.kind.id,
            count: t.count,
            text: tr.tn(&t.message_key(), "count", t.count),
            about: t.about.clone(),
            href: t.href.clone(),
            overdue: t.overdue(today),
            due: t.due.map(|d| tr.t1("inbox-due", "date", &tr.date(&d))),
        })
        .collect();
    let figures = home
        .figures
        .iter()
        .map(|f| FigureLine {
            id: f.id,
            label: tr.t(&format!("figure-{}", f.id)),
            value: match f.of {
                Some(of) => tr.t_with(
                    "figure-of",
                    &[
                        ("value", i18n::FluentArg::Num(f.value)),
                        ("of", i18n::FluentArg::Num(of)),
                    ],
                ),
                None => tr.number(&f.value),
            },
            href: f.href.clone(),
        })
        .collect();
    let journey = home.journey.as_ref().map(|j| JourneyView {
        stage: j.stage.as_str(),
        next: j.next,
        text: tr.t(&format!("journey-{}", j.next)),
        href: j.href.clone(),
        call: j.call.as_ref().map(|c| tr.t1("journey-call", "call", c)),
        stages: app::home::Stage::ALL
            .into_iter()
            .map(|s| StageLine {
                label: tr.t(&format!("stage-{}", s.as_str())),
                current: s == j.stage,
                done: s < j.stage,
            })
            .collect(),
        open_calls: j
            .open_calls
            .iter()
            .map(|(id, title, closes)| {
                (
                    id.clone(),
                    title.clone(),
                    tr.t1("journey-closes", "date", &tr.date(closes)),
                )
            })
            .collect(),
    });
    html(&DashboardPage {
        welcome: tr.t1("dashboard-welcome", "name", &a.user.display_name),
        page: Page::new(&ctx, "dashboard-title"),
        items,
        figures,
        journey,
    })
}
