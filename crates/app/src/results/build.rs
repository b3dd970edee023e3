//! Assembles the `Report` from what storage holds: the logframe's rows, the periods and
//! their frozen figures, the manual values, and the registry's figures computed from the
//! facts. This is the one calculation path: every page, spreadsheet, PDF and IATI file
//! gets its numbers from [`build`] through `report`.
//!
//! A submitted period answers with its frozen figure and, when the records have moved
//! since, the live value as `corrected`; an open period answers live, as of its last day.
//! The indicators' `current` is the value of the chosen period, or else of everything
//! recorded so far (a manual indicator: its latest period's value).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate};
use db::results::logframe::{IndicatorRow, NodeRow};
use db::results::manual::ValueRow;
use db::results::periods::{PeriodRow, rule_subject};
use domain::results::editing::NodeKind;
use domain::results::{
    Figure, Indicator, Measured, Objective, PeriodStatus, PeriodValue, Programme, Report,
    ReportPeriod, ResultArea, Source, Value, registry,
};

use super::cache::Snapshot;
use crate::{AppResult, Error};

/// Everything storage holds that a report reads, loaded once.
pub struct Stored {
    pub programme: db::programmes::Programme,
    pub nodes: Vec<NodeRow>,
    pub indicators: Vec<IndicatorRow>,
    pub periods: Vec<PeriodRow>,
    pub snapshots: Vec<(String, String, Figure)>,
    pub values: Vec<ValueRow>,
    /// The facts and the figures computed from them (kept between requests, see `cache`).
    pub facts: Arc<Snapshot>,
}

/// Loads what a report of `programme` reads (found within reach by the caller), with the
/// facts of `facts` (`Cache::snapshot`, or `Snapshot::read` for a fresh load).
pub fn load(
    conn: &mut db::DbConn,
    programme: db::programmes::Programme,
    facts: Arc<Snapshot>,
) -> AppResult<Stored> {
    let id = programme.id.clone();
    Ok(Stored {
        nodes: db::results::logframe::nodes(conn, &id)?,
        indicators: db::results::logframe::indicators(conn, &id)?,
        periods: db::results::periods::list(conn, &id)?,
        snapshots: db::results::periods::snapshots(conn, &id)?,
        values: db::results::manual::values(conn, &id)?,
        facts,
        programme,
    })
}

/// "Everything recorded so far": the day live figures are computed as of.
const ALL_RECORDED: NaiveDate = NaiveDate::MAX;

fn period(row: &PeriodRow) -> AppResult<ReportPeriod> {
    Ok(ReportPeriod {
        id: row.id.clone(),
        label: row.label.clone(),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        status: match row.submitted_at {
            Some(at) => PeriodStatus::Submitted {
                at: DateTime::from_naive_utc_and_offset(at, chrono::Utc),
            },
            None => PeriodStatus::Open,
        },
        narrative: row.narrative()?,
    })
}

fn measured(year: Option<i64>, raw: Option<i64>, unit: domain::results::Unit) -> Option<Measured> {
    Some(Measured {
        year: i32::try_from(year?).ok()?,
        value: Value::new(unit, raw?),
        comment: None,
    })
}

impl Stored {
    fn frozen(&self, period_id: &str, subject: &str) -> Option<&Figure> {
        self.snapshots
            .iter()
            .find(|(p, s, _)| p == period_id && s == subject)
            .map(|(_, _, f)| f)
    }

    fn manual(&self, indicator_id: &str, period_id: &str) -> Option<&ValueRow> {
        self.values
            .iter()
            .find(|v| v.indicator_id == indicator_id && v.period_id == period_id)
    }

    /// The live figure of an indicator as of a day (a manual one: its value for the period).
    fn live(
        &self,
        row: &IndicatorRow,
        period: Option<&PeriodRow>,
        as_of: NaiveDate,
    ) -> Option<Figure> {
        match &row.rule {
            Some(code) => self.facts.compute(code, as_of),
            None => {
                let p = period?;
                self.manual(&row.id, &p.id)
                    .map(|v| Figure::new(Value::new(row.unit, v.raw)))
            }
        }
    }

    /// One indicator's value in one period.
    fn period_value(&self, row: &IndicatorRow, p: &PeriodRow) -> PeriodValue {
        let live = self.live(row, Some(p), p.ends_on);
        let (actual, corrected) = match (p.submitted_at, self.frozen(&p.id, &row.id)) {
            (Some(_), Some(frozen)) => {
                let moved = live
                    .as_ref()
                    .map(|l| l.total)
                    .filter(|l| *l != frozen.total);
                (Some(frozen.clone()), moved)
            }
            _ => (live, None),
        };
        let target = match (row.target_year, row.target_raw) {
            (Some(y), Some(raw)) if i64::from(p.ends_on.year()) == y => {
                Some(Value::new(row.unit, raw))
            }
            _ => None,
        };
        PeriodValue {
            period_id: p.id.clone(),
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            target,
            actual,
            corrected,
        }
    }

