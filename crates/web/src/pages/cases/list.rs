//! `/cases`: the cases the reader reaches, most urgent first (an overdue deadline on top),
//! filtered by step, city, host company, country and "overdue only", a page at a time.
//! A trainee has one case: the list sends them to it (or says they have none yet).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use db::cases::CaseFilter;
use domain::deadline::Due;
use domain::permission::Scope;
use serde::Deserialize;

use super::{Templates, shipped_steps, today, words};
use crate::pages::view::Choice;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

/// Cases on one page of the list.
pub const PAGE_SIZE: i64 = 50;

pub struct Row {
    pub id: String,
    pub reference: String,
    pub trainee: String,
    pub company: String,
    pub city: String,
    pub country: String,
    pub step: String,
    pub waiting_for: String,
    /// The nearest deadline: (date, `data-standing`, badge).
    pub due: Option<(String, &'static str, String)>,
    pub closed: bool,
}

#[derive(Template)]
#[template(path = "cases/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    total: i64,
    steps: Vec<Choice>,
    cities: Vec<Choice>,
    companies: Vec<Choice>,
    countries: Vec<Choice>,
    overdue: bool,
    prev: Option<String>,
    next: Option<String>,
    page_of: String,
    /// The reader is a trainee without a case yet.
    no_case_yet: bool,
    board: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    step: String,
    city: String,
    company: String,
    country: String,
    overdue: String,
    page: i64,
}

impl ListQuery {
    fn filter(&self, today: chrono::NaiveDate) -> CaseFilter {
        let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        CaseFilter {
            step: some(&self.step),
            city: some(&self.city),
            company_id: some(&self.company),
            country: some(&self.country),
            overdue: !self.overdue.is_empty(),
            // Closed cases stand at an end step: asked for by their step, they are shown.
            closed: !self.step.trim().is_empty(),
            today: Some(today),
        }
    }

    /// This list's address on page `n`.
    fn link(&self, n: i64) -> String {
        let mut q = Vec::new();
        for (k, v) in [
            ("step", &self.step),
            ("city", &self.city),
            ("company", &self.company),
            ("country", &self.country),
            ("overdue", &self.overdue),
        ] {
            if !v.is_empty() {
                q.push(format!("{k}={}", domain::format::percent_encode(v)));
            }
        }
        q.push(format!("page={n}"));
        format!("/cases?{}", q.join("&"))
    }
}

fn choices(options: Vec<(String, String)>, selected: &str) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == selected,
            value,
            label,
        })
        .collect()
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let today = today(&state);
    let scope = granted.scope.clone();
    let actor_id = granted.authed.user.id.clone();
    // A trainee's list is their case.
    if scope == Scope::OwnAccount {
        let (s, a) = (scope.clone(), actor_id.clone());
        let mine = state
            .db
            .read(move |c| {
                let f = CaseFilter {
                    closed: true,
                    ..CaseFilter::default()
                };
                db::cases::list(c, &s, &a, &f, 0, 1)
            })
            .await?;
        if let Some(r) = mine.0.first() {
            return Ok(super::super::see_other(&format!("/cases/{}", r.case.id)));
        }
    }
    let page_no = q.page.max(1);
    let filter = q.filter(today);
    let (rows, total, places, companies, waiting) = state
        .db
        .read(move |c| {
            let (rows, total) = db::cases::list(
                c,
                &scope,
                &actor_id,
                &filter,
                (page_no - 1) * PAGE_SIZE,
                PAGE_SIZE,
            )?;
            let places = db::cases::places(c, &scope, &actor_id)?;
            let companies = db::cases::companies(c, &scope, &actor_id)?;
            // Who must act: the actor the case's template names for its step.
            let mut templates = Templates::default();
            let mut waiting = Vec::with_capacity(rows.len());
            for r in &rows {
                let who = templates
                    .get(c, &r.case.template_id)?
                    .and_then(|t| t.step(&r.case.step))
                    .and_then(|s| s.actor.as_ref().map(|a| a.get_ref().clone()));
                waiting.push(who);
            }
            Ok((rows, total, places, companies, waiting))
        })
        .await?;
    let tr = ctx.tr();
    let country = |code: &str| super::super::candidates::view::country_name(&tr, code);
    let rows = rows
        .into_iter()
        .zip(waiting)
        .map(|(r, who)| Row {
            reference: r.case.reference.clone(),
            trainee: format!("{} {}", r.family_name, r.given_names),
            company: r.company,
            city: r.case.city.clone(),
            country: country(&r.case.country),
            step: words::step(&tr, &r.case.step),
            waiting_for: who.map(|w| words::role(&tr, &w)).unwrap_or_default(),
            due: r.case.next_due.map(|d| {
                let s = Due::standing_of(d, today, app::cases::UPCOMING_DAYS);
                (
                    tr.date(&d),
                    words::standing_attr(s),
                    words::standing(&tr, s),
                )
            }),
            closed: r.case.closed,
            id: r.case.id,
        })
        .collect();
    let last = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let (cities, countries) = places;
    let actor = &granted.authed.actor;
    html(&ListPage {
        rows,
        total,
        steps: choices(
            shipped_steps()
                .into_iter()
                .map(|s| {
                    let l = words::step(&tr, &s);
                    (s, l)
                })
                .collect(),
            &q.step,
        ),
        cities: choices(
            cities.into_iter().map(|c| (c.clone(), c)).collect(),
            &q.city,
        ),
        companies: choices(companies, &q.company),
        countries: choices(
            countries
                .into_iter()
                .map(|c| {
                    let l = country(&c);
                    (c, l)
                })
                .collect(),
            &q.country,
        ),
        overdue: !q.overdue.is_empty(),
        prev: (page_no > 1).then(|| q.link(page_no - 1)),
        next: (page_no < last).then(|| q.link(page_no + 1)),
        page_of: tr.t_with(
            "page-of",
            &[
                ("page", i18n::FluentArg::Num(page_no)),
                ("pages", i18n::FluentArg::Num(last)),
            ],
        ),
        no_case_yet: granted.scope == Scope::OwnAccount,
        board: crate::routes::get_access("/cases/board")
            .is_some_and(|a| a.admits(Some(actor)).is_ok())
            && super::board::shown_to(actor),
        page: Page::new(&ctx, "cases-title"),
    })
}
