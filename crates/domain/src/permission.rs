//! The one policy that decides who may do what, and over which records.
//!
//! Every route declares a [`Permission`]; [`Actor::can`] answers whether the signed-in person
//! holds it, and [`Actor::scope`] says which records their queries may reach. The storage
//! layer turns a [`Scope`] into a `WHERE` clause, so a query cannot forget it.

use serde::Serialize;

use crate::{OrganisationKind, Role};

mod reach;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// See the dashboard of one's own programmes.
    ViewDashboard,
    /// See the programmes one's organisations take part in.
    ViewProgrammes,
    /// Create and edit programmes and their territories.
    ManageProgrammes,
    /// See organisations (one's own; all of the programme for coordinators).
    ViewOrganisations,
    /// Create and edit organisations and their place in programmes.
    ManageOrganisations,
    /// See and manage user accounts and memberships.
    ManageUsers,
    /// Read the audit log and check its chain.
    ViewAudit,
    /// See host companies (one's own company; a territory's for promoters and business
    /// associations; the programme's for coordinators).
    ViewCompanies,
    /// Register companies and edit their profile and checklist.
    ManageCompanies,
    /// Run outreach: campaigns, contact log, pipeline stages.
    ManageOutreach,
    /// See traineeship positions.
    ViewPositions,
    /// Create and edit positions, submit or withdraw them.
    EditPositions,
    /// Check positions as promoter: approve, return, open, mark filled.
    ReviewPositions,
    /// Change the regional hosting rules.
    ManageRules,
    /// See applications (within the reach of [`Actor::scope`]; evaluators without names).
    ViewCandidates,
    /// Screen applications: change their status, override eligibility.
    ScreenCandidates,
    /// Read a candidate's decrypted passport number (each read is audited).
    ReadPassport,
    /// Assess applications: score them against the call's criteria, record interviews, see
    /// the call's ranking (evaluators without names).
    AssessCandidates,
    /// Publish and edit open calls.
    ManageCalls,
    /// Run matching for a call, lock and forbid pairs, approve a run.
    ManageMatching,
    /// See placements (a company: the proposals made to it).
    ViewPlacements,
    /// Answer a placement: interview, accept, decline.
    AnswerPlacements,
    /// See the art. 27 cases within reach (promoters their territory's companies, a company
    /// its own trainees, agencies their countries, a trainee their own).
    ViewCases,
    /// Work on a case: record facts, upload documents, move it as its template allows the
    /// person's role, add tasks.
    WorkCases,
    /// Import procedure templates and keep the holiday calendar.
    ManageProcedures,
    /// Give a case its people: the company's and the promoter's tutors, the mediator, the
    /// mentor (`domain::duty`).
    AssignCasePeople,
    /// Follow a traineeship within reach: file one's monthly reports, record incidents and
    /// skills evaluations, as the duty held on the case allows (`app::traineeships`).
    FollowTraineeships,
    /// Approve a month's attendance and so lock its allowance; mark it paid (the promoter).
    ApproveAllowances,
    /// Record and correct how a traineeship ended (`domain::outcome`), for the cases in
    /// reach.
    RecordOutcomes,
    /// See outcomes, follow-ups and the per-country figures of the cases in reach.
    ViewOutcomes,
    /// Record a follow-up after the traineeship (a mentor: only on the cases they are the
    /// mentor of, checked in `app::outcomes`).
    FollowUp,
    /// See the pre-departure courses run by one's organisation (coordinators: the
    /// programme's), their sessions, enrolments and attendance.
    ViewCourses,
    /// Run courses: sessions, enrolments, attendance, tests, certificates.
    RunCourses,
    /// See mentorships after the traineeship: a mentor their own mentees, the coordinator
    /// all, a participant their own (without the mentor's notes).
    ViewMentorships,
    /// Mentor: open a mentorship, log sessions, keep its action plan, flag a concern.
    MentorParticipants,
    /// See the calls for proposals of one's programmes (a participant: those they may
    /// apply to).
    ViewGrantCalls,
    /// Publish a call for proposals, keep its eligibility list (with recoveries), appoint
    /// its panel, adjust and accept its award.
    ManageGrantCalls,
    /// Apply to a call for proposals one is eligible for (one's own application only).
    ApplyForGrants,
    /// Check applications for eligibility and costs (budget lines, min/max).
    CheckGrantApplications,
    /// Score applications as a panellist (only on the calls one is appointed to, after
    /// declaring no conflict of interest).
    ScoreGrantApplications,
    /// Keep the grants: agreements, tranches, milestones, disbursements.
    ManageGrants,
    /// See the programme's results: the logframe's indicators, their provenance (records
    /// without identities for those who may not see them), the outcome table, the donor
    /// report and the IATI file.
    ViewResults,
    /// Keep the logframe: indicators, baselines and targets, manual values with evidence,
    /// reporting periods and their submission (which freezes their values).
    ManageResults,
}

