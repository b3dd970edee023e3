//! The traineeship of a case (DOMAIN.md §3 step 8): its months, the monthly reports of the
//! people who follow it, the allowance each month earns by the region's rule, incidents,
//! skills evaluations and the longest it may last. Pure: dates are passed in.

pub mod allowance;
pub mod duration;
pub mod evaluation;
pub mod incident;
pub mod report;

pub use allowance::{AllowanceRule, Below, Computed};
pub use report::{Month, ReportFields};
