//! The logframe as a report reads it: objectives → expected results → indicators, each
//! indicator with its unit, baseline, target, current value and the values of the
//! reporting periods. `Report` is what the results pages, the CSV/XLSX, the donor report's
//! PDF and the IATI file all read; `app::results` fills it from the records.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::figure::{Figure, Unit, Value};

/// The programme a report is about, with what the IATI activity and the PDF's cover need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    pub name: String,
    /// The programme's short name in URLs and on the command line (`mentor-ii`).
    pub slug: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The total budget in cents of `currency`.
    pub budget_cents: i64,
    /// ISO 4217 (`EUR`).
    pub currency: String,
    /// The countries of origin (ISO 3166-1 alpha-2), as the programme lists them.
    pub countries: Vec<String>,
}

/// Where an indicator's value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "rule")]
pub enum Source {
    /// Computed live from the records by the registry's rule of this code.
    Computed(String),
    /// Entered per period by staff, with evidence files.
    Manual,
}

/// A value at a point in time: a baseline or a target (IATI keeps a year with each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measured {
    pub year: i32,
    pub value: Value,
    pub comment: Option<String>,
}

/// Whether a reporting period's values still move with the records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum PeriodStatus {
    /// Values are computed live.
    Open,
    /// The report was submitted at this moment: the values are frozen as they were then.
    Submitted { at: DateTime<Utc> },
}

/// A reporting period (usually a year or a semester of the programme).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPeriod {
    pub id: String,
    pub label: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: PeriodStatus,
    /// The narrative of the report for this period, section by section (heading, text), in
    /// the language staff wrote it in.
    pub narrative: Vec<(String, String)>,
}

/// One indicator's value in one period: the actual (frozen once the period's report is
/// submitted), the target for that period if one was set, and for a submitted period the
/// change since the previous one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodValue {
    pub period_id: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub target: Option<Value>,
    pub actual: Option<Figure>,
    /// What the live value would be now, when it differs from a frozen `actual` (a later
    /// correction is shown, never silently applied to what was reported).
    pub corrected: Option<Value>,
}

/// An indicator of the logframe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: String,
    /// The logframe's code (`OS1.R2.I3`).
    pub code: String,
    pub title: String,
    pub unit: Unit,
    /// Whether a higher value is better (IATI's `ascending`).
    pub ascending: bool,
    pub source: Source,
    pub baseline: Option<Measured>,
    pub target: Option<Measured>,
    /// The value now: computed live, or the latest manual entry.
    pub current: Option<Figure>,
    pub periods: Vec<PeriodValue>,
}

/// An expected result and its indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultArea {
    pub id: String,
    pub code: String,
    pub title: String,
    pub indicators: Vec<Indicator>,
}

/// An objective (the overall objective or a specific one), its own indicators and its
/// expected results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    pub id: String,
    pub code: String,
    pub title: String,
    /// The overall objective (IATI result type 3, impact) rather than a specific one
    /// (type 2, outcome); expected results are outputs (type 1).
    pub overall: bool,
    pub indicators: Vec<Indicator>,
    pub results: Vec<ResultArea>,
}

/// Everything a results page, a spreadsheet, a PDF or an IATI file shows for a programme
/// (and, when `period` is set, for that reporting period).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub programme: Programme,
    pub period: Option<ReportPeriod>,
    pub periods: Vec<ReportPeriod>,
    pub objectives: Vec<Objective>,
    /// Every computed indicator of the registry by rule code, whether or not the logframe
    /// uses it: the charts read the funnel, the outcomes, the procedure's durations and the
    /// company pipeline from here.
    pub computed: Vec<(String, Figure)>,
}

impl Report {
    /// Every indicator of the logframe, in order.
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.objectives.iter().flat_map(|o| {
            o.indicators
                .iter()
                .chain(o.results.iter().flat_map(|r| r.indicators.iter()))
        })
    }

    /// The registry's figure for a rule, if computed.
    pub fn computed(&self, rule: &str) -> Option<&Figure> {
        self.computed
            .iter()
            .find(|(code, _)| code == rule)
            .map(|(_, f)| f)
    }
}
