//! What an applicant writes ([`ProposalFields`], strings as typed) and what it parses into
//! ([`Proposal`]): the project's type and origin, a title, a summary and a budget of lines
//! in fixed cost categories ([`Category`]). The requested amount is the sum of the lines,
//! never typed.
//!
//! Two levels of checks, because a draft saves as the person goes: [`ProposalFields::parse`]
//! refuses only what cannot be stored (a type the call does not offer, an amount that is
//! not one, a text too long), and [`Proposal::complete`] what a submission needs on top (a
//! title, a summary, every line labelled and priced, the request within the call's bounds).

use super::terms::Terms;
use super::{ProjectOrigin, ProjectType};
use crate::programme::parse_amount;
use crate::{Checks, Invalid, Invalids, bounds};

/// The most budget lines an application has.
pub const MAX_LINES: usize = 12;
/// The longest summary, in characters.
pub const MAX_SUMMARY: usize = bounds::MAX_DESCRIPTION;

/// The form's field names of line `n` (category, label, amount): `Invalid` names a field
/// with a `'static` string.
pub const LINE_FIELDS: [[&str; 3]; MAX_LINES] = [
    ["line0_category", "line0_label", "line0_amount"],
    ["line1_category", "line1_label", "line1_amount"],
    ["line2_category", "line2_label", "line2_amount"],
    ["line3_category", "line3_label", "line3_amount"],
    ["line4_category", "line4_label", "line4_amount"],
    ["line5_category", "line5_label", "line5_amount"],
    ["line6_category", "line6_label", "line6_amount"],
    ["line7_category", "line7_label", "line7_amount"],
    ["line8_category", "line8_label", "line8_amount"],
    ["line9_category", "line9_label", "line9_amount"],
    ["line10_category", "line10_label", "line10_amount"],
    ["line11_category", "line11_label", "line11_amount"],
];

/// A cost category of a budget line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Equipment,
    Training,
    Rent,
    Materials,
    Services,
    Travel,
    /// Rarely an eligible cost: flagged for the checker's attention.
    Vehicle,
    /// Whatever fits no other category: flagged for the checker's attention.
    Other,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Equipment,
        Category::Training,
        Category::Rent,
        Category::Materials,
        Category::Services,
        Category::Travel,
        Category::Vehicle,
        Category::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Equipment => "equipment",
            Category::Training => "training",
            Category::Rent => "rent",
            Category::Materials => "materials",
            Category::Services => "services",
            Category::Travel => "travel",
            Category::Vehicle => "vehicle",
            Category::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }

    /// Whether the cost check should look twice (the checker decides; nothing is refused
    /// by category alone).
    pub const fn needs_attention(self) -> bool {
        matches!(self, Category::Vehicle | Category::Other)
    }
}

/// One budget line as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineFields {
    pub category: String,
    pub label: String,
    pub amount: String,
}

/// The application as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProposalFields {
    pub project_type: String,
    pub origin: String,
    pub title: String,
    pub summary: String,
    pub lines: Vec<LineFields>,
}

/// One budget line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub category: Category,
    pub label: String,
    /// 0 while a draft's line is not priced yet.
    pub amount_cents: i64,
}

/// The application as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub project_type: ProjectType,
    pub origin: ProjectOrigin,
    pub title: String,
    pub summary: String,
    pub lines: Vec<Line>,
}

