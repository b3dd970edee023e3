//! Mentoring after the traineeship (DOMAIN.md §3 step 10, issue 15 item 1): a mentor
//! follows a participant — at home or still in Italy — with goals, a log of sessions, an
//! action plan with due items, a reminder when no session was logged for a while, a
//! confidential concern raised to the coordinator, and a closing note. This module holds
//! the values and rules; the forms as typed and their checks are in [`form`]. Pure: "today"
//! is always passed in.

pub mod form;

use chrono::{Duration, NaiveDate};

/// Where the mentee lives while mentored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Whereabouts {
    /// Still in Italy (extension, job contract).
    Italy,
    /// Back in the country of origin.
    Home,
}

impl Whereabouts {
    pub const ALL: [Whereabouts; 2] = [Whereabouts::Italy, Whereabouts::Home];

    pub const fn as_str(self) -> &'static str {
        match self {
            Whereabouts::Italy => "italy",
            Whereabouts::Home => "home",
        }
    }

    pub fn parse(s: &str) -> Option<Whereabouts> {
        Whereabouts::ALL.into_iter().find(|w| w.as_str() == s)
    }
}

/// How a session was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionMode {
    InPerson,
    Phone,
    Video,
    /// Written messages (e-mail, WhatsApp): a session all the same when it was one.
    Message,
}

impl SessionMode {
    pub const ALL: [SessionMode; 4] = [
        SessionMode::InPerson,
        SessionMode::Phone,
        SessionMode::Video,
        SessionMode::Message,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SessionMode::InPerson => "in_person",
            SessionMode::Phone => "phone",
            SessionMode::Video => "video",
            SessionMode::Message => "message",
        }
    }

    pub fn parse(s: &str) -> Option<SessionMode> {
        SessionMode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

crate::stored::stored_as_str!(Whereabouts, SessionMode);

/// How long without a session before the mentor is reminded, unless set otherwise.
pub const DEFAULT_REMINDER_DAYS: i64 = 30;
/// The shortest reminder a mentorship may have (a week).
pub const MIN_REMINDER_DAYS: i64 = 7;
/// The longest (about six months): beyond that nobody is following anybody.
pub const MAX_REMINDER_DAYS: i64 = 180;

/// The day the mentor is reminded: `reminder_days` after the last session, or after the
/// opening when none was logged yet.
pub fn reminder_on(opened_on: NaiveDate, last_session: Option<NaiveDate>, days: i64) -> NaiveDate {
    let since = last_session.map_or(opened_on, |s| s.max(opened_on));
    since + Duration::days(days)
}

/// Whether the reminder is due on `today` (the day itself counts: the time is up).
pub fn reminder_due(
    opened_on: NaiveDate,
    last_session: Option<NaiveDate>,
    days: i64,
    today: NaiveDate,
) -> bool {
    reminder_on(opened_on, last_session, days) <= today
}

/// Whether an action item not done is overdue on `today` (due yesterday or before).
pub fn overdue(due_on: NaiveDate, done: bool, today: NaiveDate) -> bool {
    !done && due_on < today
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn names_round_trip() {
        for w in Whereabouts::ALL {
            assert_eq!(Whereabouts::parse(w.as_str()), Some(w));
        }
        for m in SessionMode::ALL {
            assert_eq!(SessionMode::parse(m.as_str()), Some(m));
        }
        assert_eq!(SessionMode::parse("letter"), None);
        assert_eq!(Whereabouts::parse("abroad"), None);
        assert!(SessionMode::try_from("carrier_pigeon".to_owned()).is_err());
    }

    #[test]
    fn the_reminder_counts_from_the_last_session_or_the_opening() {
        // (opened, last session, days, today, due, reminder day)
        let cases = [
            (
                d(2025, 1, 1),
                None,
                30,
                d(2025, 1, 30),
                false,
                d(2025, 1, 31),
            ),
            (
                d(2025, 1, 1),
                None,
                30,
                d(2025, 1, 31),
                true,
                d(2025, 1, 31),
            ),
            (
                d(2025, 1, 1),
                Some(d(2025, 1, 20)),
                30,
                d(2025, 2, 1),
                false,
                d(2025, 2, 19),
            ),
            (
                d(2025, 1, 1),
                Some(d(2025, 1, 20)),
                7,
                d(2025, 2, 1),
                true,
                d(2025, 1, 27),
            ),
            // A session logged before the opening (an earlier conversation) does not
            // push the reminder back before the opening.
            (
                d(2025, 3, 1),
                Some(d(2025, 2, 1)),
                7,
                d(2025, 3, 7),
                false,
                d(2025, 3, 8),
            ),
        ];
        for (opened, last, days, today, due, on) in cases {
            assert_eq!(reminder_on(opened, last, days), on, "{opened} {last:?}");
            assert_eq!(
                reminder_due(opened, last, days, today),
                due,
                "{opened} {last:?}"
            );
        }
    }

    #[test]
    fn an_item_is_overdue_only_when_not_done_and_past_its_day() {
        let today = d(2025, 6, 10);
        let cases = [
            (d(2025, 6, 9), false, true),
            (d(2025, 6, 9), true, false),
            (d(2025, 6, 10), false, false),
            (d(2025, 6, 11), false, false),
        ];
        for (due, done, expected) in cases {
            assert_eq!(overdue(due, done, today), expected, "{due} {done}");
        }
    }
}
