//! Eligibility rules of an open call (DOMAIN.md §5), evaluated with a reason per rule.
//!
//! Every rule is optional and configured per call; none is hard-coded. The outcome of each
//! rule carries a Fluent key and its arguments, so staff and candidates read why, in their
//! language. Staff may override a failed result with a written justification (stored by
//! the caller, not here).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::candidate::LanguageLevels;
use crate::cefr::Cefr;
use crate::{Country, Invalid, bounds};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRule {
    pub min: u32,
    pub max: u32,
    /// Age is counted on this date (e.g. the call's closing date).
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageRule {
    /// `it`, `fr` or `en`.
    pub language: String,
    pub min: Cefr,
}

/// The rules of one call. `None` means the rule does not apply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rules {
    pub age: Option<AgeRule>,
    /// Countries of residence accepted (empty: any).
    pub residence_countries: Vec<Country>,
    /// Territory ids accepted (empty: any within the countries).
    pub residence_territories: Vec<String>,
    /// The qualification must have been obtained at most this many months before applying.
    pub qualification_within_months: Option<u32>,
    pub language: Option<LanguageRule>,
    /// Minimum ISCED level of the highest qualification.
    pub min_isced: Option<i64>,
}

/// What the rules look at.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub birth_date: Option<NaiveDate>,
    pub residence_country: Option<&'a str>,
    pub residence_territory_id: Option<&'a str>,
    pub qualification_date: Option<NaiveDate>,
    pub languages: &'a LanguageLevels,
    pub isced_level: Option<i64>,
}

/// The result of one rule: passed or not, and why (a Fluent key with its arguments).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub rule: String,
    pub passed: bool,
    pub key: String,
    pub args: Vec<(String, String)>,
}

