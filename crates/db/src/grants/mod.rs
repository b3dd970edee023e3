//! Calls for proposals after the return (issue 15): the call and its published terms
//! (`calls`), who may apply and why (`eligibles`), the applications with their budget
//! lines (`applications`), the grants of an accepted award (`awards`). A query reaches records through a [`Reach`]: staff the calls
//! of their programmes, a participant only the calls they are eligible for and their own
//! applications. Writes are audited against the call or the application, never the person.

pub mod applications;
pub mod awards;
pub mod calls;
pub mod documents;
pub mod eligibles;
pub mod payments;
pub mod people;

use diesel::prelude::*;
use domain::permission::Scope;

use crate::schema::candidates;
use crate::{DbConn, DbResult};

/// The most records a list answers (a call has tens of applications, not thousands).
pub const MAX_LIST: i64 = 2000;

/// Which calls and applications a query may reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    All,
    /// The calls of these programmes and everything in them.
    Programmes(Vec<String>),
    /// A participant: the calls on whose eligibility list one of their candidate records
    /// stands, and only their own applications. Holds those candidate ids.
    Own(Vec<String>),
}

impl Reach {
    /// The reach of `user_id` acting under `scope` (from `Actor::scope`).
    pub fn of(conn: &mut DbConn, scope: &Scope, user_id: &str) -> DbResult<Reach> {
        Ok(match scope {
            Scope::All => Reach::All,
            Scope::OwnAccount => Reach::Own(
                candidates::table
                    .filter(candidates::user_id.eq(user_id))
                    .select(candidates::id)
                    .load(conn)?,
            ),
            other => match crate::scope::programme_ids(conn, other)? {
                None => Reach::All,
                Some(ps) => Reach::Programmes(ps),
            },
        })
    }

    /// The applicant's own candidate ids, for a participant.
    pub fn own(&self) -> Option<&[String]> {
        match self {
            Reach::Own(ids) => Some(ids),
            _ => None,
        }
    }
}

/// `GP-` and the first eight hex digits of the application's id, upper-case: what the
/// applicant, the panel and the grant agreement quote.
pub fn reference_of(id: &str) -> String {
    let hex: String = id.chars().filter(char::is_ascii_hexdigit).take(8).collect();
    format!("GP-{}", hex.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_quote_the_id() {
        assert_eq!(
            super::reference_of("3f2b9a1c-0d4e-4a7b-8c9d-001122334455"),
            "GP-3F2B9A1C"
        );
    }
}
