//! A monthly report: the month it covers, and what its author states (days attended,
//! progress, issues). The company tutor keeps the attendance register, so their report
//! also carries the days scheduled, and only theirs counts for the allowance.

use chrono::{Datelike, Months, NaiveDate};

use crate::Invalid;
use crate::duty::Duty;

/// A calendar month, held as its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(NaiveDate);

impl Month {
    /// The month a day falls in.
    pub fn of(day: NaiveDate) -> Month {
        Month(day.with_day(1).unwrap_or(day))
    }

    /// `YYYY-MM`, as forms and paths carry it.
    pub fn parse(field: &'static str, s: &str) -> Result<Month, Invalid> {
        let bad = || Invalid::new(field, "traineeship-error-month");
        let d = NaiveDate::parse_from_str(&format!("{}-01", s.trim()), "%Y-%m-%d")
            .map_err(|_| bad())?;
        crate::bounds::within(field, d).map_err(|_| bad())?;
        Ok(Month(d))
    }

    pub fn first_day(self) -> NaiveDate {
        self.0
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().0.pred_opt().unwrap_or(self.0)
    }

    pub fn next(self) -> Month {
        Month(self.0.checked_add_months(Months::new(1)).unwrap_or(self.0))
    }

    pub fn days(self) -> i64 {
        (self.last_day() - self.0).num_days() + 1
    }

    /// When its reports are due: the 10th of the month after, so that the promoter can
    /// approve the allowance and the host pay it with the next payroll.
    pub fn reports_due(self) -> NaiveDate {
        self.next().0.with_day(10).unwrap_or(self.0)
    }

    /// The months a traineeship from `start` to `end` touches, in order.
    pub fn span(start: NaiveDate, end: NaiveDate) -> Vec<Month> {
        let mut out = Vec::new();
        let mut m = Month::of(start);
        let last = Month::of(end);
        while m <= last && out.len() < 240 {
            out.push(m);
            m = m.next();
        }
        out
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m"))
    }
}

/// The duties whose holders file monthly reports (the mentor follows up afterwards).
pub const AUTHORS: [Duty; 3] = [Duty::CompanyTutor, Duty::PromoterTutor, Duty::Mediator];

/// The longest progress or issues text, in characters.
pub const TEXT_MAX: usize = 4000;

/// A report's form as typed.
#[derive(Debug, Clone, Default)]
pub struct ReportFields {
    pub days_attended: String,
    pub days_scheduled: String,
    pub progress: String,
    pub issues: String,
}

/// A report's content, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDraft {
    pub days_attended: i64,
    /// Only the company tutor's register says how many days were scheduled.
    pub days_scheduled: Option<i64>,
    pub progress: String,
    pub issues: String,
}

fn days(field: &'static str, s: &str, month: Month) -> Result<i64, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new(field, "error-required"));
    }
    let n: i64 = s
        .parse()
        .map_err(|_| Invalid::new(field, "traineeship-error-days"))?;
    if !(0..=month.days()).contains(&n) {
        return Err(Invalid::new(field, "traineeship-error-days"));
    }
    Ok(n)
}

impl ReportFields {
    /// Checks the report of `author` for `month`; every mistake at once.
    pub fn parse(&self, author: Duty, month: Month) -> Result<ReportDraft, crate::Invalids> {
        let mut c = crate::Checks::default();
        let attended = c.check(days("days_attended", &self.days_attended, month));
        let scheduled = if author == Duty::CompanyTutor {
            c.check(days("days_scheduled", &self.days_scheduled, month))
        } else {
            None
        };
        if let (Some(a), Some(s)) = (attended, scheduled)
            && a > s
        {
            c.refuse(Invalid::new(
                "days_attended",
                "traineeship-error-more-than-scheduled",
            ));
        }
        let progress = c.check(crate::bounds::text("progress", &self.progress, TEXT_MAX));
        let issues = c.check(crate::bounds::text("issues", &self.issues, TEXT_MAX));
        c.done()?;
        Ok(ReportDraft {
            days_attended: attended.unwrap_or(0),
            days_scheduled: scheduled,
            progress: progress.unwrap_or_default(),
            issues: issues.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(a: &str, s: &str) -> ReportFields {
        ReportFields {
            days_attended: a.into(),
            days_scheduled: s.into(),
            progress: "Good".into(),
            issues: String::new(),
        }
    }

    #[test]
    fn months_parse_and_count_their_days() {
        let m = Month::parse("month", "2026-02").unwrap();
        assert_eq!(m.days(), 28);
        assert_eq!(m.to_string(), "2026-02");
        assert_eq!(m.reports_due().to_string(), "2026-03-10");
        assert!(Month::parse("month", "2026-13").is_err());
        assert!(Month::parse("month", "soon").is_err());
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let span = Month::span(d("2026-01-20"), d("2026-07-19"));
        assert_eq!(span.len(), 7);
        assert_eq!(span[6].to_string(), "2026-07");
    }

    #[test]
    fn the_company_tutor_gives_the_days_scheduled_and_others_do_not() {
        let m = Month::parse("month", "2026-03").unwrap();
        let r = fields("18", "21").parse(Duty::CompanyTutor, m).unwrap();
        assert_eq!((r.days_attended, r.days_scheduled), (18, Some(21)));
        let r = fields("18", "").parse(Duty::Mediator, m).unwrap();
        assert_eq!(r.days_scheduled, None);
        let e = fields("18", "").parse(Duty::CompanyTutor, m).unwrap_err();
        assert_eq!(e.first().field, "days_scheduled");
        let e = fields("22", "21").parse(Duty::CompanyTutor, m).unwrap_err();
        assert_eq!(e.first().key, "traineeship-error-more-than-scheduled");
        let e = fields("32", "21").parse(Duty::CompanyTutor, m).unwrap_err();
        assert_eq!(e.first().key, "traineeship-error-days");
    }
}
