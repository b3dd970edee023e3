//! A call's terms as typed in the coordinator's form (or sent by the API): strings, parsed
//! into [`Terms`] with every mistake at once. Amounts are typed in units of the currency
//! (`1000`, `1000,50`), the way programme budgets and allowances are
//! (`programme::parse_amount`); blank rows of the criteria and shares are left out, so the
//! form can offer a few empty ones.

use chrono::NaiveDate;

use super::SharesBy;
use super::terms::{Criterion, MAX_CRITERIA, Share, Terms};
use crate::programme::parse_amount;
use crate::{Checks, Invalid, Invalids, bounds};

/// The groups a share may name, per grouping (the form shows one amount per group).
pub const SHARE_GROUPS: [(&str, SharesBy); 4] = [
    ("TN", SharesBy::Country),
    ("MA", SharesBy::Country),
    ("entrepreneurial", SharesBy::ProjectType),
    ("professional", SharesBy::ProjectType),
];

/// The terms as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermsFields {
    pub title: String,
    pub description: String,
    pub currency: String,
    pub fund: String,
    pub min_grant: String,
    pub max_grant: String,
    pub opens_on: String,
    pub closes_on: String,
    pub quality_threshold: String,
    pub partial_last: bool,
    pub entrepreneurial: bool,
    pub professional: bool,
    pub from_italy: bool,
    pub from_home: bool,
    pub shares_by: String,
    /// (group, ceiling typed in units); only the groups of `shares_by` count.
    pub shares: Vec<(String, String)>,
    /// (label, weight in percent), in order.
    pub criteria: Vec<(String, String)>,
}

fn whole(field: &'static str, s: &str) -> Result<i64, Invalid> {
    s.trim()
        .parse::<i64>()
        .map_err(|_| Invalid::new(field, "error-invalid-number"))
}

/// Cents as typed in units again (`150000` → `1500`, `150050` → `1500.50`).
pub fn units(cents: i64) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{}.{:02}", cents / 100, (cents % 100).abs())
    }
}

impl TermsFields {
    /// The terms, or every mistake: first what does not parse, then (when everything
    /// parsed) what does not hold together (`Terms::check`). Dates lie within the scheme
    /// years around `today` (`bounds::scheme_date`).
    pub fn parse(&self, today: NaiveDate) -> Result<Terms, Invalids> {
        let mut c = Checks::default();
        let title = c.check(bounds::text("title", &self.title, bounds::MAX_NAME));
        let description = c.check(bounds::text(
            "description",
            &self.description,
            bounds::MAX_DESCRIPTION,
        ));
        let currency = c.check(crate::programme::parse_currency(&self.currency));
        let fund = c.check(parse_amount("fund", &self.fund));
        let min = c.check(parse_amount("min_grant", &self.min_grant));
        let max = c.check(parse_amount("max_grant", &self.max_grant));
        let opens_on = c.check(bounds::scheme_date("opens_on", &self.opens_on, today));
        let closes_on = c.check(bounds::scheme_date("closes_on", &self.closes_on, today));
        let threshold = c.check(whole("quality_threshold", &self.quality_threshold));
        let shares_by = c.check(
            SharesBy::parse(self.shares_by.trim())
                .ok_or(Invalid::new("shares_by", "error-required")),
        );
        let criteria = c.check(self.criteria());
        let shares = shares_by.and_then(|by| c.check(self.shares(by)));
        let (
            Some(title),
            Some(description),
            Some(currency),
            Some(fund_cents),
            Some(min_grant_cents),
            Some(max_grant_cents),
            Some(opens_on),
            Some(closes_on),
            Some(quality_threshold),
            Some(shares_by),
            Some(criteria),
            Some(shares),
        ) = (
            title,
            description,
            currency,
            fund,
            min,
            max,
            opens_on,
            closes_on,
            threshold,
            shares_by,
            criteria,
            shares,
        )
        else {
            return Err(c
                .invalids()
                .unwrap_or_else(|| Invalid::new("title", "error-required").into()));
        };
        let terms = Terms {
            title,
            description,
            currency,
            fund_cents,
            min_grant_cents,
            max_grant_cents,
            opens_on,
            closes_on,
            quality_threshold,
            partial_last: self.partial_last,
            entrepreneurial: self.entrepreneurial,
            professional: self.professional,
            from_italy: self.from_italy,
            from_home: self.from_home,
            shares_by,
            shares,
            criteria,
        };
        terms.check()?;
        Ok(terms)
    }

    fn criteria(&self) -> Result<Vec<Criterion>, Invalid> {
        let rows: Vec<_> = self
            .criteria
            .iter()
            .filter(|(l, w)| !(l.trim().is_empty() && w.trim().is_empty()))
            .collect();
        if rows.len() > MAX_CRITERIA {
            return Err(Invalid::new("criteria", "grant-error-criteria"));
        }
        rows.into_iter()
            .map(|(label, weight)| {
                Ok(Criterion {
                    label: bounds::text("criteria", label, bounds::MAX_NAME)?,
                    weight: whole("criteria", weight)?,
                })
            })
            .collect()
    }