impl Permission {
    pub const ALL: [Permission; 43] = [
        Permission::ViewDashboard,
        Permission::ViewProgrammes,
        Permission::ManageProgrammes,
        Permission::ViewOrganisations,
        Permission::ManageOrganisations,
        Permission::ManageUsers,
        Permission::ViewAudit,
        Permission::ViewCompanies,
        Permission::ManageCompanies,
        Permission::ManageOutreach,
        Permission::ViewPositions,
        Permission::EditPositions,
        Permission::ReviewPositions,
        Permission::ManageRules,
        Permission::ViewCandidates,
        Permission::ScreenCandidates,
        Permission::ReadPassport,
        Permission::AssessCandidates,
        Permission::ManageCalls,
        Permission::ManageMatching,
        Permission::ViewPlacements,
        Permission::AnswerPlacements,
        Permission::ViewCases,
        Permission::WorkCases,
        Permission::ManageProcedures,
        Permission::AssignCasePeople,
        Permission::FollowTraineeships,
        Permission::ApproveAllowances,
        Permission::RecordOutcomes,
        Permission::ViewOutcomes,
        Permission::FollowUp,
        Permission::ViewCourses,
        Permission::RunCourses,
        Permission::ViewMentorships,
        Permission::MentorParticipants,
        Permission::ViewGrantCalls,
        Permission::ManageGrantCalls,
        Permission::ApplyForGrants,
        Permission::CheckGrantApplications,
        Permission::ScoreGrantApplications,
        Permission::ManageGrants,
        Permission::ViewResults,
        Permission::ManageResults,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Permission::ViewDashboard => "view_dashboard",
            Permission::ViewProgrammes => "view_programmes",
            Permission::ManageProgrammes => "manage_programmes",
            Permission::ViewOrganisations => "view_organisations",
            Permission::ManageOrganisations => "manage_organisations",
            Permission::ManageUsers => "manage_users",
            Permission::ViewAudit => "view_audit",
            Permission::ViewCompanies => "view_companies",
            Permission::ManageCompanies => "manage_companies",
            Permission::ManageOutreach => "manage_outreach",
            Permission::ViewPositions => "view_positions",
            Permission::EditPositions => "edit_positions",
            Permission::ReviewPositions => "review_positions",
            Permission::ManageRules => "manage_rules",
            Permission::ViewCandidates => "view_candidates",
            Permission::ScreenCandidates => "screen_candidates",
            Permission::ReadPassport => "read_passport",
            Permission::AssessCandidates => "assess_candidates",
            Permission::ManageCalls => "manage_calls",
            Permission::ManageMatching => "manage_matching",
            Permission::ViewPlacements => "view_placements",
            Permission::AnswerPlacements => "answer_placements",
            Permission::ViewCases => "view_cases",
            Permission::WorkCases => "work_cases",
            Permission::ManageProcedures => "manage_procedures",
            Permission::AssignCasePeople => "assign_case_people",
            Permission::FollowTraineeships => "follow_traineeships",
            Permission::ApproveAllowances => "approve_allowances",
            Permission::RecordOutcomes => "record_outcomes",
            Permission::ViewOutcomes => "view_outcomes",
            Permission::FollowUp => "follow_up",
            Permission::ViewCourses => "view_courses",
            Permission::RunCourses => "run_courses",
            Permission::ViewMentorships => "view_mentorships",
            Permission::MentorParticipants => "mentor_participants",
            Permission::ViewGrantCalls => "view_grant_calls",
            Permission::ManageGrantCalls => "manage_grant_calls",
            Permission::ApplyForGrants => "apply_for_grants",
            Permission::CheckGrantApplications => "check_grant_applications",
            Permission::ScoreGrantApplications => "score_grant_applications",
            Permission::ManageGrants => "manage_grants",
            Permission::ViewResults => "view_results",
            Permission::ManageResults => "manage_results",
        }
    }
}

