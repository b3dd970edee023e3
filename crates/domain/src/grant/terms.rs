//! A call's published terms: the fund and its currency, the dates, the grant's bounds, the
//! weighted criteria the panel scores, the quality threshold and the award rule's options,
//! the optional shares of the fund. A public call must be defensible, so the terms are
//! checked as a whole before they are stored ([`Terms::check`]) and the award follows them.
//!
//! Scores: each criterion is scored 0–[`MAX_MARK`] by a panellist; an application's points
//! are `Σ weightᵢ × markᵢ / MAX_MARK` with weights summing to 100, so 0–100 points.

use chrono::NaiveDate;

use super::SharesBy;
use crate::{Checks, Invalid, Invalids};

/// The highest mark a panellist gives on one criterion.
pub const MAX_MARK: i64 = 10;
/// The most criteria a call has.
pub const MAX_CRITERIA: usize = 10;
/// The most a fund may hold, in cents (EUR 100 million: far above any return call).
pub const MAX_FUND_CENTS: i64 = 10_000_000_000;

/// One criterion the panel scores, with its weight in percent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub label: String,
    pub weight: i64,
}

/// A ceiling on the amount awarded to one group (`SharesBy`): `TN`, `MA`,
/// `entrepreneurial`, `professional`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub group: String,
    pub max_cents: i64,
}

/// The terms as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub title: String,
    pub description: String,
    /// ISO 4217, e.g. `EUR`: the currency of the fund, of the grants and of the ranking.
    pub currency: String,
    pub fund_cents: i64,
    pub min_grant_cents: i64,
    pub max_grant_cents: i64,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    /// Applications whose points are below this (0–100) are not funded.
    pub quality_threshold: i64,
    /// Whether the last project that fits only in part may be funded in part (never under
    /// the minimum grant).
    pub partial_last: bool,
    pub entrepreneurial: bool,
    pub professional: bool,
    pub from_italy: bool,
    pub from_home: bool,
    pub shares_by: SharesBy,
    pub shares: Vec<Share>,
    pub criteria: Vec<Criterion>,
}

impl Terms {
    /// Every inconsistency at once (message keys `grant-error-*`).
    pub fn check(&self) -> Result<(), Invalids> {
        let mut c = Checks::default();
        if self.title.trim().is_empty() {
            c.refuse(Invalid::new("title", "error-required"));
        }
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            c.refuse(Invalid::new("currency", "grant-error-currency"));
        }
        if self.fund_cents <= 0 || self.fund_cents > MAX_FUND_CENTS {
            c.refuse(Invalid::new("fund", "grant-error-fund"));
        }
        if self.min_grant_cents <= 0
            || self.min_grant_cents > self.max_grant_cents
            || self.max_grant_cents > self.fund_cents
        {
            c.refuse(Invalid::new("max_grant", "grant-error-bounds"));
        }
        if self.closes_on < self.opens_on {
            c.refuse(Invalid::new("closes_on", "error-ends-before-start"));
        }
        if !(0..=100).contains(&self.quality_threshold) {
            c.refuse(Invalid::new("quality_threshold", "grant-error-threshold"));
        }
        if !(self.entrepreneurial || self.professional) {
            c.refuse(Invalid::new("types", "grant-error-types"));
        }
        if !(self.from_italy || self.from_home) {
            c.refuse(Invalid::new("origins", "grant-error-origins"));
        }
        if let Err(e) = self.check_criteria() {
            c.refuse(e);
        }
        if let Err(e) = self.check_shares() {
            c.refuse(e);
        }
        c.done()
    }

    fn check_criteria(&self) -> Result<(), Invalid> {
        let bad = || Invalid::new("criteria", "grant-error-criteria");
        if self.criteria.is_empty() || self.criteria.len() > MAX_CRITERIA {
            return Err(bad());
        }
        if self
            .criteria
            .iter()
            .any(|c| c.label.trim().is_empty() || c.weight <= 0)
        {
            return Err(bad());
        }
        if self.criteria.iter().map(|c| c.weight).sum::<i64>() != 100 {
            return Err(Invalid::new("criteria", "grant-error-weights"));
        }
        Ok(())
    }

    fn check_shares(&self) -> Result<(), Invalid> {
        let bad = || Invalid::new("shares", "grant-error-shares");
        let groups: &[&str] = match self.shares_by {
            SharesBy::None => &[],
            SharesBy::Country => &["TN", "MA"],
            SharesBy::ProjectType => &["entrepreneurial", "professional"],
        };
        if self.shares_by == SharesBy::None {
            return if self.shares.is_empty() {
                Ok(())
            } else {
                Err(bad())
            };
        }
        let mut seen: Vec<&str> = Vec::new();
        for s in &self.shares {
            if !groups.contains(&s.group.as_str())
                || seen.contains(&s.group.as_str())
                || s.max_cents <= 0
                || s.max_cents > self.fund_cents
            {
                return Err(bad());
            }
            seen.push(&s.group);
        }
        if seen.is_empty() { Err(bad()) } else { Ok(()) }
    }

    /// The share's ceiling for `group`, when the call sets one.
    pub fn ceiling(&self, group: &str) -> Option<i64> {
        self.shares
            .iter()
            .find(|s| s.group == group)
            .map(|s| s.max_cents)
    }

    /// Whether `on` falls within the call's dates (both ends included).
    pub fn open_on(&self, on: NaiveDate) -> bool {
        self.opens_on <= on && on <= self.closes_on
    }
}