    fn shares(&self, by: SharesBy) -> Result<Vec<Share>, Invalid> {
        let mut out = Vec::new();
        for (group, amount) in &self.shares {
            let of_kind = SHARE_GROUPS
                .iter()
                .any(|(g, kind)| g == group && *kind == by);
            if !of_kind || amount.trim().is_empty() {
                continue;
            }
            out.push(Share {
                group: group.clone(),
                max_cents: parse_amount("shares", amount)?,
            });
        }
        Ok(out)
    }

    /// The form filled with `terms` (to edit them).
    pub fn of(terms: &Terms) -> TermsFields {
        TermsFields {
            title: terms.title.clone(),
            description: terms.description.clone(),
            currency: terms.currency.clone(),
            fund: units(terms.fund_cents),
            min_grant: units(terms.min_grant_cents),
            max_grant: units(terms.max_grant_cents),
            opens_on: terms.opens_on.to_string(),
            closes_on: terms.closes_on.to_string(),
            quality_threshold: terms.quality_threshold.to_string(),
            partial_last: terms.partial_last,
            entrepreneurial: terms.entrepreneurial,
            professional: terms.professional,
            from_italy: terms.from_italy,
            from_home: terms.from_home,
            shares_by: terms.shares_by.as_str().to_owned(),
            shares: terms
                .shares
                .iter()
                .map(|s| (s.group.clone(), units(s.max_cents)))
                .collect(),
            criteria: terms
                .criteria
                .iter()
                .map(|c| (c.label.clone(), c.weight.to_string()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 11).unwrap()
    }

    fn fields() -> TermsFields {
        TermsFields {
            title: " Return projects ".into(),
            description: String::new(),
            currency: "eur".into(),
            fund: "100000".into(),
            min_grant: "1000".into(),
            max_grant: "5000,00".into(),
            opens_on: "2027-01-10".into(),
            closes_on: "2027-02-28".into(),
            quality_threshold: "60".into(),
            partial_last: true,
            entrepreneurial: true,
            professional: true,
            from_italy: true,
            from_home: true,
            shares_by: "country".into(),
            shares: vec![
                ("TN".into(), "50000".into()),
                ("MA".into(), "50000".into()),
                ("professional".into(), "999".into()),
            ],
            criteria: vec![
                ("Feasibility".into(), "60".into()),
                ("Impact".into(), "40".into()),
                (String::new(), String::new()),
            ],
        }
    }

    /// A change to the typed terms, and the mistakes (field, key) it must bring.
    type Case = (fn(&mut TermsFields), Vec<(&'static str, &'static str)>);

    fn fields_of(f: &TermsFields) -> Vec<(&'static str, &'static str)> {
        match f.parse(today()) {
            Ok(_) => vec![],
            Err(e) => e.all().iter().map(|i| (i.field, i.key)).collect(),
        }
    }

    #[test]
    fn typed_terms_parse_and_come_back() {
        let t = fields().parse(today()).unwrap();
        assert_eq!(t.title, "Return projects");
        assert_eq!(t.currency, "EUR");
        assert_eq!(
            (t.fund_cents, t.min_grant_cents, t.max_grant_cents),
            (10_000_000, 100_000, 500_000)
        );
        assert_eq!(t.criteria.len(), 2, "the blank row is left out");
        assert_eq!(t.shares.len(), 2, "a share of another grouping is left out");
        let again = TermsFields::of(&t).parse(today()).unwrap();
        assert_eq!(again, t);
        assert_eq!(units(150_050), "1500.50");
    }

    #[test]
    fn every_mistake_is_named_at_once() {
        let cases: Vec<Case> = vec![
            (
                |f| f.fund = "lots".into(),
                vec![("fund", "error-invalid-amount")],
            ),
            (
                |f| {
                    f.fund = "-1".into();
                    f.opens_on = "tomorrow".into();
                    f.quality_threshold = "high".into();
                },
                vec![
                    ("fund", "error-invalid-amount"),
                    ("opens_on", "error-invalid-date"),
                    ("quality_threshold", "error-invalid-number"),
                ],
            ),
            (
                |f| f.criteria[1].1 = "50".into(),
                vec![("criteria", "grant-error-weights")],
            ),
            (
                |f| f.criteria[0].1 = "sixty".into(),
                vec![("criteria", "error-invalid-number")],
            ),
            (
                |f| {
                    f.min_grant = "6000".into();
                    f.closes_on = "2027-01-01".into();
                },
                vec![
                    ("max_grant", "grant-error-bounds"),
                    ("closes_on", "error-ends-before-start"),
                ],
            ),
            (
                |f| f.shares = vec![],
                vec![("shares", "grant-error-shares")],
            ),
            (
                |f| f.shares_by = "region".into(),
                vec![("shares_by", "error-required")],
            ),
            (
                |f| {
                    f.entrepreneurial = false;
                    f.professional = false;
                    f.from_home = false;
                    f.from_italy = false;
                },
                vec![
                    ("types", "grant-error-types"),
                    ("origins", "grant-error-origins"),
                ],
            ),
        ];
        for (change, expected) in cases {
            let mut f = fields();
            change(&mut f);
            assert_eq!(fields_of(&f), expected, "{f:?}");
        }
    }
}
