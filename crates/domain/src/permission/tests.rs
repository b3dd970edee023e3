//! The policy's tests: who may do what, and how far each reaches.

use super::*;

fn actor(role: Role, org: &str, programmes: &[&str]) -> Actor {
    Actor {
        user_id: "u1".into(),
        memberships: vec![Membership {
            organisation_id: org.into(),
            organisation_kind: OrganisationKind::LeadPartner,
            role,
            programme_ids: programmes.iter().map(|p| (*p).to_owned()).collect(),
            territory_id: Some("milano".into()),
        }],
    }
}

#[test]
fn only_admins_read_the_audit_log() {
    assert!(actor(Role::Admin, "o", &[]).can(Permission::ViewAudit));
    for role in Role::ALL.into_iter().filter(|r| *r != Role::Admin) {
        assert!(
            !actor(role, "o", &[]).can(Permission::ViewAudit),
            "{role:?}"
        );
    }
}

#[test]
fn coordinators_reach_their_programmes_and_others_their_organisation() {
    let c = actor(Role::Coordinator, "milano", &["p1"]);
    assert_eq!(
        c.scope(Permission::ViewOrganisations),
        Some(Scope::Programmes(vec!["p1".into()]))
    );
    let company = actor(Role::Company, "acme", &["p1"]);
    assert_eq!(
        company.scope(Permission::ViewOrganisations),
        Some(Scope::Organisations(vec!["acme".into()]))
    );
    assert_eq!(company.scope(Permission::ManageOrganisations), None);
    assert_eq!(
        actor(Role::Admin, "x", &[]).scope(Permission::ManageUsers),
        Some(Scope::All)
    );
}

#[test]
fn promoters_reach_the_companies_of_their_territory_and_companies_themselves() {
    let promoter = actor(Role::PromoterStaff, "afol", &["p1"]);
    assert_eq!(
        promoter.scope(Permission::ViewPositions),
        Some(Scope::Territories(vec!["milano".into()]))
    );
    assert!(promoter.can(Permission::ReviewPositions));
    assert!(!promoter.can(Permission::EditPositions));
    let company = actor(Role::Company, "acme", &["p1"]);
    assert_eq!(
        company.scope(Permission::ViewPositions),
        Some(Scope::Organisations(vec!["acme".into()]))
    );
    assert!(
        !company.can(Permission::ReviewPositions),
        "a company never approves its own positions"
    );
    assert!(!company.can(Permission::ManageOutreach));
    assert!(!actor(Role::AgencyStaff, "aneti", &["p1"]).can(Permission::ViewCompanies));
}

#[test]
fn candidates_are_reached_by_country_programme_or_self() {
    let agency = actor(Role::AgencyStaff, "aneti", &["p1"]);
    assert_eq!(
        agency.scope(Permission::ViewCandidates),
        Some(Scope::Residence(vec!["aneti".into()]))
    );
    assert!(agency.can(Permission::ReadPassport));
    assert!(!agency.can(Permission::ManageCalls));
    let evaluator = actor(Role::Evaluator, "cespi", &["p1"]);
    assert_eq!(
        evaluator.scope(Permission::ViewCandidates),
        Some(Scope::Programmes(vec!["p1".into()]))
    );
    assert!(!evaluator.sees_candidate_identity());
    assert!(!evaluator.can(Permission::ScreenCandidates));
    assert!(!evaluator.can(Permission::ReadPassport));
    assert!(evaluator.can(Permission::AssessCandidates));
    assert_eq!(
        evaluator.scope(Permission::AssessCandidates),
        Some(Scope::Programmes(vec!["p1".into()]))
    );
    assert_eq!(
        agency.scope(Permission::AssessCandidates),
        Some(Scope::Residence(vec!["aneti".into()]))
    );
    let participant = actor(Role::Participant, "milano", &["p1"]);
    assert_eq!(
        participant.scope(Permission::ViewCandidates),
        Some(Scope::OwnAccount)
    );
    assert!(participant.sees_candidate_identity());
    assert!(!participant.can(Permission::AssessCandidates));
    let company = actor(Role::Company, "acme", &["p1"]);
    assert_eq!(company.scope(Permission::ViewCandidates), None);
    let coordinator = actor(Role::Coordinator, "milano", &["p1"]);
    assert_eq!(
        coordinator.scope(Permission::ScreenCandidates),
        Some(Scope::Programmes(vec!["p1".into()]))
    );
    assert!(coordinator.can(Permission::ManageCalls));
}

