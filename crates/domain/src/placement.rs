//! Placements: an approved match proposed to a company, which interviews the candidate and
//! accepts or declines. A decline forbids the pair in later matching runs.

use serde::{Deserialize, Serialize};

use crate::{Invalid, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementStatus {
    Proposed,
    Interview,
    Accepted,
    Declined,
}

impl PlacementStatus {
    pub const ALL: [PlacementStatus; 4] = [
        PlacementStatus::Proposed,
        PlacementStatus::Interview,
        PlacementStatus::Accepted,
        PlacementStatus::Declined,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PlacementStatus::Proposed => "proposed",
            PlacementStatus::Interview => "interview",
            PlacementStatus::Accepted => "accepted",
            PlacementStatus::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(Invalid::new("status", "error-placement-status"))
    }

    /// A placement that still holds the candidate and the place.
    pub const fn is_active(self) -> bool {
        !matches!(self, PlacementStatus::Declined)
    }

    /// Where the company (or the coordinator) may take a placement from here.
    pub fn can_move_to(self, to: PlacementStatus) -> bool {
        use PlacementStatus as S;
        matches!(
            (self, to),
            (S::Proposed, S::Interview)
                | (S::Proposed | S::Interview, S::Accepted)
                | (S::Proposed | S::Interview, S::Declined)
        )
    }

    /// Companies answer proposals made to them; coordinators may record an answer for them.
    pub const fn answered_by(role: Role) -> bool {
        matches!(role, Role::Company | Role::Coordinator | Role::Admin)
    }
}

crate::stored::stored_as_str!(PlacementStatus);

/// The longest reason for a decline or for reversing one, in characters.
pub const REASON_MAX: usize = 2000;

/// The reason a decline (or its reversal) must give: required, refused when too long
/// (never cut). `field` is the form field it came from.
pub fn parse_reason(field: &'static str, s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new(field, "error-reason-required"));
    }
    if s.chars().count() > REASON_MAX {
        return Err(Invalid::new(field, "error-reason-too-long"));
    }
    Ok(s.to_owned())
}

/// Whether a company sees the candidate's name on a placement proposed to it: only once the
/// candidate has booked an interview (the interviewer must know whom they meet). Before
/// that it judges the anonymised profile; contacts and documents it never sees.
pub const fn company_sees_name(interview_booked: bool) -> bool {
    interview_booked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_is_interviewed_then_accepted_or_declined_once() {
        use PlacementStatus as S;
        assert!(S::Proposed.can_move_to(S::Interview));
        assert!(S::Interview.can_move_to(S::Accepted));
        assert!(S::Proposed.can_move_to(S::Declined));
        assert!(
            !S::Accepted.can_move_to(S::Declined),
            "an acceptance is final"
        );
        assert!(!S::Declined.can_move_to(S::Accepted));
        assert!(!S::Declined.is_active() && S::Accepted.is_active());
        assert!(parse_reason("reason", "  ").is_err());
        assert_eq!(parse_reason("reason", " too far ").unwrap(), "too far");
        assert!(parse_reason("reason", &"x".repeat(REASON_MAX + 1)).is_err());
        assert!(!company_sees_name(false) && company_sees_name(true));
        assert!(
            PlacementStatus::answered_by(Role::Company)
                && !PlacementStatus::answered_by(Role::AgencyStaff)
        );
    }
}
