//! The longest a traineeship may last (DOMAIN.md §5): 12 months in total, extensions
//! included, and the region's maximum for the trainee's qualification (Lombardy: 6 with a
//! secondary diploma, 12 with a degree). A traineeship of `n` months from `start` may run
//! until the day before the same date `n` months later.

use chrono::{Months, NaiveDate};

/// The absolute maximum, whatever the region.
pub const MAX_MONTHS: u32 = 12;

/// The qualification tier a template's `maximum_by_qualification` is keyed by, from the
/// trainee's ISCED 2011 level: 5 and above a degree, below that a secondary diploma.
pub fn qualification_tier(isced_level: Option<i64>) -> Option<&'static str> {
    match isced_level? {
        l if l >= 5 => Some("degree"),
        l if l >= 3 => Some("secondary"),
        _ => None,
    }
}

/// The last day a traineeship of `months` starting on `start` may run to.
pub fn last_day(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))?.pred_opt()
}

/// Whether a traineeship from `start` to `end` (inclusive) lasts at most `months`.
pub fn within(start: NaiveDate, end: NaiveDate, months: u32) -> bool {
    last_day(start, months).is_some_and(|last| end <= last)
}

/// The maximum in months for a case: the least of 12, the template's maximum and its
/// maximum for the trainee's tier (when the template keys one).
pub fn maximum(template_max: Option<i64>, by_tier: Option<i64>) -> u32 {
    let cap = |m: Option<i64>| m.and_then(|m| u32::try_from(m).ok()).unwrap_or(MAX_MONTHS);
    MAX_MONTHS.min(cap(template_max)).min(cap(by_tier))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn twelve_months_end_the_day_before_the_anniversary() {
        assert_eq!(last_day(d(2026, 1, 15), 12), Some(d(2027, 1, 14)));
        assert!(within(d(2026, 1, 15), d(2027, 1, 14), 12));
        assert!(!within(d(2026, 1, 15), d(2027, 1, 15), 12));
        // From the end of a month: chrono clamps to the shorter month.
        assert_eq!(last_day(d(2026, 1, 31), 1), Some(d(2026, 2, 27)));
    }

    #[test]
    fn the_least_maximum_wins() {
        assert_eq!(maximum(Some(12), Some(6)), 6);
        assert_eq!(maximum(Some(12), None), 12);
        assert_eq!(maximum(None, None), 12);
        assert_eq!(maximum(Some(24), Some(18)), 12);
    }

    #[test]
    fn tiers_follow_isced() {
        assert_eq!(qualification_tier(Some(6)), Some("degree"));
        assert_eq!(qualification_tier(Some(5)), Some("degree"));
        assert_eq!(qualification_tier(Some(3)), Some("secondary"));
        assert_eq!(qualification_tier(Some(2)), None);
        assert_eq!(qualification_tier(None), None);
    }
}
