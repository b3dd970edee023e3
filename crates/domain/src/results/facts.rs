//! The anonymous facts the registry computes from: one row per person, per step a case
//! spent, per company and per person on a grant call's list, each with the dates that
//! decide when it starts to count. `db::results::facts` loads them in a few set-based
//! queries; nothing here names anyone.
//!
//! A person is a pseudonymous sequence number (`seq`), stable for a programme's records
//! (the order applications were created in), never a name, an id or an `MC-` reference:
//! the records behind a figure can be shown to an evaluator as they are. Only a reader who
//! may see identities has them looked up (`db::results::identities`).

use chrono::NaiveDate;

use crate::outcome::OutcomeKind;
use crate::outreach::Stage;

/// One person who applied to one of the programme's calls.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    pub seq: u32,
    /// Country of residence when they applied (`TN`, `MA`).
    pub country: String,
    /// The territory of origin, if recorded (its id).
    pub territory: Option<String>,
    /// Sex as recorded (`F`, `M`, `X`).
    pub sex: String,
    /// Age band at the programme's start, when the birth date is known.
    pub age_band: Option<String>,
    pub applied_on: Option<NaiveDate>,
    /// Shortlisted by the selection.
    pub selected_on: Option<NaiveDate>,
    /// A placement accepted by a host company (the case opened).
    pub placed_on: Option<NaiveDate>,
    /// The pre-departure course's certificate issued.
    pub course_completed_on: Option<NaiveDate>,
    pub traineeship_started_on: Option<NaiveDate>,
    /// The case reached its `completed` step.
    pub traineeship_completed_on: Option<NaiveDate>,
    pub outcome: Option<(OutcomeKind, NaiveDate)>,
    /// The days follow-ups were done on.
    pub follow_ups: Vec<NaiveDate>,
}

/// The days one person's case spent in one step of the procedure, known once it left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepSpent {
    /// The person (`Person::seq`).
    pub seq: u32,
    /// The step's code.
    pub step: String,
    /// The day the case entered the next step.
    pub left_on: NaiveDate,
    pub days: i64,
}

/// One company of the programme's pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    /// A sequence number of its own (companies in the order they were recorded).
    pub seq: u32,
    pub territory: Option<String>,
    /// The furthest stage it reached.
    pub stage: Stage,
    /// The first outreach contact; `None` for a company only identified.
    pub engaged_on: Option<NaiveDate>,
    /// The first traineeship begun with it.
    pub hosting_since: Option<NaiveDate>,
}

/// One person on a call for proposals' eligibility list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantPerson {
    /// The person (`Person::seq`), or a number past them for someone outside the calls.
    pub seq: u32,
    /// The country the list records for them.
    pub country: String,
    pub eligible_on: NaiveDate,
    /// Presented a project: submitted and not withdrawn (`grant::Status::presented`).
    pub presented_on: Option<NaiveDate>,
    /// Awarded: the day and the euro cents.
    pub awarded: Option<(NaiveDate, i64)>,
    /// Disbursements: the day and the euro cents.
    pub paid: Vec<(NaiveDate, i64)>,
}

/// Everything the registry reads for one programme.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facts {
    pub people: Vec<Person>,
    pub steps: Vec<StepSpent>,
    pub companies: Vec<Company>,
    pub grants: Vec<GrantPerson>,
}
