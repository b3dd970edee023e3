//! `/grant-panels`: the calls whose panel the person sits on and, for those who manage
//! calls, every call in reach — the way in to panels, rankings and awards.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

pub(super) struct CallLine {
    pub id: String,
    pub title: String,
    pub dates: String,
    pub closed: bool,
    pub sits: bool,
}

#[derive(Template)]
#[template(path = "awards/index.html")]
struct IndexPage {
    page: Page,
    calls: Vec<CallLine>,
    manages: bool,
}

pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let today = crate::pages::cases::today(&state);
    let manages = who.actor.can(domain::Permission::ManageGrantCalls);
    let calls = app::awards::calls(&state.db, &who)
        .await?
        .into_iter()
        .map(|(c, sits)| CallLine {
            dates: format!("{} – {}", tr.date(&c.opens_on), tr.date(&c.closes_on)),
            closed: c.closed_by(today),
            id: c.id,
            title: c.title,
            sits,
        })
        .collect();
    html(&IndexPage {
        page: Page::new(&ctx, "award-index-title"),
        calls,
        manages,
    })
}
