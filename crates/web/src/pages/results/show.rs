//! `/results/{programme}`: the logframe — objectives → expected results → indicators with
//! unit, baseline, target, current value and progress — for everything recorded, or as a
//! chosen reporting period reported it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::results::PeriodStatus;

use super::{IndicatorLine, PeriodQuery};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Block {
    /// An expected result (else its objective).
    result: bool,
    code: String,
    title: String,
    kind: String,
    indicators: Vec<IndicatorLine>,
}

/// An objective's block, then its expected results'.
struct Objective {
    code: String,
    blocks: Vec<Block>,
}

/// A chart drawn on the server, with the data table that reads it out (and stands in for
/// it where images are not shown).
struct ChartView {
    key: String,
    svg: String,
    table: app::donor_report::Table,
}

struct PeriodChoice {
    id: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "results/programme.html")]
struct ProgrammePage {
    /// "Figures computed at …", when they come from the cache.
    computed: Option<String>,
    page: Page,
    id: String,
    periods: Vec<PeriodChoice>,
    /// The chosen period's label and whether it was submitted.
    chosen: Option<(String, bool)>,
    objectives: Vec<Objective>,
    charts: Vec<ChartView>,
    may_manage: bool,
    query: String,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let report = super::report_for(&state, &ctx, &id, &q).await?;
    let who = ctx.acting()?;
    let period = q.period()?;
    let tr = ctx.tr();
    let lines = |is: &[domain::results::Indicator]| {
        is.iter()
            .map(|i| IndicatorLine::of(&tr, &id, i))
            .collect::<Vec<_>>()
    };
    let objectives = report
        .objectives
        .iter()
        .map(|o| {
            let mut blocks = vec![Block {
                result: false,
                code: o.code.clone(),
                title: o.title.clone(),
                kind: tr.t(if o.overall {
                    "results-kind-overall"
                } else {
                    "results-kind-specific"
                }),
                indicators: lines(&o.indicators),
            }];
            blocks.extend(o.results.iter().map(|r| Block {
                result: true,
                code: r.code.clone(),
                title: r.title.clone(),
                kind: tr.t("results-kind-result"),
                indicators: lines(&r.indicators),
            }));
            Objective {
                code: o.code.clone(),
                blocks,
            }
        })
        .collect();
    let chosen = report.period.as_ref().map(|p| {
        (
            p.label.clone(),
            matches!(p.status, PeriodStatus::Submitted { .. }),
        )
    });
    let periods = report
        .periods
        .iter()
        .map(|p| PeriodChoice {
            selected: period == Some(p.id.as_str()),
            id: p.id.clone(),
            label: p.label.clone(),
        })
        .collect();
    // The same charts as the donor report's PDF: one place turns a report into charts.
    let charts = app::donor_report::charts_of(&report, &tr)
        .iter()
        .map(|c| ChartView {
            key: c.key.clone(),
            svg: app::donor_report::svg(c, tr.locale),
            table: c.table(),
        })
        .collect();
    let title = tr.t1(
        "results-programme-title",
        "programme",
        &report.programme.name,
    );
    // Figures kept from an earlier load say when they were computed (`app::results::cache`).
    let computed = state.results.computed_at(&report.programme.id).map(|at| {
        tr.t1(
            "results-computed-at",
            "time",
            &tr.date_time(&at.naive_utc()),
        )
    });
    html(&ProgrammePage {
        page: Page::titled(&ctx, title),
        computed,
        query: period.map(|p| format!("?period={p}")).unwrap_or_default(),
        id,
        periods,
        chosen,
        objectives,
        charts,
        may_manage: app::results::may_manage(&who),
    })
}
