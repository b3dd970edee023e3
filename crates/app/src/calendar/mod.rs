//! iCalendar, the one module for it: invitations (RFC 5545, sent as iTIP
//! `METHOD:REQUEST`, RFC 5546), the event an e-mail carries so that the recipient's
//! calendar adds it (interviews), and personal feeds of all-day deadlines (`feed.rs`).
//!
//! For other features: fill an [`Invitation`] (times in UTC; texts already in the
//! recipient's language) and call [`Invitation::to_ics`], then hand the text to
//! `db::outbox::enqueue_with_calendar` with the message in the same transaction. Keep the
//! `uid` stable for one event (a later invitation with the same `uid` and a higher
//! `sequence` updates it in the recipient's calendar).
//!
//! Each invitation names ONE attendee, the recipient: people invited to the same event get
//! one message each, and no one's address reaches anyone else. The organizer is the
//! platform's own sender address, not a person's.
//!
//! A small writer rather than a crate: the `icalendar` crate stamps `DTSTAMP` from the
//! system clock (ours comes from the `Clock`); its parser serves the tests, which read what
//! we write as a calendar would. What an invitation or a feed needs is a dozen properties, written here with the format's rules: CRLF line
//! ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped,
//! parameter values quoted, times in UTC (`…Z`).

mod feed;

pub use feed::{Feed, FeedEvent};

use chrono::NaiveDateTime;

/// A person or the platform, as an iCalendar calendar user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub email: String,
}

impl Party {
    /// Reads `Name <address>` or a bare address (the form of `MENTOR_MAIL_FROM`).
    pub fn parse_mailbox(s: &str) -> Option<Party> {
        let s = s.trim();
        let (name, email) = match (s.rfind('<'), s.rfind('>')) {
            (Some(a), Some(b)) if a < b => (s[..a].trim().trim_matches('"'), s[a + 1..b].trim()),
            _ => ("", s),
        };
        (email.contains('@') && !email.contains(char::is_whitespace)).then(|| Party {
            name: name.to_owned(),
            email: email.to_owned(),
        })
    }
}

/// One event to put in someone's calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// Stable for the event (`interview-<placement id>@mentor`).
    pub uid: String,
    /// 0 for the first invitation; higher for each update of the same event.
    pub sequence: u32,
    /// When the invitation was made (UTC).
    pub stamp: NaiveDateTime,
    /// UTC.
    pub starts_at: NaiveDateTime,
    /// UTC.
    pub ends_at: NaiveDateTime,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub organizer: Party,
    /// The recipient, the only attendee named.
    pub attendee: Party,
}

impl Invitation {
    /// The `text/calendar` body.
    pub fn to_ics(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| fold_into(&mut out, &s);
        line("BEGIN:VCALENDAR".into());
        line("VERSION:2.0".into());
        line("PRODID:-//Mentor//Mentor//EN".into());
        line("CALSCALE:GREGORIAN".into());
        line("METHOD:REQUEST".into());
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", text(&self.uid)));
        line(format!("SEQUENCE:{}", self.sequence));
        line(format!("DTSTAMP:{}", utc(self.stamp)));
        line(format!("DTSTART:{}", utc(self.starts_at)));
        line(format!("DTEND:{}", utc(self.ends_at)));
        line(format!("SUMMARY:{}", text(&self.summary)));
        if !self.location.trim().is_empty() {
            line(format!("LOCATION:{}", text(&self.location)));
        }
        if !self.description.trim().is_empty() {
            line(format!("DESCRIPTION:{}", text(&self.description)));
        }
        line(format!(
            "ORGANIZER{}:mailto:{}",
            common_name(&self.organizer.name),
            address(&self.organizer.email)
        ));
        line(format!(
            "ATTENDEE{};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{}",
            common_name(&self.attendee.name),
            address(&self.attendee.email)
        ));
        line("STATUS:CONFIRMED".into());
        line("TRANSP:OPAQUE".into());
        line("END:VEVENT".into());
        line("END:VCALENDAR".into());
        out
    }
}

/// A UTC time as `YYYYMMDDTHHMMSSZ`.
fn utc(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks
/// as `\n`, other control characters dropped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `;CN="…"` (a quoted parameter value may hold anything but `"` and controls), or nothing.
fn common_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.trim().is_empty() {
        String::new()
    } else {
        format!(";CN=\"{}\"", clean.trim())
    }
}

