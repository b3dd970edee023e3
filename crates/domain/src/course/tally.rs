//! One enrolment's attendance against the sessions planned.

use super::Weights;
use crate::Invalid;

/// A participant's attendance at one session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    Present,
    Late,
    /// Absent with a reason the course staff accepted.
    Justified,
    Absent,
}

impl Mark {
    pub const ALL: [Mark; 4] = [Mark::Present, Mark::Late, Mark::Justified, Mark::Absent];

    pub const fn as_str(self) -> &'static str {
        match self {
            Mark::Present => "present",
            Mark::Late => "late",
            Mark::Justified => "justified",
            Mark::Absent => "absent",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == s.trim())
            .ok_or(Invalid::new("mark", "course-error-mark"))
    }
}

crate::stored::stored_as_str!(Mark);

/// The marks of one enrolment (one per session marked) and the sessions planned in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Every session of the course, held or still to come.
    pub planned: u32,
    /// The marks taken so far, one per session marked for this participant.
    pub marks: Vec<Mark>,
}

impl Tally {
    /// Sessions marked for this participant ("held", as far as they are concerned).
    pub fn marked(&self) -> u32 {
        u32::try_from(self.marks.len()).unwrap_or(u32::MAX)
    }

    /// Sessions not yet marked: those still to come, and those held whose marks are missing.
    pub fn remaining(&self) -> u32 {
        self.planned.saturating_sub(self.marked())
    }

    /// The attendance earned, in hundredths of a session (a present counts 100).
    pub fn earned(&self, w: &Weights) -> u64 {
        self.marks.iter().map(|m| u64::from(w.of(*m))).sum()
    }

    /// The rate over the sessions marked, in per mille (`None` before any mark).
    pub fn so_far(&self, w: &Weights) -> Option<u32> {
        per_mille(self.earned(w), self.marked())
    }

    /// The rate over all planned sessions, in per mille (`None` when none is planned).
    pub fn of_planned(&self, w: &Weights) -> Option<u32> {
        per_mille(self.earned(w), self.planned)
    }

    /// Whether the attendance earned already reaches `min_percent` of all planned sessions.
    pub fn meets(&self, w: &Weights, min_percent: u8) -> bool {
        self.planned > 0 && self.earned(w) >= u64::from(min_percent) * u64::from(self.planned)
    }

    /// Whether `min_percent` of all planned sessions can no longer be reached even if the
    /// participant attends every session not yet marked: the early warning.
    pub fn out_of_reach(&self, w: &Weights, min_percent: u8) -> bool {
        let best = self.earned(w) + 100 * u64::from(self.remaining());
        self.planned > 0 && best < u64::from(min_percent) * u64::from(self.planned)
    }
}

fn per_mille(earned: u64, sessions: u32) -> Option<u32> {
    // earned is in hundredths of a session: ×10 / sessions is per mille.
    (sessions > 0).then(|| u32::try_from(earned * 10 / u64::from(sessions)).unwrap_or(u32::MAX))
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
    fn marks_round_trip() {
        for m in Mark::ALL {
            assert_eq!(Mark::parse(m.as_str()), Ok(m));
        }
        assert!(Mark::parse("sick").is_err());
    }

    #[test]
    fn both_rates_count_the_weights() {
        let w = Weights::default();
        // (planned, marks, so far ‰, of planned ‰)
        // (planned, marks, so far, of planned)
        type Row<'a> = (u32, &'a [Mark], Option<u32>, Option<u32>);
        let table: &[Row<'_>] = &[
            (10, &[], None, Some(0)),
            (0, &[], None, None),
            (10, &[Present, Present], Some(1000), Some(200)),
            (10, &[Present, Late], Some(875), Some(175)),
            (10, &[Present, Justified], Some(750), Some(150)),
            (10, &[Present, Absent], Some(500), Some(100)),
            (
                4,
                &[Present, Present, Present, Present],
                Some(1000),
                Some(1000),
            ),
            (3, &[Present, Late, Absent], Some(583), Some(583)),
        ];
        for (planned, marks, so_far, of_planned) in table {
            let tally = t(*planned, marks);
            assert_eq!(tally.so_far(&w), *so_far, "{marks:?}");
            assert_eq!(tally.of_planned(&w), *of_planned, "{marks:?}");
        }
    }

    #[test]
    fn the_warning_comes_as_soon_as_the_threshold_is_out_of_reach() {
        let w = Weights::default();
        // (planned, marks, threshold %, out of reach, already met)
        let table: &[(u32, &[Mark], u8, bool, bool)] = &[
            // Ten sessions at 80 %: two absences still leave exactly 80 %.
            (10, &[Absent, Absent], 80, false, false),
            // A third absence and 80 % can no longer be reached.
            (10, &[Absent, Absent, Absent], 80, true, false),
            // Two absences and a late arrival: 7.75 sessions at best.
            (10, &[Absent, Absent, Late], 80, true, false),
            // Justified absences weigh half: three of them leave 8.5 at best.
            (10, &[Justified, Justified, Justified], 80, false, false),
            (
                10,
                &[Justified, Justified, Justified, Justified, Justified],
                80,
                true,
                false,
            ),
            // Eight present of ten: met, whatever comes.
            (10, &[Present; 8], 80, false, true),
            (10, &[Present; 7], 80, false, false),
            // Nothing planned: never met, never flagged.
            (0, &[], 80, false, false),
            // A threshold of 0 % is met by any planned course.
            (5, &[Absent], 0, false, true),
        ];
        for (planned, marks, min, out, met) in table {
            let tally = t(*planned, marks);
            assert_eq!(tally.out_of_reach(&w, *min), *out, "{marks:?} at {min}%");
            assert_eq!(tally.meets(&w, *min), *met, "{marks:?} at {min}%");
        }
    }
}
