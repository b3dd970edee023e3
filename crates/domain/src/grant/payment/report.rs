//! A milestone report as the grantee writes it: what was done and what was spent so far
//! (the document, if any, is checked by its bytes where files are handled).

use crate::programme::parse_amount;
use crate::{Checks, Invalid, Invalids, bounds};

use super::Milestone;

/// A report as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFields {
    pub milestone: String,
    pub done: String,
    pub spent: String,
}

/// A report as parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub milestone: Milestone,
    pub done: String,
    pub spent_cents: i64,
}

impl ReportFields {
    /// Every mistake at once: a milestone the grantee reports on, what was done (required,
    /// at most [`bounds::MAX_DESCRIPTION`]), the money spent (zero allowed).
    pub fn parse(&self) -> Result<Report, Invalids> {
        let mut c = Checks::default();
        let milestone = c.check(
            Milestone::parse(self.milestone.trim())
                .filter(|m| m.reported())
                .ok_or(Invalid::new("milestone", "grant-plan-error-milestone")),
        );
        let done = c.check(
            bounds::text("done", &self.done, bounds::MAX_DESCRIPTION).and_then(|s| {
                if s.is_empty() {
                    Err(Invalid::new("done", "error-required"))
                } else {
                    Ok(s)
                }
            }),
        );
        let spent = c.check(parse_amount("spent", &self.spent));
        c.done()?;
        match (milestone, done, spent) {
            (Some(milestone), Some(done), Some(spent_cents)) => Ok(Report {
                milestone,
                done,
                spent_cents,
            }),
            _ => Err(Invalid::new("done", "error-required").into()),
        }
    }
}

/// A staff note asking for more: required, bounded.
pub fn parse_note(s: &str) -> Result<String, Invalid> {
    let s = bounds::text("note", s, bounds::MAX_DESCRIPTION)?;
    if s.is_empty() {
        Err(Invalid::new("note", "error-required"))
    } else {
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_checked_whole() {
        let f = |m: &str, d: &str, s: &str| ReportFields {
            milestone: m.into(),
            done: d.into(),
            spent: s.into(),
        };
        let cases: [(ReportFields, Result<i64, Vec<&str>>); 5] = [
            (f("final", "Shop open since May", "4200,50"), Ok(420_050)),
            (f("midterm", "Equipment bought", "0"), Ok(0)),
            (f("signature", "x", "1"), Err(vec!["milestone"])),
            (f("final", "  ", "-3"), Err(vec!["done", "spent"])),
            (f("final", &"x".repeat(5001), "1"), Err(vec!["done"])),
        ];
        for (fields, expected) in cases {
            let got = fields
                .parse()
                .map(|r| r.spent_cents)
                .map_err(|e| e.all().iter().map(|i| i.field).collect::<Vec<_>>());
            assert_eq!(got, expected, "{fields:?}");
        }
        assert!(parse_note(" ").is_err());
        assert_eq!(
            parse_note(" Add the invoices "),
            Ok("Add the invoices".into())
        );
    }
}
