//! The value each output prints for an indicator, decided once: the period's (frozen once
//! its report is submitted, with a later correction beside it) when the report is for a
//! period, else the live one; and every value formatted for the reader's locale.

use domain::results::{Indicator, Report, Unit, Value};
use i18n::Tr;

/// What the table and the progress chart show for one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shown {
    pub(crate) value: Option<Value>,
    pub(crate) target: Option<Value>,
    /// The live value, when it differs from a frozen `value`.
    pub(crate) corrected: Option<Value>,
}

impl Shown {
    /// The share of the target reached, in basis points (`None` without both, or for a
    /// target of zero).
    pub(crate) fn share(&self) -> Option<Value> {
        let (value, target) = (self.value?, self.target?);
        Value::percent(value.raw, target.raw)
    }
}

/// The indicator's values in the report's period, or live when the report has none.
pub(crate) fn shown(report: &Report, indicator: &Indicator) -> Shown {
    let target = indicator.target.as_ref().map(|m| m.value);
    let in_period = report.period.as_ref().and_then(|period| {
        indicator
            .periods
            .iter()
            .find(|value| value.period_id == period.id)
    });
    match in_period {
        Some(period) => Shown {
            value: period.actual.as_ref().map(|f| f.total),
            target: period.target.or(target),
            corrected: period.corrected,
        },
        None => Shown {
            value: indicator.current.as_ref().map(|f| f.total),
            target,
            corrected: None,
        },
    }
}

/// A value as the reader reads it: grouped digits, the locale's decimal separator, days
/// to a tenth, percents to a hundredth where needed, money with its currency.
pub(crate) fn format(tr: &Tr, value: Value, currency: &str) -> String {
    let locale = tr.locale;
    match value.unit {
        Unit::Count => tr.number(&value.raw),
        Unit::Days => domain::format::tenths(locale, value.raw),
        Unit::Euro => tr.money(&value.raw, currency),
        Unit::Percent => percent(tr, value.raw),
    }
}

/// Basis points as a percent: `41 %`, `12,5 %`, `70,73 %` (the sign's place is the
/// locale's message).
pub(crate) fn percent(tr: &Tr, basis_points: i64) -> String {
    let locale = tr.locale;
    let number = if basis_points % 100 == 0 {
        domain::format::integer(locale, basis_points / 100)
    } else if basis_points % 10 == 0 {
        domain::format::tenths(locale, basis_points / 10)
    } else {
        // Tenths, then the hundredths digit after them.
        let tenths = domain::format::tenths(locale, basis_points / 10);
        let sign = if basis_points < 0 && basis_points / 10 == 0 {
            "-"
        } else {
            ""
        };
        format!("{sign}{tenths}{}", (basis_points % 10).abs())
    };
    plain(&tr.t1("chart-percent", "value", &number))
}

/// Drops the bidi isolation marks Fluent puts around arguments: a number with its sign is
/// one left-to-right run already, and marks in a label would only be invisible clutter.
pub(crate) fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Locale;

    #[test]
    fn values_are_formatted_for_the_locale() {
        let it = Tr::new(Locale::It);
        let en = Tr::new(Locale::En);
        assert_eq!(format(&it, Value::count(1234), "EUR"), "1.234");
        assert_eq!(format(&en, Value::count(1234), "EUR"), "1,234");
        assert_eq!(format(&it, Value::new(Unit::Days, 324), "EUR"), "32,4");
        assert_eq!(
            format(&en, Value::new(Unit::Euro, 10_000_050), "EUR"),
            "€100,000.50"
        );
        assert_eq!(
            format(&it, Value::new(Unit::Percent, 7073), "EUR"),
            "70,73%"
        );
        assert_eq!(format(&it, Value::new(Unit::Percent, 1250), "EUR"), "12,5%");
        assert_eq!(format(&en, Value::new(Unit::Percent, 4100), "EUR"), "41%");
        assert_eq!(format(&en, Value::new(Unit::Percent, -5), "EUR"), "-0.05%");
        assert_eq!(
            format(&en, Value::new(Unit::Percent, -125), "EUR"),
            "-1.25%"
        );
        let ar = format(&Tr::new(Locale::Ar), Value::new(Unit::Percent, 1250), "EUR");
        assert_eq!(ar, "12,5٪");
    }
}