/// What a role may do, wherever it is held.
pub const fn role_grants(role: Role, permission: Permission) -> bool {
    use Permission as P;
    match role {
        Role::Admin => true,
        Role::Coordinator => !matches!(permission, P::ViewAudit),
        Role::BusinessStaff => matches!(
            permission,
            P::ViewDashboard
                | P::ViewProgrammes
                | P::ViewOrganisations
                | P::ViewCompanies
                | P::ManageCompanies
                | P::ManageOutreach
                | P::ViewPositions
                | P::ViewGrantCalls
                | P::ScoreGrantApplications
        ),
        Role::PromoterStaff => matches!(
            permission,
            P::ViewDashboard
                | P::ViewProgrammes
                | P::ViewOrganisations
                | P::ViewCompanies
                | P::ViewPositions
                | P::ReviewPositions
                | P::ViewPlacements
                | P::ViewCases
                | P::WorkCases
                | P::AssignCasePeople
                | P::FollowTraineeships
                | P::ApproveAllowances
                | P::RecordOutcomes
                | P::ViewOutcomes
                | P::ViewCourses
                | P::RunCourses
                | P::ViewGrantCalls
                | P::ScoreGrantApplications
        ),
        // A company manages its own profile, checklist and positions, and answers the
        // placements proposed to it.
        Role::Company => matches!(
            permission,
            P::ViewDashboard
                | P::ViewProgrammes
                | P::ViewOrganisations
                | P::ViewCompanies
                | P::ManageCompanies
                | P::ViewPositions
                | P::EditPositions
                | P::ViewPlacements
                | P::AnswerPlacements
                | P::ViewCases
                | P::WorkCases
                | P::FollowTraineeships
        ),
        // Agencies of the countries of origin screen the applications of their country.
        Role::AgencyStaff => matches!(
            permission,
            P::ViewDashboard
                | P::ViewProgrammes
                | P::ViewOrganisations
                | P::ViewCandidates
                | P::ScreenCandidates
                | P::ReadPassport
                | P::AssessCandidates
                | P::ViewCases
                | P::ViewOutcomes
                | P::ViewCourses
                | P::RunCourses
                | P::ViewGrantCalls
                | P::ScoreGrantApplications
        ),
        // Evaluators see and score applications without names (see
        // `Actor::sees_candidate_identity`); they do not decide. They see the calls for
        // proposals' figures, never an applicant.
        Role::Evaluator => matches!(
            permission,
            P::ViewDashboard
                | P::ViewProgrammes
                | P::ViewOrganisations
                | P::ViewCandidates
                | P::AssessCandidates
                | P::ViewGrantCalls
                | P::ViewResults
        ),
        // Participants see only their own application (see `Actor::scope`).
        Role::Participant => matches!(
            permission,
            P::ViewDashboard
                | P::ViewProgrammes
                | P::ViewOrganisations
                | P::ViewCandidates
                | P::ViewCases
                | P::WorkCases
                | P::ViewMentorships
                | P::ViewGrantCalls
                | P::ApplyForGrants
        ),
        // Mediators and NGO staff (mentors) see the cases of the participants they are
        // assigned to (`Scope::Assigned`), follow them up and mentor them afterwards, and
        // may sit on a call's panel; NGO staff also run pre-departure courses and support
        // the return: they check grant applications and keep the grants.
        Role::NgoStaff | Role::Mediator => {
            matches!(
                permission,
                P::ViewDashboard
                    | P::ViewProgrammes
                    | P::ViewOrganisations
                    | P::ViewCases
                    | P::FollowTraineeships
                    | P::ViewOutcomes
                    | P::FollowUp
                    | P::ViewMentorships
                    | P::MentorParticipants
                    | P::ViewGrantCalls
                    | P::ScoreGrantApplications
            ) || (matches!(role, Role::NgoStaff)
                && matches!(
                    permission,
                    P::ViewCourses | P::RunCourses | P::CheckGrantApplications | P::ManageGrants
                ))
        }
    }
}

