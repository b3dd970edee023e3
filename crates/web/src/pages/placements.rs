//! Placements: the proposals companies interview and accept or decline. A company sees
//! only the proposals made to it, with what it needs to interview — no identity documents,
//! and no name before the candidate has booked an interview (each row then shows the
//! proposal's handle); each row links to the proposal page (`pages::proposals`). The list
//! comes a page at a time, newest first, filtered by status: a call's thousands of
//! placements are one statement for the page and one for the count.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::Permission;
use domain::placement::{PlacementStatus, company_sees_name};
use serde::Deserialize;

use super::confirm;
use super::view::{Action, Choice};
use crate::flash::{self, Flash};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

pub struct Row {
    pub id: String,
    pub candidate: String,
    pub country: String,
    pub qualification: String,
    pub experience: String,
    pub italian: String,
    pub position: String,
    pub company: String,
    pub status: String,
    pub note: String,
    /// The answers the person may give from the placement's status.
    pub actions: Vec<Action>,
    /// The name is withheld: `candidate` is the proposal's handle.
    pub anonymous: bool,
}

#[derive(Template)]
#[template(path = "placements/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    proposed: Option<i64>,
    statuses: Vec<Choice>,
    total: i64,
    prev: Option<String>,
    next: Option<String>,
    page_of: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    proposed: Option<i64>,
    /// One status (`PlacementStatus::as_str`), or empty for all.
    status: String,
    /// From 1.
    page: i64,
}

const PER_PAGE: i64 = 50;

impl ListQuery {
    fn link(&self, page: i64) -> String {
        if self.status.is_empty() {
            format!("/placements?page={page}")
        } else {
            format!("/placements?status={}&page={page}", self.status)
        }
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let s = granted.scope;
    let sees_identity = a.actor.sees_candidate_identity();
    let answers = a.actor.can(Permission::AnswerPlacements)
        && a.actor
            .roles()
            .into_iter()
            .any(PlacementStatus::answered_by);
    let status = match q.status.as_str() {
        "" => None,
        s => Some(PlacementStatus::parse(s)?),
    };
    let page_no = q.page.clamp(1, i64::MAX / PER_PAGE);
    let filter = db::matching::Filter {
        status,
        page: Some((PER_PAGE, (page_no - 1) * PER_PAGE)),
        ..Default::default()
    };
    let (rows, total) = state
        .db
        .read(move |c| {
            let total = db::matching::count(c, &s, &filter)?;
            Ok((db::matching::placements(c, &s, &filter)?, total))
        })
        .await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let tr = ctx.tr();
    let italian = ["", "A1", "A2", "B1", "B2", "C1", "C2"];
    html(&ListPage {
        rows: rows
            .into_iter()
            .map(|v| {
                let status = v.placement.status;
                let booked =
                    v.placement.interview_slot_id.is_some() && status != PlacementStatus::Declined;
                let anonymous = !(sees_identity || company_sees_name(booked));
                Row {
                    anonymous,
                    // Times and a reason are given on the proposal page; accepting here.
                    actions: if answers {
                        [PlacementStatus::Accepted]
                            .into_iter()
                            .filter(|to| status.can_move_to(*to))
                            .map(|to| Action {
                                value: to.as_str(),
                                label: tr.t(&format!("placement-action-{}", to.as_str())),
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                    id: v.placement.id.clone(),
                    candidate: if anonymous {
                        tr.t1(
                            "proposal-candidate",
                            "handle",
                            &app::proposals::handle(&v.placement.id),
                        )
                    } else {
                        v.candidate_name
                    },
                    country: tr.t(&format!(
                        "country-{}",
                        v.candidate_country.as_str().to_lowercase()
                    )),
                    qualification: v.qualification,
                    experience: v.experience,
                    italian: italian
                        .get(usize::try_from(v.italian_rank).unwrap_or(0))
                        .copied()
                        .unwrap_or("")
                        .to_owned(),
                    position: v.position_title,
                    company: v.company_name,
                    status: tr.t(&format!("placement-status-{}", v.placement.status)),
                    note: v.placement.note,
                }
            })
            .collect(),
        proposed: q.proposed,
        statuses: PlacementStatus::ALL
            .into_iter()
            .map(|st| Choice {
                value: st.as_str().to_owned(),
                label: tr.t(&format!("placement-status-{}", st.as_str())),
                selected: status == Some(st),
            })
            .collect(),
        total,
        prev: (page_no > 1).then(|| q.link(page_no - 1)),
        next: (page_no < pages).then(|| q.link(page_no + 1)),
        page_of: tr.t_with(
            "page-of",
            &[
                ("page", i18n::FluentArg::Num(page_no)),
                ("pages", i18n::FluentArg::Num(pages)),
            ],
        ),
        page: Page::new(&ctx, "placements-title"),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    status: String,
    note: String,
    confirmed: Option<String>,
}

/// A company's answer. Accepting commits the company to host the candidate and cannot be
/// taken back, so it is confirmed on a page of its own first (within reach, and only while
/// the placement can still be accepted).
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let to = PlacementStatus::parse(&f.status)?;
    if to == PlacementStatus::Accepted && !confirm::confirmed(f.confirmed.as_deref()) {
        let actor = granted.authed.actor.clone();
        let p = app::proposals::proposal(&state.db, &actor, granted.scope, &id, ctx.locale).await?;
        if !p.placement.status.can_move_to(PlacementStatus::Accepted) {
            return Err(app::Error::Conflict(domain::Conflict::PlacementAnswered).into());
        }
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("accept-question"),
                lines: vec![
                    tr.t1("proposal-title", "position", &p.position_title),
                    tr.t1("proposal-candidate", "handle", &p.handle),
                ],
                warnings: vec![tr.t("accept-final")],
                action: format!("/placements/{id}/answer"),
                hidden: vec![
                    ("status".into(), f.status.clone()),
                    ("note".into(), f.note.clone()),
                ],
                reason: None,
                confirm: tr.t("accept-confirm"),
                cancel: format!("/placements/{id}"),
                danger: false,
                name: "accept-placement",
            },
        );
    }
    let who = ctx.acting()?;
    let placement = domain::ids::PlacementId::new(id.clone());
    app::placements::answer(&state.db, &*state.clock, &who, &placement, to, &f.note).await?;
    // Back to the list the answer was given from, saying it was done.
    Ok(flash::redirect(
        "/placements",
        Flash::new(if to == PlacementStatus::Declined {
            "flash-placement-declined"
        } else {
            "flash-placement-accepted"
        }),
    ))
}
