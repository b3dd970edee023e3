//! The panel's consolidation (issue 15, item 3): each panellist marks every criterion
//! 0–[`MAX_MARK`](super::terms::MAX_MARK); an application's points are the mean of the
//! panellists' points ([`points_milli`]) over the submitted scores of panellists who
//! declared no conflict. The spread between panellists (max − min, and the standard
//! deviation) says where they disagree; a large one ([`SPREAD_FLAG_MILLI`]) is flagged for
//! the committee to look at before it trusts the mean.
//!
//! The ranking orders applications by mean points, then by a stated rule for ties: the
//! higher lowest points a panellist gave (the application the least convinced panellist
//! liked more), then the earlier submission, then the reference (so the order is total and
//! the same on every run). Pure: the scores are passed in.

use std::cmp::Ordering;

use chrono::NaiveDateTime;

use super::terms::{Criterion, points_milli};

/// A spread between panellists from which the application is flagged: 20 points.
pub const SPREAD_FLAG_MILLI: i64 = 20_000;

/// What the panel's submitted scores say about one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consolidated {
    /// Submitted, non-conflicted scores counted.
    pub scored: usize,
    /// The mean points, in thousandths (rounded half up).
    pub mean_milli: i64,
    /// The lowest and highest points a panellist gave, in thousandths.
    pub lowest_milli: i64,
    pub highest_milli: i64,
    /// The population standard deviation of the panellists' points, in thousandths.
    pub stddev_milli: i64,
}

impl Consolidated {
    /// Max − min between panellists.
    pub fn spread_milli(&self) -> i64 {
        self.highest_milli - self.lowest_milli
    }

    /// Whether panellists disagree enough for the committee to look again.
    pub fn flagged(&self) -> bool {
        self.spread_milli() >= SPREAD_FLAG_MILLI
    }
}

/// Consolidates the submitted marks of the panellists (one list per panellist, in the
/// call's criteria order). `None` when nobody scored, or when a list does not fit the
/// criteria (a mark missing or out of range: never averaged silently).
pub fn consolidate(criteria: &[Criterion], scores: &[Vec<i64>]) -> Option<Consolidated> {
    if scores.is_empty() {
        return None;
    }
    let points: Vec<i64> = scores
        .iter()
        .map(|m| points_milli(criteria, m))
        .collect::<Option<_>>()?;
    let n = i64::try_from(points.len()).ok()?;
    let sum: i64 = points.iter().sum();
    let mean_milli = (2 * sum + n) / (2 * n);
    let lowest_milli = points.iter().copied().min()?;
    let highest_milli = points.iter().copied().max()?;
    // Variance in milli² over the exact mean: Σ(xᵢ·n − Σx)² / n³.
    let var_num: i128 = points
        .iter()
        .map(|&x| {
            let d = i128::from(x) * i128::from(n) - i128::from(sum);
            d * d
        })
        .sum();
    let n3 = i128::from(n).pow(3);
    let stddev_milli = isqrt(var_num / n3);
    Some(Consolidated {
        scored: points.len(),
        mean_milli,
        lowest_milli,
        highest_milli,
        stddev_milli: i64::try_from(stddev_milli).unwrap_or(i64::MAX),
    })
}

/// The integer square root (floor), exact for any non-negative value.
fn isqrt(v: i128) -> i128 {
    if v < 2 {
        return v.max(0);
    }
    let mut x = v;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + v / x) / 2;
    }
    x
}

/// What the ranking orders by, for one scored application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub mean_milli: i64,
    pub lowest_milli: i64,
    pub submitted_at: Option<NaiveDateTime>,
    pub reference: String,
}

