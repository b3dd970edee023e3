//! The agreement's tranche plan: what is paid, when, against which milestone. The
//! tranches add up exactly to the grant, so the fund's balance never disagrees with the
//! plans; a tranche on which something was paid is locked (the plan may change around it,
//! with a reason, never under it).

use chrono::{Months, NaiveDate};

use super::Milestone;
use crate::programme::parse_amount;
use crate::{Checks, Invalid, Invalids, bounds};

/// The most tranches a plan has.
pub const MAX_TRANCHES: usize = 6;
/// The default plan's first tranche, at signature, in percent of the grant.
pub const DEFAULT_FIRST_PERCENT: i64 = 60;
/// The default plan's final tranche falls due this many months after the signature.
pub const DEFAULT_FINAL_MONTHS: u32 = 12;

/// The form's fields of each row, by position (a mistake is shown beside its field).
pub const LABEL: [&str; MAX_TRANCHES] = [
    "label_0", "label_1", "label_2", "label_3", "label_4", "label_5",
];
pub const AMOUNT: [&str; MAX_TRANCHES] = [
    "amount_0", "amount_1", "amount_2", "amount_3", "amount_4", "amount_5",
];
pub const DUE_ON: [&str; MAX_TRANCHES] = [
    "due_on_0", "due_on_1", "due_on_2", "due_on_3", "due_on_4", "due_on_5",
];
pub const MILESTONE: [&str; MAX_TRANCHES] = [
    "milestone_0",
    "milestone_1",
    "milestone_2",
    "milestone_3",
    "milestone_4",
    "milestone_5",
];

/// One tranche as planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tranche {
    pub label: String,
    pub amount_cents: i64,
    pub due_on: NaiveDate,
    pub milestone: Milestone,
}

/// One tranche as typed in the form (empty rows are left out).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrancheFields {
    pub label: String,
    pub amount: String,
    pub due_on: String,
    pub milestone: String,
}

impl TrancheFields {
    fn is_blank(&self) -> bool {
        self.label.trim().is_empty()
            && self.amount.trim().is_empty()
            && self.due_on.trim().is_empty()
    }
}

/// The proposed split of `amount_cents`: [`DEFAULT_FIRST_PERCENT`] at signature, the rest
/// after the final report, the first rounded to the cent and the remainder on the last so
/// the two add up exactly.
pub fn default_split(amount_cents: i64) -> [(Milestone, i64); 2] {
    let first = (amount_cents * DEFAULT_FIRST_PERCENT + 50) / 100;
    [
        (Milestone::Signature, first),
        (Milestone::Final, amount_cents - first),
    ]
}

/// The default plan's due dates: the first on signing, the last
/// [`DEFAULT_FINAL_MONTHS`] later.
pub fn default_due(signed_on: NaiveDate, milestone: Milestone) -> NaiveDate {
    match milestone {
        Milestone::Signature => signed_on,
        Milestone::Midterm => signed_on
            .checked_add_months(Months::new(DEFAULT_FINAL_MONTHS / 2))
            .unwrap_or(signed_on),
        Milestone::Final => signed_on
            .checked_add_months(Months::new(DEFAULT_FINAL_MONTHS))
            .unwrap_or(signed_on),
    }
}

/// Checks a plan for a grant of `grant_cents`: the `locked` tranches (something was paid on
/// them) stay as they are, `rows` are the rest as typed. Every mistake at once: a row's
/// own beside its fields, the plan's (`tranches`) when the amounts do not add up to the
/// grant or no tranche waits for the final report.
pub fn check(
    grant_cents: i64,
    locked: &[Tranche],
    rows: &[TrancheFields],
) -> Result<Vec<Tranche>, Invalids> {
    let mut c = Checks::default();
    let rows: Vec<&TrancheFields> = rows.iter().filter(|r| !r.is_blank()).collect();
    if locked.len() + rows.len() > MAX_TRANCHES {
        c.refuse(Invalid::new("tranches", "grant-plan-error-count"));
        // Refused above, so `done` answers the error.
        return c.done().map(|()| Vec::new());
    }
    let mut out = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let label = c.check(label_of(LABEL[i], &r.label));
        let amount = c.check(parse_amount(AMOUNT[i], &r.amount).and_then(|a| {
            if a > 0 {
                Ok(a)
            } else {
                Err(Invalid::new(AMOUNT[i], "error-invalid-amount"))
            }
        }));
        let due_on = c.check(bounds::date(DUE_ON[i], &r.due_on));
        let milestone = c.check(
            Milestone::parse(r.milestone.trim())
                .ok_or(Invalid::new(MILESTONE[i], "grant-plan-error-milestone")),
        );
        if let (Some(label), Some(amount_cents), Some(due_on), Some(milestone)) =
            (label, amount, due_on, milestone)
        {
            out.push(Tranche {
                label,
                amount_cents,
                due_on,
                milestone,
            });
        }
    }
    if locked.is_empty() && rows.is_empty() {
        c.refuse(Invalid::new("tranches", "grant-plan-error-empty"));
    } else if c.is_clean() {
        let total: i64 = locked.iter().chain(&out).map(|t| t.amount_cents).sum();
        if total != grant_cents {
            c.refuse(Invalid::new("tranches", "grant-plan-error-sum"));
        }
        if !locked
            .iter()
            .chain(&out)
            .any(|t| t.milestone == Milestone::Final)
        {
            c.refuse(Invalid::new("milestones", "grant-plan-error-final"));
        }
    }
    c.done()?;
    Ok(out)
}