/// One role held in one organisation, with the programmes that organisation is part of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub organisation_id: String,
    pub organisation_kind: OrganisationKind,
    pub role: Role,
    pub programme_ids: Vec<String>,
    /// The organisation's territory, for roles whose reach is territorial.
    pub territory_id: Option<String>,
}

/// The person behind a request, as the policy sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: String,
    pub memberships: Vec<Membership>,
}

/// Which records a query may reach. An out-of-scope record is answered exactly like a
/// missing one. Applications: origin agencies reach their organisations' countries of
/// residence (`Residence`), evaluators their programmes, participants their own
/// (`OwnAccount`), companies none (they meet a candidate through a proposed placement).
/// Cases: mediators and mentors only those they hold a duty in (`Assigned`: a duty is a
/// grant of reach, audited); a company its trainee's story only while the traineeship runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Everything in the installation.
    All,
    /// Everything belonging to these programmes.
    Programmes(Vec<String>),
    /// Only these organisations' own records.
    Organisations(Vec<String>),
    /// The records of organisations in these territories (promoters and business
    /// associations work for the companies of their city).
    Territories(Vec<String>),
    /// Nothing but the actor's own account (for applications: their own).
    OwnAccount,
    /// Applications of candidates residing in the countries of these organisations, within
    /// the programmes those organisations take part in (origin agencies).
    Residence(Vec<String>),
    /// The cases (and their participants) the actor is assigned to, as tutor, mediator or
    /// mentor (`case_people`).
    Assigned,
}

impl Actor {
    pub fn is_admin(&self) -> bool {
        self.memberships.iter().any(|m| m.role == Role::Admin)
    }

    pub fn can(&self, permission: Permission) -> bool {
        self.memberships
            .iter()
            .any(|m| role_grants(m.role, permission))
    }

    /// The roles held, strongest first, without repeats.
    pub fn roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.memberships.iter().map(|m| m.role).collect();
        roles.sort();
        roles.dedup();
        roles
    }

    /// True when `other` holds no permission this actor lacks: only then may this actor
    /// act on `other`'s account (disable it, change its roles), so nobody gains power
    /// over an account stronger than their own.
    pub fn holds_all_of(&self, other: &Actor) -> bool {
        Permission::ALL
            .into_iter()
            .all(|p| !other.can(p) || self.can(p))
    }

    pub fn primary_role(&self) -> Option<Role> {
        self.roles().into_iter().next()
    }

    /// The widest reach the actor has for `permission`; `None` when they lack it.
    ///
    /// Admins reach everything; coordinators reach the programmes their organisation leads or
    /// takes part in; everyone else reaches only their own organisations (and, for user
    /// accounts, only themselves).
    pub fn scope(&self, permission: Permission) -> Option<Scope> {
        if !self.can(permission) {
            return None;
        }
        if self.is_admin() {
            return Some(Scope::All);
        }
        let mut programmes: Vec<String> = self
            .memberships
            .iter()
            .filter(|m| m.role == Role::Coordinator)
            .flat_map(|m| m.programme_ids.iter().cloned())
            .collect();
        if !programmes.is_empty() {
            programmes.sort();
            programmes.dedup();
            return Some(Scope::Programmes(programmes));
        }
        if is_company_work(permission) {
            let mut territories: Vec<String> = self
                .memberships
                .iter()
                .filter(|m| matches!(m.role, Role::PromoterStaff | Role::BusinessStaff))
                .filter(|m| role_grants(m.role, permission))
                .filter_map(|m| m.territory_id.clone())
                .collect();
            if !territories.is_empty() {
                territories.sort();
                territories.dedup();
                return Some(Scope::Territories(territories));
            }
        }
        if permission == Permission::ManageUsers {
            return Some(Scope::OwnAccount);
        }
        if let Some(scope) = self.return_scope(permission) {
            return Some(scope);
        }
        if is_case_work(permission) {
            return Some(self.case_scope());
        }
        if matches!(
            permission,
            Permission::ViewCandidates
                | Permission::ScreenCandidates
                | Permission::ReadPassport
                | Permission::AssessCandidates
        ) {
            return Some(self.candidate_scope());
        }
        if matches!(
            permission,
            Permission::ViewProgrammes | Permission::ViewDashboard | Permission::ViewResults
        ) {
            let mut programmes: Vec<String> = self
                .memberships
                .iter()
                .flat_map(|m| m.programme_ids.iter().cloned())
                .collect();
            programmes.sort();
            programmes.dedup();
            return Some(Scope::Programmes(programmes));
        }
        let mut orgs: Vec<String> = self
            .memberships
            .iter()
            .map(|m| m.organisation_id.clone())
            .collect();
        orgs.sort();
        orgs.dedup();
        Some(Scope::Organisations(orgs))
    }
}

