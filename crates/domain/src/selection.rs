//! Selection: the criteria a call scores applications against, the assessors' scores, the
//! weighted total (0–100) and the order of the ranking. Pure: the callers bring the rows.
//!
//! A criterion has a weight (its share of the total, relative to the other criteria) and a
//! maximum score. Each assessor gives each criterion a score from 0 to its maximum. The
//! total is, over the criteria, `Σ weight × (mean of the assessors' scores ÷ maximum)`
//! divided by `Σ weight`, times 100. A criterion nobody has scored yet counts as 0 and the
//! assessment is marked incomplete, so a half-scored application never outranks a fully
//! scored one by accident of missing data.

use std::cmp::Ordering;

use chrono::{NaiveDateTime, NaiveTime};
use serde::Deserialize;

use crate::Invalid;
use crate::candidate::Status;

/// The largest maximum score and weight a criterion may have.
pub const MAX_SCALE: i64 = 100;
/// Longest criterion name, note or interview text kept.
pub const MAX_NAME: usize = 80;
pub const MAX_NOTE: usize = 2000;

/// Applications that may be scored and interviewed: screened as eligible, and those already
/// decided on (shortlisted, waiting list), whose scores may still be revised.
pub fn is_assessable(status: Status) -> bool {
    matches!(
        status,
        Status::Eligible | Status::Shortlisted | Status::WaitingList
    )
}

/// A criterion as typed in the call's form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CriterionFields {
    pub name: String,
    pub weight: String,
    pub max_score: String,
}

/// A checked criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionDraft {
    pub name: String,
    pub weight: i64,
    pub max_score: i64,
}

fn small_number(s: &str, field: &'static str, key: &'static str) -> Result<i64, Invalid> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=MAX_SCALE).contains(n))
        .ok_or(Invalid::new(field, key))
}

impl CriterionFields {
    pub fn parse(&self) -> Result<CriterionDraft, Invalid> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Invalid::new("name", "error-criterion-name"));
        }
        if name.chars().count() > MAX_NAME {
            return Err(Invalid::new("name", "error-criterion-name-long"));
        }
        Ok(CriterionDraft {
            name: name.to_owned(),
            weight: small_number(&self.weight, "weight", "error-criterion-weight")?,
            max_score: small_number(&self.max_score, "max_score", "error-criterion-max")?,
        })
    }
}

/// One score as typed: empty means "not scored" (and removes an earlier score).
pub fn parse_score(s: &str, max: i64) -> Result<Option<i64>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<i64>()
        .ok()
        .filter(|n| (0..=max).contains(n))
        .map(Some)
        .ok_or(Invalid::new("score", "error-score-range"))
}

/// A note, trimmed and cut to [`MAX_NOTE`]; `None` when empty.
pub fn note(s: &str) -> Option<String> {
    Some(s.trim().chars().take(MAX_NOTE).collect::<String>()).filter(|n| !n.is_empty())
}

/// A criterion as the total needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub id: String,
    pub weight: i64,
    pub max_score: i64,
}

/// One assessor's score on one criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    pub criterion_id: String,
    pub assessor_id: String,
    pub score: i64,
}

/// The outcome of weighing an application's scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// Weighted total on 0–100, in tenths (`734` is 73.4) so that ties compare exactly.
    pub total_tenths: i64,
    /// How many different people scored.
    pub assessors: usize,
    /// Criteria no one has scored yet.
    pub missing: usize,
    /// Mean score per criterion (in the criterion's own scale), `None` where unscored.
    pub means: Vec<Option<f64>>,
}

impl Assessment {
    pub fn complete(&self) -> bool {
        self.missing == 0
    }

    /// "73.4"-style text without locale; callers format it for the reader.
    pub fn total(&self) -> f64 {
        self.total_tenths as f64 / 10.0
    }

    /// Whether anyone scored anything.
    pub fn assessed(&self) -> bool {
        self.assessors > 0
    }
}

