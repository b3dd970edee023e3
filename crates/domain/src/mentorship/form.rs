//! The mentoring forms as typed and what makes them fit: a mentorship's terms (where the
//! mentee is, goals, the reminder), a session, an action item, the note that raises or
//! handles a concern and that closes a mentorship. Each form names every mistake at once.

use chrono::NaiveDate;

use super::{MAX_REMINDER_DAYS, MIN_REMINDER_DAYS, SessionMode, Whereabouts};
use crate::outcome::not_after_today;
use crate::{Checks, Invalid, Invalids, bounds};

/// The most goals may hold.
pub const MAX_GOALS: usize = bounds::MAX_DESCRIPTION;
/// The most a session's topics or an action item may hold (a line, not a report).
pub const MAX_LINE: usize = bounds::MAX_NAME;
/// The most a session's notes, a concern or a closing note may hold.
pub const MAX_NOTE: usize = 2000;

/// A required text of at most `max` characters, trimmed.
fn required(field: &'static str, s: &str, max: usize) -> Result<String, Invalid> {
    let t = bounds::text(field, s, max)?;
    if t.is_empty() {
        return Err(Invalid::new(field, "error-required"));
    }
    Ok(t)
}

/// The reminder in days, 7 to 180.
pub fn reminder_days(field: &'static str, s: &str) -> Result<i64, Invalid> {
    match s.trim().parse::<i64>() {
        Ok(n) if (MIN_REMINDER_DAYS..=MAX_REMINDER_DAYS).contains(&n) => Ok(n),
        _ => Err(Invalid::new(field, "mentoring-error-reminder")),
    }
}

/// A mentorship's terms as typed (the mentee and the mentor are references, checked with
/// the person's reach by the use case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermsFields {
    pub whereabouts: String,
    pub goals: String,
    pub reminder_days: String,
}

/// Terms that fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub whereabouts: Whereabouts,
    pub goals: String,
    pub reminder_days: i64,
}

impl TermsFields {
    pub fn parse(&self) -> Result<Terms, Invalids> {
        let mut c = Checks::default();
        let whereabouts = c.check(
            Whereabouts::parse(self.whereabouts.trim())
                .ok_or(Invalid::new("whereabouts", "mentoring-error-whereabouts")),
        );
        let goals = c.check(required("goals", &self.goals, MAX_GOALS));
        let days = c.check(reminder_days("reminder_days", &self.reminder_days));
        match (whereabouts, goals, days) {
            (Some(whereabouts), Some(goals), Some(reminder_days)) => Ok(Terms {
                whereabouts,
                goals,
                reminder_days,
            }),
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalids::from(Invalid::new("goals", "error-required")))),
        }
    }
}

/// A session as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFields {
    pub held_on: String,
    pub mode: String,
    pub topics: String,
    pub notes: String,
}

/// A session that fits: held (not in the future), how, about what; the notes are the
/// mentor's, confidential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub held_on: NaiveDate,
    pub mode: SessionMode,
    pub topics: String,
    pub notes: String,
}

impl SessionFields {
    pub fn parse(&self, today: NaiveDate) -> Result<Session, Invalids> {
        let mut c = Checks::default();
        let held_on = c.check(not_after_today("held_on", &self.held_on, today));
        let mode = c.check(
            SessionMode::parse(self.mode.trim())
                .ok_or(Invalid::new("mode", "mentoring-error-mode")),
        );
        let topics = c.check(required("topics", &self.topics, MAX_LINE));
        let notes = c.check(bounds::text("notes", &self.notes, MAX_NOTE));
        match (held_on, mode, topics, notes) {
            (Some(held_on), Some(mode), Some(topics), Some(notes)) => Ok(Session {
                held_on,
                mode,
                topics,
                notes,
            }),
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalids::from(Invalid::new("topics", "error-required")))),
        }
    }
}

/// An action item as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemFields {
    pub action: String,
    pub due_on: String,
}

/// An action item that fits: what to do, by when (a date of the scheme; it may be past
/// when the plan is written down after the fact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub action: String,
    pub due_on: NaiveDate,
}