fn outcome(rule: &str, passed: bool, args: Vec<(&str, String)>) -> Outcome {
    Outcome {
        rule: rule.to_owned(),
        passed,
        key: format!(
            "eligibility-{rule}-{}",
            if passed { "passed" } else { "failed" }
        ),
        args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

fn missing(rule: &str) -> Outcome {
    Outcome {
        rule: rule.to_owned(),
        passed: false,
        key: "eligibility-missing".to_owned(),
        args: vec![],
    }
}

/// Whole years between `birth` and `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i64 {
    let mut age = i64::from(on.year()) - i64::from(birth.year());
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Evaluates every configured rule for an application made on `applied_on`.
pub fn evaluate(rules: &Rules, facts: &Facts<'_>, applied_on: NaiveDate) -> Vec<Outcome> {
    let mut out = Vec::new();
    if let Some(r) = &rules.age {
        out.push(match facts.birth_date {
            None => missing("age"),
            Some(b) => {
                let age = age_on(b, r.on);
                outcome(
                    "age",
                    age >= i64::from(r.min) && age <= i64::from(r.max),
                    vec![
                        ("age", age.to_string()),
                        ("min", r.min.to_string()),
                        ("max", r.max.to_string()),
                    ],
                )
            }
        });
    }
    if !rules.residence_countries.is_empty() {
        out.push(match facts.residence_country {
            None => missing("residence"),
            Some(c) => {
                let listed: Vec<&str> = rules
                    .residence_countries
                    .iter()
                    .map(Country::as_str)
                    .collect();
                outcome(
                    "residence",
                    listed.contains(&c),
                    vec![("country", c.to_owned()), ("countries", listed.join(", "))],
                )
            }
        });
    }
    if !rules.residence_territories.is_empty() {
        let ok = facts
            .residence_territory_id
            .is_some_and(|t| rules.residence_territories.iter().any(|r| r == t));
        out.push(outcome("territory", ok, vec![]));
    }
    if let Some(months) = rules.qualification_within_months {
        out.push(match facts.qualification_date {
            None => missing("qualification"),
            Some(d) => {
                let earliest = applied_on
                    .checked_sub_months(Months::new(months))
                    .unwrap_or(NaiveDate::MIN);
                outcome(
                    "qualification",
                    d >= earliest && d <= applied_on,
                    vec![("months", months.to_string()), ("date", d.to_string())],
                )
            }
        });
    }
    if let Some(r) = &rules.language {
        let level = facts.languages.level(&r.language);
        out.push(outcome(
            "language",
            level.is_some_and(|l| l >= r.min),
            vec![
                ("language", r.language.clone()),
                ("min", r.min.as_str().to_owned()),
                (
                    "level",
                    level.map_or("—".to_owned(), |l| l.as_str().to_owned()),
                ),
            ],
        ));
    }
    if let Some(min) = rules.min_isced {
        out.push(match facts.isced_level {
            None => missing("education"),
            Some(l) => outcome(
                "education",
                l >= min,
                vec![("level", l.to_string()), ("min", min.to_string())],
            ),
        });
    }
    out
}

/// True when every rule passed.
pub fn passes(outcomes: &[Outcome]) -> bool {
    outcomes.iter().all(|o| o.passed)
}

/// The rules as a staff form sends them, all text; empty fields mean "rule not used".
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RuleFields {
    pub min_age: String,
    pub max_age: String,
    pub age_on: String,
    pub residence_countries: String,
    pub qualification_within_months: String,
    pub language: String,
    pub language_min: String,
    pub min_isced: String,
}

fn number(field: &'static str, s: &str, max: i64) -> Result<Option<i64>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<i64>()
        .ok()
        .filter(|n| (0..=max).contains(n))
        .map(Some)
        .ok_or(Invalid::new(field, "error-invalid-number"))
}

/// An age of the age rule: within the ages a candidate may have ([`bounds::MIN_AGE`] to
/// [`bounds::MAX_AGE`]).
fn age(field: &'static str, s: &str) -> Result<Option<u32>, Invalid> {
    let n = number(field, s, i64::from(bounds::MAX_AGE))?;
    n.map(|n| {
        u32::try_from(n)
            .ok()
            .filter(|n| (bounds::MIN_AGE..=bounds::MAX_AGE).contains(n))
            .ok_or(Invalid::new(field, "error-age-rule-range"))
    })
    .transpose()
}

/// At most this many countries or territories in a rule (there are 249 ISO countries).
pub const MAX_RULE_ITEMS: usize = 250;
/// The longest territory id a rule may name.
pub const MAX_TERRITORY_ID: usize = 64;
/// The longest qualification age a rule may ask for, in months (50 years).
pub const MAX_QUALIFICATION_MONTHS: u32 = 600;

impl Rules {
    /// Checks rules that arrive already typed (the API's JSON) against the bounds the form's
    /// fields are parsed with; the field is named as the API names it (`rules.age.min`).
    pub fn check(&self) -> Result<(), Invalid> {
        if let Some(a) = &self.age {
            let ages = bounds::MIN_AGE..=bounds::MAX_AGE;
            if !ages.contains(&a.min) {
                return Err(Invalid::new("rules.age.min", "error-age-rule-range"));
            }
            if !ages.contains(&a.max) {
                return Err(Invalid::new("rules.age.max", "error-age-rule-range"));
            }
            if a.max < a.min {
                return Err(Invalid::new("rules.age.max", "error-invalid-range"));
            }
            bounds::within("rules.age.on", a.on)?;
        }
        if self.residence_countries.len() > MAX_RULE_ITEMS {
            return Err(Invalid::new(
                "rules.residence_countries",
                "error-too-many-items",
            ));
        }
        let territory_ok =
            |t: &String| !t.trim().is_empty() && t.chars().count() <= MAX_TERRITORY_ID;
        if self.residence_territories.len() > MAX_RULE_ITEMS
            || !self.residence_territories.iter().all(territory_ok)
        {
            return Err(Invalid::new(
                "rules.residence_territories",
                "error-too-many-items",
            ));
        }
        if self
            .qualification_within_months
            .is_some_and(|m| m > MAX_QUALIFICATION_MONTHS)
        {
            return Err(Invalid::new(
                "rules.qualification_within_months",
                "error-invalid-number",
            ));
        }
        if let Some(l) = &self.language
            && !crate::candidate::LANGUAGES.contains(&l.language.as_str())
        {
            return Err(Invalid::new("rules.language.language", "error-choose-one"));
        }
        if self.min_isced.is_some_and(|l| !(0..=8).contains(&l)) {
            return Err(Invalid::new("rules.min_isced", "error-invalid-number"));
        }
        Ok(())
    }
}

impl RuleFields {
    pub fn parse(&self) -> Result<Rules, Invalid> {
        let min = age("min_age", &self.min_age)?;
        let max = age("max_age", &self.max_age)?;
        let age = match (min, max) {
            (None, None) => None,
            (min, max) => {
                let (min, max) = (
                    min.unwrap_or(bounds::MIN_AGE),
                    max.unwrap_or(bounds::MAX_AGE),
                );
                if max < min {
                    return Err(Invalid::new("max_age", "error-invalid-range"));
                }
                Some(AgeRule {
                    min,
                    max,
                    on: crate::programme::parse_date("age_on", &self.age_on)?,
                })
            }
        };
        let language = if self.language.trim().is_empty() {
            None
        } else {
            let language = self.language.trim().to_owned();
            if !crate::candidate::LANGUAGES.contains(&language.as_str()) {
                return Err(Invalid::new("language", "error-choose-one"));
            }
            Some(LanguageRule {
                language,
                min: Cefr::parse(&self.language_min)
                    .map_err(|_| Invalid::new("language_min", "error-choose-one"))?,
            })
        };
        Ok(Rules {
            age,
            residence_countries: crate::country::parse_list(&self.residence_countries)
                .map_err(|_| Invalid::new("residence_countries", "error-invalid-country"))?,
            residence_territories: vec![],
            qualification_within_months: number(
                "qualification_within_months",
                &self.qualification_within_months,
                i64::from(MAX_QUALIFICATION_MONTHS),
            )?
            .map(|n| u32::try_from(n).unwrap_or(0)),
            language,
            min_isced: number("min_isced", &self.min_isced, 8)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn rules() -> Rules {
        Rules {
            age: Some(AgeRule {
                min: 20,
                max: 30,
                on: d("2022-03-31"),
            }),
            residence_countries: vec![Country::MA, Country::TN],
            residence_territories: vec![],
            qualification_within_months: Some(12),
            language: Some(LanguageRule {
                language: "it".into(),
                min: Cefr::A2,
            }),
            min_isced: Some(4),
        }
    }

    struct Case {
        birth: &'static str,
        country: &'static str,
        qualified: &'static str,
        italian: Option<Cefr>,
        isced: i64,
        failed: &'static [&'static str],
    }

    #[test]
    fn each_rule_passes_or_fails_with_its_reason() {
        let cases = [
            Case {
                birth: "1996-05-01",
                country: "TN",
                qualified: "2021-09-30",
                italian: Some(Cefr::A2),
                isced: 6,
                failed: &[],
            },
            // 30 on the reference date, one day before turning 31: still in.
            Case {
                birth: "1991-04-01",
                country: "MA",
                qualified: "2021-09-30",
                italian: Some(Cefr::B1),
                isced: 6,
                failed: &[],
            },
            Case {
                birth: "1991-03-31",
                country: "MA",
                qualified: "2021-09-30",
                italian: Some(Cefr::B1),
                isced: 6,
                failed: &["age"],
            },
            Case {
                birth: "2002-04-01",
                country: "TN",
                qualified: "2021-09-30",
                italian: Some(Cefr::B1),
                isced: 6,
                failed: &["age"],
            },
            Case {
                birth: "1996-05-01",
                country: "EG",
                qualified: "2021-09-30",
                italian: Some(Cefr::B1),
                isced: 6,
                failed: &["residence"],
            },
            Case {
                birth: "1996-05-01",
                country: "TN",
                qualified: "2020-09-30",
                italian: Some(Cefr::B1),
                isced: 6,
                failed: &["qualification"],
            },
            Case {
                birth: "1996-05-01",
                country: "TN",
                qualified: "2021-09-30",
                italian: Some(Cefr::A1),
                isced: 3,
                failed: &["language", "education"],
            },
            Case {
                birth: "1996-05-01",
                country: "TN",
                qualified: "2021-09-30",
                italian: None,
                isced: 6,
                failed: &["language"],
            },
        ];
        for (i, c) in cases.iter().enumerate() {
            let mut langs = LanguageLevels::default();
            langs.set("it", [c.italian; 3]);
            let facts = Facts {
                birth_date: Some(d(c.birth)),
                residence_country: Some(c.country),
                residence_territory_id: None,
                qualification_date: Some(d(c.qualified)),
                languages: &langs,
                isced_level: Some(c.isced),
            };
            let out = evaluate(&rules(), &facts, d("2022-03-15"));
            assert_eq!(out.len(), 5, "case {i}");
            let failed: Vec<&str> = out
                .iter()
                .filter(|o| !o.passed)
                .map(|o| o.rule.as_str())
                .collect();
            assert_eq!(failed, c.failed, "case {i}");
            assert_eq!(passes(&out), c.failed.is_empty());
            for o in &out {
                assert!(o.key.starts_with("eligibility-"), "{}", o.key);
            }
        }
    }

    #[test]
    fn missing_facts_fail_and_no_rules_pass() {
        let langs = LanguageLevels::default();
        let facts = Facts {
            birth_date: None,
            residence_country: None,
            residence_territory_id: None,
            qualification_date: None,
            languages: &langs,
            isced_level: None,
        };
        let out = evaluate(&rules(), &facts, d("2022-03-15"));
        assert!(out.iter().all(|o| !o.passed));
        assert_eq!(out[0].key, "eligibility-missing");
        assert!(evaluate(&Rules::default(), &facts, d("2022-03-15")).is_empty());
    }

    #[test]
    fn rule_fields_parse_and_name_the_bad_one() {
        let f = RuleFields {
            min_age: "20".into(),
            max_age: "30".into(),
            age_on: "2022-03-31".into(),
            residence_countries: "MA,TN".into(),
            qualification_within_months: "12".into(),
            language: "it".into(),
            language_min: "A2".into(),
            min_isced: "4".into(),
        };
        assert_eq!(f.parse(), Ok(rules()));
        let mut g = f.clone();
        g.max_age = "18".into();
        assert_eq!(g.parse().err().map(|e| e.field), Some("max_age"));
        let mut g = f;
        g.language_min = "B3".into();
        assert_eq!(g.parse().err().map(|e| e.field), Some("language_min"));
        assert_eq!(RuleFields::default().parse(), Ok(Rules::default()));
    }
}
