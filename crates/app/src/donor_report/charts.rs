//! From a `Report` to its charts, once: the results page draws these as SVG and the donor
//! report's PDF as vector shapes, so the two can never show different figures.
//!
//! Five charts, each from the registry's figures or the logframe: the funnel from
//! applications to completed traineeships, outcomes by country, the procedure's mean days
//! per step, the company pipeline by stage, and every indicator with a target against it.
//! Labels are translated here (`results_charts.ftl`, ids `chart-…`; countries, steps and
//! stages by the keys their own pages use) and numbers formatted for the reader; a chart
//! with nothing to show is left out rather than drawn empty.

use charts::{Chart, Kind, Point, Series};
use domain::outreach::Stage;
use domain::results::{Dimension, Figure, Report, Value, rule};
use i18n::Tr;

use super::values::{self, format, shown};

/// The report's charts in the reader's language, those with data only, in a fixed order.
pub fn charts_of(report: &Report, tr: &Tr) -> Vec<Chart> {
    let currency = report.programme.currency.as_str();
    [
        funnel(report, tr),
        outcomes(report, tr),
        procedure(report, tr, currency),
        pipeline(report, tr),
        progress(report, tr),
    ]
    .into_iter()
    .flatten()
    .filter(|chart| !chart.is_empty())
    .collect()
}

/// The funnel step a rule counts.
fn funnel_step(tr: &Tr, rule: &str) -> String {
    match rule {
        rule::APPLICATIONS => tr.t("chart-funnel-applications"),
        rule::SELECTED => tr.t("chart-funnel-selected"),
        rule::PLACED => tr.t("chart-funnel-placed"),
        rule::COURSES_COMPLETED => tr.t("chart-funnel-courses-completed"),
        rule::TRAINEESHIPS_STARTED => tr.t("chart-funnel-traineeships-started"),
        rule::TRAINEESHIPS_COMPLETED => tr.t("chart-funnel-traineeships-completed"),
        other => other.to_owned(),
    }
}

fn point(tr: &Tr, value: Value, currency: &str) -> Point {
    Point::new(value.raw, format(tr, value, currency))
}

fn funnel(report: &Report, tr: &Tr) -> Option<Chart> {
    let currency = report.programme.currency.as_str();
    let steps: Vec<(&str, &Figure)> = rule::FUNNEL
        .iter()
        .filter_map(|code| report.computed(code).map(|figure| (*code, figure)))
        .collect();
    Some(Chart {
        key: "funnel".to_owned(),
        kind: Kind::Funnel,
        title: tr.t("chart-funnel-title"),
        summary: tr.t("chart-funnel-summary"),
        category_header: tr.t("chart-step"),
        categories: steps
            .iter()
            .map(|(code, _)| funnel_step(tr, code))
            .collect(),
        series: vec![Series::new(
            tr.t("chart-people"),
            steps
                .iter()
                .map(|(_, figure)| point(tr, figure.total, currency))
                .collect(),
        )],
    })
}

/// A country's name by the key the forms use (`country-tn`), or its code.
fn country(tr: &Tr, code: &str) -> String {
    tr.t_or(&format!("country-{}", code.to_ascii_lowercase()), code)
}

fn outcomes(report: &Report, tr: &Tr) -> Option<Chart> {
    let currency = report.programme.currency.as_str();
    let in_italy = report.computed(rule::IN_ITALY);
    let returned = report.computed(rule::RETURNED_HOME);
    // The programme's countries first, in its order, then any other a figure names.
    let mut codes: Vec<String> = report.programme.countries.clone();
    for figure in [in_italy, returned].into_iter().flatten() {
        for part in figure.by(Dimension::Country) {
            if !codes.contains(&part.key) {
                codes.push(part.key.clone());
            }
        }
    }
    let series = |name: String, figure: Option<&Figure>| {
        let points = codes
            .iter()
            .map(|code| {
                let value = figure
                    .and_then(|f| f.part(Dimension::Country, code))
                    .unwrap_or(Value::count(0));
                point(tr, value, currency)
            })
            .collect();
        Series::new(name, points)
    };
    Some(Chart {
        key: "outcomes-by-country".to_owned(),
        kind: Kind::GroupedBars,
        title: tr.t("chart-outcomes-title"),
        summary: tr.t("chart-outcomes-summary"),
        category_header: tr.t("chart-country"),
        categories: codes.iter().map(|code| country(tr, code)).collect(),
        series: vec![
            series(tr.t("chart-in-italy"), in_italy),
            series(tr.t("chart-returned-home"), returned),
        ],
    })
}

