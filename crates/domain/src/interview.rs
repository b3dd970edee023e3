//! Interview slots: the times a company offers for interviewing the candidate of a placement
//! proposed to it. One to [`MAX_SLOTS`] slots, each typed in the company person's time zone
//! and kept in UTC, in the future, not overlapping one another; the candidate picks one.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::Invalid;
use crate::zone::Zone;

/// Slots offered at once at most.
pub const MAX_SLOTS: usize = 5;
/// The shortest and longest interview, in minutes.
pub const MIN_MINUTES: i32 = 15;
pub const MAX_MINUTES: i32 = 480;
/// How far ahead a slot may lie: an interview is for the placement at hand.
pub const MAX_DAYS_AHEAD: i64 = 366;
/// The place or video link, in characters.
pub const MAX_PLACE: usize = 500;

/// The field each row's errors are attached to (one row per slot on the form).
const ROWS: [&str; MAX_SLOTS] = ["slot-1", "slot-2", "slot-3", "slot-4", "slot-5"];

/// One slot as typed on the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlotFields {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
    /// Minutes.
    pub minutes: String,
    /// An address or a video link.
    pub place: String,
}

impl SlotFields {
    fn is_blank(&self) -> bool {
        self.date.trim().is_empty() && self.time.trim().is_empty() && self.place.trim().is_empty()
    }
}

/// A valid slot: its start in UTC, its length, where it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: NaiveDateTime,
    pub minutes: i32,
    pub place: String,
}

impl Slot {
    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at + Duration::minutes(i64::from(self.minutes))
    }

    fn overlaps(&self, other: &Slot) -> bool {
        self.starts_at < other.ends_at() && other.starts_at < self.ends_at()
    }
}

/// Parses the rows of the form: blank rows are skipped; each other row must be a complete
/// slot in `zone`, starting after `now` (UTC). Refused: no slot, more than [`MAX_SLOTS`],
/// a slot in the past or too far ahead, two slots that overlap. The error names the row.
pub fn parse_slots(
    rows: &[SlotFields],
    zone: Zone,
    now: NaiveDateTime,
) -> Result<Vec<Slot>, Invalid> {
    let filled: Vec<(usize, &SlotFields)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .collect();
    if filled.is_empty() {
        return Err(Invalid::new("slot-1", "error-slots-none"));
    }
    if filled.len() > MAX_SLOTS {
        return Err(Invalid::new("slots", "error-slots-too-many"));
    }
    let mut slots: Vec<Slot> = Vec::with_capacity(filled.len());
    for (i, r) in filled {
        let field = ROWS.get(i).copied().unwrap_or("slots");
        let at = |key| Invalid::new(field, key);
        let date = NaiveDate::parse_from_str(r.date.trim(), "%Y-%m-%d")
            .map_err(|_| at("error-slot-date"))?;
        let time =
            NaiveTime::parse_from_str(r.time.trim(), "%H:%M").map_err(|_| at("error-slot-time"))?;
        let minutes: i32 = r
            .minutes
            .trim()
            .parse()
            .ok()
            .filter(|m| (MIN_MINUTES..=MAX_MINUTES).contains(m))
            .ok_or(at("error-slot-minutes"))?;
        let place = r.place.trim();
        if place.is_empty() || place.chars().count() > MAX_PLACE {
            return Err(at("error-slot-place"));
        }
        let starts_at = zone.to_utc(date.and_time(time)).map_err(|e| at(e.key))?;
        if starts_at <= now {
            return Err(at("error-slot-past"));
        }
        if starts_at > now + Duration::days(MAX_DAYS_AHEAD) {
            return Err(at("error-slot-far"));
        }
        let slot = Slot {
            starts_at,
            minutes,
            place: place.to_owned(),
        };
        if slots.iter().any(|s| s.overlaps(&slot)) {
            return Err(at("error-slot-overlap"));
        }
        slots.push(slot);
    }
    slots.sort_by_key(|s| s.starts_at);
    Ok(slots)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 7)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    fn row(date: &str, time: &str, minutes: &str) -> SlotFields {
        SlotFields {
            date: date.into(),
            time: time.into(),
            minutes: minutes.into(),
            place: "Via Roma 1, Milano".into(),
        }
    }

    #[test]
    fn slots_are_kept_in_utc_sorted_and_blank_rows_skipped() {
        let rows = [
            row("2026-12-10", "15:00", "45"),
            SlotFields::default(),
            row("2026-12-09", "10:30", "30"),
        ];
        let slots = parse_slots(&rows, Zone::ROME, now()).unwrap();
        assert_eq!(slots.len(), 2);
        // Rome is UTC+1 in December.
        assert_eq!(slots[0].starts_at.to_string(), "2026-12-09 09:30:00");
        assert_eq!(slots[1].ends_at().to_string(), "2026-12-10 14:45:00");
    }

    #[test]
    fn refusals_name_their_row_and_reason() {
        let err = |rows: &[SlotFields]| parse_slots(rows, Zone::ROME, now()).unwrap_err();
        assert_eq!(err(&[]).key, "error-slots-none");
        assert_eq!(err(&[SlotFields::default()]).key, "error-slots-none");
        let six: Vec<SlotFields> = (10..16)
            .map(|d| row(&format!("2026-12-{d}"), "10:00", "30"))
            .collect();
        assert_eq!(err(&six).key, "error-slots-too-many");
        let past = err(&[row("2026-12-07", "09:30", "30")]);
        // 09:30 in Rome is 08:30 UTC, before now (09:00 UTC).
        assert_eq!((past.field, past.key), ("slot-1", "error-slot-past"));
        let overlap = err(&[
            row("2026-12-09", "10:00", "60"),
            row("2026-12-09", "10:59", "30"),
        ]);
        assert_eq!(
            (overlap.field, overlap.key),
            ("slot-2", "error-slot-overlap")
        );
        // Back to back is fine.
        assert!(
            parse_slots(
                &[
                    row("2026-12-09", "10:00", "60"),
                    row("2026-12-09", "11:00", "30")
                ],
                Zone::ROME,
                now()
            )
            .is_ok()
        );
        assert_eq!(
            err(&[row("2026-13-01", "10:00", "30")]).key,
            "error-slot-date"
        );
        assert_eq!(
            err(&[row("2026-12-09", "25:00", "30")]).key,
            "error-slot-time"
        );
        assert_eq!(
            err(&[row("2026-12-09", "10:00", "5")]).key,
            "error-slot-minutes"
        );
        assert_eq!(
            err(&[row("2026-12-09", "10:00", "abc")]).key,
            "error-slot-minutes"
        );
        assert_eq!(
            err(&[row("2028-12-09", "10:00", "30")]).key,
            "error-slot-far"
        );
        let mut no_place = row("2026-12-09", "10:00", "30");
        no_place.place = "  ".into();
        assert_eq!(err(&[no_place]).key, "error-slot-place");
    }

    #[test]
    fn the_same_wall_clock_time_is_a_different_instant_in_casablanca_during_ramadan() {
        let now = NaiveDate::from_ymd_opt(2026, 1, 5)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let during =
            parse_slots(&[row("2026-03-02", "10:00", "30")], Zone::CASABLANCA, now).unwrap();
        let after =
            parse_slots(&[row("2026-04-06", "10:00", "30")], Zone::CASABLANCA, now).unwrap();
        assert_eq!(during[0].starts_at.time().to_string(), "10:00:00");
        assert_eq!(after[0].starts_at.time().to_string(), "09:00:00");
    }
}
