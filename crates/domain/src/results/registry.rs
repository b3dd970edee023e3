//! The registry of computed indicators: one entry per rule code of `rule.rs`, each a named
//! function of the facts as of a date (a period's value counts the records up to its end).
//!
//! One calculation path: a rule first selects the fact rows that count ([`records`]: the
//! provenance a page shows) and its figure is only ever the aggregate of those rows
//! ([`compute`]), so a figure and the records behind it cannot disagree. Counts and euros
//! add up; durations are means (see [`aggregate`]).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::facts::{Facts, Person};
use super::figure::{Dimension, Figure, Part, Unit, Value};
use super::rule;
use crate::outcome::OutcomeKind;
use crate::outcome::summary::in_italy;
use crate::outreach::Stage;

/// What a rule's records are rows of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    People,
    Steps,
    Companies,
    Grants,
}

/// A computed indicator of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub code: &'static str,
    pub unit: Unit,
    pub subject: Subject,
    /// The breakdowns its figure carries.
    pub dimensions: &'static [Dimension],
}

const PEOPLE: &[Dimension] = &[
    Dimension::Country,
    Dimension::Territory,
    Dimension::Sex,
    Dimension::AgeBand,
];

const fn people(code: &'static str) -> Rule {
    Rule {
        code,
        unit: Unit::Count,
        subject: Subject::People,
        dimensions: PEOPLE,
    }
}

const fn grants(code: &'static str, unit: Unit) -> Rule {
    Rule {
        code,
        unit,
        subject: Subject::Grants,
        dimensions: &[Dimension::Country],
    }
}

/// Every rule, in the order pages list them.
pub const RULES: [Rule; 17] = [
    people(rule::APPLICATIONS),
    people(rule::SELECTED),
    people(rule::PLACED),
    people(rule::COURSES_COMPLETED),
    people(rule::TRAINEESHIPS_STARTED),
    people(rule::TRAINEESHIPS_COMPLETED),
    people(rule::IN_ITALY),
    people(rule::RETURNED_HOME),
    people(rule::FOLLOW_UPS),
    Rule {
        code: rule::PROCEDURE_DAYS,
        unit: Unit::Days,
        subject: Subject::Steps,
        dimensions: &[Dimension::Step],
    },
    Rule {
        code: rule::COMPANIES_ENGAGED,
        unit: Unit::Count,
        subject: Subject::Companies,
        dimensions: &[Dimension::Stage, Dimension::Territory],
    },
    Rule {
        code: rule::HOST_COMPANIES,
        unit: Unit::Count,
        subject: Subject::Companies,
        dimensions: &[Dimension::Territory],
    },
    grants(rule::GRANT_ELIGIBLE, Unit::Count),
    grants(rule::GRANT_PRESENTED, Unit::Count),
    grants(rule::GRANTS_AWARDED, Unit::Count),
    grants(rule::GRANT_EUROS_AWARDED, Unit::Euro),
    grants(rule::GRANT_EUROS_PAID, Unit::Euro),
];

/// The rule of a code, if the registry has one.
pub fn find(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// One fact row behind a figure: who or what (a sequence number), the day it started to
/// count, what it adds, and its keys in the rule's dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    pub seq: u32,
    pub on: NaiveDate,
    pub value: Value,
    pub keys: Vec<(Dimension, String)>,
}

impl Record {
    /// Its key in one dimension.
    pub fn key(&self, dimension: Dimension) -> Option<&str> {
        self.keys
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, k)| k.as_str())
    }
}

/// The key of a record with nothing recorded for a dimension.
pub const UNKNOWN: &str = "unknown";

fn person_keys(p: &Person) -> Vec<(Dimension, String)> {
    let or_unknown = |v: &Option<String>| v.clone().unwrap_or_else(|| UNKNOWN.to_owned());
    vec![
        (Dimension::Country, p.country.clone()),
        (Dimension::Territory, or_unknown(&p.territory)),
        (Dimension::Sex, p.sex.clone()),
        (Dimension::AgeBand, or_unknown(&p.age_band)),
    ]
}

/// The day a person starts to count for a people-rule (the one predicate of each rule).
fn person_counts_from(code: &str, p: &Person) -> Option<NaiveDate> {
    let outcome = |wanted: fn(OutcomeKind) -> bool| {
        p.outcome.and_then(|(kind, on)| wanted(kind).then_some(on))
    };
    match code {
        rule::APPLICATIONS => p.applied_on,
        rule::SELECTED => p.selected_on,
        rule::PLACED => p.placed_on,
        rule::COURSES_COMPLETED => p.course_completed_on,
        rule::TRAINEESHIPS_STARTED => p.traineeship_started_on,
        rule::TRAINEESHIPS_COMPLETED => p.traineeship_completed_on,
        rule::IN_ITALY => outcome(in_italy),
        rule::RETURNED_HOME => outcome(|k| k == OutcomeKind::ReturnedHome),
        _ => None,
    }
}

