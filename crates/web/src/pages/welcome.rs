//! The public home, `/` for someone not signed in: what Mentor is, the calls open now (the
//! way in for a candidate), and signing in (with the way back in after a forgotten
//! password). A signed-in person gets their inbox at the same address.

use askama::Template;
use axum::response::Response;

use super::calls::{CallRow, open_calls};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "welcome.html")]
struct WelcomePage {
    page: Page,
    calls: Vec<CallRow>,
}

pub async fn show(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    let today = state.clock.today();
    html(&WelcomePage {
        page: Page::new(ctx, "welcome-title"),
        calls: open_calls(state, ctx, today).await?,
    })
}
