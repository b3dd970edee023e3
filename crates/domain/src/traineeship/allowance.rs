//! The allowance a month earns, from its attendance, by the region's rule (DOMAIN.md §5).
//!
//! A rule is data: a full amount, a threshold of attendance at or above which it is paid in
//! full, and below it either a fixed floor or an amount proportional to attendance that
//! never falls under a floor. The regional figures are not verified against the current
//! resolutions, so each rule carries its source and a `verified` flag, and every computed
//! amount names the rule it came from. Money is in integer cents; attendance in days.

/// What is paid below the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Below {
    /// A fixed amount, whatever the attendance (Lombardy: never below EUR 300).
    Floor { cents: i64 },
    /// The full amount times attendance, but never under `floor_cents` (Piedmont).
    Proportional { floor_cents: i64 },
}

/// One region's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllowanceRule {
    /// ISO 3166-2 code of the region (as a procedure template names it).
    pub region: &'static str,
    pub full_cents: i64,
    /// Attendance, in percent, at or above which the full amount is due.
    pub threshold_percent: i64,
    pub below: Below,
    /// Where the figures come from.
    pub source: &'static str,
    /// Whether someone checked the figures against the resolution in force.
    pub verified: bool,
}

/// The rules the installation knows, by region (DOMAIN.md §5, both marked [U] there).
pub const RULES: [AllowanceRule; 2] = [
    AllowanceRule {
        region: "IT-25",
        full_cents: 50_000,
        threshold_percent: 80,
        below: Below::Floor { cents: 30_000 },
        source: "Regione Lombardia, DGR 7763/2018",
        verified: false,
    },
    AllowanceRule {
        region: "IT-21",
        full_cents: 60_000,
        threshold_percent: 70,
        below: Below::Proportional {
            floor_cents: 30_000,
        },
        source: "Regione Piemonte, DGR 85-6277/2017",
        verified: false,
    },
];

/// The rule of a region, when one is known.
pub fn rule_for(region: &str) -> Option<&'static AllowanceRule> {
    RULES.iter().find(|r| r.region == region)
}

/// A month's amount and the rule's reasoning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Computed {
    pub cents: i64,
    /// Attendance in whole percent, rounded down (0 when nothing was scheduled).
    pub percent: i64,
    /// Whether the threshold was met (the full amount).
    pub full: bool,
}

impl AllowanceRule {
    /// The amount due for `attended` days out of `scheduled`. A month with nothing
    /// scheduled (a closure, the days before the start) earns the floor: the trainee was
    /// not absent, and the rule's minimum is what is always due.
    pub fn compute(&self, attended: i64, scheduled: i64) -> Computed {
        let attended = attended.clamp(0, scheduled.max(0));
        let floor = match self.below {
            Below::Floor { cents } | Below::Proportional { floor_cents: cents } => cents,
        };
        if scheduled <= 0 {
            return Computed {
                cents: floor,
                percent: 0,
                full: false,
            };
        }
        // Compared in integers: attended/scheduled >= threshold/100.
        let full = attended * 100 >= self.threshold_percent * scheduled;
        let percent = attended * 100 / scheduled;
        let cents = if full {
            self.full_cents
        } else {
            match self.below {
                Below::Floor { cents } => cents,
                Below::Proportional { floor_cents } => {
                    (self.full_cents * attended / scheduled).max(floor_cents)
                }
            }
        };
        Computed {
            cents,
            percent,
            full,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lombardy() -> &'static AllowanceRule {
        rule_for("IT-25").unwrap()
    }

    fn piedmont() -> &'static AllowanceRule {
        rule_for("IT-21").unwrap()
    }

    #[test]
    fn lombardy_pays_in_full_from_eighty_percent_and_never_below_three_hundred() {
        // (attended, scheduled, cents, full)
        let table = [
            (20, 20, 50_000, true),
            (16, 20, 50_000, true), // exactly 80 %
            (15, 20, 30_000, false),
            (4, 5, 50_000, true), // 80 % again, other figures
            (0, 20, 30_000, false),
            (0, 0, 30_000, false),  // nothing scheduled
            (25, 20, 50_000, true), // more than scheduled counts as all
        ];
        for (a, s, cents, full) in table {
            let c = lombardy().compute(a, s);
            assert_eq!((c.cents, c.full), (cents, full), "{a}/{s}");
        }
    }

    #[test]
    fn piedmont_pays_in_full_from_seventy_percent_and_in_proportion_down_to_three_hundred() {
        let table = [
            (20, 20, 60_000, true),
            (14, 20, 60_000, true),  // exactly 70 %
            (13, 20, 39_000, false), // 65 % of 600
            (11, 20, 33_000, false),
            (10, 20, 30_000, false), // 50 %: exactly the floor
            (5, 20, 30_000, false),  // 25 %: the floor
            (0, 0, 30_000, false),
            (7, 10, 60_000, true),
            (2, 3, 40_000, false), // 66.6 %: 400.00, rounded down to the cent
        ];
        for (a, s, cents, full) in table {
            let c = piedmont().compute(a, s);
            assert_eq!((c.cents, c.full), (cents, full), "{a}/{s}");
        }
    }

    #[test]
    fn percent_is_rounded_down() {
        assert_eq!(piedmont().compute(2, 3).percent, 66);
        assert_eq!(piedmont().compute(0, 0).percent, 0);
    }

    #[test]
    fn every_rule_names_its_source_and_is_marked_unverified() {
        for r in RULES {
            assert!(!r.source.is_empty());
            assert!(!r.verified, "DOMAIN.md marks both [U]");
        }
        assert!(rule_for("IT-99").is_none());
    }
}
