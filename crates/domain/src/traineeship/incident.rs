//! An incident during a traineeship (an accident, a conflict, an absence without word): its
//! severity, the account that owns it, and its status, followed until closed with a note.

use crate::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Low, Severity::Medium, Severity::High];

    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    InProgress,
    Closed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Open, Status::InProgress, Status::Closed];

    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Whether an incident may move from `self` to `to`: forward only, and a closed one
    /// stays closed.
    pub fn may_become(self, to: Status) -> bool {
        matches!(
            (self, to),
            (Status::Open, Status::InProgress | Status::Closed)
                | (Status::InProgress, Status::Closed)
        )
    }
}

/// The longest title, description or closing note, in characters.
pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 4000;

/// A closing note is what says how it ended: required to close.
pub fn closing_note(to: Status, note: &str) -> Result<String, Invalid> {
    let note = crate::bounds::text("note", note, TEXT_MAX)?;
    if to == Status::Closed && note.trim().is_empty() {
        return Err(Invalid::new("note", "traineeship-error-closing-note"));
    }
    Ok(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incidents_move_forward_and_close_with_a_note() {
        assert!(Status::Open.may_become(Status::InProgress));
        assert!(Status::Open.may_become(Status::Closed));
        assert!(Status::InProgress.may_become(Status::Closed));
        assert!(!Status::Closed.may_become(Status::Open));
        assert!(!Status::InProgress.may_become(Status::Open));
        assert!(closing_note(Status::Closed, " ").is_err());
        assert!(closing_note(Status::InProgress, "").is_ok());
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for s in Severity::ALL {
            assert_eq!(Severity::parse(s.as_str()), Some(s));
        }
    }
}
