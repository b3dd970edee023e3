//! `/cases/board`: the cohort by step — how many cases stand in each now, how many
//! passages through it are over, the average and slowest days spent in it — as bars with
//! their figures written out (and a table), the bottleneck marked; counts of open, closed
//! and overdue cases; narrowed by city and country.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use db::cases::CaseFilter;
use domain::Role;
use serde::Deserialize;

use super::{today, words};
use crate::pages::view::Choice;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

/// Whose work the board serves (the menu's roles; a company or a trainee has no cohort).
pub const ROLES: &[Role] = &[Role::Admin, Role::Coordinator, Role::PromoterStaff];

pub fn shown_to(actor: &domain::Actor) -> bool {
    actor.roles().iter().any(|r| ROLES.contains(r))
}

pub struct Bar {
    pub step: String,
    pub now: i64,
    pub passed: i64,
    pub average: Option<String>,
    pub slowest: Option<i64>,
    /// The bar's length, in percent of the slowest average.
    pub width: i64,
    pub bottleneck: bool,
}

#[derive(Template)]
#[template(path = "cases/board.html")]
struct BoardPage {
    page: Page,
    bars: Vec<Bar>,
    bottleneck: Option<String>,
    open: i64,
    closed: i64,
    overdue: i64,
    cities: Vec<Choice>,
    countries: Vec<Choice>,
    overdue_link: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BoardQuery {
    city: String,
    country: String,
}

pub async fn board(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<BoardQuery>,
) -> Result<Response, AppError> {
    let today = today(&state);
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let filter = CaseFilter {
        city: some(&q.city),
        country: some(&q.country),
        today: Some(today),
        ..CaseFilter::default()
    };
    let actor = granted.authed.actor.clone();
    let b = app::cases::board::board(&state.db, &actor, filter, today).await?;
    let (scope, actor_id) = (granted.scope.clone(), granted.authed.user.id.clone());
    let (cities, countries) = state
        .db
        .read(move |c| db::cases::places(c, &scope, &actor_id))
        .await?;
    let tr = ctx.tr();
    let longest = b
        .steps
        .iter()
        .filter_map(|s| s.average_days)
        .fold(0.0_f64, f64::max);
    let bars = b
        .steps
        .iter()
        .map(|s| Bar {
            step: words::step(&tr, &s.step),
            now: i64::try_from(s.now).unwrap_or(i64::MAX),
            passed: i64::try_from(s.passed).unwrap_or(i64::MAX),
            average: s
                .average_days
                .map(|d| domain::format::tenths(tr.locale, (d * 10.0).round() as i64)),
            slowest: s.slowest_days,
            width: match s.average_days {
                Some(d) if longest > 0.0 => ((d / longest) * 100.0).round() as i64,
                _ => 0,
            },
            bottleneck: b.bottleneck.as_deref() == Some(s.step.as_str()),
        })
        .collect();
    let mut link = vec!["overdue=1".to_owned()];
    for (k, v) in [("city", &q.city), ("country", &q.country)] {
        if !v.is_empty() {
            link.push(format!("{k}={}", domain::format::percent_encode(v)));
        }
    }
    let country = |code: &str| crate::pages::candidates::view::country_name(&tr, code);
    html(&BoardPage {
        bars,
        bottleneck: b.bottleneck.as_deref().map(|s| words::step(&tr, s)),
        open: b.open,
        closed: b.closed,
        overdue: b.overdue,
        cities: cities
            .into_iter()
            .map(|c| Choice {
                selected: c == q.city,
                label: c.clone(),
                value: c,
            })
            .collect(),
        countries: countries
            .into_iter()
            .map(|c| Choice {
                selected: c == q.country,
                label: country(&c),
                value: c,
            })
            .collect(),
        overdue_link: format!("/cases?{}", link.join("&")),
        page: Page::new(&ctx, "cases-board-title"),
    })
}
