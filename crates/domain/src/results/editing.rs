//! What staff type when they shape the logframe and report on it, parsed: a node
//! (objective or expected result), an indicator (unit, source, baseline, target), a
//! reporting period, a manual value. A value that exists is valid; every mistake is
//! reported at once (`Checks`) with the field it belongs to.

use chrono::NaiveDate;

use super::figure::{Unit, Value};
use super::registry;
use crate::stored::stored_as_str;
use crate::{Checks, Invalid, Invalids, bounds};

/// A node of the logframe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// The overall objective (impact).
    Overall,
    /// A specific objective (outcome).
    Specific,
    /// An expected result (output), under a specific objective.
    Result,
}

impl NodeKind {
    pub const ALL: [NodeKind; 3] = [NodeKind::Overall, NodeKind::Specific, NodeKind::Result];

    pub const fn as_str(self) -> &'static str {
        match self {
            NodeKind::Overall => "overall",
            NodeKind::Specific => "specific",
            NodeKind::Result => "result",
        }
    }
}

/// Where an indicator's values come from, as stored (the rule code is kept beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    Computed,
    Manual,
}

impl SourceKind {
    pub const ALL: [SourceKind; 2] = [SourceKind::Computed, SourceKind::Manual];

    pub const fn as_str(self) -> &'static str {
        match self {
            SourceKind::Computed => "computed",
            SourceKind::Manual => "manual",
        }
    }
}

stored_as_str!(NodeKind, SourceKind, Unit);

/// The longest code (`OS1.R2.I3`) and title accepted.
pub const MAX_CODE: usize = 20;
pub const MAX_TITLE: usize = 300;
/// The longest narrative section and note.
pub const MAX_NARRATIVE: usize = 10_000;
pub const MAX_NOTE: usize = 2_000;
/// The largest value a manual indicator, baseline or target may hold (in units).
pub const MAX_VALUE: i64 = 1_000_000_000;

fn required(field: &'static str, s: &str, max: usize) -> Result<String, Invalid> {
    let s = bounds::text(field, s, max)?;
    if s.is_empty() {
        return Err(Invalid::new(field, "error-required"));
    }
    Ok(s)
}

/// A decimal typed in `unit` ("12,5" or "12.5"; thousands not grouped), as its exact
/// value; more decimals than the unit keeps, or a value out of bounds, is refused.
pub fn value(field: &'static str, unit: Unit, s: &str) -> Result<Value, Invalid> {
    let bad = || Invalid::new(field, "results-error-value");
    let s = s.trim().replace(',', ".");
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, s),
    };
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits = match unit.scale() {
        1 => 0,
        10 => 1,
        _ => 2,
    };
    if whole.is_empty()
        || (s.contains('.') && frac.is_empty())
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > digits
        || whole.len() > 12
    {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    if whole > MAX_VALUE {
        return Err(bad());
    }
    let frac_raw: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<digits$}").parse().map_err(|_| bad())?
    };
    let raw = whole * unit.scale() + frac_raw;
    Ok(Value::new(unit, if neg { -raw } else { raw }))
}

fn year(field: &'static str, s: &str) -> Result<Option<i32>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i32>() {
        Ok(y) if (2000..=2100).contains(&y) => Ok(Some(y)),
        _ => Err(Invalid::new(field, "results-error-year")),
    }
}

/// A year and a value given together, or neither.
fn measured(
    checks: &mut Checks,
    (year_field, value_field): (&'static str, &'static str),
    unit: Unit,
    (y, v): (&str, &str),
) -> Option<(i32, i64)> {
    let y = checks.check(year(year_field, y)).flatten();
    let v = if v.trim().is_empty() {
        None
    } else {
        checks.check(value(value_field, unit, v))
    };
    match (y, v) {
        (Some(y), Some(v)) => Some((y, v.raw)),
        (None, Some(_)) => {
            checks.refuse(Invalid::new(year_field, "error-required"));
            None
        }
        (Some(_), None) => {
            checks.refuse(Invalid::new(value_field, "error-required"));
            None
        }
        (None, None) => None,
    }
}

/// An objective or expected result as typed.
#[derive(Debug, Clone, Default)]
pub struct NodeFields {
    pub kind: String,
    pub code: String,
    pub title: String,
}

/// An objective or expected result, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNode {
    pub kind: NodeKind,
    pub code: String,
    pub title: String,
}

impl NodeFields {
    pub fn parse(&self) -> Result<NewNode, Invalids> {
        let mut checks = Checks::default();
        let kind = checks.check(
            NodeKind::try_from(self.kind.trim().to_owned())
                .map_err(|_| Invalid::new("kind", "error-required")),
        );
        let code = checks.check(required("code", &self.code, MAX_CODE));
        let title = checks.check(required("title", &self.title, MAX_TITLE));
        checks.done()?;
        match (kind, code, title) {
            (Some(kind), Some(code), Some(title)) => Ok(NewNode { kind, code, title }),
            _ => Err(Invalid::new("kind", "error-required").into()),
        }
    }
}

/// An indicator as typed: `source` is a registry rule code or `manual`.
#[derive(Debug, Clone, Default)]
pub struct IndicatorFields {
    pub code: String,
    pub title: String,
    pub unit: String,
    pub ascending: bool,
    pub source: String,
    pub baseline_year: String,
    pub baseline_value: String,
    pub target_year: String,
    pub target_value: String,
}