/// The fact rows that count for `code` as of `as_of` (inclusive), in sequence order;
/// `None` for a code the registry does not know.
pub fn records(code: &str, facts: &Facts, as_of: NaiveDate) -> Option<Vec<Record>> {
    let rule = find(code)?;
    let upto = |d: &NaiveDate| *d <= as_of;
    let mut out: Vec<Record> = match (rule.subject, code) {
        (Subject::People, rule::FOLLOW_UPS) => facts
            .people
            .iter()
            .flat_map(|p| {
                p.follow_ups.iter().filter(|d| upto(d)).map(|d| Record {
                    seq: p.seq,
                    on: *d,
                    value: Value::count(1),
                    keys: person_keys(p),
                })
            })
            .collect(),
        (Subject::People, _) => facts
            .people
            .iter()
            .filter_map(|p| {
                let on = person_counts_from(code, p).filter(upto)?;
                Some(Record {
                    seq: p.seq,
                    on,
                    value: Value::count(1),
                    keys: person_keys(p),
                })
            })
            .collect(),
        (Subject::Steps, _) => facts
            .steps
            .iter()
            .filter(|s| upto(&s.left_on))
            .map(|s| Record {
                seq: s.seq,
                on: s.left_on,
                value: Value::new(Unit::Days, s.days * Unit::Days.scale()),
                keys: vec![(Dimension::Step, s.step.clone())],
            })
            .collect(),
        (Subject::Companies, _) => facts
            .companies
            .iter()
            .filter_map(|c| {
                let on = if code == rule::HOST_COMPANIES {
                    c.hosting_since
                } else {
                    c.engaged_on.filter(|_| c.stage > Stage::Identified)
                };
                let on = on.filter(upto)?;
                let territory = (
                    Dimension::Territory,
                    c.territory.clone().unwrap_or_else(|| UNKNOWN.to_owned()),
                );
                let keys = if code == rule::HOST_COMPANIES {
                    vec![territory]
                } else {
                    vec![(Dimension::Stage, c.stage.as_str().to_owned()), territory]
                };
                Some(Record {
                    seq: c.seq,
                    on,
                    value: Value::count(1),
                    keys,
                })
            })
            .collect(),
        (Subject::Grants, _) => facts
            .grants
            .iter()
            .flat_map(|g| {
                let keys = vec![(Dimension::Country, g.country.clone())];
                let rows: Vec<(NaiveDate, Value)> = match code {
                    rule::GRANT_ELIGIBLE => vec![(g.eligible_on, Value::count(1))],
                    rule::GRANT_PRESENTED => g
                        .presented_on
                        .map(|d| (d, Value::count(1)))
                        .into_iter()
                        .collect(),
                    rule::GRANTS_AWARDED => g
                        .awarded
                        .map(|(d, _)| (d, Value::count(1)))
                        .into_iter()
                        .collect(),
                    rule::GRANT_EUROS_AWARDED => g
                        .awarded
                        .map(|(d, c)| (d, Value::new(Unit::Euro, c)))
                        .into_iter()
                        .collect(),
                    _ => g
                        .paid
                        .iter()
                        .map(|(d, c)| (*d, Value::new(Unit::Euro, *c)))
                        .collect(),
                };
                rows.into_iter()
                    .filter(|(d, _)| upto(d))
                    .map(move |(on, value)| Record {
                        seq: g.seq,
                        on,
                        value,
                        keys: keys.clone(),
                    })
            })
            .collect(),
    };
    out.sort_by(|a, b| a.seq.cmp(&b.seq).then(a.on.cmp(&b.on)));
    Some(out)
}

/// A rule's figure from its records: counts and euros are sums (a dimension's parts add
/// up to the total); durations are means in tenths of a day, the total per person (the
/// days of all their steps) and each step's part per passage through it.
pub fn aggregate(rule: &Rule, records: &[Record]) -> Figure {
    let sum = |rs: &[&Record]| rs.iter().map(|r| r.value.raw).sum::<i64>();
    let mean = |total: i64, n: usize| {
        let n = i64::try_from(n).unwrap_or(i64::MAX).max(1);
        // Half away from zero (durations are never negative).
        (2 * total + n) / (2 * n)
    };
    let all: Vec<&Record> = records.iter().collect();
    let total = match rule.unit {
        Unit::Days => {
            let people: BTreeSet<u32> = records.iter().map(|r| r.seq).collect();
            mean(sum(&all), people.len())
        }
        _ => sum(&all),
    };
    let mut figure = Figure::new(Value::new(rule.unit, total));
    for &dimension in rule.dimensions {
        let mut groups: BTreeMap<(usize, String), Vec<&Record>> = BTreeMap::new();
        for r in records {
            if let Some(k) = r.key(dimension) {
                groups
                    .entry((rank(dimension, k), k.to_owned()))
                    .or_default()
                    .push(r);
            }
        }
        for ((_, key), rs) in groups {
            let raw = match rule.unit {
                Unit::Days => mean(sum(&rs), rs.len()),
                _ => sum(&rs),
            };
            figure.parts.push(Part {
                dimension,
                key,
                value: Value::new(rule.unit, raw),
            });
        }
    }
    figure
}

/// Orders keys within a dimension: pipeline stages in pipeline order, countries of origin
/// as §6 lists them (Tunisia, Morocco), unknowns last, the rest alphabetically.
fn rank(dimension: Dimension, key: &str) -> usize {
    if key == UNKNOWN {
        return usize::MAX;
    }
    match dimension {
        Dimension::Stage => Stage::ALL
            .iter()
            .position(|s| s.as_str() == key)
            .unwrap_or(usize::MAX - 1),
        Dimension::Country => match key {
            "TN" => 0,
            "MA" => 1,
            _ => 2,
        },
        _ => 0,
    }
}

/// The figure of `code` as of `as_of`; `None` for a code the registry does not know.
pub fn compute(code: &str, facts: &Facts, as_of: NaiveDate) -> Option<Figure> {
    let rule = find(code)?;
    Some(aggregate(rule, &records(code, facts, as_of)?))
}

/// Every rule's figure as of `as_of`, in registry order (`Report::computed`).
pub fn compute_all(facts: &Facts, as_of: NaiveDate) -> Vec<(String, Figure)> {
    RULES
        .iter()
        .filter_map(|r| Some((r.code.to_owned(), compute(r.code, facts, as_of)?)))
        .collect()
}

#[cfg(test)]
#[path = "registry_tests.rs"]
mod tests;