/// Weighs `scores` against `criteria` (see the module documentation). Scores of unknown
/// criteria are ignored; scores above a criterion's maximum count as the maximum.
pub fn assess(criteria: &[Criterion], scores: &[Score]) -> Assessment {
    let mut assessors: Vec<&str> = scores
        .iter()
        .filter(|s| criteria.iter().any(|c| c.id == s.criterion_id))
        .map(|s| s.assessor_id.as_str())
        .collect();
    assessors.sort_unstable();
    assessors.dedup();
    let mut weighted = 0.0;
    let mut weights = 0i64;
    let mut missing = 0;
    let mut means = Vec::with_capacity(criteria.len());
    for c in criteria {
        let max = c.max_score.max(1);
        let own: Vec<i64> = scores
            .iter()
            .filter(|s| s.criterion_id == c.id)
            .map(|s| s.score.clamp(0, max))
            .collect();
        weights += c.weight.max(0);
        if own.is_empty() {
            missing += 1;
            means.push(None);
            continue;
        }
        let mean = own.iter().sum::<i64>() as f64 / own.len() as f64;
        means.push(Some(mean));
        weighted += c.weight.max(0) as f64 * mean / max as f64;
    }
    let total_tenths = if weights == 0 {
        0
    } else {
        (weighted / weights as f64 * 1000.0).round() as i64
    };
    Assessment {
        total_tenths,
        assessors: assessors.len(),
        missing,
        means,
    }
}

/// One application in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub assessment: Assessment,
    /// The interview score (0–100), when an interview was held and scored.
    pub interview: Option<i64>,
    pub submitted_at: Option<NaiveDateTime>,
}

/// Ranking order: complete assessments first, then the higher weighted total, then the
/// higher interview score (an interview held beats none), then the earlier application,
/// then the id, so the order is total and stable.
pub fn compare(a: &Entry, b: &Entry) -> Ordering {
    b.assessment
        .complete()
        .cmp(&a.assessment.complete())
        .then(b.assessment.total_tenths.cmp(&a.assessment.total_tenths))
        .then(b.interview.cmp(&a.interview))
        .then(match (a.submitted_at, b.submitted_at) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
        .then(a.id.cmp(&b.id))
}

/// Sorts a ranking in place.
pub fn rank(entries: &mut [Entry]) {
    entries.sort_by(compare);
}

/// An interview as typed in the form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InterviewFields {
    pub date: String,
    pub time: String,
    pub place: String,
    pub panel: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewDraft {
    pub scheduled_at: NaiveDateTime,
    pub place: String,
    pub panel: String,
}

impl InterviewFields {
    pub fn parse(&self) -> Result<InterviewDraft, Invalid> {
        // Within the plausible years of any date (`bounds`), with the interview's message.
        let date = crate::bounds::date("date", &self.date)
            .map_err(|_| Invalid::new("date", "error-interview-date"))?;
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M")
            .map_err(|_| Invalid::new("time", "error-interview-time"))?;
        let place: String = self.place.trim().chars().take(500).collect();
        if place.is_empty() {
            return Err(Invalid::new("place", "error-interview-place"));
        }
        let panel: String = self.panel.trim().chars().take(500).collect();
        if panel.is_empty() {
            return Err(Invalid::new("panel", "error-interview-panel"));
        }
        Ok(InterviewDraft {
            scheduled_at: date.and_time(time),
            place,
            panel,
        })
    }
}

/// Whether an interview place is an online link (shown as a link, kept as typed).
pub fn is_link(place: &str) -> bool {
    let p = place.trim();
    (p.starts_with("https://") || p.starts_with("http://")) && !p.contains(char::is_whitespace)
}

/// The outcome of an interview as typed: notes and a score from 0 to 100.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InterviewResultFields {
    pub notes: String,
    pub score: String,
}