/// The ranking's order: higher mean, then higher lowest points, then earlier submission
/// (an application without a date last), then reference.
pub fn ranking_order(a: &Standing, b: &Standing) -> Ordering {
    b.mean_milli
        .cmp(&a.mean_milli)
        .then(b.lowest_milli.cmp(&a.lowest_milli))
        .then_with(|| match (a.submitted_at, b.submitted_at) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
        .then_with(|| a.reference.cmp(&b.reference))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn criteria() -> Vec<Criterion> {
        [40, 35, 25]
            .into_iter()
            .map(|weight| Criterion {
                label: format!("c{weight}"),
                weight,
            })
            .collect()
    }

    #[test]
    fn consolidation_table() {
        /// (marks per panellist, mean, lowest, highest, stddev, flagged)
        type Case<'a> = (&'a [&'a [i64]], i64, i64, i64, i64, bool);
        let cases: &[Case] = &[
            (&[&[7, 8, 6]], 71_000, 71_000, 71_000, 0, false),
            (
                &[&[10, 10, 10], &[0, 0, 0]],
                50_000,
                0,
                100_000,
                50_000,
                true,
            ),
            (
                &[&[7, 8, 6], &[8, 8, 6]],
                73_000,
                71_000,
                75_000,
                2_000,
                false,
            ),
            // 71, 75, 90: mean 78.667 → 78.667; spread 19 → not flagged
            (
                &[&[7, 8, 6], &[8, 8, 6], &[9, 9, 9]],
                78_667,
                71_000,
                90_000,
                8_178,
                false,
            ),
            // 60 and 80: spread exactly 20 → flagged
            (
                &[&[6, 6, 6], &[8, 8, 8]],
                70_000,
                60_000,
                80_000,
                10_000,
                true,
            ),
        ];
        for (scores, mean, low, high, sd, flag) in cases {
            let s: Vec<Vec<i64>> = scores.iter().map(|m| m.to_vec()).collect();
            let c = consolidate(&criteria(), &s).unwrap();
            assert_eq!(
                (
                    c.mean_milli,
                    c.lowest_milli,
                    c.highest_milli,
                    c.stddev_milli,
                    c.flagged()
                ),
                (*mean, *low, *high, *sd, *flag),
                "{scores:?}"
            );
            assert_eq!(c.scored, s.len());
        }
    }

    #[test]
    fn nothing_or_a_bad_list_is_not_averaged() {
        assert_eq!(consolidate(&criteria(), &[]), None);
        assert_eq!(consolidate(&criteria(), &[vec![7, 8, 6], vec![7, 8]]), None);
        assert_eq!(consolidate(&criteria(), &[vec![7, 8, 11]]), None);
    }

    #[test]
    fn square_roots_are_exact_floors() {
        for (v, r) in [
            (0, 0),
            (1, 1),
            (3, 1),
            (4, 2),
            (99, 9),
            (100, 10),
            (10_i128.pow(20), 10_i128.pow(10)),
        ] {
            assert_eq!(isqrt(v), r, "{v}");
        }
    }

    #[test]
    fn ties_fall_to_the_lowest_points_then_the_earlier_submission() {
        let at = |h| {
            NaiveDate::from_ymd_opt(2024, 4, 1)
                .unwrap()
                .and_hms_opt(h, 0, 0)
                .unwrap()
        };
        let s = |mean, low, h: Option<u32>, r: &str| Standing {
            mean_milli: mean,
            lowest_milli: low,
            submitted_at: h.map(at),
            reference: r.into(),
        };
        let mut v = [
            s(70_000, 60_000, Some(9), "GP-E"),
            s(70_000, 65_000, Some(12), "GP-D"),
            s(80_000, 50_000, Some(15), "GP-A"),
            s(70_000, 60_000, None, "GP-F"),
            s(70_000, 60_000, Some(8), "GP-C"),
            s(70_000, 60_000, Some(8), "GP-B"),
        ];
        v.sort_by(ranking_order);
        let order: Vec<&str> = v.iter().map(|x| x.reference.as_str()).collect();
        assert_eq!(order, ["GP-A", "GP-D", "GP-B", "GP-C", "GP-E", "GP-F"]);
    }
}
