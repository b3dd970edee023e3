//! A person's home page: their tasks (from [`crate::tasks`]), the few figures their role
//! acts on, and for a participant where their application stands and what to do next.
//! Read in one go, with grouped counts only, and kept between requests ([`Cache`]).

mod cache;

pub use cache::Cache;

use chrono::{NaiveDate, NaiveDateTime};
use db::{DbConn, DbResult};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use domain::position::PositionStatus;
use domain::{Actor, Permission, Role};

use crate::tasks::{self, Task, participant::next_step_href};

/// One figure: a Fluent label key, a count (and, for a ratio, what it is out of) and where
/// the records are listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// `figure-<id>`: the label; pages mark it `data-figure="<id>"`.
    pub id: &'static str,
    pub value: i64,
    /// "12 of 41": the whole a value is measured against.
    pub of: Option<i64>,
    pub href: Option<String>,
}

/// The steps of a participant's path, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Apply,
    Draft,
    Sent,
    Decision,
    Placement,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Apply,
        Stage::Draft,
        Stage::Sent,
        Stage::Decision,
        Stage::Placement,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::Apply => "apply",
            Stage::Draft => "draft",
            Stage::Sent => "sent",
            Stage::Decision => "decision",
            Stage::Placement => "placement",
        }
    }
}

/// Where a participant stands and the next thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    pub stage: Stage,
    /// `journey-<next>`: what it means and what to do now.
    pub next: &'static str,
    /// Where to do it.
    pub href: Option<String>,
    /// The application's call, once there is one.
    pub call: Option<String>,
    /// Calls open today, when there is no application yet.
    pub open_calls: Vec<(String, String, NaiveDate)>,
}

/// What the home page shows.
#[derive(Debug, Clone)]
pub struct Home {
    pub tasks: Vec<Task>,
    pub figures: Vec<Figure>,
    pub journey: Option<Journey>,
}

/// The home page of `actor` at `now`.
pub async fn home(db: &db::Database, actor: &Actor, now: NaiveDateTime) -> DbResult<Home> {
    let actor = actor.clone();
    db.read(move |c| {
        let today = crate::clock::day_of(now);
        let tasks = tasks::find(c, &actor, today)?;
        let figures = figures(c, &actor, now)?;
        let journey = if actor.primary_role() == Some(Role::Participant) {
            Some(journey(c, &actor.user_id, today)?)
        } else {
            None
        };
        Ok(Home {
            tasks,
            figures,
            journey,
        })
    })
    .await
}

fn fig(id: &'static str, value: i64, href: Option<&str>) -> Figure {
    Figure {
        id,
        value,
        of: None,
        href: href.map(str::to_owned),
    }
}

/// Companies hosting and positions open, within `scope`: what the coordinator and the
/// companies' promoters both act on.
fn hosting_and_open(c: &mut DbConn, scope: &Scope) -> DbResult<[Figure; 2]> {
    let hosting: i64 = db::companies::stage_counts(c, scope)?
        .into_iter()
        .filter(|(s, _)| s.is_host())
        .map(|(_, n)| n)
        .sum();
    let open = db::inbox::positions_by_status(c, scope)?
        .into_iter()
        .find(|(s, _, _)| *s == PositionStatus::Open)
        .map_or(0, |(_, n, _)| n);
    Ok([
        fig("hosting", hosting, Some("/companies?stage=hosting")),
        fig("open-positions", open, Some("/positions?status=open")),
    ])
}

