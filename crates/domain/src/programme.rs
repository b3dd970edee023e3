//! Programmes: a scheme such as MENTOR II, with its countries, dates and budget.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Country, Invalid, bounds, country};

/// A URL-safe identifier: lower-case letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slug(String);

impl Slug {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        let ok = (2..=60).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Slug(s.to_owned()))
        } else {
            Err(Invalid::new("slug", "error-invalid-slug"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A programme as entered on the form or through the API, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeDraft {
    pub name: String,
    pub slug: Slug,
    pub countries: Vec<Country>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub budget_cents: i64,
    pub currency: String,
}

/// The raw fields, as text, the way a form sends them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProgrammeFields {
    pub name: String,
    pub slug: String,
    pub countries: String,
    pub starts_on: String,
    pub ends_on: String,
    /// Whole currency units, e.g. `3260000` or `3260000.50`.
    pub budget: String,
    pub currency: String,
}

/// A name or title: not blank, at most [`bounds::MAX_NAME`] characters as sent.
pub fn parse_name(s: &str) -> Result<String, Invalid> {
    let too_long = s.chars().count() > bounds::MAX_NAME;
    let s = s.trim();
    if s.is_empty() || too_long {
        Err(Invalid::new("name", "error-invalid-name"))
    } else {
        Ok(s.to_owned())
    }
}

/// Any date a person enters: `YYYY-MM-DD`, within the plausible years of [`bounds`].
pub fn parse_date(field: &'static str, s: &str) -> Result<NaiveDate, Invalid> {
    bounds::date(field, s)
}

/// Parses `1234`, `1234.5`, `1234,50` into cents; no negatives, at most two decimals.
pub fn parse_amount(field: &'static str, s: &str) -> Result<i64, Invalid> {
    let err = Invalid::new(field, "error-invalid-amount");
    let s = s.trim().replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 2 {
        return Err(err);
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err);
    }
    let whole: i64 = whole.parse().map_err(|_| err.clone())?;
    let frac: i64 = format!("{frac:0<2}").parse().map_err(|_| err.clone())?;
    whole
        .checked_mul(100)
        .and_then(|c| c.checked_add(frac))
        .ok_or(err)
}

pub fn parse_currency(s: &str) -> Result<String, Invalid> {
    let s = s.trim().to_ascii_uppercase();
    if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(s)
    } else {
        Err(Invalid::new("currency", "error-invalid-currency"))
    }
}

impl ProgrammeFields {
    /// Checks every field; the first problem found is returned. A programme's dates lie
    /// between 2000 and ten years after `today` ([`bounds::scheme_date`]).
    pub fn parse(&self, today: NaiveDate) -> Result<ProgrammeDraft, Invalid> {
        let draft = ProgrammeDraft {
            name: parse_name(&self.name)?,
            slug: Slug::parse(&self.slug)?,
            countries: country::parse_list(&self.countries)?,
            starts_on: bounds::scheme_date("starts_on", &self.starts_on, today)?,
            ends_on: bounds::scheme_date("ends_on", &self.ends_on, today)?,
            budget_cents: parse_amount("budget", &self.budget)?,
            currency: parse_currency(&self.currency)?,
        };
        if draft.countries.is_empty() {
            return Err(Invalid::new("countries", "error-countries-required"));
        }
        if draft.ends_on < draft.starts_on {
            return Err(Invalid::new("ends_on", "error-ends-before-start"));
        }
        Ok(draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> ProgrammeFields {
        ProgrammeFields {
            name: "MENTOR II".into(),
            slug: "mentor-ii".into(),
            countries: "IT,MA,TN".into(),
            starts_on: "2021-07-01".into(),
            ends_on: "2024-12-31".into(),
            budget: "3260000".into(),
            currency: "eur".into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
    }

    #[test]
    fn a_complete_programme_parses() {
        let d = fields().parse(today());
        assert_eq!(d.as_ref().map(|d| d.budget_cents), Ok(326_000_000));
        assert_eq!(d.as_ref().map(|d| d.currency.as_str()), Ok("EUR"));
    }

    #[test]
    fn each_bad_field_names_itself() {
        let check = |f: fn(&mut ProgrammeFields), field: &str| {
            let mut x = fields();
            f(&mut x);
            assert_eq!(x.parse(today()).err().map(|e| e.field), Some(field));
        };
        check(|f| f.name = " ".into(), "name");
        check(|f| f.slug = "Mentor II".into(), "slug");
        check(|f| f.countries = "".into(), "countries");
        check(|f| f.starts_on = "01/07/2021".into(), "starts_on");
        check(|f| f.ends_on = "2020-01-01".into(), "ends_on");
        check(|f| f.starts_on = "0273-07-01".into(), "starts_on");
        check(|f| f.ends_on = "2040-01-01".into(), "ends_on");
        check(|f| f.budget = "-5".into(), "budget");
        check(|f| f.currency = "EURO".into(), "currency");
    }

    #[test]
    fn amounts_accept_comma_or_point() {
        assert_eq!(parse_amount("b", "100000,5"), Ok(10_000_050));
        assert_eq!(parse_amount("b", "7.25"), Ok(725));
        assert!(parse_amount("b", "1.234").is_err());
        assert!(parse_amount("b", "abc").is_err());
    }
}
