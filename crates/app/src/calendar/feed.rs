//! A personal calendar feed (RFC 5545 `METHOD:PUBLISH`): a person's deadlines as all-day
//! events, for a phone's calendar to subscribe to at a secret address. Each event's `UID`
//! is stable (one per deadline of one case), so a feed read again replaces its events
//! rather than adding copies; a deadline that is met simply leaves the feed.
//!
//! What the events say is the caller's choice, in the reader's language: staff feeds name
//! cases by reference, never by a trainee's name, since phone calendars sync to other
//! companies' clouds.

use chrono::{NaiveDate, NaiveDateTime};

use super::{fold_into, text, utc};

/// One day in someone's calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEvent {
    /// Stable for the deadline (`deadline-<case id>-<rule>@mentor`).
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// A feed: its name as the calendar shows it, when it was made (UTC), and its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub name: String,
    pub stamp: NaiveDateTime,
    pub events: Vec<FeedEvent>,
}

impl Feed {
    /// The `text/calendar` body.
    pub fn to_ics(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| fold_into(&mut out, &s);
        line("BEGIN:VCALENDAR".into());
        line("VERSION:2.0".into());
        line("PRODID:-//Mentor//Mentor//EN".into());
        line("CALSCALE:GREGORIAN".into());
        line("METHOD:PUBLISH".into());
        line(format!("X-WR-CALNAME:{}", text(&self.name)));
        line(format!("NAME:{}", text(&self.name)));
        // Asked again twice a day (RFC 7986), as often as a deadline can move.
        line("REFRESH-INTERVAL;VALUE=DURATION:PT12H".into());
        line("X-PUBLISHED-TTL:PT12H".into());
        for e in &self.events {
            line("BEGIN:VEVENT".into());
            line(format!("UID:{}", text(&e.uid)));
            line(format!("DTSTAMP:{}", utc(self.stamp)));
            line(format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")));
            if let Some(next) = e.date.succ_opt() {
                line(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            }
            line(format!("SUMMARY:{}", text(&e.summary)));
            if !e.description.trim().is_empty() {
                line(format!("DESCRIPTION:{}", text(&e.description)));
            }
            line("TRANSP:TRANSPARENT".into());
            line("END:VEVENT".into());
        }
        line("END:VCALENDAR".into());
        out
    }
}

#[cfg(test)]
mod tests {
    use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
    }

    fn feed() -> Feed {
        Feed {
            name: "Mentor — mes échéances".into(),
            stamp: d(4, 2).and_hms_opt(8, 30, 0).unwrap_or_default(),
            events: vec![
                FeedEvent {
                    uid: "deadline-c1-permit-request@mentor".into(),
                    date: d(4, 15),
                    summary: "Demande de permis de séjour; au plus tard".into(),
                    description: "8 jours ouvrables après l'arrivée, le 2 avril\nlundi de Pâques non compté, ".repeat(3),
                },
                FeedEvent {
                    uid: "deadline-c1-hospitality-declaration@mentor".into(),
                    date: d(4, 3),
                    summary: "Déclaration d'hospitalité".into(),
                    description: String::new(),
                },
            ],
        }
    }

    #[test]
    fn a_real_parser_reads_all_day_events_with_their_uids() {
        let ics = feed().to_ics();
        let parsed: Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 2);
        assert_eq!(
            events[0].get_uid(),
            Some("deadline-c1-permit-request@mentor")
        );
        assert_eq!(
            events[0].get_start(),
            Some(DatePerhapsTime::Date(d(4, 15))),
            "an all-day event"
        );
        assert_eq!(events[0].get_end(), Some(DatePerhapsTime::Date(d(4, 16))));
        assert_eq!(
            events[0].get_summary(),
            Some("Demande de permis de séjour; au plus tard")
        );
        assert!(
            events[0]
                .get_description()
                .is_some_and(|t| t.contains("lundi de Pâques non compté"))
        );
        assert_eq!(events[1].get_description(), None);
    }

    #[test]
    fn the_same_deadline_keeps_its_uid_when_its_date_moves() {
        let mut later = feed();
        later.events[0].date = d(4, 16);
        let uids = |f: &Feed| f.events.iter().map(|e| e.uid.clone()).collect::<Vec<_>>();
        assert_eq!(uids(&later), uids(&feed()));
        assert!(later.to_ics().contains("DTSTART;VALUE=DATE:20260416"));
        assert!(later.to_ics().lines().all(|l| l.len() <= 76));
    }
}
