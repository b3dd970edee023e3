//! Table definitions shared by both backends. Written by hand to match
//! `migrations/{sqlite,postgres}`; `tests/storage/schema.rs` proves the two folders agree.
//!
//! The tables are in one file per area of work; the joins and the tables that may meet
//! in one query are declared here, where every table is in scope.

mod access;
mod applications;
mod content;
// The file is named for its area; the module is not, as a table of that name lives in it.
#[path = "grant_documents.rs"]
mod grant_document_tables;
mod grant_panel;
mod grant_payments;
mod grants;
mod iati;
// Named apart from its `courses` table, which would otherwise clash with the module.
#[path = "courses.rs"]
mod course_tables;
mod matching;
// The file is named for its area; the module is not, as a table of that name lives in it.
#[path = "mentorships.rs"]
mod mentorship_tables;
mod messages;
// The file is named for its area; the module may not share its name with the table.
#[path = "outcomes.rs"]
mod outcome_tables;
mod partnership;
mod procedure;
// The file is named for its area; the module is not, as tables of that area live in it.
#[path = "results.rs"]
mod results_tables;
mod selection;
mod taxonomy;
// The file is named for its area; the module is not, as a table of that name lives in it.
#[path = "traineeships.rs"]
mod traineeship_tables;

pub use access::*;
pub use applications::*;
pub use content::*;
pub use course_tables::*;
pub use grant_document_tables::*;
pub use grant_panel::*;
pub use grant_payments::*;
pub use grants::*;
pub use iati::*;
pub use matching::*;
pub use mentorship_tables::*;
pub use messages::*;
pub use outcome_tables::*;
pub use partnership::*;
pub use procedure::*;
pub use results_tables::*;
pub use selection::*;
pub use taxonomy::*;
pub use traineeship_tables::*;

