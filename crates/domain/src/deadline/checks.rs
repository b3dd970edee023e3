//! The date checks of the procedure that are not deadlines: a passport good for the visa,
//! a traineeship's total length, the window to ask for a permit's conversion.

use chrono::{Duration, Months, NaiveDate};

/// What is wrong with a passport for a visa ending on a date (DOMAIN.md §5: valid at least
/// 3 months beyond the visa, issued less than 10 years ago).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassportFlag {
    /// Expires less than 3 months after the visa ends.
    ExpiresTooSoon,
    /// Issued 10 years or more before the visa is asked for.
    IssuedTooLongAgo,
}

/// The flags of a passport, as soon as its dates and the visa's end are known.
pub fn passport_flags(
    issued_on: NaiveDate,
    expires_on: NaiveDate,
    visa_requested_on: NaiveDate,
    visa_ends_on: NaiveDate,
) -> Vec<PassportFlag> {
    let mut flags = Vec::new();
    if visa_ends_on
        .checked_add_months(Months::new(3))
        .is_none_or(|needed| expires_on < needed)
    {
        flags.push(PassportFlag::ExpiresTooSoon);
    }
    if issued_on
        .checked_add_months(Months::new(120))
        .is_none_or(|limit| limit <= visa_requested_on)
    {
        flags.push(PassportFlag::IssuedTooLongAgo);
    }
    flags
}

/// Whether a traineeship of `months` in total (extensions included) is within the
/// minimum and the maximum that apply (the maximum by region and qualification is data).
pub fn duration_within(months: i64, minimum: i64, maximum: i64) -> bool {
    (minimum..=maximum).contains(&months)
}

/// The days in which a permit's conversion may be asked for: the `days` before it expires
/// (60 in DOMAIN.md §5), the expiry day included.
pub fn conversion_window(expires_on: NaiveDate, days: i64) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        expires_on.checked_sub_signed(Duration::days(days))?,
        expires_on,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_passport_is_flagged_as_soon_as_its_dates_are_known() {
        let (asked, ends) = (d(2026, 3, 1), d(2026, 10, 31));
        assert_eq!(
            passport_flags(d(2020, 1, 1), d(2027, 1, 31), asked, ends),
            vec![]
        );
        assert_eq!(
            passport_flags(d(2020, 1, 1), d(2027, 1, 30), asked, ends),
            vec![PassportFlag::ExpiresTooSoon]
        );
        assert_eq!(
            passport_flags(d(2016, 3, 1), d(2030, 1, 1), asked, ends),
            vec![PassportFlag::IssuedTooLongAgo],
            "ten years to the day is too long"
        );
        assert_eq!(
            passport_flags(d(2016, 3, 2), d(2030, 1, 1), asked, ends),
            vec![]
        );
    }

    #[test]
    fn durations_and_the_conversion_window() {
        assert!(duration_within(6, 3, 12));
        assert!(!duration_within(13, 3, 12));
        assert!(!duration_within(2, 3, 6));
        assert_eq!(
            conversion_window(d(2027, 3, 1), 60),
            Some((d(2026, 12, 31), d(2027, 3, 1)))
        );
    }
}
