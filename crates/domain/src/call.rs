//! Open calls for candidates: what a programme publishes to receive applications.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::eligibility::{RuleFields, Rules};
use crate::programme::parse_name;
use crate::{Invalid, bounds};

/// The raw fields of a call, as a form sends them (rules included).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CallFields {
    pub programme_id: String,
    pub title: String,
    pub description: String,
    pub opens_on: String,
    pub closes_on: String,
    pub places: String,
    /// The language title and description are written in (`crate::content`).
    pub lang: String,
    #[serde(flatten)]
    pub rules: RuleFields,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallDraft {
    pub programme_id: String,
    pub title: String,
    pub description: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub places: i64,
    pub rules: Rules,
    pub lang: crate::Locale,
}

impl CallFields {
    /// Checks every field against [`bounds`]: dates of a scheme (2000 to ten years after
    /// `today`), 1 to 1000 places, a title of at most 200 and a description of at most 5000
    /// characters.
    pub fn parse(&self, today: NaiveDate) -> Result<CallDraft, Invalid> {
        let title = parse_name(&self.title).map_err(|_| Invalid::new("title", "error-required"))?;
        let description = bounds::text("description", &self.description, bounds::MAX_DESCRIPTION)?;
        let opens_on = bounds::scheme_date("opens_on", &self.opens_on, today)?;
        let closes_on = bounds::scheme_date("closes_on", &self.closes_on, today)?;
        if closes_on < opens_on {
            return Err(Invalid::new("closes_on", "error-ends-before-start"));
        }
        let places = self
            .places
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=bounds::MAX_CALL_PLACES).contains(p))
            .ok_or(Invalid::new("places", "error-call-places"))?;
        if self.programme_id.trim().is_empty() {
            return Err(Invalid::new("programme_id", "error-choose-one"));
        }
        Ok(CallDraft {
            programme_id: self.programme_id.trim().to_owned(),
            title,
            description,
            opens_on,
            closes_on,
            places,
            rules: self.rules.parse()?,
            lang: crate::content::original_lang(&self.lang)?,
        })
    }
}

/// A call receives applications from its opening day to its closing day, both included.
pub fn is_open(opens_on: NaiveDate, closes_on: NaiveDate, today: NaiveDate) -> bool {
    opens_on <= today && today <= closes_on
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_needs_a_title_ordered_dates_and_places() {
        let f = CallFields {
            programme_id: "p".into(),
            title: "Call 2022".into(),
            opens_on: "2022-01-10".into(),
            closes_on: "2022-03-31".into(),
            places: "41".into(),
            ..Default::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        assert_eq!(f.parse(today).map(|d| d.places), Ok(41));
        let mut g = f.clone();
        g.closes_on = "2021-12-31".into();
        assert_eq!(g.parse(today).err().map(|e| e.field), Some("closes_on"));
        let mut g = f.clone();
        g.places = "0".into();
        assert_eq!(g.parse(today).err().map(|e| e.field), Some("places"));
        // What was found published: a call opening in the year 273, with 32,629 places.
        let mut g = f.clone();
        g.opens_on = "0273-01-10".into();
        assert_eq!(g.parse(today).err().map(|e| e.field), Some("opens_on"));
        let mut g = f.clone();
        g.places = "32629".into();
        assert_eq!(
            g.parse(today).err(),
            Some(Invalid::new("places", "error-call-places"))
        );
        let mut g = f;
        g.description = "x".repeat(5001);
        assert_eq!(g.parse(today).err().map(|e| e.field), Some("description"));
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default();
        assert!(is_open(d("2022-01-10"), d("2022-03-31"), d("2022-03-31")));
        assert!(!is_open(d("2022-01-10"), d("2022-03-31"), d("2022-04-01")));
    }
}