impl Actor {
    /// Reach over cases for someone who is neither coordinator nor promoter: agencies the
    /// trainees of their countries, a company its own trainees, mediators and mentors the
    /// cases they hold a duty in, a trainee their own case.
    fn case_scope(&self) -> Scope {
        let orgs = |role: Role| {
            let mut v: Vec<String> = self
                .memberships
                .iter()
                .filter(|m| m.role == role)
                .map(|m| m.organisation_id.clone())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let agencies = orgs(Role::AgencyStaff);
        if !agencies.is_empty() {
            return Scope::Residence(agencies);
        }
        let companies = orgs(Role::Company);
        if !companies.is_empty() {
            return Scope::Organisations(companies);
        }
        if self
            .memberships
            .iter()
            .any(|m| matches!(m.role, Role::Mediator | Role::NgoStaff))
        {
            return Scope::Assigned;
        }
        Scope::OwnAccount
    }

    /// Whether candidates' names, contacts and identity are shown to this person. Evaluators
    /// see applications without them.
    pub fn sees_candidate_identity(&self) -> bool {
        self.memberships.iter().any(|m| {
            matches!(
                m.role,
                Role::Admin | Role::Coordinator | Role::AgencyStaff | Role::Participant
            )
        })
    }
}

impl Actor {
    /// Whether this person may open a candidate's document of `kind` (the candidate being
    /// within their reach): whoever sees identities reads every kind; evaluators, who see no
    /// identity, only the documents about studies and skills (CV, diploma, language
    /// certificate), never a passport or residence certificate.
    pub fn may_read_document(&self, kind: crate::document::Kind) -> bool {
        self.sees_candidate_identity()
            || (kind.is_about_skills()
                && self.memberships.iter().any(|m| m.role == Role::Evaluator))
    }
}

/// Work on companies and positions, where promoters and business associations reach the
/// companies of their territory.
const fn is_company_work(p: Permission) -> bool {
    matches!(
        p,
        Permission::ViewCompanies
            | Permission::ManageCompanies
            | Permission::ManageOutreach
            | Permission::ViewPositions
            | Permission::ReviewPositions
            | Permission::ViewPlacements
            | Permission::ViewCases
            | Permission::WorkCases
            | Permission::AssignCasePeople
            | Permission::FollowTraineeships
            | Permission::ApproveAllowances
            | Permission::RecordOutcomes
            | Permission::ViewOutcomes
            | Permission::FollowUp
    )
}

/// Work reached through the cases (`Actor::case_scope` beyond coordinators and promoters).
const fn is_case_work(p: Permission) -> bool {
    matches!(
        p,
        Permission::ViewCases
            | Permission::WorkCases
            | Permission::AssignCasePeople
            | Permission::RecordOutcomes
            | Permission::ViewOutcomes
            | Permission::FollowUp
            | Permission::FollowTraineeships
            | Permission::ApproveAllowances
    )
}

#[cfg(test)]
mod tests;
