//! Why a change was refused because of what already exists: a uniqueness rule or the state
//! of a workflow. One enum so callers branch on causes, not on strings, and each cause has
//! exactly one message.

/// A change refused by the current state of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conflict {
    /// Another account has this e-mail address.
    EmailTaken,
    /// Another programme has this short name.
    SlugTaken,
    /// Another territory has this name.
    TerritoryTaken,
    /// The person already holds this role in this organisation.
    MembershipExists,
    /// The person already applied to this call.
    AlreadyApplied,
    /// The application was sent and can no longer change.
    ApplicationSent,
    /// Some steps of the application are not complete.
    StepsIncomplete,
    /// The application is outside the acting organisation's countries.
    CandidateOutOfScope,
    /// The call has no lead partner to receive applications.
    NoLeadPartner,
    /// The call is not open for applications.
    CallClosed,
    /// The record was merged into another.
    CandidateMerged,
    /// The duplicate flag was decided already.
    DuplicateDecided,
    /// The record to keep is not one of the pair.
    DuplicateKeep,
    /// A placed record cannot be merged away.
    DuplicatePlaced,
    /// The application holds as many documents as it may.
    DocumentsQuota,
    /// The person has as many saved searches as they may.
    TooManySavedSearches,
    /// The spreadsheet was imported already.
    ImportDone,
    /// The call already has a criterion of this name.
    CriterionTaken,
    /// The criterion has scores and cannot be removed.
    CriterionScored,
    /// The matching run was approved already.
    RunApproved,
    /// The participant already has a placement.
    CandidatePlaced,
    /// The placement was answered already.
    PlacementAnswered,
    /// The candidate picked an interview slot already.
    InterviewPicked,
    /// The placement was declined: nothing more happens on it.
    PlacementDeclined,
    /// Only a declined placement can have its decline reversed.
    PlacementNotDeclined,
    /// Only draft positions can be edited.
    PositionNotEditable,
    /// The workflow step is not possible from the current status.
    Transition,
    /// A person cannot disable their own account.
    DisableSelf,
    /// Another request with the same idempotency key is being processed (or has just been).
    IdempotencyInProgress,
    /// A call's decisions are published with none staged (or a second publish found them
    /// already published).
    NothingStaged,
    /// A decision is reversed on an application that has no published decision.
    NotDecided,
    /// A matching run would propose to companies candidates whose shortlisting is staged
    /// but not yet published: the candidate would learn of it from a company.
    ShortlistUnpublished,
    /// A skill described in the candidate's words was mapped to ESCO already.
    FreeSkillMapped,
    /// The case moved meanwhile (someone else recorded a step): look again.
    CaseMoved,
    /// The case is closed (completed, interrupted, withdrawn): nothing more is recorded.
    CaseClosed,
    /// A template with this name and version is stored already.
    TemplateVersionTaken,
    /// A case holds as many open tasks as it may.
    TooManyTasks,
    /// The monthly report was submitted: it is read-only now.
    ReportSubmitted,
    /// The month's allowance was approved: its amount is locked.
    AllowanceLocked,
    /// The incident is closed, or cannot go back to that status.
    IncidentClosed,
    /// The grant application moved meanwhile (checked, scored, withdrawn): look again.
    GrantApplicationMoved,
    /// Someone submitted to the call: its published terms no longer change.
    GrantCallInUse,
    /// The call does not accept submissions (not open yet, past its closing day, or closed
    /// early).
    GrantCallClosed,
    /// The person applied to the call: they stay on its list.
    GrantEligibleApplied,
    /// The panellist already declared on this application (a declaration is final).
    AlreadyDeclared,
    /// The score was submitted: it does not change.
    ScoreSubmitted,
    /// The call's award was accepted: the proposal no longer changes.
    AwardAccepted,
    /// The panellist scored already: they stay on the panel.
    PanellistScored,
    /// The reporting period's report was submitted: its values are frozen.
    PeriodSubmitted,
}

impl Conflict {
    /// The Fluent message that explains the refusal.
    pub const fn key(self) -> &'static str {
        use Conflict::*;
        match self {
            EmailTaken => "error-email-taken",
            SlugTaken => "error-slug-taken",
            TerritoryTaken => "error-territory-taken",
            MembershipExists => "error-membership-exists",
            AlreadyApplied => "error-already-applied",
            ApplicationSent => "error-application-sent",
            StepsIncomplete => "error-steps-incomplete",
            CandidateOutOfScope => "error-candidate-out-of-scope",
            NoLeadPartner => "error-no-lead-partner",
            CallClosed => "error-call-closed",
            CandidateMerged => "error-candidate-merged",
            DuplicateDecided => "error-duplicate-decided",
            DuplicateKeep => "error-duplicate-keep",
            DuplicatePlaced => "error-duplicate-placed",
            DocumentsQuota => "error-documents-quota",
            TooManySavedSearches => "lists-error-too-many-searches",
            ImportDone => "error-import-done",
            CriterionTaken => "error-criterion-taken",
            CriterionScored => "error-criterion-scored",
            // No message of their own yet: the generic one says what happened.
            RunApproved | CandidatePlaced | PlacementAnswered => "error-conflict",
            InterviewPicked => "error-interview-picked",
            PlacementDeclined => "error-placement-declined",
            PlacementNotDeclined => "error-placement-not-declined",
            PositionNotEditable => "error-position-not-editable",
            Transition => "error-transition",
            DisableSelf => "error-cannot-disable-self",
            IdempotencyInProgress => "error-idempotency-in-progress",
            NothingStaged => "decisions-error-nothing-staged",
            NotDecided => "decisions-error-not-decided",
            ShortlistUnpublished => "error-shortlist-unpublished",
            FreeSkillMapped => "skills-error-already-mapped",
            CaseMoved => "case-error-moved",
            CaseClosed => "case-error-closed",
            TemplateVersionTaken => "procedure-error-version-taken",
            TooManyTasks => "case-error-too-many-tasks",
            ReportSubmitted => "traineeship-error-report-submitted",
            AllowanceLocked => "traineeship-error-allowance-locked",
            IncidentClosed => "traineeship-error-incident-closed",
            GrantApplicationMoved => "grant-error-moved",
            GrantCallInUse => "grant-error-call-in-use",
            GrantCallClosed => "grant-error-call-closed",
            GrantEligibleApplied => "grant-error-eligible-applied",
            AlreadyDeclared => "award-error-declared",
            ScoreSubmitted => "award-error-score-submitted",
            AwardAccepted => "award-error-accepted",
            PanellistScored => "award-error-panellist-scored",
            PeriodSubmitted => "results-error-period-submitted",
        }
    }
}
