//! Calls for proposals after the return (issue 15, DOMAIN.md §3 step 10 and §6): the
//! coordinator publishes a call with its terms (`calls`) and puts people on its list
//! (`eligibles`: everyone who completed a traineeship of the programme, and people
//! recovered with a reason); the people on the list write their application, a draft that
//! saves as they go, and submit or withdraw it (`applications`); coordinator or NGO staff
//! check its eligibility and costs and the applicant is told by e-mail (`check`). The table
//! of DOMAIN.md §6 is counted from the records (`domain::grant::table`). The panel and the
//! award are `crate::awards`.
//!
//! Reach: `db::grants::Reach` from the person's scope for the permission at hand; a call or
//! an application beyond it is `NotFound`, like a missing one.

mod applications;
mod calls;
mod check;
pub mod documents;
mod eligibles;
mod mail;

use chrono::NaiveDate;
use domain::Permission;

pub use applications::{OwnApplication, OwnCall, apply_api, mine, own, save, submit, withdraw};
pub use calls::{CallView, Counts, close, create, list, programmes, update, view};
pub use check::{ApplicationView, applications, check, find, visible};
pub use db::grants::applications::{ApplicationRow, BudgetLine, Listed};
pub use db::grants::calls::{Call, CallRow};
pub use eligibles::{ListedPerson, add_completed, add_recovered, eligibles, remove};
pub use mail::checked_mail;

use crate::{Acting, AppResult, Clock};

/// The day in Italy (the programme's calendar: a call closes at the end of its last day
/// there).
pub(crate) fn today(clock: &dyn Clock) -> NaiveDate {
    domain::deadline::rome_today(clock.now().and_utc())
}

/// The person's reach over calls for `permission`.
pub(crate) fn reach(
    conn: &mut db::DbConn,
    who: &Acting,
    permission: Permission,
) -> AppResult<db::grants::Reach> {
    let scope = who.scope(permission)?;
    Ok(db::grants::Reach::of(conn, &scope, &who.actor.user_id)?)
}
