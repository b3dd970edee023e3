//! The rules an activity file must keep (errors: the file is not written) and the IATI
//! "should"s it may miss (warnings: listed, never blocking). The schema itself is checked
//! by `xmllint` in the tests, the codes against the official codelists there too.

use chrono::{Datelike, NaiveDate};

use super::activity::Activity;

/// What a rule found: a message key (in `iati.ftl`) and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub key: &'static str,
    pub about: String,
}

/// The findings of [`check`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

fn finding(key: &'static str, about: impl Into<String>) -> Finding {
    Finding {
        key,
        about: about.into(),
    }
}

/// The day a year after `d` (28 February for 29 February).
fn a_year_after(d: NaiveDate) -> NaiveDate {
    d.with_year(d.year() + 1)
        .or_else(|| d.pred_opt().and_then(|p| p.with_year(d.year() + 1)))
        .unwrap_or(d)
}

/// Checks the activity.
pub fn check(a: &Activity) -> Checked {
    let mut c = Checked::default();
    let own = a
        .reporting
        .reference
        .as_deref()
        .and_then(|r| a.identifier.strip_prefix(r))
        .is_some_and(|rest| rest.starts_with('-') && rest.len() > 1);
    if !own {
        c.errors
            .push(finding("iati-error-activity-id", a.identifier.clone()));
    }
    let mut budgets: Vec<_> = a.budgets.iter().collect();
    budgets.sort_by_key(|b| b.starts_on);
    for b in &budgets {
        let about = format!("{}..{}", b.starts_on, b.ends_on);
        if b.ends_on < b.starts_on || b.ends_on >= a_year_after(b.starts_on) {
            c.errors.push(finding("iati-error-budget-period", about));
        }
    }
    for w in budgets.windows(2) {
        if w[1].starts_on <= w[0].ends_on {
            c.errors.push(finding(
                "iati-error-budget-overlap",
                w[1].starts_on.to_string(),
            ));
        }
    }
    if !a.countries.is_empty() && a.countries.iter().map(|(_, p)| p).sum::<i64>() != 10_000 {
        c.errors.push(finding("iati-error-country-percentages", ""));
    }
    if !a.sectors.is_empty() && a.sectors.iter().map(|(_, p)| p).sum::<i64>() != 10_000 {
        c.errors.push(finding("iati-error-sector-percentages", ""));
    }
    if a.description.trim().is_empty() {
        c.warnings.push(finding("iati-warning-no-description", ""));
    }
    if a.budgets.is_empty() {
        c.warnings.push(finding("iati-warning-no-budget", ""));
    }
    if !a.transactions.iter().any(|t| t.kind == "3") {
        c.warnings
            .push(finding("iati-warning-no-disbursements", ""));
    }
    if a.results.is_empty() {
        c.warnings.push(finding("iati-warning-no-results", ""));
    }
    for o in a.participating.iter().filter(|o| o.reference.is_none()) {
        c.warnings
            .push(finding("iati-warning-org-without-ref", o.name.clone()));
    }
    c
}
