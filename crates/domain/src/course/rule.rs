//! A programme's completion rule: data the coordinator edits, checked here.

use super::{Mark, Subject, Tally};
use crate::cefr::Cefr;
use crate::{Checks, Invalid, Invalids};

/// What each mark counts, in hundredths of a session. A presence counts a whole session and
/// an absence nothing, by definition; a late arrival and a justified absence are the
/// programme's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    pub late: u8,
    pub justified: u8,
}

impl Default for Weights {
    /// Late: three quarters of a session (most of the lesson was followed). Justified
    /// absence: half (the reason is accepted, but the lesson was still missed).
    fn default() -> Self {
        Weights {
            late: 75,
            justified: 50,
        }
    }
}

impl Weights {
    pub const fn of(&self, m: Mark) -> u8 {
        match m {
            Mark::Present => 100,
            Mark::Late => self.late,
            Mark::Justified => self.justified,
            Mark::Absent => 0,
        }
    }
}

/// When a participant has completed their pre-departure courses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The attendance to reach, in percent of all planned sessions, in every course.
    pub min_attendance: u8,
    /// The Italian level a test must have recorded (`None`: no level asked).
    pub min_level: Option<Cefr>,
    pub weights: Weights,
}

impl Default for Rule {
    /// The example of the issue: A1 in Italian and 80 % attendance.
    fn default() -> Self {
        Rule {
            min_attendance: 80,
            min_level: Some(Cefr::A1),
            weights: Weights::default(),
        }
    }
}

/// The rule's form, as typed.
#[derive(Debug, Clone, Default)]
pub struct RuleFields {
    pub min_attendance: String,
    pub min_level: String,
    pub late: String,
    pub justified: String,
}

fn percent(field: &'static str, s: &str) -> Result<u8, Invalid> {
    s.trim()
        .parse::<u8>()
        .ok()
        .filter(|p| *p <= 100)
        .ok_or(Invalid::new(field, "course-error-percent"))
}

impl RuleFields {
    /// Every mistake at once; an empty level means none is asked.
    pub fn parse(&self) -> Result<Rule, Invalids> {
        let mut c = Checks::default();
        let min_attendance = c.check(percent("min_attendance", &self.min_attendance));
        let min_level = match self.min_level.trim() {
            "" => Some(None),
            s => c.check(
                Cefr::parse(s)
                    .map(Some)
                    .map_err(|_| Invalid::new("min_level", "error-cefr")),
            ),
        };
        let late = c.check(percent("late", &self.late));
        let justified = c.check(percent("justified", &self.justified));
        c.done()?;
        match (min_attendance, min_level, late, justified) {
            (Some(min_attendance), Some(min_level), Some(late), Some(justified)) => Ok(Rule {
                min_attendance,
                min_level,
                weights: Weights { late, justified },
            }),
            _ => Err(Invalid::new("min_attendance", "course-error-percent").into()),
        }
    }
}

impl Rule {
    /// The rule back to its form.
    pub fn fields(&self) -> RuleFields {
        RuleFields {
            min_attendance: self.min_attendance.to_string(),
            min_level: self
                .min_level
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
            late: self.weights.late.to_string(),
            justified: self.weights.justified.to_string(),
        }
    }

    /// Whether one enrolment is complete: attendance reached, and for the Italian course
    /// the level asked recorded by a test.
    pub fn completes(&self, subject: Subject, tally: &Tally, level: Option<Cefr>) -> bool {
        tally.meets(&self.weights, self.min_attendance)
            && (!subject.is_language() || self.level_reached(level))
    }

    fn level_reached(&self, level: Option<Cefr>) -> bool {
        self.min_level
            .is_none_or(|min| level.is_some_and(|l| l >= min))
    }

    /// Whether a participant with these enrolments is ready to depart: enrolled in at least
    /// one course, each completed, and — when a level is asked — an Italian course among
    /// them (the level is proven nowhere else).
    pub fn ready(&self, enrolments: &[(Subject, Tally, Option<Cefr>)]) -> bool {
        !enrolments.is_empty()
            && enrolments.iter().all(|(s, t, l)| self.completes(*s, t, *l))
            && (self.min_level.is_none() || enrolments.iter().any(|(s, _, _)| s.is_language()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Mark::*;

    fn t(planned: u32, marks: &[Mark]) -> Tally {
        Tally {
            planned,
            marks: marks.to_vec(),
        }
    }

    #[test]
    fn a_course_completes_with_attendance_and_for_italian_the_level() {
        let rule = Rule::default();
        let full = t(10, &[Present; 10]);
        let thin = t(10, &[Present; 7]);
        // (subject, tally, level, completes)
        let table: &[(Subject, &Tally, Option<Cefr>, bool)] = &[
            (Subject::Italian, &full, Some(Cefr::A1), true),
            (Subject::Italian, &full, Some(Cefr::B1), true),
            (Subject::Italian, &full, None, false),
            (Subject::Italian, &thin, Some(Cefr::A2), false),
            (Subject::Safety, &full, None, true),
            (Subject::Safety, &thin, None, false),
        ];
        for (s, tally, level, want) in table {
            assert_eq!(rule.completes(*s, tally, *level), *want, "{s:?} {level:?}");
        }
        let a2 = Rule {
            min_level: Some(Cefr::A2),
            ..rule
        };
        assert!(!a2.completes(Subject::Italian, &full, Some(Cefr::A1)));
        let no_level = Rule {
            min_level: None,
            ..rule
        };
        assert!(no_level.completes(Subject::Italian, &full, None));
    }

    #[test]
    fn readiness_needs_every_course_and_an_italian_one_when_a_level_is_asked() {
        let rule = Rule::default();
        let full = t(4, &[Present; 4]);
        let italian = (Subject::Italian, full.clone(), Some(Cefr::A1));
        let civic = (Subject::Civic, full.clone(), None);
        let civic_thin = (Subject::Civic, t(4, &[Absent; 2]), None);
        assert!(!rule.ready(&[]));
        assert!(rule.ready(std::slice::from_ref(&italian)));
        assert!(rule.ready(&[italian.clone(), civic.clone()]));
        assert!(!rule.ready(&[italian.clone(), civic_thin]));
        assert!(!rule.ready(std::slice::from_ref(&civic)));
        let no_level = Rule {
            min_level: None,
            ..rule
        };
        assert!(no_level.ready(&[civic]));
    }

    #[test]
    fn the_rule_form_names_every_mistake() {
        let ok = RuleFields {
            min_attendance: "80".into(),
            min_level: "a2".into(),
            late: "75".into(),
            justified: "100".into(),
        };
        let rule = ok.parse().unwrap();
        assert_eq!(rule.min_level, Some(Cefr::A2));
        assert_eq!(rule.weights.justified, 100);
        assert_eq!(rule.fields().parse().unwrap(), rule);
        let none = RuleFields {
            min_level: String::new(),
            ..ok.clone()
        };
        assert_eq!(none.parse().unwrap().min_level, None);
        let bad = RuleFields {
            min_attendance: "120".into(),
            min_level: "Z9".into(),
            late: "-1".into(),
            justified: "x".into(),
        };
        let fields: Vec<&str> = bad
            .parse()
            .unwrap_err()
            .all()
            .iter()
            .map(|i| i.field)
            .collect();
        assert_eq!(fields, ["min_attendance", "min_level", "late", "justified"]);
    }
}