impl InterviewResultFields {
    pub fn parse(&self) -> Result<(Option<String>, i64), Invalid> {
        let score = parse_score(&self.score, 100)
            .map_err(|_| Invalid::new("score", "error-interview-score"))?
            .ok_or(Invalid::new("score", "error-interview-score"))?;
        Ok((note(&self.notes), score))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn c(id: &str, weight: i64, max: i64) -> Criterion {
        Criterion {
            id: id.into(),
            weight,
            max_score: max,
        }
    }

    fn s(criterion: &str, assessor: &str, score: i64) -> Score {
        Score {
            criterion_id: criterion.into(),
            assessor_id: assessor.into(),
            score,
        }
    }

    fn criteria() -> Vec<Criterion> {
        vec![
            c("motivation", 30, 10),
            c("italian", 30, 10),
            c("studies", 20, 5),
            c("experience", 20, 5),
        ]
    }

    #[test]
    fn full_marks_are_100_and_nothing_is_0() {
        let all: Vec<Score> = criteria()
            .iter()
            .map(|k| s(&k.id, "a", k.max_score))
            .collect();
        let a = assess(&criteria(), &all);
        assert_eq!(a.total_tenths, 1000);
        assert!(a.complete());
        assert_eq!(a.assessors, 1);
        let none = assess(&criteria(), &[]);
        assert_eq!(none.total_tenths, 0);
        assert!(!none.assessed());
        assert_eq!(none.missing, 4);
    }

    #[test]
    fn weights_and_maxima_scale_each_criterion() {
        // motivation 5/10 (0.5×30=15), italian 10/10 (30), studies 5/5 (20), experience 0/5 (0)
        let a = assess(
            &criteria(),
            &[
                s("motivation", "a", 5),
                s("italian", "a", 10),
                s("studies", "a", 5),
                s("experience", "a", 0),
            ],
        );
        assert_eq!(a.total_tenths, 650);
        assert!((a.total() - 65.0).abs() < 1e-9);
    }

    #[test]
    fn several_assessors_are_averaged_per_criterion() {
        // motivation: (6 + 9) / 2 = 7.5 of 10 → 22.5 of 30; the rest full: 70 → 92.5
        let mut scores = vec![s("motivation", "a", 6), s("motivation", "b", 9)];
        for k in ["italian", "studies", "experience"] {
            let max = criteria()
                .into_iter()
                .find(|c| c.id == k)
                .map_or(0, |c| c.max_score);
            scores.push(s(k, "a", max));
        }
        let a = assess(&criteria(), &scores);
        assert_eq!(a.total_tenths, 925);
        assert_eq!(a.assessors, 2);
        assert_eq!(a.means[0], Some(7.5));
    }

    #[test]
    fn a_missing_criterion_counts_as_zero_and_marks_the_assessment_incomplete() {
        let a = assess(
            &criteria(),
            &[
                s("motivation", "a", 10),
                s("italian", "a", 10),
                s("studies", "a", 5),
            ],
        );
        assert_eq!(a.total_tenths, 800);
        assert_eq!(a.missing, 1);
        assert!(!a.complete());
        assert_eq!(a.means[3], None);
    }

    #[test]
    fn unknown_criteria_and_out_of_range_scores_do_not_distort_the_total() {
        let a = assess(
            &[c("x", 1, 10)],
            &[s("x", "a", 14), s("gone", "b", 3), s("x", "c", -2)],
        );
        // 10 and 0 → mean 5 of 10
        assert_eq!(a.total_tenths, 500);
        assert_eq!(
            a.assessors, 2,
            "the assessor of a removed criterion is not counted"
        );
        assert_eq!(assess(&[], &[s("x", "a", 1)]).total_tenths, 0);
        assert_eq!(assess(&[c("z", 0, 10)], &[s("z", "a", 10)]).total_tenths, 0);
    }

    #[test]
    fn totals_round_to_tenths() {
        // 1 of 3 → 33.33… → 33.3
        let a = assess(&[c("x", 1, 3)], &[s("x", "a", 1)]);
        assert_eq!(a.total_tenths, 333);
    }

    fn entry(id: &str, tenths: i64, missing: usize, interview: Option<i64>, day: u32) -> Entry {
        Entry {
            id: id.into(),
            assessment: Assessment {
                total_tenths: tenths,
                assessors: 1,
                missing,
                means: vec![],
            },
            interview,
            submitted_at: NaiveDate::from_ymd_opt(2022, 2, day)
                .and_then(|d| d.and_hms_opt(9, 0, 0)),
        }
    }

    #[test]
    fn ranking_breaks_ties_by_interview_then_date_then_id() {
        let mut v = vec![
            entry("late", 800, 0, Some(70), 20),
            entry("early", 800, 0, Some(70), 3),
            entry("best-interview", 800, 0, Some(90), 25),
            entry("no-interview", 800, 0, None, 1),
            entry("top", 910, 0, None, 28),
            entry("incomplete-but-high", 990, 2, Some(100), 1),
            entry("b", 500, 0, None, 5),
            entry("a", 500, 0, None, 5),
        ];
        rank(&mut v);
        let ids: Vec<&str> = v.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "top",
                "best-interview",
                "early",
                "late",
                "no-interview",
                "a",
                "b",
                "incomplete-but-high"
            ]
        );
    }

    #[test]
    fn criteria_and_scores_are_checked() {
        let ok = CriterionFields {
            name: " Motivation ".into(),
            weight: "30".into(),
            max_score: "10".into(),
        }
        .parse();
        assert_eq!(
            ok,
            Ok(CriterionDraft {
                name: "Motivation".into(),
                weight: 30,
                max_score: 10
            })
        );
        let bad = |n: &str, w: &str, m: &str| {
            CriterionFields {
                name: n.into(),
                weight: w.into(),
                max_score: m.into(),
            }
            .parse()
            .err()
            .map(|e| e.field)
        };
        assert_eq!(bad("", "1", "1"), Some("name"));
        assert_eq!(bad("x", "0", "10"), Some("weight"));
        assert_eq!(bad("x", "101", "10"), Some("weight"));
        assert_eq!(bad("x", "5", "ten"), Some("max_score"));
        assert_eq!(parse_score("", 10), Ok(None));
        assert_eq!(parse_score(" 7 ", 10), Ok(Some(7)));
        assert!(parse_score("11", 10).is_err());
        assert!(parse_score("-1", 10).is_err());
    }

    #[test]
    fn interviews_need_a_time_a_place_and_a_panel() {
        let f = InterviewFields {
            date: "2022-04-12".into(),
            time: "10:30".into(),
            place: "https://meet.example.org/mentor-12".into(),
            panel: "ANETI officer, Comune di Milano".into(),
        };
        let d = f.parse();
        assert!(d.is_ok());
        assert!(is_link(&f.place));
        assert!(!is_link("ANETI office, Tunis"));
        let missing = InterviewFields {
            place: String::new(),
            ..f.clone()
        };
        assert_eq!(missing.parse().err().map(|e| e.field), Some("place"));
        let bad_time = InterviewFields {
            time: "25:00".into(),
            ..f
        };
        assert_eq!(bad_time.parse().err().map(|e| e.field), Some("time"));
        let r = InterviewResultFields {
            notes: " clear and motivated ".into(),
            score: "82".into(),
        };
        assert_eq!(r.parse(), Ok((Some("clear and motivated".into()), 82)));
        let r = InterviewResultFields {
            notes: String::new(),
            score: String::new(),
        };
        assert!(r.parse().is_err(), "an interview result needs a score");
    }

    #[test]
    fn only_screened_applications_are_assessed() {
        assert!(is_assessable(Status::Eligible));
        assert!(is_assessable(Status::Shortlisted));
        assert!(is_assessable(Status::WaitingList));
        for s in [
            Status::Draft,
            Status::Submitted,
            Status::Ineligible,
            Status::Rejected,
        ] {
            assert!(!is_assessable(s), "{s:?}");
        }
    }
}
