//! Coming back with a project (DOMAIN.md §3 step 10, §6): a programme's call for the
//! entrepreneurial and professional projects of its former trainees, open to those who
//! completed a traineeship and to people the programme recovers with a recorded reason.
//!
//! This module holds the words of such a call: what a project is ([`ProjectType`],
//! [`ProjectOrigin`]), why a person may apply ([`Basis`]), where an application stands
//! ([`Status`], a state machine), how shares of the fund are grouped ([`SharesBy`]), the
//! call's published terms ([`terms`]) and where a grant stands once awarded
//! ([`GrantState`]). Money is in integer cents of the call's
//! currency. Pure: dates are passed in.

pub mod application;
pub mod award;
pub mod document;
pub mod fields;
pub mod panel;
pub mod payment;
pub mod table;
pub mod terms;

use crate::stored::stored_as_str;

/// What the project is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProjectType {
    /// Starting or growing a business of one's own.
    Entrepreneurial,
    /// A professional step: training, certification, tools for a trade, a job search.
    Professional,
}

impl ProjectType {
    pub const ALL: [ProjectType; 2] = [ProjectType::Entrepreneurial, ProjectType::Professional];

    pub const fn as_str(self) -> &'static str {
        match self {
            ProjectType::Entrepreneurial => "entrepreneurial",
            ProjectType::Professional => "professional",
        }
    }

    pub fn parse(s: &str) -> Option<ProjectType> {
        ProjectType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Where the applicant is when they present the project (a row of DOMAIN.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProjectOrigin {
    /// Presented from Italy, by someone who stayed (extension, job contract).
    Italy,
    /// Presented from the country of origin, by someone who returned or never left.
    Home,
}

impl ProjectOrigin {
    pub const ALL: [ProjectOrigin; 2] = [ProjectOrigin::Italy, ProjectOrigin::Home];

    pub const fn as_str(self) -> &'static str {
        match self {
            ProjectOrigin::Italy => "italy",
            ProjectOrigin::Home => "home",
        }
    }

    pub fn parse(s: &str) -> Option<ProjectOrigin> {
        ProjectOrigin::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// Why a person is on a call's eligibility list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// They completed a traineeship of the programme.
    Completed,
    /// The programme explicitly recovers them (outside the trainees); the reason is kept.
    Recovered,
}

impl Basis {
    pub const ALL: [Basis; 2] = [Basis::Completed, Basis::Recovered];

    pub const fn as_str(self) -> &'static str {
        match self {
            Basis::Completed => "completed",
            Basis::Recovered => "recovered",
        }
    }

    pub fn parse(s: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

/// Where an application stands.
///
/// ```text
/// draft ─► submitted ─► eligible ─► scored ─► awarded
///   │          │    └─► ineligible     └────► not_awarded
///   └──────────┴──────────┴──────────┴──► withdrawn   (by the applicant, before the award)
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Being written by the applicant; saved as they go, seen by nobody else.
    Draft,
    /// Sent within the call's dates; waits for the eligibility and cost check.
    Submitted,
    /// Passed the eligibility and cost check: goes to the panel.
    Eligible,
    /// Failed the check; the reason is recorded and shown to the applicant.
    Ineligible,
    /// Scored by the panel: in the ranking.
    Scored,
    /// Given a grant by the accepted award.
    Awarded,
    /// Not given a grant by the accepted award (below threshold, or the fund ran out; the
    /// reserve list is kept with the award).
    NotAwarded,
    /// Withdrawn by the applicant.
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Submitted,
        Status::Eligible,
        Status::Ineligible,
        Status::Scored,
        Status::Awarded,
        Status::NotAwarded,
        Status::Withdrawn,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Eligible => "eligible",
            Status::Ineligible => "ineligible",
            Status::Scored => "scored",
            Status::Awarded => "awarded",
            Status::NotAwarded => "not_awarded",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether the workflow allows moving from `self` to `to`. A check may be corrected
    /// (eligible ⇄ ineligible) until the panel scored the application.
    pub const fn can_move_to(self, to: Status) -> bool {
        use Status as S;
        matches!(
            (self, to),
            (S::Draft, S::Submitted)
                | (S::Submitted, S::Eligible)
                | (S::Submitted, S::Ineligible)
                | (S::Eligible, S::Ineligible)
                | (S::Ineligible, S::Eligible)
                | (S::Eligible, S::Scored)
                | (S::Scored, S::Awarded)
                | (S::Scored, S::NotAwarded)
                | (S::Draft, S::Withdrawn)
                | (S::Submitted, S::Withdrawn)
                | (S::Eligible, S::Withdrawn)
                | (S::Scored, S::Withdrawn)
        )
    }

    /// Whether the applicant may still change what they wrote.
    pub const fn editable(self) -> bool {
        matches!(self, Status::Draft)
    }

    /// Whether it counts as "presented a project" in DOMAIN.md §6: it was submitted and not
    /// withdrawn.
    pub const fn presented(self) -> bool {
        !matches!(self, Status::Draft | Status::Withdrawn)
    }
}

/// How the call's optional shares of the fund are grouped: at most one grouping per call,
/// each group with a hard ceiling (`terms::Share`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SharesBy {
    /// No shares: the whole fund is one pot.
    None,
    /// A ceiling per applicant's country of origin (`TN`, `MA`).
    Country,
    /// A ceiling per project type (`entrepreneurial`, `professional`).
    ProjectType,
}

impl SharesBy {
    pub const ALL: [SharesBy; 3] = [SharesBy::None, SharesBy::Country, SharesBy::ProjectType];

    pub const fn as_str(self) -> &'static str {
        match self {
            SharesBy::None => "none",
            SharesBy::Country => "country",
            SharesBy::ProjectType => "project_type",
        }
    }

    pub fn parse(s: &str) -> Option<SharesBy> {
        SharesBy::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Where a grant stands once awarded.
///
/// ```text
/// awarded ─► agreed ─► completed
///    └─────────┴─────► cancelled
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GrantState {
    /// Given by the accepted award; the agreement is not signed yet.
    Awarded,
    /// The grant agreement is signed: tranches fall due against milestones.
    Agreed,
    /// Every tranche paid and the final milestone reported.
    Completed,
    /// Stopped (renounced, or the agreement broken); what was paid stays recorded.
    Cancelled,
}

impl GrantState {
    pub const ALL: [GrantState; 4] = [
        GrantState::Awarded,
        GrantState::Agreed,
        GrantState::Completed,
        GrantState::Cancelled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GrantState::Awarded => "awarded",
            GrantState::Agreed => "agreed",
            GrantState::Completed => "completed",
            GrantState::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<GrantState> {
        GrantState::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub const fn can_move_to(self, to: GrantState) -> bool {
        use GrantState as G;
        matches!(
            (self, to),
            (G::Awarded, G::Agreed)
                | (G::Agreed, G::Completed)
                | (G::Awarded, G::Cancelled)
                | (G::Agreed, G::Cancelled)
        )
    }
}

stored_as_str!(
    ProjectType,
    ProjectOrigin,
    Basis,
    Status,
    SharesBy,
    GrantState
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in ProjectType::ALL {
            assert_eq!(ProjectType::parse(t.as_str()), Some(t));
        }
        for o in ProjectOrigin::ALL {
            assert_eq!(ProjectOrigin::parse(o.as_str()), Some(o));
        }
        for b in Basis::ALL {
            assert_eq!(Basis::parse(b.as_str()), Some(b));
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for s in SharesBy::ALL {
            assert_eq!(SharesBy::parse(s.as_str()), Some(s));
        }
        for g in GrantState::ALL {
            assert_eq!(GrantState::parse(g.as_str()), Some(g));
            assert!(!g.can_move_to(g));
        }
        assert!(GrantState::Awarded.can_move_to(GrantState::Agreed));
        assert!(!GrantState::Completed.can_move_to(GrantState::Cancelled));
        assert_eq!(Status::parse("approved"), None);
    }

    #[test]
    fn the_workflow_moves_forward_only_where_drawn() {
        use Status as S;
        assert!(S::Draft.can_move_to(S::Submitted));
        assert!(S::Submitted.can_move_to(S::Eligible));
        assert!(S::Eligible.can_move_to(S::Ineligible));
        assert!(S::Scored.can_move_to(S::Awarded));
        assert!(!S::Draft.can_move_to(S::Eligible));
        assert!(!S::Ineligible.can_move_to(S::Scored));
        assert!(!S::Awarded.can_move_to(S::Withdrawn));
        assert!(!S::Withdrawn.can_move_to(S::Submitted));
        assert!(!S::Scored.can_move_to(S::Eligible));
        for s in S::ALL {
            assert!(!s.can_move_to(s), "{s} to itself");
        }
    }

    #[test]
    fn presented_means_submitted_and_not_withdrawn() {
        let presented: Vec<_> = Status::ALL.into_iter().filter(|s| s.presented()).collect();
        assert_eq!(
            presented,
            [
                Status::Submitted,
                Status::Eligible,
                Status::Ineligible,
                Status::Scored,
                Status::Awarded,
                Status::NotAwarded
            ]
        );
    }
}
