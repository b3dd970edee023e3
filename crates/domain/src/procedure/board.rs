//! The coordinator's view of a cohort's cases: how many stand in each step, and how long
//! cases spent in each step they left — the average and the slowest — so that the step
//! where cases wait longest (the bottleneck) shows. Callers filter the cases (a city, a
//! country) before asking.

use std::collections::HashMap;

use chrono::NaiveDate;

/// One case's path: the steps it entered, in order, with the day it entered each; the
/// last is where it stands.
#[derive(Debug, Clone)]
pub struct Path {
    pub entered: Vec<(String, NaiveDate)>,
}

/// A step's figures on the board.
#[derive(Debug, Clone, PartialEq)]
pub struct StepFigures {
    pub step: String,
    /// Cases standing in it now.
    pub now: usize,
    /// Passages through it that are over (the case entered the next step).
    pub passed: usize,
    /// Average days spent in it, over the passages that are over.
    pub average_days: Option<f64>,
    /// The longest passage that is over, in days.
    pub slowest_days: Option<i64>,
}

/// The board: each step of `order` with its figures, in that order. A passage is measured
/// from entering the step to entering the next; open ones are aged by [`waiting_longest`].
pub fn figures(order: &[&str], paths: &[Path]) -> Vec<StepFigures> {
    // Running sums per step (passages, days, slowest) rather than every passage kept: the
    // board reads tens of thousands of them (issue 13, measured on 10,000 cases).
    #[derive(Default)]
    struct Spent {
        passed: usize,
        total: i64,
        slowest: i64,
    }
    let mut spent: HashMap<&str, Spent> = HashMap::with_capacity(order.len());
    let mut now: HashMap<&str, usize> = HashMap::with_capacity(order.len());
    for p in paths {
        for pair in p.entered.windows(2) {
            if let [(step, from), (_, to)] = pair {
                let days = (*to - *from).num_days();
                let s = spent.entry(step.as_str()).or_default();
                s.slowest = if s.passed == 0 {
                    days
                } else {
                    s.slowest.max(days)
                };
                s.passed += 1;
                s.total += days;
            }
        }
        if let Some((step, _)) = p.entered.last() {
            *now.entry(step.as_str()).or_default() += 1;
        }
    }
    order
        .iter()
        .map(|step| {
            let s = spent.get(step);
            let passed = s.map_or(0, |s| s.passed);
            StepFigures {
                step: (*step).to_owned(),
                now: now.get(step).copied().unwrap_or(0),
                passed,
                average_days: s
                    .filter(|s| s.passed > 0)
                    .map(|s| s.total as f64 / s.passed as f64),
                slowest_days: s.filter(|s| s.passed > 0).map(|s| s.slowest),
            }
        })
        .collect()
}

/// A step's passages as the database sums them: how many are over, their days in total,
/// the longest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTime {
    pub step: String,
    pub passed: i64,
    pub total_days: i64,
    pub slowest_days: Option<i64>,
}

/// The board from counts already made (cases now in each step, the passages' times): the
/// same figures as [`figures`] gives from the paths, without reading them.
pub fn from_totals(order: &[&str], now: &[(String, i64)], times: &[StepTime]) -> Vec<StepFigures> {
    order
        .iter()
        .map(|step| {
            let t = times.iter().find(|t| t.step == *step);
            let passed = t.map_or(0, |t| t.passed);
            StepFigures {
                step: (*step).to_owned(),
                now: now
                    .iter()
                    .find(|(s, _)| s == step)
                    .map_or(0, |(_, n)| usize::try_from(*n).unwrap_or(0)),
                passed: usize::try_from(passed).unwrap_or(0),
                average_days: t
                    .filter(|t| t.passed > 0)
                    .map(|t| t.total_days as f64 / t.passed as f64),
                slowest_days: t.and_then(|t| t.slowest_days),
            }
        })
        .collect()
}

/// The step cases spend longest in on average (ties: the earlier step), among those with
/// at least one passage over, leaving out the steps in `not_waiting` (the traineeship
/// itself lasts months by design; it is no delay).
pub fn bottleneck<'a>(board: &'a [StepFigures], not_waiting: &[String]) -> Option<&'a StepFigures> {
    board
        .iter()
        .filter(|f| f.average_days.is_some())
        .filter(|f| !not_waiting.contains(&f.step))
        .fold(None, |best: Option<&StepFigures>, f| match best {
            Some(b) if b.average_days >= f.average_days => Some(b),
            _ => Some(f),
        })
}

/// The open cases, longest waiting first: (index into `paths`, days in their current step
/// on `today`).
pub fn waiting_longest(paths: &[Path], today: NaiveDate) -> Vec<(usize, i64)> {
    let mut out: Vec<(usize, i64)> = paths
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.entered.last().map(|(_, d)| (i, (today - *d).num_days())))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
    }

    fn path(steps: &[(&str, NaiveDate)]) -> Path {
        Path {
            entered: steps.iter().map(|(s, d)| ((*s).to_owned(), *d)).collect(),
        }
    }

    #[test]
    fn the_board_counts_cases_and_times_each_step() {
        let paths = [
            path(&[
                ("convention", d(1, 1)),
                ("visa_requested", d(1, 11)),
                ("arrived", d(3, 12)),
            ]),
            path(&[("convention", d(1, 5)), ("visa_requested", d(1, 10))]),
            path(&[("convention", d(2, 1))]),
        ];
        let board = figures(&["convention", "visa_requested", "arrived"], &paths);
        assert_eq!(board[0].now, 1);
        assert_eq!(board[0].passed, 2);
        assert_eq!(board[0].average_days, Some(7.5));
        assert_eq!(board[0].slowest_days, Some(10));
        assert_eq!(board[1].now, 1);
        assert_eq!(board[1].average_days, Some(60.0));
        assert_eq!(board[2].now, 1);
        assert_eq!(board[2].average_days, None);
        assert_eq!(
            bottleneck(&board, &[]).map(|f| f.step.as_str()),
            Some("visa_requested")
        );
        // Time in a step that is not waiting (the traineeship) is no bottleneck.
        assert_eq!(
            bottleneck(&board, &["visa_requested".into()]).map(|f| f.step.as_str()),
            Some("convention")
        );
        assert_eq!(
            waiting_longest(&paths, d(3, 20)),
            vec![(1, 69), (2, 47), (0, 8)]
        );
    }

    #[test]
    fn the_board_from_totals_is_the_board_from_paths() {
        let paths = [
            path(&[
                ("convention", d(1, 1)),
                ("visa_requested", d(1, 11)),
                ("arrived", d(3, 12)),
            ]),
            path(&[("convention", d(1, 5)), ("visa_requested", d(1, 10))]),
            path(&[("convention", d(2, 1))]),
        ];
        let order = ["convention", "visa_requested", "arrived"];
        let now = [
            ("convention".to_owned(), 1),
            ("visa_requested".to_owned(), 1),
            ("arrived".to_owned(), 1),
        ];
        let times = [
            StepTime {
                step: "convention".into(),
                passed: 2,
                total_days: 15,
                slowest_days: Some(10),
            },
            StepTime {
                step: "visa_requested".into(),
                passed: 1,
                total_days: 60,
                slowest_days: Some(60),
            },
        ];
        assert_eq!(from_totals(&order, &now, &times), figures(&order, &paths));
    }

    #[test]
    fn an_empty_cohort_has_no_bottleneck() {
        let board = figures(&["convention"], &[]);
        assert_eq!(board[0].now, 0);
        assert_eq!(bottleneck(&board, &[]), None);
    }
}
