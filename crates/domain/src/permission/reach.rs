//! Reaches of non-coordinators that take more than a line: over applications, and over
//! the work after the return (mentorships and calls for proposals).

use super::{Actor, Permission, Scope};
use crate::Role;

impl Actor {
    /// Reach over the work after the return (issue 15) for a non-coordinator: a mentor the
    /// mentorships they hold (`Scope::Assigned`), staff the calls for proposals of their
    /// programmes (a panellist's appointment is checked by the use case), a participant
    /// their own mentorship and applications.
    pub(super) fn return_scope(&self, permission: Permission) -> Option<Scope> {
        use Permission as P;
        let participant_only = self.memberships.iter().all(|m| m.role == Role::Participant);
        match permission {
            P::ViewMentorships | P::MentorParticipants if participant_only => {
                Some(Scope::OwnAccount)
            }
            P::ViewMentorships | P::MentorParticipants => Some(Scope::Assigned),
            P::ViewGrantCalls
            | P::ApplyForGrants
            | P::CheckGrantApplications
            | P::ScoreGrantApplications
            | P::ManageGrants
            | P::ManageGrantCalls
                if participant_only =>
            {
                Some(Scope::OwnAccount)
            }
            P::ViewGrantCalls
            | P::CheckGrantApplications
            | P::ScoreGrantApplications
            | P::ManageGrants
            | P::ManageGrantCalls => {
                let mut programmes: Vec<String> = self
                    .memberships
                    .iter()
                    .flat_map(|m| m.programme_ids.iter().cloned())
                    .collect();
                programmes.sort();
                programmes.dedup();
                Some(Scope::Programmes(programmes))
            }
            _ => None,
        }
    }

    /// Reach over applications for a non-coordinator who holds a candidate permission:
    /// agencies their countries, evaluators their programmes, participants themselves.
    pub(super) fn candidate_scope(&self) -> Scope {
        let ids = |role: Role, programmes: bool| {
            let mut v: Vec<String> = self
                .memberships
                .iter()
                .filter(|m| m.role == role)
                .flat_map(|m| {
                    if programmes {
                        m.programme_ids.clone()
                    } else {
                        vec![m.organisation_id.clone()]
                    }
                })
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let agencies = ids(Role::AgencyStaff, false);
        if !agencies.is_empty() {
            return Scope::Residence(agencies);
        }
        let programmes = ids(Role::Evaluator, true);
        if self.memberships.iter().any(|m| m.role == Role::Evaluator) {
            return Scope::Programmes(programmes);
        }
        Scope::OwnAccount
    }
}