fn label_of(field: &'static str, s: &str) -> Result<String, Invalid> {
    let s = bounds::text(field, s, bounds::MAX_NAME)?;
    if s.is_empty() {
        Err(Invalid::new(field, "error-required"))
    } else {
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn row(label: &str, amount: &str, due: &str, m: &str) -> TrancheFields {
        TrancheFields {
            label: label.into(),
            amount: amount.into(),
            due_on: due.into(),
            milestone: m.into(),
        }
    }

    #[test]
    fn the_default_split_adds_up_to_the_cent() {
        let cases = [
            (500_000, 300_000, 200_000),
            (100_001, 60_001, 40_000),
            (333_333, 200_000, 133_333),
            (1, 1, 0),
            (250_050, 150_030, 100_020),
        ];
        for (grant, first, last) in cases {
            let [(m1, a), (m2, b)] = default_split(grant);
            assert_eq!((m1, m2), (Milestone::Signature, Milestone::Final));
            assert_eq!((a, b), (first, last), "{grant}");
            assert_eq!(a + b, grant);
        }
        assert_eq!(
            default_due(ymd(2024, 6, 14), Milestone::Final),
            ymd(2025, 6, 14)
        );
        assert_eq!(
            default_due(ymd(2024, 6, 14), Milestone::Signature),
            ymd(2024, 6, 14)
        );
    }

    fn keys(r: Result<Vec<Tranche>, Invalids>) -> Vec<(&'static str, &'static str)> {
        match r {
            Ok(_) => Vec::new(),
            Err(e) => e.all().iter().map(|i| (i.field, i.key)).collect(),
        }
    }

    #[test]
    fn plans_are_checked_as_a_whole() {
        let sig = row("At signature", "3000", "2024-06-14", "signature");
        let fin = row("After the final report", "2000", "2025-06-14", "final");
        let mid = row("After the mid-term report", "1000", "2024-12-14", "midterm");
        type Case = (Vec<TrancheFields>, Vec<(&'static str, &'static str)>);
        let cases: Vec<Case> = vec![
            (vec![sig.clone(), fin.clone()], vec![]),
            (vec![sig.clone(), row("", "", "", ""), fin.clone()], vec![]),
            (
                vec![sig.clone()],
                vec![
                    ("tranches", "grant-plan-error-sum"),
                    ("milestones", "grant-plan-error-final"),
                ],
            ),
            (
                vec![sig.clone(), mid.clone(), fin.clone()],
                vec![("tranches", "grant-plan-error-sum")],
            ),
            (
                vec![
                    row("At signature", "2000", "2024-06-14", "signature"),
                    mid,
                    fin.clone(),
                ],
                vec![],
            ),
            (
                vec![row("", "-5", "14/06/2024", "kickoff"), fin.clone()],
                vec![
                    ("label_0", "error-required"),
                    ("amount_0", "error-invalid-amount"),
                    ("due_on_0", "error-invalid-date"),
                    ("milestone_0", "grant-plan-error-milestone"),
                ],
            ),
            (
                vec![sig.clone(), row("Final", "0", "2025-06-14", "final")],
                vec![("amount_1", "error-invalid-amount")],
            ),
            (vec![], vec![("tranches", "grant-plan-error-empty")]),
            (
                vec![fin.clone(); 7],
                vec![("tranches", "grant-plan-error-count")],
            ),
        ];
        for (rows, expected) in cases {
            assert_eq!(keys(check(500_000, &[], &rows)), expected, "{rows:?}");
        }
    }

    #[test]
    fn a_paid_tranche_stays_and_counts() {
        let locked = [Tranche {
            label: "At signature".into(),
            amount_cents: 300_000,
            due_on: ymd(2024, 6, 14),
            milestone: Milestone::Signature,
        }];
        let fin = row("After the final report", "2000", "2025-06-14", "final");
        let plan = check(500_000, &locked, &[fin]).unwrap();
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].amount_cents, 200_000);
        assert_eq!(
            keys(check(
                500_000,
                &locked,
                &[row("Final", "2500", "2025-06-14", "final")]
            )),
            vec![("tranches", "grant-plan-error-sum")]
        );
        assert_eq!(
            keys(check(300_000, &locked, &[])),
            vec![("milestones", "grant-plan-error-final")]
        );
    }
}
