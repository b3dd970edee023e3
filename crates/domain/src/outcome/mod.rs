//! How a traineeship ended, and what the participant said afterwards (DOMAIN.md §3 steps 9
//! and 10, §6): the outcome recorded at the end ([`OutcomeKind`]: extension, job contract
//! in Italy, returned home, interrupted, other), the follow-ups due after it
//! ([`schedule`]), what a follow-up asks ([`follow_up`]) and the per-country figures of
//! §6 ([`summary`]). Pure: "today" is always passed in.

pub mod follow_up;
pub mod schedule;
pub mod summary;

use chrono::NaiveDate;

use crate::{Checks, Country, Invalid, Invalids, bounds};

/// How a traineeship ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutcomeKind {
    /// The traineeship extended (total up to 12 months): the person stays in Italy.
    Extension,
    /// A job contract in Italy (the residence permit converted to one for work).
    JobContract,
    /// Back in the country of origin.
    ReturnedHome,
    /// The traineeship stopped before its end.
    Interrupted,
    /// Anything else (moved to a third country, further study, …): the note says what.
    Other,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::Extension,
        OutcomeKind::JobContract,
        OutcomeKind::ReturnedHome,
        OutcomeKind::Interrupted,
        OutcomeKind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Extension => "extension",
            OutcomeKind::JobContract => "job_contract",
            OutcomeKind::ReturnedHome => "returned_home",
            OutcomeKind::Interrupted => "interrupted",
            OutcomeKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<OutcomeKind> {
        OutcomeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The row of DOMAIN.md §6 it counts in: "in Italy at the end" is an extension or a
    /// job contract.
    pub const fn in_italy(self) -> bool {
        matches!(self, OutcomeKind::Extension | OutcomeKind::JobContract)
    }
}

crate::stored::stored_as_str!(OutcomeKind);

/// The steps of a case at which its outcome may be recorded: once the traineeship has
/// begun (it may end early) and after it ended. Before arrival there is no traineeship to
/// end; a withdrawn case never had one.
pub const RECORDABLE_AT: [&str; 4] = ["active", "extended", "completed", "interrupted"];

/// Whether a case standing at `step` may have its outcome recorded or corrected.
pub fn recordable_at(step: &str) -> bool {
    RECORDABLE_AT.contains(&step)
}

/// The most a note may hold.
pub const MAX_NOTE: usize = bounds::MAX_DESCRIPTION;

/// The outcome form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeFields {
    pub kind: String,
    pub day: String,
    pub country: String,
    pub note: String,
}

/// An outcome that fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub day: NaiveDate,
    /// Where the person is afterwards.
    pub country: Country,
    pub note: String,
}

impl OutcomeFields {
    /// Every mistake at once: an unknown kind, a day not yet come or out of the scheme's
    /// range, a country that is no ISO code, too long a note.
    pub fn parse(&self, today: NaiveDate) -> Result<Outcome, Invalids> {
        let mut c = Checks::default();
        let kind = c.check(
            OutcomeKind::parse(self.kind.trim()).ok_or(Invalid::new("kind", "outcome-error-kind")),
        );
        let day = c.check(not_after_today("day", &self.day, today));
        let country = c.check(
            Country::parse(&self.country)
                .map_err(|_| Invalid::new("country", "error-invalid-country")),
        );
        let note = c.check(bounds::text("note", &self.note, MAX_NOTE));
        match (kind, day, country, note) {
            (Some(kind), Some(day), Some(country), Some(note)) if c.is_clean() => Ok(Outcome {
                kind,
                day,
                country,
                note,
            }),
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalids::from(Invalid::new("kind", "outcome-error-kind")))),
        }
    }
}

/// A date of the scheme that has already come (an outcome or a follow-up is a fact).
pub fn not_after_today(
    field: &'static str,
    s: &str,
    today: NaiveDate,
) -> Result<NaiveDate, Invalid> {
    let d = bounds::scheme_date(field, s, today)?;
    if d > today {
        return Err(Invalid::new(field, "error-date-in-future"));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn fields(kind: &str, day: &str, country: &str) -> OutcomeFields {
        OutcomeFields {
            kind: kind.into(),
            day: day.into(),
            country: country.into(),
            note: " signed with the host ".into(),
        }
    }

    #[test]
    fn kinds_round_trip_and_two_count_as_in_italy() {
        for k in OutcomeKind::ALL {
            assert_eq!(OutcomeKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(OutcomeKind::parse("stayed"), None);
        let in_italy: Vec<_> = OutcomeKind::ALL
            .into_iter()
            .filter(|k| k.in_italy())
            .collect();
        assert_eq!(in_italy, [OutcomeKind::Extension, OutcomeKind::JobContract]);
    }

    #[test]
    fn an_outcome_parses_and_every_mistake_is_named() {
        let o = fields("job_contract", "2026-11-30", "it")
            .parse(today())
            .unwrap();
        assert_eq!(o.kind, OutcomeKind::JobContract);
        assert_eq!(o.country, Country::IT);
        assert_eq!(o.note, "signed with the host");
        let e = fields("stayed", "2026-12-07", "Italy")
            .parse(today())
            .unwrap_err();
        let keys: Vec<_> = e.all().iter().map(|i| (i.field, i.key)).collect();
        assert_eq!(
            keys,
            [
                ("kind", "outcome-error-kind"),
                ("day", "error-date-in-future"),
                ("country", "error-invalid-country")
            ]
        );
        let long = OutcomeFields {
            note: "x".repeat(MAX_NOTE + 1),
            ..fields("other", "2026-01-01", "FR")
        };
        assert_eq!(
            long.parse(today()).unwrap_err().all()[0].key,
            "error-text-too-long"
        );
    }

    #[test]
    fn only_a_begun_traineeship_has_an_outcome() {
        assert!(recordable_at("active"));
        assert!(recordable_at("completed"));
        assert!(!recordable_at("visa_requested"));
        assert!(!recordable_at("withdrawn"));
    }
}