impl ProposalFields {
    /// What can be stored as a draft of a call with `terms` (blank lines left out), or
    /// every mistake.
    pub fn parse(&self, terms: &Terms) -> Result<Proposal, Invalids> {
        let mut c = Checks::default();
        let project_type = c.check(
            ProjectType::parse(self.project_type.trim())
                .filter(|t| match t {
                    ProjectType::Entrepreneurial => terms.entrepreneurial,
                    ProjectType::Professional => terms.professional,
                })
                .ok_or(Invalid::new("project_type", "grant-error-project-type")),
        );
        let origin = c.check(
            ProjectOrigin::parse(self.origin.trim())
                .filter(|o| match o {
                    ProjectOrigin::Italy => terms.from_italy,
                    ProjectOrigin::Home => terms.from_home,
                })
                .ok_or(Invalid::new("origin", "grant-error-origin")),
        );
        let title = c.check(bounds::text("title", &self.title, bounds::MAX_NAME));
        let summary = c.check(bounds::text("summary", &self.summary, MAX_SUMMARY));
        let typed: Vec<_> = self
            .lines
            .iter()
            .filter(|l| !(l.label.trim().is_empty() && l.amount.trim().is_empty()))
            .collect();
        if typed.len() > MAX_LINES {
            c.refuse(Invalid::new("lines", "grant-error-too-many-lines"));
        }
        let mut lines = Vec::new();
        for (l, [cat_f, label_f, amount_f]) in typed.into_iter().zip(LINE_FIELDS) {
            let category =
                c.check(Category::parse(&l.category).ok_or(Invalid::new(cat_f, "error-required")));
            let label = c.check(bounds::text(label_f, &l.label, bounds::MAX_NAME));
            let amount = if l.amount.trim().is_empty() {
                Some(0)
            } else {
                c.check(parse_amount(amount_f, &l.amount))
            };
            if let (Some(category), Some(label), Some(amount_cents)) = (category, label, amount) {
                lines.push(Line {
                    category,
                    label,
                    amount_cents,
                });
            }
        }
        c.done()?;
        match (project_type, origin, title, summary) {
            (Some(project_type), Some(origin), Some(title), Some(summary)) => Ok(Proposal {
                project_type,
                origin,
                title,
                summary,
                lines,
            }),
            _ => Err(Invalid::new("title", "error-required").into()),
        }
    }
}

impl Proposal {
    /// The amount requested: the sum of the lines.
    pub fn requested_cents(&self) -> i64 {
        self.lines.iter().map(|l| l.amount_cents).sum()
    }

    /// Whether it may be submitted to a call with `terms`, or every reason why not.
    pub fn complete(&self, terms: &Terms) -> Result<(), Invalids> {
        let mut c = Checks::default();
        if self.title.is_empty() {
            c.refuse(Invalid::new("title", "error-required"));
        }
        if self.summary.is_empty() {
            c.refuse(Invalid::new("summary", "error-required"));
        }
        if self.lines.is_empty() {
            c.refuse(Invalid::new("lines", "grant-error-no-lines"));
        }
        for (l, [_, label_f, amount_f]) in self.lines.iter().zip(LINE_FIELDS) {
            if l.label.is_empty() {
                c.refuse(Invalid::new(label_f, "error-required"));
            }
            if l.amount_cents <= 0 {
                c.refuse(Invalid::new(amount_f, "error-required"));
            }
        }
        let requested = self.requested_cents();
        if !self.lines.is_empty()
            && !(terms.min_grant_cents..=terms.max_grant_cents).contains(&requested)
        {
            c.refuse(Invalid::new("requested", "grant-error-requested-bounds"));
        }
        c.done()
    }
}

