//! The regional hosting rules: a region's minimum allowance, headcount caps and extra
//! conditions, changed by whoever manages the rules.

use domain::host_rules::RegionalRules;
use domain::{Invalid, Permission};
use serde::Deserialize;

use crate::{Acting, AppResult, Clock, Error};

/// A region's figures as typed into its form.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct RulesFields {
    pub min_allowance: String,
    pub small_max_employees: String,
    pub small_cap: String,
    pub medium_max_employees: String,
    pub medium_cap: String,
    pub large_percent: String,
    pub require_no_insolvency: String,
    pub require_no_wage_support: String,
}

fn number(field: &'static str, s: &str, lo: i32, hi: i32) -> Result<i32, Invalid> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (lo..=hi).contains(n))
        .ok_or(Invalid::new(field, "error-rule-number"))
}

impl RulesFields {
    /// The region's rules with these figures; its code and name stay those of `current`.
    pub fn parse(&self, current: RegionalRules) -> Result<RegionalRules, Invalid> {
        let small_max = number("small_max_employees", &self.small_max_employees, 0, 10_000)?;
        let medium_max = number(
            "medium_max_employees",
            &self.medium_max_employees,
            0,
            100_000,
        )?;
        if medium_max < small_max {
            return Err(Invalid::new("medium_max_employees", "error-rule-tiers"));
        }
        Ok(RegionalRules {
            min_allowance_cents: domain::programme::parse_amount(
                "min_allowance",
                &self.min_allowance,
            )?,
            small_max_employees: small_max,
            small_cap: number("small_cap", &self.small_cap, 0, 1000)?,
            medium_max_employees: medium_max,
            medium_cap: number("medium_cap", &self.medium_cap, 0, 1000)?,
            large_percent: number("large_percent", &self.large_percent, 0, 100)?,
            require_no_insolvency: !self.require_no_insolvency.is_empty(),
            require_no_wage_support: !self.require_no_wage_support.is_empty(),
            ..current
        })
    }
}

/// Changes a region's rules. A region that does not exist is not found (before its
/// figures are looked at); figures that do not fit are `Invalid`.
pub async fn update(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    region: &str,
    fields: &RulesFields,
) -> AppResult<()> {
    if who.actor.scope(Permission::ManageRules).is_none() {
        return Err(Error::Forbidden);
    }
    let region = region.to_owned();
    let fields = fields.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let current = db::rules::find(tx.conn, &region)?.ok_or(Error::NotFound)?;
        let rules = fields.parse(current)?;
        Ok(db::rules::update(tx, &rules)?)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(small_max: &str, medium_max: &str) -> RulesFields {
        RulesFields {
            min_allowance: "650".into(),
            small_max_employees: small_max.into(),
            small_cap: "1".into(),
            medium_max_employees: medium_max.into(),
            medium_cap: "2".into(),
            large_percent: "10".into(),
            require_no_insolvency: "on".into(),
            require_no_wage_support: String::new(),
        }
    }

    #[test]
    fn figures_change_and_the_region_keeps_its_code_and_name() {
        let r = fields("5", "20").parse(RegionalRules::lombardy());
        let r = r.as_ref().ok();
        assert_eq!(r.map(|r| r.min_allowance_cents), Some(65_000));
        assert_eq!(r.map(|r| r.region.as_str()), Some("lombardia"));
        assert_eq!(r.map(|r| r.name.as_str()), Some("Lombardia"));
        assert_eq!(r.map(|r| r.require_no_insolvency), Some(true));
        assert_eq!(r.map(|r| r.require_no_wage_support), Some(false));
    }

    #[test]
    fn tiers_must_not_overlap_and_numbers_must_fit() {
        let tiers = fields("20", "5").parse(RegionalRules::lombardy());
        assert_eq!(tiers.err().map(|e| e.key), Some("error-rule-tiers"));
        let number = fields("many", "20").parse(RegionalRules::lombardy());
        assert_eq!(number.err().map(|e| e.key), Some("error-rule-number"));
    }
}
