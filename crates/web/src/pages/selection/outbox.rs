//! The e-mail outbox, for administrators: the latest messages and their state.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

pub struct OutboxRow {
    pub created: String,
    pub kind: String,
    pub locale: String,
    pub state: String,
    pub state_class: &'static str,
    pub attempts: i64,
    pub next: String,
    pub error: Option<String>,
    /// It carries a calendar invitation.
    pub calendar: bool,
}

#[derive(Template)]
#[template(path = "selection/outbox.html")]
struct OutboxPage {
    page: Page,
    rows: Vec<OutboxRow>,
}

/// `GET /outbox`: the latest messages with their state; no address, no body.
pub async fn outbox(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let rows = state.db.read(|c| db::outbox::recent(c, 200)).await?;
    let tr = ctx.tr();
    html(&OutboxPage {
        page: Page::new(&ctx, "outbox-title"),
        rows: rows
            .into_iter()
            .map(|m| {
                let st = m.state();
                OutboxRow {
                    created: tr.date_time(&m.created_at),
                    kind: m.kind.clone(),
                    locale: m.locale.clone(),
                    state: tr.t(&format!("outbox-state-{}", st.as_str())),
                    state_class: st.as_str(),
                    attempts: m.attempts,
                    next: if st == db::outbox::State::Pending {
                        tr.date_time(&m.next_attempt_at)
                    } else {
                        String::new()
                    },
                    error: m.last_error,
                    calendar: m.calendar,
                }
            })
            .collect(),
    })
}