/// An address inside a `mailto:` URI: nothing that could end the line or the value.
fn address(email: &str) -> String {
    email
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace() && !matches!(c, ';' | ':' | '"'))
        .collect()
}

/// Appends one content line, folded (RFC 5545 §3.1): at most 75 octets a line, the
/// continuation lines starting with one space, never splitting a UTF-8 character; CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, d)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn invitation() -> Invitation {
        Invitation {
            uid: "interview-42@mentor".into(),
            sequence: 0,
            stamp: at(7, 9, 0),
            starts_at: at(9, 9, 30),
            ends_at: at(9, 10, 15),
            summary: "Entretien : aide-cuisinier, Trattoria; Milano".into(),
            location: "Via Roma 1, Milano\nsecond floor".into(),
            description: "ابحث عن مكتب الاستقبال عند الوصول، وسيرافقك أحد الموظفين إلى قاعة المقابلة في الطابق الثاني".into(),
            organizer: Party {
                name: "Mentor".into(),
                email: "mentor@example.org".into(),
            },
            attendee: Party {
                name: "Laura \"HR\" Colombo".into(),
                email: "laura@example.com".into(),
            },
        }
    }

    /// Unfolds the content lines (a CRLF followed by one space joins the lines).
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn an_invitation_is_a_request_with_utc_times_and_one_attendee() {
        let ics = invitation().to_ics();
        let lines = unfold(&ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for expected in [
            "VERSION:2.0",
            "METHOD:REQUEST",
            "UID:interview-42@mentor",
            "DTSTAMP:20261207T090000Z",
            "DTSTART:20261209T093000Z",
            "DTEND:20261209T101500Z",
            "ORGANIZER;CN=\"Mentor\":mailto:mentor@example.org",
            "ATTENDEE;CN=\"Laura HR Colombo\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:laura@example.com",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{expected} missing in\n{ics}"
            );
        }
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("ATTENDEE")).count(),
            1
        );
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with("BEGIN:VEVENT"))
                .count(),
            1
        );
    }

    #[test]
    fn a_real_parser_reads_the_invitation() {
        use icalendar::{Calendar, CalendarComponent, Component};
        let ics = invitation().to_ics();
        let parsed: Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
        let event = parsed.components.iter().find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        });
        assert_eq!(
            event.and_then(|e| e.get_uid()),
            Some(invitation().uid.as_str())
        );
    }

    #[test]
    fn text_is_escaped_and_lines_end_in_crlf() {
        let ics = invitation().to_ics();
        let lines = unfold(&ics);
        assert!(
            lines.contains(&"SUMMARY:Entretien : aide-cuisinier\\, Trattoria\\; Milano".to_owned())
        );
        assert!(lines.contains(&"LOCATION:Via Roma 1\\, Milano\\nsecond floor".to_owned()));
        // No bare LF: every line break is CRLF.
        assert!(!ics.replace("\r\n", "").contains('\n'));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text("a\\b"), "a\\\\b");
        assert_eq!(text("x\r\ny\u{7}"), "x\\ny");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let ics = invitation().to_ics();
        for physical in ics.split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
            // Each piece is valid UTF-8 on its own: `split` on a &str guarantees it, and
            // the Arabic description was folded, so boundaries fell between characters.
        }
        assert!(ics.contains("\r\n "), "the Arabic description is folded");
        let unfolded = unfold(&ics);
        assert!(
            unfolded
                .iter()
                .any(|l| l == &format!("DESCRIPTION:{}", invitation().description))
        );
    }

    #[test]
    fn no_address_but_the_recipients_and_the_senders() {
        let ics = invitation().to_ics();
        let addresses: Vec<&str> = ics.split("mailto:").skip(1).collect();
        assert_eq!(addresses.len(), 2);
        // An address cannot break out of its value.
        assert_eq!(address("a@b.c\r\nATTENDEE:x@y"), "a@b.cATTENDEEx@y");
    }

    #[test]
    fn the_sender_is_read_from_a_mailbox() {
        assert_eq!(
            Party::parse_mailbox("Mentor <mentor@localhost>"),
            Some(Party {
                name: "Mentor".into(),
                email: "mentor@localhost".into()
            })
        );
        assert_eq!(
            Party::parse_mailbox("noreply@example.org").map(|p| p.email),
            Some("noreply@example.org".into())
        );
        assert_eq!(Party::parse_mailbox("Mentor"), None);
    }
}