/// The figures the person's strongest role acts on (see the module's doc).
fn figures(c: &mut DbConn, actor: &Actor, now: NaiveDateTime) -> DbResult<Vec<Figure>> {
    let today = crate::clock::day_of(now);
    let me = actor.user_id.as_str();
    let Some(role) = actor.primary_role() else {
        return Ok(Vec::new());
    };
    let status_count = |rows: &[(Status, i64)], s: Status| {
        rows.iter().find(|(x, _)| *x == s).map_or(0, |(_, n)| *n)
    };
    let mut out = Vec::new();
    match role {
        Role::Admin | Role::Coordinator => {
            let Some(scope) = actor.scope(Permission::ManageMatching) else {
                return Ok(out);
            };
            let calls = db::calls::list(c, &scope)?;
            let places: i64 = calls.iter().map(|x| x.places).sum();
            let statuses = db::inbox::applications_by_status(c, &scope, me)?;
            let mut shortlisted = fig(
                "shortlisted",
                status_count(&statuses, Status::Shortlisted),
                Some("/candidates?status=shortlisted"),
            );
            shortlisted.of = Some(places);
            out.push(fig("places", places, Some("/calls")));
            out.push(shortlisted);
            out.extend(hosting_and_open(c, &scope)?);
        }
        Role::AgencyStaff => {
            let Some(scope) = actor.scope(Permission::ScreenCandidates) else {
                return Ok(out);
            };
            let week = now - chrono::Duration::days(7);
            out.push(fig(
                "sent-this-week",
                db::inbox::sent_since(c, &scope, me, week)?,
                Some("/candidates?sort=submitted"),
            ));
            let statuses = db::inbox::applications_by_status(c, &scope, me)?;
            out.push(fig(
                "to-screen",
                status_count(&statuses, Status::Submitted),
                Some("/candidates?status=submitted"),
            ));
            out.push(fig(
                "eligible",
                status_count(&statuses, Status::Eligible),
                Some("/candidates?status=eligible"),
            ));
        }
        Role::Company => {
            let Some(scope) = actor.scope(Permission::ViewPositions) else {
                return Ok(out);
            };
            let (mut positions, mut places) = (0, 0);
            for (s, n, p) in db::inbox::positions_by_status(c, &scope)? {
                if s != PositionStatus::Withdrawn {
                    positions += n;
                    places += p;
                }
            }
            out.push(fig("positions", positions, Some("/positions")));
            out.push(fig("position-places", places, Some("/positions")));
            if let Some(scope) = actor.scope(Permission::ViewPlacements) {
                let proposed = db::inbox::placements_by_status(c, &scope)?
                    .into_iter()
                    .find(|(s, _)| *s == PlacementStatus::Proposed)
                    .map_or(0, |(_, n)| n);
                out.push(fig("proposals", proposed, Some("/placements")));
            }
        }
        Role::Evaluator => {
            let Some(scope) = actor.scope(Permission::AssessCandidates) else {
                return Ok(out);
            };
            let to_score: i64 = db::inbox::unscored_by_call(c, &scope, me)?
                .iter()
                .map(|(_, n)| n)
                .sum();
            out.push(fig("to-score", to_score, None));
            out.push(fig("scored", db::inbox::scored_by(c, &scope, me)?, None));
        }
        Role::PromoterStaff | Role::BusinessStaff => {
            let Some(scope) = actor.scope(Permission::ViewCompanies) else {
                return Ok(out);
            };
            out.extend(hosting_and_open(c, &scope)?);
        }
        // Mediators and NGOs accompany the programme's participants: what they act on
        // today is who may still apply (the calls open now).
        Role::Mediator | Role::NgoStaff => {
            let Some(scope) = actor.scope(Permission::ViewProgrammes) else {
                return Ok(out);
            };
            let open = db::calls::list(c, &scope)?
                .iter()
                .filter(|x| x.opens_on <= today && today <= x.closes_on)
                .count();
            out.push(fig(
                "open-calls",
                i64::try_from(open).unwrap_or(i64::MAX),
                Some("/calls"),
            ));
        }
        Role::Participant => {}
    }
    Ok(out)
}

/// Where the participant's latest application stands.
fn journey(c: &mut DbConn, user_id: &str, today: NaiveDate) -> DbResult<Journey> {
    let latest = db::candidates::of_user(c, user_id)?
        .into_iter()
        .find(|x| x.status != Status::Merged);
    let Some(app) = latest else {
        let open_calls = db::calls::list_open(c, today)?
            .into_iter()
            .map(|x| (x.id, x.title, x.closes_on))
            .collect();
        return Ok(Journey {
            stage: Stage::Apply,
            next: "apply",
            href: Some("/open-calls".to_owned()),
            call: None,
            open_calls,
        });
    };
    let call = db::calls::find_published(c, &app.call_id).ok();
    let own = |stage, next, href: Option<String>| Journey {
        stage,
        next,
        href,
        call: call.as_ref().map(|x| x.title.clone()),
        open_calls: Vec::new(),
    };
    let status_page = Some(format!("/applications/{}", app.id));
    let placement = db::inbox::own_placements(c, user_id)?
        .into_iter()
        .find(|(id, _)| *id == app.id)
        .map(|(_, s)| s);
    if let Some(p) = placement {
        let next = match p {
            PlacementStatus::Proposed => "placement-proposed",
            PlacementStatus::Interview => "placement-interview",
            PlacementStatus::Accepted => "placement-accepted",
            PlacementStatus::Declined => "placement-declined",
        };
        return Ok(own(Stage::Placement, next, status_page));
    }
    Ok(match app.status {
        Status::Draft => {
            if call.as_ref().is_some_and(|x| x.closes_on < today) {
                own(Stage::Draft, "draft-closed", status_page)
            } else {
                let next = match app.step {
                    i64::MIN..=0 => "draft-identity",
                    1 => "draft-education",
                    2 => "draft-preferences",
                    _ => "draft-consent",
                };
                own(Stage::Draft, next, Some(next_step_href(&app.id, app.step)))
            }
        }
        Status::Submitted | Status::Eligible => {
            let documents = db::documents::of_candidate(c, &app)?.len();
            if documents == 0 {
                own(
                    Stage::Sent,
                    "sent-no-documents",
                    Some(format!("/applications/{}/documents", app.id)),
                )
            } else {
                own(Stage::Sent, "sent", status_page)
            }
        }
        Status::Ineligible => own(Stage::Decision, "ineligible", status_page),
        Status::Shortlisted => own(Stage::Decision, "shortlisted", status_page),
        Status::WaitingList => own(Stage::Decision, "waiting-list", status_page),
        Status::Rejected | Status::Merged => own(Stage::Decision, "rejected", status_page),
    })
}

/// Every `journey-<next>` message the home page may show (the i18n test reads it).
pub const NEXT: [&str; 16] = [
    "apply",
    "draft-identity",
    "draft-education",
    "draft-preferences",
    "draft-consent",
    "draft-closed",
    "sent",
    "sent-no-documents",
    "shortlisted",
    "waiting-list",
    "rejected",
    "placement-proposed",
    "placement-interview",
    "placement-accepted",
    "placement-declined",
    "ineligible",
];
