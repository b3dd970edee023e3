//! The confirmation asked before a consequential action. It is a page of its own, so it
//! works without JavaScript: the action's form posts without `confirmed`, the handler
//! answers with this page (what will happen, any warning, a reason when the domain needs
//! one), and the page posts the same fields again with `confirmed=yes`. Nothing is
//! written until then.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use crate::render::{Page, html_status};
use crate::{AppError, Ctx};

/// The value the confirmed form carries in its `confirmed` field.
pub const CONFIRMED: &str = "yes";

/// Whether a posted form's `confirmed` field says the person confirmed.
pub fn confirmed(field: Option<&str>) -> bool {
    field == Some(CONFIRMED)
}

/// The form of an action whose only field is the confirmation (approve a run, publish
/// decisions, close a call, publish identifiers).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct OnlyConfirmation {
    confirmed: Option<String>,
}

impl OnlyConfirmation {
    /// Whether the person confirmed (see [`confirmed`]).
    pub fn given(&self) -> bool {
        confirmed(self.confirmed.as_deref())
    }
}

/// A reason asked with the confirmation.
pub struct Reason {
    pub label: String,
    pub required: bool,
    /// What the person typed, shown again when the form comes back.
    pub value: String,
    /// Why it was refused (a translated message), when it was.
    pub error: Option<String>,
}

/// What the confirmation page says and posts.
pub struct Confirm {
    /// The question, as the page's heading.
    pub title: String,
    /// What will happen, one fact a line.
    pub lines: Vec<String>,
    /// What the person should know before confirming (over the places, cannot be undone).
    pub warnings: Vec<String>,
    /// Where the confirmed form posts.
    pub action: String,
    /// The fields posted again, as they came.
    pub hidden: Vec<(String, String)>,
    pub reason: Option<Reason>,
    /// The confirming button's label.
    pub confirm: String,
    /// Where "cancel" leads back to.
    pub cancel: String,
    /// A destructive action (the button is marked so).
    pub danger: bool,
    /// A stable name for tests and journeys (`data-confirm`).
    pub name: &'static str,
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    page: Page,
    c: Confirm,
    confirmed: &'static str,
}

/// The confirmation page: 200, or 422 when it comes back with a refused reason.
pub fn page(ctx: &Ctx, c: Confirm) -> Result<Response, AppError> {
    let status = if c.reason.as_ref().is_some_and(|r| r.error.is_some()) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    html_status(
        status,
        &ConfirmPage {
            page: Page::titled(ctx, c.title.clone()),
            c,
            confirmed: CONFIRMED,
        },
    )
}