impl ItemFields {
    pub fn parse(&self, today: NaiveDate) -> Result<Item, Invalids> {
        let mut c = Checks::default();
        let action = c.check(required("action", &self.action, MAX_LINE));
        let due_on = c.check(bounds::scheme_date("due_on", &self.due_on, today));
        match (action, due_on) {
            (Some(action), Some(due_on)) => Ok(Item { action, due_on }),
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalids::from(Invalid::new("action", "error-required")))),
        }
    }
}

/// The note of a concern, its handling or a closing: required, at most [`MAX_NOTE`].
pub fn note(field: &'static str, s: &str) -> Result<String, Invalid> {
    required(field, s, MAX_NOTE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn keys(e: &Invalids) -> Vec<(&'static str, &'static str)> {
        e.all().iter().map(|i| (i.field, i.key)).collect()
    }

    #[test]
    fn terms_parse_and_every_mistake_is_named() {
        let ok = TermsFields {
            whereabouts: "home".into(),
            goals: " Open a repair shop in Sfax ".into(),
            reminder_days: "30".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(ok.whereabouts, Whereabouts::Home);
        assert_eq!(ok.goals, "Open a repair shop in Sfax");
        assert_eq!(ok.reminder_days, 30);
        // (days, accepted)
        for (days, accepted) in [
            ("7", true),
            ("180", true),
            ("6", false),
            ("181", false),
            ("a month", false),
            ("", false),
        ] {
            assert_eq!(
                reminder_days("reminder_days", days).is_ok(),
                accepted,
                "{days}"
            );
        }
        let e = TermsFields {
            whereabouts: "abroad".into(),
            goals: "   ".into(),
            reminder_days: "3".into(),
        }
        .parse()
        .unwrap_err();
        assert_eq!(
            keys(&e),
            [
                ("whereabouts", "mentoring-error-whereabouts"),
                ("goals", "error-required"),
                ("reminder_days", "mentoring-error-reminder"),
            ]
        );
    }

    #[test]
    fn a_session_is_past_with_a_mode_and_topics() {
        let s = SessionFields {
            held_on: "2026-12-06".into(),
            mode: "video".into(),
            topics: "Business plan".into(),
            notes: " tired, but motivated ".into(),
        }
        .parse(today())
        .unwrap();
        assert_eq!(s.mode, SessionMode::Video);
        assert_eq!(s.notes, "tired, but motivated");
        let e = SessionFields {
            held_on: "2026-12-07".into(),
            mode: "letter".into(),
            topics: String::new(),
            notes: "x".repeat(MAX_NOTE + 1),
        }
        .parse(today())
        .unwrap_err();
        assert_eq!(
            keys(&e),
            [
                ("held_on", "error-date-in-future"),
                ("mode", "mentoring-error-mode"),
                ("topics", "error-required"),
                ("notes", "error-text-too-long"),
            ]
        );
    }

    #[test]
    fn an_item_needs_an_action_and_a_plausible_day() {
        let i = ItemFields {
            action: "Register the company".into(),
            due_on: "2027-01-15".into(),
        }
        .parse(today())
        .unwrap();
        assert_eq!(i.due_on, NaiveDate::from_ymd_opt(2027, 1, 15).unwrap());
        let e = ItemFields {
            action: "x".repeat(MAX_LINE + 1),
            due_on: "2099-01-01".into(),
        }
        .parse(today())
        .unwrap_err();
        assert_eq!(
            keys(&e),
            [
                ("action", "error-text-too-long"),
                ("due_on", "error-scheme-date-range"),
            ]
        );
    }

    #[test]
    fn a_note_is_required_and_bounded() {
        assert_eq!(note("note", " worried "), Ok("worried".to_owned()));
        assert_eq!(note("note", " ").unwrap_err().key, "error-required");
        assert_eq!(
            note("note", &"x".repeat(MAX_NOTE + 1)).unwrap_err().key,
            "error-text-too-long"
        );
    }
}