fn procedure(report: &Report, tr: &Tr, currency: &str) -> Option<Chart> {
    let figure = report.computed(rule::PROCEDURE_DAYS)?;
    let parts: Vec<_> = figure.by(Dimension::Step).collect();
    Some(Chart {
        key: "procedure-days".to_owned(),
        kind: Kind::Bars,
        title: tr.t("chart-procedure-title"),
        summary: tr.t("chart-procedure-summary"),
        category_header: tr.t("chart-step"),
        categories: parts
            .iter()
            .map(|part| {
                let key = format!("case-step-{}", part.key.replace('_', "-"));
                tr.t_or(&key, &part.key)
            })
            .collect(),
        series: vec![Series::new(
            tr.t("chart-mean-days"),
            parts
                .iter()
                .map(|part| point(tr, part.value, currency))
                .collect(),
        )],
    })
}

fn pipeline(report: &Report, tr: &Tr) -> Option<Chart> {
    let figure = report.computed(rule::COMPANIES_ENGAGED)?;
    let currency = report.programme.currency.as_str();
    // The pipeline's order, whatever order the figure was computed in.
    let mut parts: Vec<_> = figure.by(Dimension::Stage).collect();
    let rank = |key: &str| {
        Stage::ALL
            .iter()
            .position(|stage| stage.as_str() == key)
            .unwrap_or(Stage::ALL.len())
    };
    parts.sort_by_key(|part| rank(&part.key));
    Some(Chart {
        key: "company-pipeline".to_owned(),
        kind: Kind::Bars,
        title: tr.t("chart-pipeline-title"),
        summary: tr.t("chart-pipeline-summary"),
        category_header: tr.t("chart-stage"),
        categories: parts
            .iter()
            .map(|part| {
                let key = format!("stage-{}", part.key.replace('_', "-"));
                tr.t_or(&key, &part.key)
            })
            .collect(),
        series: vec![Series::new(
            tr.t("chart-companies"),
            parts
                .iter()
                .map(|part| point(tr, part.value, currency))
                .collect(),
        )],
    })
}

fn progress(report: &Report, tr: &Tr) -> Option<Chart> {
    let currency = report.programme.currency.as_str();
    let mut categories = Vec::new();
    let (mut actual, mut target, mut share) = (Vec::new(), Vec::new(), Vec::new());
    for indicator in report.indicators() {
        let shown = shown(report, indicator);
        let Some(goal) = shown.target else { continue };
        categories.push(format!("{} {}", indicator.code, indicator.title));
        actual.push(match shown.value {
            Some(value) => point(tr, value, currency),
            None => Point::new(0, tr.t("chart-no-value")),
        });
        target.push(point(tr, goal, currency));
        share.push(match shown.share() {
            Some(bp) => Point::new(bp.raw, values::percent(tr, bp.raw)),
            None => Point::new(0, tr.t("chart-no-value")),
        });
    }
    Some(Chart {
        key: "indicator-progress".to_owned(),
        kind: Kind::Progress,
        title: tr.t("chart-progress-title"),
        summary: tr.t("chart-progress-summary"),
        category_header: tr.t("chart-indicator"),
        categories,
        series: vec![
            Series::new(tr.t("chart-value"), actual),
            Series::new(tr.t("chart-target"), target),
            Series::new(tr.t("chart-share"), share),
        ],
    })
}
