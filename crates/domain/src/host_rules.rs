//! Whether a company may host trainees: the regional rules of DOMAIN.md §5 (Lombardy,
//! Piedmont), evaluated on the company's declarations, each with a reason.
//!
//! Every figure is configurable per region (several are marked unverified in the sources),
//! so the rules are data ([`RegionalRules`]) and this module only evaluates them.

use serde::{Deserialize, Serialize};

/// The rules of one Italian region for hosting traineeships.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionalRules {
    /// Short code, e.g. `lombardia`.
    pub region: String,
    pub name: String,
    /// Minimum gross monthly allowance, in cents (Lombardy EUR 500, Piedmont EUR 600).
    pub min_allowance_cents: i64,
    /// Up to this many employees, at most `small_cap` trainees at once (0–5 → 1).
    pub small_max_employees: i32,
    pub small_cap: i32,
    /// Up to this many employees, at most `medium_cap` trainees (6–20 → 2).
    pub medium_max_employees: i32,
    pub medium_cap: i32,
    /// Above that, this percentage of the employees, rounded up (> 20 → 10 %).
    pub large_percent: i32,
    /// Piedmont also requires no insolvency procedure and no wage-support scheme.
    pub require_no_insolvency: bool,
    pub require_no_wage_support: bool,
}

impl RegionalRules {
    pub fn lombardy() -> Self {
        RegionalRules {
            region: "lombardia".into(),
            name: "Lombardia".into(),
            min_allowance_cents: 50_000,
            small_max_employees: 5,
            small_cap: 1,
            medium_max_employees: 20,
            medium_cap: 2,
            large_percent: 10,
            require_no_insolvency: false,
            require_no_wage_support: false,
        }
    }

    pub fn piedmont() -> Self {
        RegionalRules {
            region: "piemonte".into(),
            name: "Piemonte".into(),
            min_allowance_cents: 60_000,
            require_no_insolvency: true,
            require_no_wage_support: true,
            ..Self::lombardy()
        }
    }

    /// How many trainees a company of `employees` may host at the same time.
    pub fn headcount_cap(&self, employees: i32) -> i32 {
        if employees <= self.small_max_employees {
            self.small_cap
        } else if employees <= self.medium_max_employees {
            self.medium_cap
        } else {
            // Rounded up: 21 employees at 10 % may host 3.
            (employees * self.large_percent + 99) / 100
        }
    }
}

/// What the company has declared. `None`: not declared yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declarations {
    /// Compliant with workplace safety law (D.Lgs. 81/2008).
    pub safety_compliant: Option<bool>,
    /// Compliant with the disability hiring law (L. 68/1999).
    pub disability_compliant: Option<bool>,
    /// No dismissals for equivalent tasks in the same unit in the last 12 months.
    pub no_recent_dismissals: Option<bool>,
    /// No insolvency procedure under way.
    pub no_insolvency: Option<bool>,
    /// No wage-support scheme (cassa integrazione) for equivalent tasks.
    pub no_wage_support: Option<bool>,
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// Fluent key naming the rule, e.g. `rule-safety`.
    pub rule: &'static str,
    pub passed: bool,
    /// Fluent key of the reason.
    pub reason: &'static str,
    /// A number the reason mentions (the cap, the employees), if any.
    pub figure: Option<i64>,
}

/// The company facts the checklist needs besides the declarations.
#[derive(Debug, Clone, Default)]
pub struct CompanyFacts {
    pub vat_valid: bool,
    pub employees: Option<i32>,
    pub region: Option<String>,
}

fn declared(rule: &'static str, value: Option<bool>) -> Check {
    match value {
        Some(true) => Check {
            rule,
            passed: true,
            reason: "reason-declared",
            figure: None,
        },
        Some(false) => Check {
            rule,
            passed: false,
            reason: "reason-declared-not-met",
            figure: None,
        },
        None => Check {
            rule,
            passed: false,
            reason: "reason-not-declared",
            figure: None,
        },
    }
}

