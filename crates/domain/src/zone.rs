//! Time zones: times are stored in UTC and shown in each person's own zone.
//!
//! The zone rules are the IANA database compiled into the binary (`chrono-tz`), nothing
//! fetched at run time: Morocco, which sets its clocks back an hour for Ramadan and forward
//! again after it, is converted by the rules of the year in question, not by a fixed offset.
//!
//! A person's zone is their own choice (the account page) or, when they made none, the zone
//! of their country ([`Zone::of_country`]): the organisation's country for staff and
//! companies, the country of residence for candidates.

use chrono::{NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;

use crate::{Country, Invalid};

/// An IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(Tz);

impl Zone {
    pub const ROME: Zone = Zone(Tz::Europe__Rome);
    pub const TUNIS: Zone = Zone(Tz::Africa__Tunis);
    pub const CASABLANCA: Zone = Zone(Tz::Africa__Casablanca);
    pub const UTC: Zone = Zone(Tz::UTC);

    /// The zones the account page offers: the programme's countries first, then the
    /// neighbours people of the scheme live in. Any IANA name parses ([`Zone::parse`]).
    pub const OFFERED: [Zone; 8] = [
        Zone::ROME,
        Zone::TUNIS,
        Zone::CASABLANCA,
        Zone(Tz::Africa__Algiers),
        Zone(Tz::Europe__Paris),
        Zone(Tz::Europe__Madrid),
        Zone(Tz::Europe__Brussels),
        Zone::UTC,
    ];

    /// An IANA zone name such as `Africa/Casablanca`.
    pub fn parse(s: &str) -> Result<Zone, Invalid> {
        s.trim()
            .parse::<Tz>()
            .map(Zone)
            .map_err(|_| Invalid::new("time_zone", "error-time-zone"))
    }

    /// The zone people of a country live by when they chose none; UTC for a country the
    /// scheme does not know a zone for (said as such on the page, never guessed).
    pub fn of_country(c: Country) -> Zone {
        match c.as_str() {
            "IT" | "SM" | "VA" => Zone::ROME,
            "TN" => Zone::TUNIS,
            "MA" => Zone::CASABLANCA,
            "DZ" => Zone(Tz::Africa__Algiers),
            "FR" => Zone(Tz::Europe__Paris),
            "ES" => Zone(Tz::Europe__Madrid),
            "BE" => Zone(Tz::Europe__Brussels),
            "LY" => Zone(Tz::Africa__Tripoli),
            "EG" => Zone(Tz::Africa__Cairo),
            _ => Zone::UTC,
        }
    }

    /// The IANA name (`Europe/Rome`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The wall-clock time in this zone of a UTC instant.
    pub fn local(self, utc: NaiveDateTime) -> NaiveDateTime {
        self.0.from_utc_datetime(&utc).naive_local()
    }

    /// The offset from UTC at a UTC instant, as `+01:00`.
    pub fn offset(self, utc: NaiveDateTime) -> String {
        let secs = self
            .0
            .offset_from_utc_datetime(&utc)
            .fix()
            .local_minus_utc();
        let sign = if secs < 0 { '-' } else { '+' };
        let m = secs.unsigned_abs() / 60;
        format!("{sign}{:02}:{:02}", m / 60, m % 60)
    }

    /// The UTC instant of a wall-clock time typed in this zone. A time the clocks skip
    /// (moving forward) does not exist and is refused; one they pass twice (moving back)
    /// is taken at its first occurrence.
    pub fn to_utc(self, local: NaiveDateTime) -> Result<NaiveDateTime, Invalid> {
        self.0
            .from_local_datetime(&local)
            .earliest()
            .map(|t| t.naive_utc())
            .ok_or(Invalid::new("time", "error-time-skipped"))
    }
}

impl std::fmt::Display for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn casablanca_moves_back_an_hour_for_ramadan_2026() {
        let z = Zone::CASABLANCA;
        // Ramadan 1447 runs from about 18 February to 19 March 2026: Morocco is on UTC+0.
        assert_eq!(
            z.to_utc(at(2026, 3, 2, 10, 0)).unwrap(),
            at(2026, 3, 2, 10, 0)
        );
        assert_eq!(z.local(at(2026, 3, 2, 10, 0)), at(2026, 3, 2, 10, 0));
        assert_eq!(z.offset(at(2026, 3, 2, 10, 0)), "+00:00");
        // Outside it, UTC+1 all year.
        assert_eq!(
            z.to_utc(at(2026, 5, 4, 10, 0)).unwrap(),
            at(2026, 5, 4, 9, 0)
        );
        assert_eq!(
            z.to_utc(at(2026, 1, 12, 10, 0)).unwrap(),
            at(2026, 1, 12, 9, 0)
        );
        assert_eq!(z.local(at(2026, 5, 4, 9, 0)), at(2026, 5, 4, 10, 0));
        assert_eq!(z.offset(at(2026, 5, 4, 9, 0)), "+01:00");
    }

    #[test]
    fn one_instant_reads_differently_in_rome_tunis_and_casablanca() {
        // 1 July 2026 08:00 UTC: Rome is on summer time (+2), Tunis on +1 all year,
        // Casablanca on +1 outside Ramadan.
        let utc = at(2026, 7, 1, 8, 0);
        assert_eq!(Zone::ROME.local(utc), at(2026, 7, 1, 10, 0));
        assert_eq!(Zone::TUNIS.local(utc), at(2026, 7, 1, 9, 0));
        assert_eq!(Zone::CASABLANCA.local(utc), at(2026, 7, 1, 9, 0));
        // In winter Rome and Tunis agree.
        let utc = at(2026, 12, 1, 8, 0);
        assert_eq!(Zone::ROME.local(utc), Zone::TUNIS.local(utc));
    }

    #[test]
    fn a_skipped_time_is_refused_and_a_repeated_one_taken_first() {
        // Rome moves from 02:00 to 03:00 on 29 March 2026.
        assert!(Zone::ROME.to_utc(at(2026, 3, 29, 2, 30)).is_err());
        // …and from 03:00 back to 02:00 on 25 October 2026: 02:30 happens twice.
        assert_eq!(
            Zone::ROME.to_utc(at(2026, 10, 25, 2, 30)).unwrap(),
            at(2026, 10, 25, 0, 30)
        );
    }

    #[test]
    fn zones_parse_by_name_and_follow_the_country() {
        assert_eq!(Zone::parse("Africa/Tunis").unwrap(), Zone::TUNIS);
        assert!(Zone::parse("Mars/Olympus").is_err());
        assert_eq!(Zone::of_country(Country::MA), Zone::CASABLANCA);
        assert_eq!(Zone::of_country(Country::TN), Zone::TUNIS);
        assert_eq!(Zone::of_country(Country::IT), Zone::ROME);
        assert_eq!(Zone::of_country(Country::parse("JP").unwrap()), Zone::UTC);
        for z in Zone::OFFERED {
            assert_eq!(Zone::parse(z.name()).unwrap(), z);
        }
    }
}