/// An indicator, parsed. A computed one takes its rule's unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIndicator {
    pub code: String,
    pub title: String,
    pub unit: Unit,
    pub ascending: bool,
    /// The registry's rule, or `None` for a manual indicator.
    pub rule: Option<String>,
    pub baseline: Option<(i32, i64)>,
    pub target: Option<(i32, i64)>,
}

impl IndicatorFields {
    pub fn parse(&self) -> Result<NewIndicator, Invalids> {
        let mut checks = Checks::default();
        let code = checks.check(required("code", &self.code, MAX_CODE));
        let title = checks.check(required("title", &self.title, MAX_TITLE));
        let source = self.source.trim();
        let (rule, unit) = if source == "manual" {
            let unit = checks
                .check(Unit::parse(self.unit.trim()).ok_or(Invalid::new("unit", "error-required")));
            (None, unit)
        } else {
            match registry::find(source) {
                Some(r) => (Some(r.code.to_owned()), Some(r.unit)),
                None => {
                    checks.refuse(Invalid::new("source", "error-required"));
                    (None, None)
                }
            }
        };
        let unit_or_count = unit.unwrap_or(Unit::Count);
        let baseline = measured(
            &mut checks,
            ("baseline_year", "baseline_value"),
            unit_or_count,
            (&self.baseline_year, &self.baseline_value),
        );
        let target = measured(
            &mut checks,
            ("target_year", "target_value"),
            unit_or_count,
            (&self.target_year, &self.target_value),
        );
        checks.done()?;
        match (code, title, unit) {
            (Some(code), Some(title), Some(unit)) => Ok(NewIndicator {
                code,
                title,
                unit,
                ascending: self.ascending,
                rule,
                baseline,
                target,
            }),
            _ => Err(Invalid::new("code", "error-required").into()),
        }
    }
}

/// A reporting period, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPeriod {
    pub label: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// A reporting period as typed.
pub fn period(label: &str, starts_on: &str, ends_on: &str) -> Result<NewPeriod, Invalids> {
    let mut checks = Checks::default();
    let label = checks.check(required("label", label, MAX_CODE * 4));
    let starts = checks.check(bounds::date("starts_on", starts_on.trim()));
    let ends = checks.check(bounds::date("ends_on", ends_on.trim()));
    if let (Some(s), Some(e)) = (starts, ends)
        && e < s
    {
        checks.refuse(Invalid::new("ends_on", "results-error-period-order"));
    }
    checks.done()?;
    match (label, starts, ends) {
        (Some(label), Some(starts_on), Some(ends_on)) => Ok(NewPeriod {
            label,
            starts_on,
            ends_on,
        }),
        _ => Err(Invalid::new("label", "error-required").into()),
    }
}

/// A manual value and its note, parsed in the indicator's unit.
pub fn manual_value(unit: Unit, value_s: &str, note: &str) -> Result<(Value, String), Invalids> {
    let mut checks = Checks::default();
    let v = checks.check(value("value", unit, value_s));
    let note = checks.check(bounds::text("note", note, MAX_NOTE));
    checks.done()?;
    match (v, note) {
        (Some(v), Some(n)) => Ok((v, n)),
        _ => Err(Invalid::new("value", "results-error-value").into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_exactly_in_their_unit() {
        let ok = |u, s: &str, raw| assert_eq!(value("v", u, s), Ok(Value::new(u, raw)), "{s}");
        ok(Unit::Count, "3", 3);
        ok(Unit::Count, " 300 ", 300);
        ok(Unit::Percent, "12,5", 1250);
        ok(Unit::Days, "32.4", 324);
        ok(Unit::Euro, "100000", 10_000_000);
        ok(Unit::Euro, "-3.05", -305);
        for bad in ["", "x", "1.5", "1e3", "12.", ".5"] {
            assert!(value("v", Unit::Count, bad).is_err(), "{bad}");
        }
        assert!(value("v", Unit::Days, "1.25").is_err());
        assert!(value("v", Unit::Count, "10000000000").is_err());
    }

    #[test]
    fn an_indicator_takes_its_rules_unit_and_needs_year_with_value() {
        let f = IndicatorFields {
            code: "OS1.I1".into(),
            title: "Trainees placed".into(),
            unit: "euro".into(),
            source: "placed".into(),
            target_year: "2024".into(),
            target_value: "40".into(),
            ascending: true,
            ..Default::default()
        };
        let i = f.parse().unwrap();
        assert_eq!(
            (i.unit, i.rule.as_deref(), i.target),
            (Unit::Count, Some("placed"), Some((2024, 40)))
        );
        let bad = IndicatorFields {
            source: "nonsense".into(),
            baseline_value: "3".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad
            .parse()
            .unwrap_err()
            .all()
            .iter()
            .map(|i| i.field)
            .collect();
        for want in ["code", "title", "source", "baseline_year"] {
            assert!(fields.contains(&want), "{want} in {fields:?}");
        }
    }

    #[test]
    fn a_period_ends_after_it_starts() {
        assert!(period("2024", "2024-01-01", "2024-12-31").is_ok());
        assert!(period("2024", "2024-12-31", "2024-01-01").is_err());
        assert!(period("", "2024-01-01", "2024-12-31").is_err());
    }
}
