//! A figure: one indicator's value in total and broken down by dimension, exact (integers
//! in the unit's smallest step), so a page, a spreadsheet, a PDF and an IATI file print the
//! same digits.

use serde::{Deserialize, Serialize};

/// What an indicator counts or measures, and the step its raw value is kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// People, companies, projects: a whole number.
    Count,
    /// A share, kept in hundredths of a percent (basis points): 12.5 % is 1250.
    Percent,
    /// A duration, kept in tenths of a day: 32.4 days is 324.
    Days,
    /// Money in euro cents.
    Euro,
}

impl Unit {
    pub const ALL: [Unit; 4] = [Unit::Count, Unit::Percent, Unit::Days, Unit::Euro];

    pub const fn as_str(self) -> &'static str {
        match self {
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::Days => "days",
            Unit::Euro => "euro",
        }
    }

    pub fn parse(s: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.as_str() == s)
    }

    /// How many raw steps make one unit (1 for counts, 100 for percent and euro, 10 for days).
    pub const fn scale(self) -> i64 {
        match self {
            Unit::Count => 1,
            Unit::Percent | Unit::Euro => 100,
            Unit::Days => 10,
        }
    }
}

/// An exact value in its unit's step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Value {
    pub unit: Unit,
    /// The value in the unit's smallest step (see `Unit::scale`).
    pub raw: i64,
}

impl Value {
    pub const fn new(unit: Unit, raw: i64) -> Self {
        Value { unit, raw }
    }

    pub const fn count(n: i64) -> Self {
        Value::new(Unit::Count, n)
    }

    /// The value as a plain decimal with a dot and no grouping ("12.5", "41", "-3.05"), as
    /// CSV and IATI want it; pages format it for the reader's locale instead.
    pub fn decimal(&self) -> String {
        let scale = self.unit.scale();
        if scale == 1 {
            return self.raw.to_string();
        }
        let sign = if self.raw < 0 { "-" } else { "" };
        let abs = self.raw.unsigned_abs();
        let (whole, frac) = (abs / scale as u64, abs % scale as u64);
        let digits = if scale == 10 { 1 } else { 2 };
        let frac = format!("{frac:0digits$}");
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{frac}")
        }
    }

    /// The share `part / whole` as a percent value, rounded half away from zero; `None`
    /// when `whole` is zero.
    pub fn percent(part: i64, whole: i64) -> Option<Self> {
        if whole == 0 {
            return None;
        }
        let bp = (i128::from(part) * 10_000 * 2 + i128::from(whole)) / (i128::from(whole) * 2);
        Some(Value::new(Unit::Percent, i64::try_from(bp).ok()?))
    }
}

/// A way of breaking a figure down. The first four are the disaggregations every
/// people-indicator offers; `Step` and `Stage` belong to the indicators that count a
/// procedure's steps or the company pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// The person's country of residence when they applied (`TN`, `MA`).
    Country,
    /// The territory of origin (its id).
    Territory,
    /// Sex as recorded (`F`, `M`, `X`).
    Sex,
    /// Age band at the programme's start (`domain::results::figure::age_band`).
    AgeBand,
    /// A step of the art. 27 procedure (its code).
    Step,
    /// A stage of the company pipeline (`domain::outreach::Stage::as_str`).
    Stage,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Country,
        Dimension::Territory,
        Dimension::Sex,
        Dimension::AgeBand,
        Dimension::Step,
        Dimension::Stage,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::Territory => "territory",
            Dimension::Sex => "sex",
            Dimension::AgeBand => "age_band",
            Dimension::Step => "step",
            Dimension::Stage => "stage",
        }
    }

    pub fn parse(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// The age bands results are broken down by (the programme targets 18–35).
pub const AGE_BANDS: [&str; 4] = ["18-24", "25-29", "30-35", "36+"];

/// The age band of someone aged `years` (under 18 counts in the first band: a programme
/// never admits them, and a band of its own would only ever show a zero).
pub fn age_band(years: i32) -> &'static str {
    match years {
        ..=24 => AGE_BANDS[0],
        25..=29 => AGE_BANDS[1],
        30..=35 => AGE_BANDS[2],
        _ => AGE_BANDS[3],
    }
}

/// One cell of a breakdown: the value for one key of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub dimension: Dimension,
    /// The key within the dimension (`TN`, a territory id, `F`, `25-29`, a step code…).
    pub key: String,
    pub value: Value,
}

/// An indicator's value: the total and its breakdowns (the parts of one dimension add up
/// to the total for counts; for percents and durations each part is its own share/mean).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub total: Value,
    pub parts: Vec<Part>,
}

impl Figure {
    pub fn new(total: Value) -> Self {
        Figure {
            total,
            parts: Vec::new(),
        }
    }

    /// The parts of one dimension, in the order they were computed.
    pub fn by(&self, dimension: Dimension) -> impl Iterator<Item = &Part> {
        self.parts.iter().filter(move |p| p.dimension == dimension)
    }

    /// The value of one key of one dimension, if computed.
    pub fn part(&self, dimension: Dimension, key: &str) -> Option<Value> {
        self.by(dimension).find(|p| p.key == key).map(|p| p.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact_and_plain() {
        assert_eq!(Value::count(41).decimal(), "41");
        assert_eq!(Value::new(Unit::Percent, 1250).decimal(), "12.5");
        assert_eq!(Value::new(Unit::Percent, 7073).decimal(), "70.73");
        assert_eq!(Value::new(Unit::Days, 324).decimal(), "32.4");
        assert_eq!(Value::new(Unit::Days, 320).decimal(), "32");
        assert_eq!(Value::new(Unit::Euro, -305).decimal(), "-3.05");
        assert_eq!(Value::new(Unit::Euro, 10_000_000).decimal(), "100000");
    }

    #[test]
    fn percents_round_half_away_and_refuse_an_empty_whole() {
        assert_eq!(Value::percent(29, 41).map(|v| v.raw), Some(7073));
        assert_eq!(Value::percent(1, 8).map(|v| v.raw), Some(1250));
        assert_eq!(Value::percent(2, 3).map(|v| v.raw), Some(6667));
        assert_eq!(Value::percent(1, 0), None);
    }

    #[test]
    fn age_bands_cover_every_age() {
        assert_eq!(age_band(17), "18-24");
        assert_eq!(age_band(24), "18-24");
        assert_eq!(age_band(25), "25-29");
        assert_eq!(age_band(35), "30-35");
        assert_eq!(age_band(36), "36+");
    }

    #[test]
    fn names_round_trip() {
        for u in Unit::ALL {
            assert_eq!(Unit::parse(u.as_str()), Some(u));
        }
        for d in Dimension::ALL {
            assert_eq!(Dimension::parse(d.as_str()), Some(d));
        }
    }
}
