//! The donor report as a `paper::Sheet`: the cover, the indicators objective by objective,
//! the charts, the period's narrative, and a footer saying what the figures are (as
//! submitted, or live on a given day).

use chrono::NaiveDate;
use domain::results::{Indicator, PeriodStatus, Report, Unit, Value};
use i18n::{FluentArg, Tr};
use paper::{Block, Sheet};

use super::charts::charts_of;
use super::values::{format, percent, plain, shown};

/// The sheet of the report, its figures as of `on` when they are live.
pub(crate) fn sheet(report: &Report, tr: &Tr, on: NaiveDate) -> Sheet {
    let programme = &report.programme;
    let mut blocks = cover(report, tr, on);
    blocks.push(Block::Heading(tr.t("chart-report-indicators")));
    let mut any = false;
    for objective in &report.objectives {
        let indicators: Vec<&Indicator> = objective
            .indicators
            .iter()
            .chain(objective.results.iter().flat_map(|r| r.indicators.iter()))
            .collect();
        if indicators.is_empty() {
            continue;
        }
        any = true;
        blocks.push(Block::Paragraph(format!(
            "{} {}",
            objective.code, objective.title
        )));
        blocks.push(indicator_table(report, tr, &indicators));
    }
    if !any {
        blocks.push(Block::Paragraph(tr.t("chart-report-no-indicators")));
    }
    if frozen(report) {
        blocks.push(Block::Paragraph(tr.t("chart-report-frozen-note")));
    }
    let charts = charts_of(report, tr);
    if !charts.is_empty() {
        blocks.push(Block::Heading(tr.t("chart-report-charts")));
        blocks.extend(charts.into_iter().map(Block::Chart));
    }
    if let Some(period) = &report.period
        && !period.narrative.is_empty()
    {
        blocks.push(Block::Heading(tr.t("chart-report-narrative")));
        for (heading, text) in &period.narrative {
            blocks.push(Block::Heading(heading.clone()));
            blocks.push(Block::Paragraph(text.clone()));
        }
    }
    let footer = tr.t_with(
        "chart-report-footer",
        &[
            ("basis", FluentArg::Str(basis_short(report, tr, on))),
            ("page", FluentArg::Str("{page}".to_owned())),
            ("pages", FluentArg::Str("{pages}".to_owned())),
        ],
    );
    Sheet {
        lang: tr.locale.tag().to_owned(),
        title: tr.t("chart-report-title"),
        subtitle: Some(match &report.period {
            Some(period) => format!("{} — {}", programme.name, period.label),
            None => programme.name.clone(),
        }),
        blocks,
        footer: Some(plain(&footer)),
    }
}

/// Whether the report's figures are a submitted period's, frozen.
fn frozen(report: &Report) -> bool {
    matches!(
        report.period.as_ref().map(|p| &p.status),
        Some(PeriodStatus::Submitted { .. })
    )
}

fn field(label: String, value: String) -> Block {
    Block::Field {
        label,
        value: plain(&value),
    }
}

fn cover(report: &Report, tr: &Tr, on: NaiveDate) -> Vec<Block> {
    let programme = &report.programme;
    let span = |from: &NaiveDate, to: &NaiveDate| {
        tr.t_with(
            "chart-report-dates-span",
            &[
                ("from", FluentArg::Str(tr.date(from))),
                ("to", FluentArg::Str(tr.date(to))),
            ],
        )
    };
    let mut blocks = vec![field(
        tr.t("chart-report-programme"),
        programme.name.clone(),
    )];
    if let Some(period) = &report.period {
        blocks.push(field(
            tr.t("chart-report-period"),
            format!(
                "{} ({})",
                period.label,
                plain(&span(&period.starts_on, &period.ends_on))
            ),
        ));
    }
    blocks.push(field(
        tr.t("chart-report-dates"),
        span(&programme.starts_on, &programme.ends_on),
    ));
    blocks.push(field(
        tr.t("chart-report-budget"),
        tr.money(&programme.budget_cents, &programme.currency),
    ));
    if !programme.countries.is_empty() {
        let names: Vec<String> = programme
            .countries
            .iter()
            .map(|code| tr.t_or(&format!("country-{}", code.to_ascii_lowercase()), code))
            .collect();
        blocks.push(field(tr.t("chart-report-countries"), names.join(", ")));
    }
    blocks.push(field(tr.t("chart-report-basis"), basis(report, tr, on)));
    blocks
}

/// What the figures are, in a sentence (the cover).
fn basis(report: &Report, tr: &Tr, on: NaiveDate) -> String {
    match report.period.as_ref().map(|p| &p.status) {
        Some(PeriodStatus::Submitted { at }) => tr.t1(
            "chart-report-basis-submitted",
            "at",
            &tr.date_time(&at.naive_utc()),
        ),
        _ => tr.t1("chart-report-basis-live", "date", &tr.date(&on)),
    }
}

/// What the figures are, in a few words (the footer).
fn basis_short(report: &Report, tr: &Tr, on: NaiveDate) -> String {
    match report.period.as_ref().map(|p| &p.status) {
        Some(PeriodStatus::Submitted { at }) => tr.t1(
            "chart-report-footer-submitted",
            "at",
            &tr.date_time(&at.naive_utc()),
        ),
        _ => tr.t1("chart-report-footer-live", "date", &tr.date(&on)),
    }
}

fn unit(tr: &Tr, unit: Unit) -> String {
    match unit {
        Unit::Count => tr.t("chart-report-unit-count"),
        Unit::Percent => tr.t("chart-report-unit-percent"),
        Unit::Days => tr.t("chart-report-unit-days"),
        Unit::Euro => tr.t("chart-report-unit-euro"),
    }
}

/// Code, indicator, unit, baseline, target, value (with a later correction noted), share
/// of the target.
fn indicator_table(report: &Report, tr: &Tr, indicators: &[&Indicator]) -> Block {
    let currency = report.programme.currency.as_str();
    let value = |v: Option<Value>| v.map(|v| format(tr, v, currency)).unwrap_or_default();
    let rows = indicators
        .iter()
        .map(|indicator| {
            let shown = shown(report, indicator);
            let mut current = value(shown.value);
            if let Some(corrected) = shown.corrected
                && Some(corrected) != shown.value
            {
                let note = tr.t1("chart-report-corrected", "value", &value(Some(corrected)));
                current = format!("{current}\n{}", plain(&note));
            }
            vec![
                indicator.code.clone(),
                indicator.title.clone(),
                unit(tr, indicator.unit),
                value(indicator.baseline.as_ref().map(|m| m.value)),
                value(shown.target),
                current,
                shown
                    .share()
                    .map(|bp| percent(tr, bp.raw))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    Block::Table {
        headers: vec![
            tr.t("chart-report-code"),
            tr.t("chart-indicator"),
            tr.t("chart-report-unit"),
            tr.t("chart-report-baseline"),
            tr.t("chart-target"),
            tr.t("chart-value"),
            tr.t("chart-share"),
        ],
        rows,
    }
}
