//! Splitting a whole exactly: percentages that sum to exactly 100 and a budget whose
//! yearly parts sum to exactly the total, by the largest remainder (ties to the first).

use chrono::{Datelike, NaiveDate};

/// Splits `total` in proportion to `weights`; the parts sum to `total` exactly (the units
/// left after rounding down go to the largest remainders). All zeros share equally.
pub fn split(total: i64, weights: &[i64]) -> Vec<i64> {
    if weights.is_empty() {
        return Vec::new();
    }
    let sum: i128 = weights.iter().map(|w| i128::from((*w).max(0))).sum();
    let weights: Vec<i128> = if sum == 0 {
        vec![1; weights.len()]
    } else {
        weights.iter().map(|w| i128::from((*w).max(0))).collect()
    };
    let sum: i128 = weights.iter().sum();
    let total = i128::from(total);
    let mut parts: Vec<i128> = weights.iter().map(|w| total * w / sum).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(total * weights[i] % sum));
    let left = total - parts.iter().sum::<i128>();
    for &i in order.iter().take(usize::try_from(left).unwrap_or(0)) {
        parts[i] += 1;
    }
    parts
        .into_iter()
        .map(|p| i64::try_from(p).unwrap_or(0))
        .collect()
}

/// Percentages in hundredths (basis points, summing to 10,000) in proportion to `weights`.
pub fn percentages(weights: &[i64]) -> Vec<i64> {
    split(10_000, weights)
}

/// The calendar years of `starts_on..=ends_on`, each clipped to the range: (start, end).
/// Each is at most a year and none overlap.
pub fn years(starts_on: NaiveDate, ends_on: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut year = starts_on.year();
    while year <= ends_on.year() {
        let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            break;
        };
        out.push((first.max(starts_on), last.min(ends_on)));
        year += 1;
    }
    out
}

/// Days in a period, both ends included.
pub fn days(period: (NaiveDate, NaiveDate)) -> i64 {
    (period.1 - period.0).num_days() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn splits_are_exact() {
        assert_eq!(percentages(&[23, 18]), [5610, 4390]);
        assert_eq!(percentages(&[1, 1, 1]), [3334, 3333, 3333]);
        assert_eq!(percentages(&[0, 0]), [5000, 5000]);
        assert_eq!(split(100, &[]), Vec::<i64>::new());
        let budget = split(326_007_484, &[184, 365, 365, 366]);
        assert_eq!(budget.iter().sum::<i64>(), 326_007_484);
    }

    #[test]
    fn years_are_clipped_to_the_programme() {
        assert_eq!(
            years(d(2021, 7, 1), d(2024, 12, 31)),
            [
                (d(2021, 7, 1), d(2021, 12, 31)),
                (d(2022, 1, 1), d(2022, 12, 31)),
                (d(2023, 1, 1), d(2023, 12, 31)),
                (d(2024, 1, 1), d(2024, 12, 31)),
            ]
        );
        assert_eq!(days((d(2024, 1, 1), d(2024, 12, 31))), 366);
        assert!(years(d(2025, 1, 1), d(2024, 1, 1)).is_empty());
    }
}