/// The cost check's decision on an application: the verdict on each line (in order), and
/// eligible or not with a note to the applicant. Returns the eligible total, or every
/// reason the decision cannot stand: a verdict missing for a line, a note missing for an
/// ineligible application, an eligible total outside the call's bounds for an eligible one.
pub fn check(
    amounts: &[i64],
    verdicts: &[bool],
    eligible: bool,
    note: &str,
    terms: &Terms,
) -> Result<i64, Invalids> {
    let mut c = Checks::default();
    if verdicts.len() != amounts.len() {
        c.refuse(Invalid::new("lines", "grant-error-check-lines"));
    }
    let note = c.check(bounds::text("note", note, bounds::MAX_DESCRIPTION));
    if !eligible && note.as_deref().is_some_and(str::is_empty) {
        c.refuse(Invalid::new("note", "grant-error-note-required"));
    }
    let total: i64 = amounts
        .iter()
        .zip(verdicts)
        .filter(|(_, ok)| **ok)
        .map(|(a, _)| a)
        .sum();
    if eligible && !(terms.min_grant_cents..=terms.max_grant_cents).contains(&total) {
        c.refuse(Invalid::new("decision", "grant-error-check-bounds"));
    }
    c.done()?;
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::SharesBy;
    use chrono::NaiveDate;

    fn terms() -> Terms {
        let d = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        Terms {
            title: "Second round".into(),
            description: String::new(),
            currency: "EUR".into(),
            fund_cents: 3_000_000,
            min_grant_cents: 100_000,
            max_grant_cents: 500_000,
            opens_on: d,
            closes_on: d,
            quality_threshold: 60,
            partial_last: false,
            entrepreneurial: true,
            professional: true,
            from_italy: false,
            from_home: true,
            shares_by: SharesBy::None,
            shares: vec![],
            criteria: vec![],
        }
    }

    /// A change to the typed form, and the mistakes (field, key) it must bring.
    type Case = (fn(&mut ProposalFields), Vec<(&'static str, &'static str)>);

    fn line(category: &str, label: &str, amount: &str) -> LineFields {
        LineFields {
            category: category.into(),
            label: label.into(),
            amount: amount.into(),
        }
    }

    fn fields() -> ProposalFields {
        ProposalFields {
            project_type: "entrepreneurial".into(),
            origin: "home".into(),
            title: "Olive oil press".into(),
            summary: "A small press in Sfax.".into(),
            lines: vec![
                line("equipment", "Press", "2500"),
                line("training", "Course", "500,50"),
                line("other", "", ""),
            ],
        }
    }

    fn keys<T>(r: Result<T, Invalids>) -> Vec<(&'static str, &'static str)> {
        r.err()
            .map(|e| e.all().iter().map(|i| (i.field, i.key)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_proposal_sums_its_lines_and_leaves_blank_ones_out() {
        let p = fields().parse(&terms()).unwrap();
        assert_eq!(p.lines.len(), 2);
        assert_eq!(p.requested_cents(), 300_050);
        assert!(p.complete(&terms()).is_ok());
        assert!(Category::Vehicle.needs_attention());
        assert!(!Category::Rent.needs_attention());
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
    }

    #[test]
    fn a_draft_refuses_only_what_cannot_be_stored() {
        let cases: Vec<Case> = vec![
            (|f| f.title.clear(), vec![]),
            (|f| f.lines[1].amount.clear(), vec![]),
            (
                |f| f.origin = "italy".into(),
                vec![("origin", "grant-error-origin")],
            ),
            (
                |f| {
                    f.project_type = "charity".into();
                    f.lines[0].amount = "12x".into();
                    f.lines[1].category = "cars".into();
                },
                vec![
                    ("project_type", "grant-error-project-type"),
                    ("line0_amount", "error-invalid-amount"),
                    ("line1_category", "error-required"),
                ],
            ),
            (
                |f| f.lines = vec![line("rent", "Shop", "10"); MAX_LINES + 1],
                vec![("lines", "grant-error-too-many-lines")],
            ),
        ];
        for (change, expected) in cases {
            let mut f = fields();
            change(&mut f);
            assert_eq!(keys(f.parse(&terms())), expected, "{f:?}");
        }
    }

    #[test]
    fn a_submission_needs_everything_within_the_bounds() {
        let cases: Vec<Case> = vec![
            (|_| {}, vec![]),
            (
                |f| {
                    f.title.clear();
                    f.summary = "  ".into();
                    f.lines[1].amount.clear();
                },
                vec![
                    ("title", "error-required"),
                    ("summary", "error-required"),
                    ("line1_amount", "error-required"),
                ],
            ),
            (|f| f.lines.clear(), vec![("lines", "grant-error-no-lines")]),
            (
                |f| f.lines[0].amount = "5000".into(),
                vec![("requested", "grant-error-requested-bounds")],
            ),
            (
                |f| f.lines = vec![line("rent", "Shop", "999.99")],
                vec![("requested", "grant-error-requested-bounds")],
            ),
        ];
        for (change, expected) in cases {
            let mut f = fields();
            change(&mut f);
            let p = f.parse(&terms()).unwrap();
            assert_eq!(keys(p.complete(&terms())), expected, "{f:?}");
        }
    }

    #[test]
    fn the_check_weighs_the_eligible_lines() {
        let t = terms();
        let amounts = [250_000, 300_000];
        assert_eq!(check(&amounts, &[true, false], true, "", &t), Ok(250_000));
        assert_eq!(
            keys(check(&amounts, &[true, true], true, "", &t)),
            [("decision", "grant-error-check-bounds")],
            "EUR 5,500 is above the maximum"
        );
        assert_eq!(
            keys(check(&amounts, &[false, false], false, " ", &t)),
            [("note", "grant-error-note-required")]
        );
        assert_eq!(
            check(
                &amounts,
                &[false, false],
                false,
                "A car is no eligible cost",
                &t
            ),
            Ok(0)
        );
        assert_eq!(
            keys(check(&amounts, &[true], true, "", &t)),
            [("lines", "grant-error-check-lines")]
        );
    }
}
