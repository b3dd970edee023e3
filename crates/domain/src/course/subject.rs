//! What a pre-departure course teaches.

use crate::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// Italian language: the course whose tests record the CEFR level reached.
    Italian,
    /// Civic education.
    Civic,
    /// Workplace health and safety.
    Safety,
    /// A trainee's rights and duties.
    Rights,
}

impl Subject {
    pub const ALL: [Subject; 4] = [
        Subject::Italian,
        Subject::Civic,
        Subject::Safety,
        Subject::Rights,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Subject::Italian => "italian",
            Subject::Civic => "civic",
            Subject::Safety => "safety",
            Subject::Rights => "rights",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s.trim())
            .ok_or(Invalid::new("subject", "course-error-subject"))
    }

    /// Whether the completion rule's language level applies to this course.
    pub const fn is_language(self) -> bool {
        matches!(self, Subject::Italian)
    }
}

crate::stored::stored_as_str!(Subject);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_round_trip_and_only_italian_is_tested_for_a_level() {
        for s in Subject::ALL {
            assert_eq!(Subject::parse(s.as_str()), Ok(s));
        }
        assert!(Subject::parse("cooking").is_err());
        assert!(Subject::Italian.is_language());
        assert!(!Subject::Safety.is_language());
    }
}
