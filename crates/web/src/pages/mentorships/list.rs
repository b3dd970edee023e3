//! `/mentorships`: the mentorships in reach (a mentor their own mentees, the coordinator
//! all of their programmes'), open, closed, with a concern or all.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use db::mentorships::Show;
use domain::Permission;
use serde::Deserialize;

use super::{mentee_name, whereabouts};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Row {
    id: String,
    name: String,
    reference: String,
    mentor: String,
    organisation: String,
    whereabouts: String,
    last_session: String,
    open: bool,
    concern: bool,
}

#[derive(Template)]
#[template(path = "mentorships/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    show: &'static str,
    /// The filters offered: (value, label).
    filters: Vec<(&'static str, String)>,
    may_open: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    show: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let show = match q.show.as_deref().map(str::trim) {
        None | Some("") => Show::Open,
        Some(s) => Show::parse(s).ok_or(AppError::NotFound)?,
    };
    let (listed, sees_concerns) = app::mentorships::list(&state.db, &who, show).await?;
    let tr = ctx.tr();
    let rows = listed
        .iter()
        .map(|l| Row {
            id: l.row.id.clone(),
            name: mentee_name(l),
            reference: l.reference.clone().unwrap_or_default(),
            mentor: l.mentor.clone(),
            organisation: l.organisation.clone(),
            whereabouts: whereabouts(&ctx, l.row.whereabouts),
            last_session: l
                .last_session
                .map(|d| tr.date(&d))
                .unwrap_or_else(|| tr.t("mentoring-no-session")),
            open: l.row.is_open(),
            concern: l.concern,
        })
        .collect();
    let filters = Show::ALL
        .into_iter()
        .filter(|s| sees_concerns || *s != Show::Concern)
        .map(|s| (s.as_str(), tr.t(&format!("mentoring-show-{}", s.as_str()))))
        .collect();
    html(&ListPage {
        page: Page::new(&ctx, "mentoring-list-title"),
        rows,
        show: show.as_str(),
        filters,
        may_open: who.actor.can(Permission::MentorParticipants),
    })
}
