//! Skills evaluations, mid-term and final, against the training project's objectives: the
//! skills the position requires and those it desires (the training project prints both),
//! one level per objective and a note.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    MidTerm,
    Final,
}

impl Stage {
    pub const ALL: [Stage; 2] = [Stage::MidTerm, Stage::Final];

    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::MidTerm => "mid_term",
            Stage::Final => "final",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// How far an objective is met: 1 not yet, 2 partly, 3 met, 4 beyond.
pub const LEVELS: std::ops::RangeInclusive<i64> = 1..=4;

/// The longest note, in characters.
pub const NOTE_MAX: usize = 2000;

/// The most objectives one evaluation holds.
pub const MAX_OBJECTIVES: usize = 40;

/// The objectives of a training project: the required skills, then the desired ones, each
/// listed once, as the position's texts separate them (commas, semicolons, new lines).
pub fn objectives(required: &str, desired: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in [required, desired] {
        for item in text.split([',', ';', '\n']) {
            let item = item.trim().trim_start_matches(['-', '*', '•']).trim();
            if item.is_empty() || out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
                continue;
            }
            if out.len() < MAX_OBJECTIVES {
                out.push(item.chars().take(200).collect());
            }
        }
    }
    out
}

/// A level as typed.
pub fn level(s: &str) -> Result<i64, crate::Invalid> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|l| LEVELS.contains(l))
        .ok_or(crate::Invalid::new("level", "traineeship-error-level"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objectives_are_the_required_then_the_desired_skills_once_each() {
        assert_eq!(
            objectives("Excel, SQL di base", "SQL di base; inglese\n- teamwork"),
            ["Excel", "SQL di base", "inglese", "teamwork"]
        );
        assert!(objectives("", " , ").is_empty());
    }

    #[test]
    fn levels_run_from_one_to_four() {
        assert_eq!(level("3"), Ok(3));
        assert!(level("0").is_err());
        assert!(level("5").is_err());
        assert!(level("x").is_err());
    }
}