/// Evaluates every rule for a company; the company may host when all pass.
pub fn evaluate(
    rules: Option<&RegionalRules>,
    facts: &CompanyFacts,
    d: &Declarations,
) -> Vec<Check> {
    let mut out = Vec::new();
    out.push(Check {
        rule: "rule-vat",
        passed: facts.vat_valid,
        reason: if facts.vat_valid {
            "reason-vat-valid"
        } else {
            "reason-vat-missing"
        },
        figure: None,
    });
    let Some(rules) = rules else {
        out.push(Check {
            rule: "rule-region",
            passed: false,
            reason: "reason-region-unknown",
            figure: None,
        });
        return out;
    };
    out.push(declared("rule-safety", d.safety_compliant));
    out.push(declared("rule-disability", d.disability_compliant));
    out.push(declared("rule-no-dismissals", d.no_recent_dismissals));
    if rules.require_no_insolvency {
        out.push(declared("rule-no-insolvency", d.no_insolvency));
    }
    if rules.require_no_wage_support {
        out.push(declared("rule-no-wage-support", d.no_wage_support));
    }
    out.push(match facts.employees {
        Some(n) => Check {
            rule: "rule-headcount",
            passed: true,
            reason: "reason-headcount-cap",
            figure: Some(i64::from(rules.headcount_cap(n))),
        },
        None => Check {
            rule: "rule-headcount",
            passed: false,
            reason: "reason-employees-missing",
            figure: None,
        },
    });
    out
}

pub fn all_passed(checks: &[Check]) -> bool {
    checks.iter().all(|c| c.passed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headcount_caps_follow_the_regional_tiers() {
        let r = RegionalRules::lombardy();
        for (employees, cap) in [
            (0, 1),
            (5, 1),
            (6, 2),
            (20, 2),
            (21, 3),
            (30, 3),
            (31, 4),
            (100, 10),
            (250, 25),
        ] {
            assert_eq!(r.headcount_cap(employees), cap, "{employees} employees");
        }
    }

    fn all_yes() -> Declarations {
        Declarations {
            safety_compliant: Some(true),
            disability_compliant: Some(true),
            no_recent_dismissals: Some(true),
            no_insolvency: Some(true),
            no_wage_support: Some(true),
        }
    }

    fn facts() -> CompanyFacts {
        CompanyFacts {
            vat_valid: true,
            employees: Some(12),
            region: Some("lombardia".into()),
        }
    }

    #[test]
    fn a_compliant_company_passes_and_each_failure_has_its_reason() {
        let lombardy = RegionalRules::lombardy();
        assert!(all_passed(&evaluate(Some(&lombardy), &facts(), &all_yes())));
        let mut d = all_yes();
        d.no_recent_dismissals = Some(false);
        let checks = evaluate(Some(&lombardy), &facts(), &d);
        let failed: Vec<_> = checks
            .iter()
            .filter(|c| !c.passed)
            .map(|c| (c.rule, c.reason))
            .collect();
        assert_eq!(
            failed,
            vec![("rule-no-dismissals", "reason-declared-not-met")]
        );
        let checks = evaluate(
            Some(&lombardy),
            &CompanyFacts {
                employees: None,
                ..facts()
            },
            &Declarations::default(),
        );
        assert_eq!(
            checks.iter().filter(|c| !c.passed).count(),
            4,
            "three undeclared, headcount unknown"
        );
    }

    #[test]
    fn piedmont_asks_more_than_lombardy() {
        let mut d = all_yes();
        d.no_insolvency = None;
        assert!(all_passed(&evaluate(
            Some(&RegionalRules::lombardy()),
            &facts(),
            &d
        )));
        let checks = evaluate(Some(&RegionalRules::piedmont()), &facts(), &d);
        assert!(!all_passed(&checks));
        assert!(
            checks
                .iter()
                .any(|c| c.rule == "rule-no-insolvency" && c.reason == "reason-not-declared")
        );
        assert!(
            !all_passed(&evaluate(None, &facts(), &all_yes())),
            "an unknown region cannot be checked"
        );
    }
}
