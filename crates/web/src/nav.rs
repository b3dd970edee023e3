//! The main menu, declared beside the routes it points at.
//!
//! Each entry names a GET route of [`crate::routes`], its Fluent label, and the roles whose
//! work it serves. A person sees an entry when they hold one of those roles *and* the route's
//! declared access admits them ([`Access::admits`], the route layer's own decision), so the
//! menu never offers a page that would refuse them.
//!
//! The roles narrow what the access alone would show: a route may admit people for whom its
//! page is not the way in. `/candidates` declares `ViewCandidates`, which a participant holds
//! (their reach is their own application, `Scope::OwnAccount`), but a participant follows
//! their applications on `/applications`, so the candidate list's entry leaves them out.
//! Tests hold both sides: every role listed is admitted by the route, and for every role
//! each entry shown opens.

use domain::Role;
use domain::permission::Actor;

use crate::pages;
use crate::routes::{Access, get_access};

/// One entry of the main menu.
#[derive(Debug, Clone, Copy)]
pub struct NavEntry {
    /// The GET route it opens, as declared in the route table.
    pub path: &'static str,
    /// Fluent key of its label.
    pub label: &'static str,
    /// The roles whose work it serves.
    pub roles: &'static [Role],
}

const EVERYONE: &[Role] = &Role::ALL;
/// Those who handle applications (a participant only has their own, on `/applications`).
const CANDIDATE_STAFF: &[Role] = &[
    Role::Admin,
    Role::Coordinator,
    Role::AgencyStaff,
    Role::Evaluator,
];
/// Those who work with host companies and their positions.
const COMPANY_WORK: &[Role] = &[
    Role::Admin,
    Role::Coordinator,
    Role::PromoterStaff,
    Role::BusinessStaff,
    Role::Company,
];

#[rustfmt::skip]
pub const ENTRIES: &[NavEntry] = &[
    NavEntry { path: "/",              label: "nav-dashboard",       roles: EVERYONE },
    NavEntry { path: "/programmes",    label: "nav-programmes",      roles: EVERYONE },
    NavEntry { path: "/organisations", label: "nav-organisations",   roles: EVERYONE },
    NavEntry { path: "/calls",         label: "nav-calls",           roles: CANDIDATE_STAFF },
    NavEntry { path: "/candidates",    label: "nav-candidates",      roles: CANDIDATE_STAFF },
    NavEntry { path: "/duplicates",    label: "nav-duplicates",      roles: &[Role::Admin, Role::Coordinator, Role::AgencyStaff] },
    NavEntry { path: "/applications",  label: "nav-my-applications", roles: &[Role::Participant] },
    NavEntry { path: "/companies",     label: "nav-companies",       roles: COMPANY_WORK },
    NavEntry { path: "/positions",     label: "nav-positions",       roles: COMPANY_WORK },
    NavEntry { path: "/outreach",      label: "nav-outreach",        roles: &[Role::Admin, Role::Coordinator, Role::BusinessStaff] },
    NavEntry { path: "/placements",    label: "nav-placements",      roles: &[Role::Admin, Role::Coordinator, Role::PromoterStaff, Role::Company] },
    NavEntry { path: "/cases",         label: "nav-cases",           roles: &[Role::Admin, Role::Coordinator, Role::PromoterStaff, Role::Company, Role::AgencyStaff] },
    NavEntry { path: "/cases/board",   label: "nav-cases-board",     roles: pages::cases::board::ROLES },
    NavEntry { path: "/cases/mine",    label: "nav-my-case",         roles: &[Role::Participant] },
    NavEntry { path: "/traineeships",  label: "nav-traineeships",    roles: &[Role::Admin, Role::Coordinator, Role::PromoterStaff, Role::Company, Role::Mediator, Role::NgoStaff] },
    NavEntry { path: "/outcomes",      label: "nav-outcomes",        roles: &[Role::Admin, Role::Coordinator, Role::PromoterStaff, Role::AgencyStaff] },
    NavEntry { path: "/courses",       label: "nav-courses",         roles: &[Role::Admin, Role::Coordinator, Role::NgoStaff, Role::AgencyStaff, Role::PromoterStaff] },
    NavEntry { path: "/my/courses",    label: "nav-my-courses",      roles: &[Role::Participant] },
    NavEntry { path: "/mentorships",   label: "nav-mentorships",     roles: &[Role::Admin, Role::Coordinator, Role::NgoStaff, Role::Mediator] },
    NavEntry { path: "/my/mentorship", label: "nav-my-mentorship",   roles: &[Role::Participant] },
    NavEntry { path: "/grant-calls",   label: "nav-grant-calls",     roles: &[Role::Admin, Role::Coordinator, Role::NgoStaff, Role::AgencyStaff, Role::PromoterStaff, Role::Mediator, Role::BusinessStaff, Role::Evaluator] },
    NavEntry { path: "/my/grants",     label: "nav-my-grants",       roles: &[Role::Participant] },
    NavEntry { path: "/grant-panels",  label: "nav-grant-panels",    roles: &[Role::Admin, Role::Coordinator, Role::AgencyStaff, Role::PromoterStaff, Role::BusinessStaff, Role::NgoStaff, Role::Mediator] },
    NavEntry { path: "/grants",        label: "nav-grants",          roles: &[Role::Admin, Role::Coordinator, Role::NgoStaff] },
    NavEntry { path: "/results",       label: "nav-results",         roles: &[Role::Admin, Role::Coordinator, Role::Evaluator] },
    NavEntry { path: "/my/funding",    label: "nav-my-funding",      roles: &[Role::Participant] },
    NavEntry { path: "/rules",         label: "nav-rules",           roles: &[Role::Admin, Role::Coordinator] },
    NavEntry { path: "/procedures",    label: "nav-procedures",      roles: &[Role::Admin, Role::Coordinator, Role::PromoterStaff] },
    NavEntry { path: "/users",         label: "nav-users",           roles: &[Role::Admin, Role::Coordinator] },
    NavEntry { path: "/audit",         label: "nav-audit",           roles: &[Role::Admin] },
    NavEntry { path: "/calendar",      label: "nav-calendar",        roles: &[Role::Admin, Role::Coordinator, Role::PromoterStaff, Role::Company, Role::AgencyStaff, Role::Participant] },
    NavEntry { path: "/account",       label: "nav-account",         roles: EVERYONE },
];