    fn indicator(&self, row: &IndicatorRow, chosen: Option<&PeriodRow>) -> Indicator {
        let periods: Vec<PeriodValue> = self
            .periods
            .iter()
            .map(|p| self.period_value(row, p))
            .collect();
        let current = match chosen {
            Some(p) => periods
                .iter()
                .find(|v| v.period_id == p.id)
                .and_then(|v| v.actual.clone()),
            None => match &row.rule {
                Some(_) => self.live(row, None, ALL_RECORDED),
                None => periods.iter().rev().find_map(|v| v.actual.clone()),
            },
        };
        Indicator {
            id: row.id.clone(),
            code: row.code.clone(),
            title: row.title.clone(),
            unit: row.unit,
            ascending: row.ascending,
            source: match &row.rule {
                Some(code) => Source::Computed(code.clone()),
                None => Source::Manual,
            },
            baseline: measured(row.baseline_year, row.baseline_raw, row.unit),
            target: measured(row.target_year, row.target_raw, row.unit),
            current,
            periods,
        }
    }

    fn indicators_of(&self, node_id: &str, chosen: Option<&PeriodRow>) -> Vec<Indicator> {
        self.indicators
            .iter()
            .filter(|i| i.node_id == node_id)
            .map(|i| self.indicator(i, chosen))
            .collect()
    }
}

/// The report of the stored programme, for `period_id` if given (`NotFound` when it is
/// not one of the programme's periods).
pub fn build(s: &Stored, period_id: Option<&str>) -> AppResult<Report> {
    let chosen = match period_id {
        Some(id) => Some(
            s.periods
                .iter()
                .find(|p| p.id == id)
                .ok_or(Error::NotFound)?,
        ),
        None => None,
    };
    let objectives = s
        .nodes
        .iter()
        .filter(|n| n.kind != NodeKind::Result)
        .map(|o| Objective {
            id: o.id.clone(),
            code: o.code.clone(),
            title: o.title.clone(),
            overall: o.kind == NodeKind::Overall,
            indicators: s.indicators_of(&o.id, chosen),
            results: s
                .nodes
                .iter()
                .filter(|r| r.kind == NodeKind::Result && r.parent_id.as_deref() == Some(&o.id))
                .map(|r| ResultArea {
                    id: r.id.clone(),
                    code: r.code.clone(),
                    title: r.title.clone(),
                    indicators: s.indicators_of(&r.id, chosen),
                })
                .collect(),
        })
        .collect();
    let computed = match chosen {
        Some(p) if p.submitted_at.is_some() => registry::RULES
            .iter()
            .filter_map(|r| {
                let f = s.frozen(&p.id, &rule_subject(r.code))?;
                Some((r.code.to_owned(), f.clone()))
            })
            .collect(),
        Some(p) => s.facts.compute_all(p.ends_on),
        None => s.facts.compute_all(ALL_RECORDED),
    };
    let p = &s.programme;
    Ok(Report {
        programme: Programme {
            id: p.id.clone(),
            name: p.name.clone(),
            slug: p.slug.clone(),
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            budget_cents: p.budget_cents,
            currency: p.currency.clone(),
            countries: p
                .countries
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty() && *c != "IT")
                .map(str::to_owned)
                .collect(),
        },
        period: chosen.map(period).transpose()?,
        periods: s.periods.iter().map(period).collect::<AppResult<_>>()?,
        objectives,
        computed,
    })
}

/// What submitting `period_id` freezes: every indicator's value for the period and every
/// registry rule's figure as of its last day, as (subject, figure).
pub fn to_freeze(s: &Stored, period_id: &str) -> AppResult<Vec<(String, Figure)>> {
    let p = s
        .periods
        .iter()
        .find(|p| p.id == period_id)
        .ok_or(Error::NotFound)?;
    let mut out: Vec<(String, Figure)> = s
        .indicators
        .iter()
        .filter_map(|i| Some((i.id.clone(), s.live(i, Some(p), p.ends_on)?)))
        .collect();
    out.extend(
        s.facts
            .compute_all(p.ends_on)
            .into_iter()
            .map(|(code, f)| (rule_subject(&code), f)),
    );
    Ok(out)
}

/// The programme's indicators by id, for pages that open one.
pub fn indicator_rows(s: &Stored) -> HashMap<&str, &IndicatorRow> {
    s.indicators.iter().map(|i| (i.id.as_str(), i)).collect()
}
