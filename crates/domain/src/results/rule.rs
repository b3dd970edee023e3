//! The codes of the registry's computed indicators. A code is stored with a logframe's
//! indicator (`Source::Computed`) and read by the charts, so it never changes once used;
//! what each one counts is documented, computed and tested in `registry`.

/// Applications submitted to the programme's calls.
pub const APPLICATIONS: &str = "applications";
/// Candidates selected.
pub const SELECTED: &str = "selected";
/// Trainees placed: placements accepted by the host company.
pub const PLACED: &str = "placed";
/// Pre-departure courses completed by the course's rule.
pub const COURSES_COMPLETED: &str = "courses_completed";
/// Traineeships begun in Italy.
pub const TRAINEESHIPS_STARTED: &str = "traineeships_started";
/// Traineeships completed (six months).
pub const TRAINEESHIPS_COMPLETED: &str = "traineeships_completed";
/// Outcomes recorded as in Italy at the end (an extension or a job contract).
pub const IN_ITALY: &str = "in_italy";
/// Outcomes recorded as returned home.
pub const RETURNED_HOME: &str = "returned_home";
/// Follow-ups recorded after the outcome.
pub const FOLLOW_UPS: &str = "follow_ups";
/// Mean days per step of the art. 27 procedure (broken down by `Dimension::Step`).
pub const PROCEDURE_DAYS: &str = "procedure_days";
/// Companies engaged, by stage of the pipeline (`Dimension::Stage`): a company counts in
/// the furthest stage it reached.
pub const COMPANIES_ENGAGED: &str = "companies_engaged";
/// Host companies: companies with a traineeship begun.
pub const HOST_COMPANIES: &str = "host_companies";
/// People on a call for proposals' eligibility list.
pub const GRANT_ELIGIBLE: &str = "grant_eligible";
/// Proposals presented (submitted and not withdrawn).
pub const GRANT_PRESENTED: &str = "grant_presented";
/// Projects awarded a grant.
pub const GRANTS_AWARDED: &str = "grants_awarded";
/// Euros awarded.
pub const GRANT_EUROS_AWARDED: &str = "grant_euros_awarded";
/// Euros paid out to grantees.
pub const GRANT_EUROS_PAID: &str = "grant_euros_paid";

/// The funnel from applications to completed traineeships, in order (the funnel chart).
pub const FUNNEL: [&str; 6] = [
    APPLICATIONS,
    SELECTED,
    PLACED,
    COURSES_COMPLETED,
    TRAINEESHIPS_STARTED,
    TRAINEESHIPS_COMPLETED,
];