impl NavEntry {
    /// The access its route declares (`None` if the table has no such GET route, which a
    /// test rules out).
    pub fn access(&self) -> Option<Access> {
        get_access(self.path)
    }

    /// Whether `actor` sees this entry: it serves one of their roles and its route admits
    /// them.
    pub fn shown_to(&self, actor: &Actor) -> bool {
        let serves = actor.roles().iter().any(|r| self.roles.contains(r));
        serves && self.access().is_some_and(|a| a.admits(Some(actor)).is_ok())
    }
}

/// The entries `actor` sees, in menu order.
pub fn shown(actor: &Actor) -> impl Iterator<Item = &'static NavEntry> + '_ {
    ENTRIES.iter().filter(|e| e.shown_to(actor))
}

#[cfg(test)]
mod tests {
    use domain::permission::Membership;
    use domain::{OrganisationKind, Role};

    use super::*;

    fn holding(role: Role) -> Actor {
        Actor {
            user_id: "u".into(),
            memberships: vec![Membership {
                organisation_id: "o".into(),
                organisation_kind: OrganisationKind::LeadPartner,
                role,
                programme_ids: vec!["p".into()],
                territory_id: None,
            }],
        }
    }

    #[test]
    fn every_entry_opens_a_declared_get_route() {
        for e in ENTRIES {
            assert!(e.access().is_some(), "{} is not a GET route", e.path);
        }
    }

    /// A role listed for an entry whose route refuses it would be an entry nobody of that
    /// role ever sees: the declaration would say one thing and the menu another.
    #[test]
    fn every_role_an_entry_serves_is_admitted_by_its_route() {
        for e in ENTRIES {
            for &role in e.roles {
                assert!(
                    e.shown_to(&holding(role)),
                    "{} lists {role:?}, whose access its route refuses",
                    e.path
                );
            }
        }
    }
}
