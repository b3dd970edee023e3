//! The language of circular-mobility traineeship schemes.
//!
//! Types that exist are valid ("parse, don't validate"), rules are plain functions, and the
//! permission policy lives here so every entry point (pages, API, command line) asks the same
//! question the same way. This crate does no I/O: no files, no network, no SQL, no clock —
//! time is always passed in.

pub mod api_token;
pub mod audit;
pub mod bounds;
pub mod call;
pub mod candidate;
pub mod cefr;
pub mod checks;
pub mod company;
pub mod conflict;
pub mod content;
pub mod country;
pub mod course;
pub mod deadline;
pub mod decision;
pub mod document;
pub mod duplicate;
pub mod duty;
pub mod eligibility;
pub mod email;
pub mod fieldcrypt;
pub mod format;
pub mod free_skills;
pub mod grant;
pub mod host_rules;
pub mod iati;
pub mod ident;
pub mod ids;
pub mod interview;
pub mod locale;
pub mod mentorship;
pub mod names;
pub mod organisation;
pub mod outcome;
pub mod outreach;
pub mod password;
pub mod permission;
pub mod placement;
pub mod position;
pub mod procedure;
pub mod programme;
pub mod results;
pub mod role;
pub mod selection;
pub mod similarity;
pub mod stored;
pub mod taxonomy;
pub mod throttle;
pub mod traineeship;
pub mod zone;

pub use checks::{Checks, Invalids};
pub use conflict::Conflict;
pub use country::Country;
pub use email::Email;
pub use locale::Locale;
pub use organisation::OrganisationKind;
pub use permission::{Actor, Membership, Permission};
pub use role::Role;

/// A value supplied by a user that does not fit its type. `key` names a Fluent message so
/// the web layer can show the reason in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {field}: {key}")]
pub struct Invalid {
    pub field: &'static str,
    pub key: &'static str,
}

impl Invalid {
    pub const fn new(field: &'static str, key: &'static str) -> Self {
        Self { field, key }
    }
}
