//! Results the donor can trust (issue 16): the programme's logframe (objectives → expected
//! results → indicators with unit, baseline, target and value), the registry of indicators
//! the system computes from the recorded work, and the reporting periods whose values are
//! frozen when their report is submitted.
//!
//! Every figure has one definition and one calculation: `registry` names each computed
//! indicator and computes it from anonymous facts; pages, CSV/XLSX, the donor report's PDF
//! and the IATI file all read the same `Report`.

pub mod editing;
pub mod facts;
pub mod figure;
pub mod logframe;
pub mod outcome_table;
pub mod registry;
pub mod rule;

pub use figure::{Dimension, Figure, Part, Unit, Value};
pub use logframe::{
    Indicator, Measured, Objective, PeriodStatus, PeriodValue, Programme, Report, ReportPeriod,
    ResultArea, Source,
};
