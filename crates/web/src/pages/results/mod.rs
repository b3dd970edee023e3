//! The Results pages (issue 16): the programmes in reach (`/results`), a programme's
//! logframe with every indicator's value and a period chooser (`show`), one indicator with
//! its breakdowns, periods and the rule behind it (`indicator`), the records behind a
//! figure (`records`, without identities for evaluators), reporting periods (`periods`:
//! open, narrative, submit after confirming), manual values and evidence (`manual`), the
//! logframe's editing (`edit`) and the indicators as CSV/XLSX (`download`); the outcome
//! table of DOMAIN.md §6 (`outcomes`: `/results/{programme}/outcomes`, `.csv`, `.xlsx`) and
//! the IATI activity file's identifiers and download (`iati`: `/results/{programme}/iati`,
//! `iati.xml`). Every number comes from `app::results::report`, the one calculation path.

pub mod download;
pub mod edit;
pub mod iati;
pub mod indicator;
pub mod manual;
pub mod outcomes;
pub mod periods;
pub mod records;
pub mod report_pdf;
pub mod show;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::results::{Dimension, Indicator, Source, Unit, Value};
use i18n::Tr;
use serde::Deserialize;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

/// `?period=` on the results pages.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PeriodQuery {
    pub period: String,
    pub page: usize,
}

impl PeriodQuery {
    /// The period asked for, if any (checked like an id).
    pub fn period(&self) -> Result<Option<&str>, AppError> {
        let p = self.period.trim();
        if p.is_empty() {
            return Ok(None);
        }
        crate::pages::cases::checked_id(p)?;
        Ok(Some(p))
    }
}

/// The report of `programme` for the period `q` asks for, as the signed-in person may read
/// it: what the programme page, its PDF and its spreadsheets start from.
pub(crate) async fn report_for(
    state: &AppState,
    ctx: &Ctx,
    programme: &str,
    q: &PeriodQuery,
) -> Result<domain::results::Report, AppError> {
    crate::pages::cases::checked_id(programme)?;
    let who = ctx.acting()?;
    Ok(app::results::report(&state.db, &state.results, &who, programme, q.period()?).await?)
}

/// A value as the reader's locale writes it.
pub(crate) fn show(tr: &Tr, v: Value) -> String {
    match v.unit {
        Unit::Count => tr.number(&v.raw),
        Unit::Days => domain::format::tenths(tr.locale, v.raw),
        Unit::Euro => tr.money(&v.raw, "EUR"),
        Unit::Percent => format!(
            "{} %",
            domain::format::tenths(tr.locale, (v.raw + 5).div_euclid(10))
        ),
    }
}

pub(crate) fn unit_label(tr: &Tr, u: Unit) -> String {
    tr.t(&format!("results-unit-{}", u.as_str()))
}

pub(crate) fn dimension_label(tr: &Tr, d: Dimension) -> String {
    tr.t(&format!("results-dim-{}", d.as_str().replace('_', "-")))
}

/// A breakdown key in words: a country's or stage's name, a territory's, or the key.
pub(crate) fn key_label(
    tr: &Tr,
    d: Dimension,
    key: &str,
    territories: &std::collections::HashMap<String, String>,
) -> String {
    if key == domain::results::registry::UNKNOWN {
        return tr.t("results-key-unknown");
    }
    match d {
        Dimension::Country => tr.t(&format!("country-{}", key.to_lowercase())),
        Dimension::Stage => tr.t(&format!("stage-{}", key.replace('_', "-"))),
        Dimension::Sex => tr.t(&format!("results-sex-{}", key.to_lowercase())),
        Dimension::Territory => territories
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned()),
        _ => key.to_owned(),
    }
}

/// What the rule of a computed indicator counts, in words.
pub(crate) fn rule_text(tr: &Tr, code: &str) -> String {
    tr.t(&format!("results-rule-{}", code.replace('_', "-")))
}

/// One indicator as a row of the logframe.
pub(crate) struct IndicatorLine {
    pub href: String,
    pub code: String,
    pub title: String,
    pub unit: String,
    pub source: String,
    pub baseline: String,
    pub target: String,
    pub current: String,
    /// The current value as a share of the target, when there is one.
    pub progress: Option<String>,
    /// `<progress>` value, 0–100.
    pub progress_pct: i64,
}

impl IndicatorLine {
    pub fn of(tr: &Tr, programme_id: &str, i: &Indicator) -> IndicatorLine {
        let measured = |m: &Option<domain::results::Measured>| {
            m.as_ref()
                .map(|m| format!("{} ({})", show(tr, m.value), m.year))
                .unwrap_or_else(|| "—".to_owned())
        };
        let current = i.current.as_ref().map(|f| f.total);
        let share = match (current, &i.target) {
            (Some(c), Some(t)) if i.ascending => Value::percent(c.raw, t.value.raw),
            _ => None,
        };
        IndicatorLine {
            href: format!("/results/{programme_id}/indicators/{}", i.id),
            code: i.code.clone(),
            title: i.title.clone(),
            unit: unit_label(tr, i.unit),
            source: match &i.source {
                Source::Computed(_) => tr.t("results-source-computed"),
                Source::Manual => tr.t("results-source-manual"),
            },
            baseline: measured(&i.baseline),
            target: measured(&i.target),
            current: current
                .map(|v| show(tr, v))
                .unwrap_or_else(|| "—".to_owned()),
            progress: share.map(|s| show(tr, s)),
            progress_pct: share.map(|s| (s.raw / 100).clamp(0, 100)).unwrap_or(0),
        }
    }
}

struct ProgrammeLink {
    href: String,
    name: String,
}

#[derive(Template)]
#[template(path = "results/list.html")]
struct ListPage {
    page: Page,
    programmes: Vec<ProgrammeLink>,
}

/// `/results`: the programmes whose results the person may read.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let programmes = app::results::programmes(&state.db, &who)
        .await?
        .into_iter()
        .map(|(id, name)| ProgrammeLink {
            href: format!("/results/{id}"),
            name,
        })
        .collect();
    html(&ListPage {
        page: Page::new(&ctx, "results-title"),
        programmes,
    })
}