/// An application's points (0–100, in thousandths for exact sums) from one panellist's
/// marks, one per criterion in the call's order; `None` when a mark is missing or out of
/// 0–[`MAX_MARK`].
pub fn points_milli(criteria: &[Criterion], marks: &[i64]) -> Option<i64> {
    if marks.len() != criteria.len() || marks.iter().any(|m| !(0..=MAX_MARK).contains(m)) {
        return None;
    }
    Some(
        criteria
            .iter()
            .zip(marks)
            .map(|(c, m)| c.weight * m * 1000)
            .sum::<i64>()
            / MAX_MARK,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, day).unwrap()
    }

    /// The terms of the MENTOR II call (DOMAIN.md §6: a EUR 100,000 fund).
    fn mentor_ii() -> Terms {
        Terms {
            title: "MENTOR II — return projects".into(),
            description: String::new(),
            currency: "EUR".into(),
            fund_cents: 10_000_000,
            min_grant_cents: 100_000,
            max_grant_cents: 500_000,
            opens_on: d(3, 1),
            closes_on: d(4, 30),
            quality_threshold: 60,
            partial_last: true,
            entrepreneurial: true,
            professional: true,
            from_italy: true,
            from_home: true,
            shares_by: SharesBy::None,
            shares: vec![],
            criteria: vec![
                Criterion {
                    label: "Feasibility".into(),
                    weight: 40,
                },
                Criterion {
                    label: "Impact".into(),
                    weight: 35,
                },
                Criterion {
                    label: "Budget".into(),
                    weight: 25,
                },
            ],
        }
    }

    fn fields_of(t: &Terms) -> Vec<&'static str> {
        match t.check() {
            Ok(()) => vec![],
            Err(e) => e.all().iter().map(|i| i.field).collect(),
        }
    }

    #[test]
    fn the_mentor_ii_terms_hold() {
        assert_eq!(fields_of(&mentor_ii()), Vec::<&str>::new());
        assert!(mentor_ii().open_on(d(4, 30)));
        assert!(!mentor_ii().open_on(d(5, 1)));
    }

    #[test]
    fn every_inconsistency_is_named() {
        let mut t = mentor_ii();
        t.currency = "eur".into();
        t.min_grant_cents = 600_000;
        t.closes_on = d(2, 1);
        t.quality_threshold = 101;
        t.professional = false;
        t.entrepreneurial = false;
        t.criteria[0].weight = 50;
        assert_eq!(
            fields_of(&t),
            [
                "currency",
                "max_grant",
                "closes_on",
                "quality_threshold",
                "types",
                "criteria"
            ]
        );
    }

    #[test]
    fn shares_name_groups_of_their_kind_once() {
        let mut t = mentor_ii();
        t.shares = vec![Share {
            group: "TN".into(),
            max_cents: 6_000_000,
        }];
        assert_eq!(fields_of(&t), ["shares"], "shares without a grouping");
        t.shares_by = SharesBy::Country;
        assert!(t.check().is_ok());
        assert_eq!(t.ceiling("TN"), Some(6_000_000));
        assert_eq!(t.ceiling("MA"), None);
        t.shares.push(t.shares[0].clone());
        assert_eq!(fields_of(&t), ["shares"], "a group twice");
        t.shares_by = SharesBy::ProjectType;
        t.shares.pop();
        assert_eq!(fields_of(&t), ["shares"], "a country under project types");
    }

    #[test]
    fn points_weigh_the_marks() {
        let c = mentor_ii().criteria;
        assert_eq!(points_milli(&c, &[10, 10, 10]), Some(100_000));
        assert_eq!(points_milli(&c, &[0, 0, 0]), Some(0));
        // 40×7 + 35×8 + 25×6 = 710 → 71.0 points
        assert_eq!(points_milli(&c, &[7, 8, 6]), Some(71_000));
        assert_eq!(points_milli(&c, &[7, 8]), None);
        assert_eq!(points_milli(&c, &[7, 8, 11]), None);
        assert_eq!(points_milli(&c, &[7, -1, 6]), None);
    }
}