#[test]
fn evaluators_read_skill_documents_but_no_identity_document() {
    use crate::document::Kind;
    let evaluator = actor(Role::Evaluator, "cespi", &["p1"]);
    assert!(evaluator.may_read_document(Kind::Cv));
    assert!(evaluator.may_read_document(Kind::LanguageCertificate));
    assert!(!evaluator.may_read_document(Kind::Passport));
    assert!(!evaluator.may_read_document(Kind::ResidenceCertificate));
    assert!(!evaluator.may_read_document(Kind::Other));
    for role in [Role::AgencyStaff, Role::Coordinator, Role::Participant] {
        assert!(actor(role, "o", &["p1"]).may_read_document(Kind::Passport));
    }
    assert!(!actor(Role::Company, "acme", &["p1"]).may_read_document(Kind::Cv));
}

#[test]
fn mediators_and_mentors_reach_only_the_cases_they_are_assigned_to() {
    for role in [Role::Mediator, Role::NgoStaff] {
        let a = actor(role, "ngo", &["p1"]);
        assert_eq!(a.scope(Permission::ViewCases), Some(Scope::Assigned));
        assert!(!a.can(Permission::WorkCases));
        assert!(!a.can(Permission::AssignCasePeople));
    }
    let promoter = actor(Role::PromoterStaff, "afol", &["p1"]);
    assert!(promoter.can(Permission::AssignCasePeople));
    assert!(!actor(Role::Company, "acme", &["p1"]).can(Permission::AssignCasePeople));
    assert_eq!(
        actor(Role::Participant, "me", &["p1"]).scope(Permission::ViewCases),
        Some(Scope::OwnAccount)
    );
}

#[test]
fn outcomes_are_reached_through_the_cases() {
    let mentor = actor(Role::NgoStaff, "ngo", &["p1"]);
    assert_eq!(mentor.scope(Permission::FollowUp), Some(Scope::Assigned));
    assert_eq!(
        mentor.scope(Permission::ViewOutcomes),
        Some(Scope::Assigned)
    );
    assert!(!mentor.can(Permission::RecordOutcomes));
    let promoter = actor(Role::PromoterStaff, "afol", &["p1"]);
    assert_eq!(
        promoter.scope(Permission::RecordOutcomes),
        Some(Scope::Territories(vec!["milano".into()]))
    );
    assert!(!promoter.can(Permission::FollowUp));
    let agency = actor(Role::AgencyStaff, "aneti", &["p1"]);
    assert_eq!(
        agency.scope(Permission::ViewOutcomes),
        Some(Scope::Residence(vec!["aneti".into()]))
    );
    for role in [Role::Company, Role::Participant, Role::Evaluator] {
        assert!(
            !actor(role, "o", &["p1"]).can(Permission::ViewOutcomes),
            "{role:?}"
        );
    }
}

#[test]
fn course_staff_reach_their_organisations_courses_and_coordinators_the_programmes() {
    for role in [Role::NgoStaff, Role::AgencyStaff, Role::PromoterStaff] {
        let a = actor(role, "ong", &["p1"]);
        assert!(a.can(Permission::RunCourses), "{role:?}");
        assert_eq!(
            a.scope(Permission::ViewCourses),
            Some(Scope::Organisations(vec!["ong".into()])),
            "{role:?}"
        );
    }
    assert_eq!(
        actor(Role::Coordinator, "lead", &["p1"]).scope(Permission::RunCourses),
        Some(Scope::Programmes(vec!["p1".into()]))
    );
    for role in [
        Role::Company,
        Role::Participant,
        Role::Evaluator,
        Role::Mediator,
    ] {
        assert!(
            !actor(role, "o", &["p1"]).can(Permission::ViewCourses),
            "{role:?}"
        );
    }
}

#[test]
fn a_person_without_membership_can_do_nothing() {
    let nobody = Actor {
        user_id: "u".into(),
        memberships: vec![],
    };
    for p in Permission::ALL {
        assert!(!nobody.can(p));
        assert_eq!(nobody.scope(p), None);
    }
}
