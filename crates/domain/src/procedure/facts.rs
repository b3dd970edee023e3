//! A case's facts: what a template's steps ask to be recorded (policy numbers, tutors,
//! hours, the allowance, dates). What a fact holds follows from its name, so a template
//! adds a field without a code change: `*_on` is a day, `*_at` a day and time, `allowance`
//! money, `hours_per_week` and `trainees_covered` counts, anything else a short text.
//! Facts about the trainee's identity are sealed in storage. A fact named after a step
//! (`arrived_at`, `visa_requested_on`) is that step's anchor: recording the step sets it,
//! and correcting it moves the anchor, so the deadlines counted from it move too.

use chrono::{NaiveDate, NaiveDateTime};

use crate::{Invalid, bounds};

/// What a fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    Date,
    DateTime,
    /// Euro cents, written `600` or `600,50`.
    Money,
    Count,
    Text,
}

/// The longest text fact, in characters.
pub const TEXT_MAX: usize = 200;

/// Facts that identify the trainee: sealed in storage, shown only to those who may see
/// them, each opening audited.
pub const SEALED: [&str; 2] = ["codice_fiscale", "birth_place"];

pub fn kind(field: &str) -> FactKind {
    if field.ends_with("_on") {
        FactKind::Date
    } else if field.ends_with("_at") {
        FactKind::DateTime
    } else if field == "allowance" {
        FactKind::Money
    } else if matches!(field, "hours_per_week" | "trainees_covered") {
        FactKind::Count
    } else {
        FactKind::Text
    }
}

pub fn is_sealed(field: &str) -> bool {
    SEALED.contains(&field)
}

/// A fact's name: lower-case letters, digits and underscores, as in a template.
pub fn parse_name(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    if s.is_empty()
        || s.len() > 64
        || !s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(Invalid::new("field", "case-error-fact-name"));
    }
    Ok(s.to_owned())
}

/// A fact's value as stored: dates ISO, times `YYYY-MM-DDTHH:MM`, money in cents, counts
/// as digits, text trimmed and bounded. Refused, never cut.
pub fn parse_value(field: &str, s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("value", "error-required"));
    }
    match kind(field) {
        FactKind::Date => Ok(bounds::date("value", s)?.to_string()),
        FactKind::DateTime => {
            let t = parse_datetime(s).ok_or(Invalid::new("value", "case-error-datetime"))?;
            bounds::within("value", t.date())?;
            Ok(t.format("%Y-%m-%dT%H:%M").to_string())
        }
        FactKind::Money => Ok(crate::programme::parse_amount("value", s)?.to_string()),
        FactKind::Count => s
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .map(|n| n.to_string())
            .ok_or(Invalid::new("value", "case-error-count")),
        FactKind::Text if field == "codice_fiscale" => codice_fiscale(s),
        FactKind::Text => bounds::text("value", s, TEXT_MAX),
    }
}

/// `YYYY-MM-DDTHH:MM` (an `<input type="datetime-local">`) or with a space.
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim().replace(' ', "T");
    NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
}

/// An Italian tax code: 16 letters and digits in their places (6 letters, 2 digits, a
/// letter, 2 digits, a letter, 3 digits, a letter; digits may be replaced by letters for
/// homonyms, so only the letters' places are checked), stored upper-case.
fn codice_fiscale(s: &str) -> Result<String, Invalid> {
    let up: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let b = up.as_bytes();
    let ok = b.len() == 16
        && b.iter().all(u8::is_ascii_alphanumeric)
        && [0, 1, 2, 3, 4, 5, 8, 11, 15]
            .iter()
            .all(|&i| b[i].is_ascii_uppercase());
    if ok {
        Ok(up)
    } else {
        Err(Invalid::new("value", "case-error-codice-fiscale"))
    }
}

/// The facts that are a step's anchor, in the order tried.
pub fn anchor_facts(step: &str) -> [String; 2] {
    [format!("{step}_at"), format!("{step}_on")]
}

/// The step a fact anchors, when it is named after one of `steps`.
pub fn anchored_step<'a>(field: &str, steps: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    steps
        .into_iter()
        .find(|s| anchor_facts(s).iter().any(|f| f == field))
}

/// A stored date fact.
pub fn date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_holds_what_its_name_says() {
        assert_eq!(
            parse_value("visa_requested_on", " 2026-03-02 "),
            Ok("2026-03-02".into())
        );
        assert!(parse_value("visa_requested_on", "2 March").is_err());
        assert_eq!(
            parse_value("arrived_at", "2026-04-02 14:30"),
            Ok("2026-04-02T14:30".into())
        );
        assert_eq!(parse_value("allowance", "600,50"), Ok("60050".into()));
        assert_eq!(parse_value("hours_per_week", "40"), Ok("40".into()));
        assert!(parse_value("hours_per_week", "0").is_err());
        assert!(parse_value("inail_policy", &"x".repeat(TEXT_MAX + 1)).is_err());
        assert!(parse_value("inail_policy", "  ").is_err());
    }

    #[test]
    fn a_codice_fiscale_has_its_letters_in_place() {
        assert_eq!(
            parse_value("codice_fiscale", "bnc mra 85t10 z352y"),
            Ok("BNCMRA85T10Z352Y".into())
        );
        assert!(parse_value("codice_fiscale", "BNCMRA85T10Z352").is_err());
        assert!(parse_value("codice_fiscale", "1NCMRA85T10Z352Y").is_err());
        assert!(is_sealed("codice_fiscale") && !is_sealed("inail_policy"));
    }

    #[test]
    fn a_fact_named_after_a_step_is_its_anchor() {
        let steps = ["visa_requested", "arrived"];
        assert_eq!(anchored_step("arrived_at", steps), Some("arrived"));
        assert_eq!(
            anchored_step("visa_requested_on", steps),
            Some("visa_requested")
        );
        assert_eq!(anchored_step("started_on", steps), None);
    }
}
