//! The people a participant is given for the traineeship and after it: a tutor at the host
//! company, a tutor at the promoter, a cultural mediator, and a mentor for the return. Each
//! is one account per case; who may hold a duty follows from the roles of DOMAIN.md §3.

use crate::Role;

/// A duty someone holds towards one participant's case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Duty {
    /// The host company's tutor: keeps the attendance register, files monthly reports.
    CompanyTutor,
    /// The promoter's tutor: files monthly reports, approves attendance and allowances.
    PromoterTutor,
    /// The cultural mediator for the trainee and the company.
    Mediator,
    /// The mentor after the traineeship: follow-ups, mentoring, the return call.
    Mentor,
}

impl Duty {
    pub const ALL: [Duty; 4] = [
        Duty::CompanyTutor,
        Duty::PromoterTutor,
        Duty::Mediator,
        Duty::Mentor,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Duty::CompanyTutor => "company_tutor",
            Duty::PromoterTutor => "promoter_tutor",
            Duty::Mediator => "mediator",
            Duty::Mentor => "mentor",
        }
    }

    pub fn parse(s: &str) -> Option<Duty> {
        Duty::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Whether someone holding `role` may be given this duty. A company tutor must also be
    /// a member of the host company (checked where the case is known).
    pub const fn held_by(self, role: Role) -> bool {
        match self {
            Duty::CompanyTutor => matches!(role, Role::Company),
            Duty::PromoterTutor => matches!(role, Role::PromoterStaff | Role::Coordinator),
            Duty::Mediator | Duty::Mentor => matches!(role, Role::Mediator | Role::NgoStaff),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for d in Duty::ALL {
            assert_eq!(Duty::parse(d.as_str()), Some(d));
        }
        assert_eq!(Duty::parse("boss"), None);
    }

    #[test]
    fn holders_follow_the_roles() {
        assert!(Duty::CompanyTutor.held_by(Role::Company));
        assert!(!Duty::CompanyTutor.held_by(Role::PromoterStaff));
        assert!(Duty::PromoterTutor.held_by(Role::PromoterStaff));
        assert!(Duty::Mentor.held_by(Role::NgoStaff));
        assert!(Duty::Mediator.held_by(Role::Mediator));
        assert!(!Duty::Mentor.held_by(Role::Participant));
        assert!(!Duty::Mediator.held_by(Role::Evaluator));
    }
}