diesel::joinable!(territories -> programmes (programme_id));
diesel::joinable!(calls -> programmes (programme_id));
diesel::joinable!(candidates -> calls (call_id));
diesel::joinable!(candidate_profiles -> candidates (candidate_id));
diesel::joinable!(candidate_events -> candidates (candidate_id));
diesel::joinable!(organisations -> territories (territory_id));
diesel::joinable!(programme_organisations -> programmes (programme_id));
diesel::joinable!(programme_organisations -> organisations (organisation_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> organisations (organisation_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));

diesel::joinable!(companies -> organisations (organisation_id));
diesel::joinable!(positions -> organisations (company_id));
diesel::joinable!(outreach_contacts -> organisations (company_id));
diesel::joinable!(outreach_contacts -> campaigns (campaign_id));

diesel::allow_tables_to_appear_in_same_query!(
    programmes,
    territories,
    organisations,
    programme_organisations,
    users,
    memberships,
    sessions,
    api_tokens,
    password_resets,
    sign_ups,
    sign_in_throttle,
    login_attempts,
    audit_log,
    regional_rules,
    companies,
    positions,
    content_versions,
    campaigns,
    outreach_contacts,
    invitations,
    import_batches,
    matching_runs,
    match_constraints,
    placements,
    calls,
    candidates,
    candidate_profiles,
    candidate_events,
    rankings,
    selection_criteria,
    selection_scores,
    interviews,
    outbox,
    esco_isco_groups,
    esco_occupations,
    esco_skills,
    esco_skill_groups,
    esco_skill_collections,
    candidate_documents,
    duplicate_flags,
    candidate_esco,
    candidate_terms,
    saved_searches,
    staged_decisions,
    interview_slots,
    esco_labels,
    esco_terms,
    candidate_free_skills,
    procedure_templates,
    holidays,
    cases,
    case_steps,
    case_facts,
    case_documents,
    case_tasks,
    case_papers,
    calendar_feeds,
    case_escalations,
    case_people,
    traineeships,
    traineeship_reports,
    traineeship_allowances,
    traineeship_incidents,
    traineeship_evaluations,
    traineeship_evaluation_levels,
    outcomes,
    follow_ups,
    courses,
    course_sessions,
    course_enrolments,
    course_attendance,
    course_tests,
    course_rules,
    course_certificates,
    grant_calls,
    grant_criteria,
    grant_shares,
    grant_eligibles,
    grant_applications,
    grant_budget_lines,
    grant_awards,
    mentorships,
    mentorship_sessions,
    mentorship_items,
    mentorship_concerns,
    grant_panellists,
    grant_reviews,
    grant_marks,
    grant_adjustments,
    grant_acceptances,
    grant_reserves,
    grant_tranches,
    grant_reports,
    grant_disbursements,
    grant_changes,
    grant_documents,
    results_nodes,
    results_indicators,
    results_periods,
    results_snapshots,
    results_manual_values,
    results_evidence,
);

diesel::joinable!(candidate_documents -> candidates (candidate_id));

diesel::joinable!(staged_decisions -> candidates (candidate_id));

diesel::joinable!(candidate_free_skills -> candidates (candidate_id));

diesel::joinable!(cases -> candidates (candidate_id));
diesel::joinable!(cases -> procedure_templates (template_id));
diesel::joinable!(case_steps -> cases (case_id));
diesel::joinable!(case_facts -> cases (case_id));
diesel::joinable!(case_documents -> cases (case_id));
diesel::joinable!(case_tasks -> cases (case_id));
diesel::joinable!(case_escalations -> cases (case_id));
diesel::joinable!(case_people -> cases (case_id));
diesel::joinable!(outcomes -> cases (case_id));
diesel::joinable!(follow_ups -> cases (case_id));
diesel::joinable!(course_sessions -> courses (course_id));
diesel::joinable!(course_enrolments -> courses (course_id));
diesel::joinable!(course_enrolments -> cases (case_id));
diesel::joinable!(course_attendance -> course_sessions (session_id));
diesel::joinable!(course_attendance -> course_enrolments (enrolment_id));
diesel::joinable!(course_tests -> course_enrolments (enrolment_id));
diesel::joinable!(course_certificates -> course_enrolments (enrolment_id));

diesel::joinable!(grant_calls -> programmes (programme_id));
diesel::joinable!(grant_criteria -> grant_calls (call_id));
diesel::joinable!(grant_shares -> grant_calls (call_id));
diesel::joinable!(grant_eligibles -> grant_calls (call_id));
diesel::joinable!(grant_eligibles -> candidates (candidate_id));
diesel::joinable!(grant_applications -> grant_calls (call_id));
diesel::joinable!(grant_applications -> candidates (candidate_id));
diesel::joinable!(grant_budget_lines -> grant_applications (application_id));
diesel::joinable!(grant_awards -> grant_applications (application_id));
diesel::joinable!(grant_panellists -> grant_calls (call_id));
diesel::joinable!(grant_panellists -> users (user_id));
diesel::joinable!(grant_reviews -> grant_applications (application_id));
diesel::joinable!(grant_reviews -> users (user_id));
diesel::joinable!(grant_adjustments -> grant_applications (application_id));
diesel::joinable!(grant_reserves -> grant_applications (application_id));
diesel::joinable!(grant_documents -> grant_applications (application_id));

diesel::joinable!(mentorships -> programmes (programme_id));
diesel::joinable!(mentorships -> candidates (candidate_id));
diesel::joinable!(mentorships -> users (mentor_id));
diesel::joinable!(mentorships -> organisations (organisation_id));
diesel::joinable!(mentorship_sessions -> mentorships (mentorship_id));
diesel::joinable!(mentorship_items -> mentorships (mentorship_id));
diesel::joinable!(mentorship_concerns -> mentorships (mentorship_id));
diesel::joinable!(grant_awards -> grant_calls (call_id));
diesel::joinable!(grant_tranches -> grant_awards (application_id));
diesel::joinable!(grant_reports -> grant_awards (application_id));
diesel::joinable!(grant_disbursements -> grant_tranches (tranche_id));
diesel::joinable!(grant_changes -> grant_awards (application_id));

diesel::allow_tables_to_appear_in_same_query!(digests, users);
diesel::allow_tables_to_appear_in_same_query!(digest_opt_outs, users);
diesel::allow_columns_to_appear_in_same_group_by_clause!(cases::country, outcomes::kind);
