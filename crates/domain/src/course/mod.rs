//! Pre-departure courses (issue 14): what a course is about, how a participant's attendance
//! counts, and when a participant has completed it. Pure rules, on plain numbers; the
//! records live in `db::courses`, the use cases in `app::courses`.
//!
//! - [`Mark`]: a participant's attendance at one session, with a weight per programme
//!   ([`Weights`], data, in percent so that sums are exact).
//! - [`Tally`]: one enrolment's marks against the sessions planned: the rate "so far" (over
//!   the sessions marked) and "of all planned sessions", and the best rate still reachable
//!   if every session not yet marked is attended — below the rule's threshold, the
//!   enrolment is flagged early ([`Tally::out_of_reach`]).
//! - [`Rule`]: a programme's completion rule (attendance threshold of all planned sessions,
//!   the Italian level to reach), editable by the coordinator.

mod rule;
mod subject;
mod tally;
mod verify;

pub use rule::{Rule, RuleFields, Weights};
pub use subject::Subject;
pub use tally::{Mark, Tally};
pub use verify::{code_is_well_formed, format_code, verify_limit};
