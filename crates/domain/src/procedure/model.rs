//! A procedure template as its file states it.

use serde::Deserialize;
use toml::Spanned;

use crate::deadline::Unit;

/// A procedure: its steps, transitions and deadline rules. `version` grows with each
/// change; a case keeps the version it started with.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub id: Spanned<String>,
    pub name: String,
    pub version: Spanned<i64>,
    /// ISO 3166-2 code of the region whose rules it follows (`IT-25` Lombardy, `IT-21`
    /// Piedmont).
    pub region: String,
    pub start: Spanned<String>,
    #[serde(default)]
    pub duration: Option<Duration>,
    #[serde(default, rename = "step")]
    pub steps: Vec<Step>,
    #[serde(default, rename = "transition")]
    pub transitions: Vec<Transition>,
    #[serde(default, rename = "deadline")]
    pub deadlines: Vec<DeadlineRule>,
}

/// The traineeship's length rules: months in total, extensions included; the maximum by
/// qualification where the region sets one (Lombardy: 6 with a secondary diploma, 12 with
/// a degree).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    pub minimum_months: i64,
    pub maximum_months: i64,
    #[serde(default)]
    pub maximum_by_qualification: std::collections::BTreeMap<String, i64>,
    /// Days before a permit expires in which its conversion may be asked for.
    #[serde(default)]
    pub conversion_window_days: Option<i64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: Spanned<String>,
    /// A step a case ends in (completed, interrupted, withdrawn).
    #[serde(default)]
    pub end: bool,
    /// Who must act while a case is here (shown as "waiting for").
    #[serde(default)]
    pub actor: Option<Spanned<String>>,
    /// Documents the step needs before a case may leave it.
    #[serde(default)]
    pub documents: Vec<Spanned<String>>,
    /// Facts the step needs recorded (policy numbers, dates).
    #[serde(default)]
    pub fields: Vec<String>,
    /// Whether time in this step is time waiting for someone (the default), which the
    /// board weighs to find the bottleneck; `false` for the traineeship itself.
    #[serde(default = "yes")]
    pub waiting: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    pub from: Spanned<String>,
    pub to: Spanned<String>,
    pub roles: Vec<Spanned<String>>,
    /// Whether the step's documents and fields must be complete to take it (not to record
    /// a refusal or a withdrawal).
    #[serde(default = "yes")]
    pub complete: bool,
}

fn yes() -> bool {
    true
}

/// A deadline rule and where it runs: from the day a case entered `anchor`, while it is
/// in one of `during`, for `who` to act.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRule {
    pub id: Spanned<String>,
    pub anchor: Spanned<String>,
    pub offset: i64,
    pub unit: Unit,
    #[serde(default)]
    pub roll_forward: bool,
    pub during: Vec<Spanned<String>>,
    pub who: Spanned<String>,
    /// Documents or facts that meet the deadline: once the case holds one, it stops
    /// running (the hospitality declaration uploaded, the case still in its step).
    #[serde(default)]
    pub met_by: Vec<String>,
}

impl Template {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id.get_ref() == id)
    }

    /// The transitions out of `step`.
    pub fn from(&self, step: &str) -> Vec<&Transition> {
        self.transitions
            .iter()
            .filter(|t| t.from.get_ref() == step)
            .collect()
    }

    /// The deadline rule as `deadline` computes it.
    pub fn rule(d: &DeadlineRule) -> crate::deadline::Rule {
        crate::deadline::Rule {
            id: d.id.get_ref().clone(),
            anchor: d.anchor.get_ref().clone(),
            offset: d.offset,
            unit: d.unit,
            roll_forward: d.roll_forward,
        }
    }
}
