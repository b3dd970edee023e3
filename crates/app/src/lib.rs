//! The use cases of Mentor: what a person may do, each checked and written in one place.
//!
//! A state-changing use case takes the acting person ([`Acting`]) and the time from a
//! [`Clock`], and performs the reach check (is the record within the person's scope?), the
//! rule check (does the workflow allow it now?) and the write inside **one**
//! `Database::write` transaction, so no concurrent request can slip between the check and
//! the write. Pages and the API (`web`) parse a request, call a use case and render what it
//! returns; the command line and the demo (`mentor`) call the same functions.
//!
//! This crate knows nothing of HTTP, HTML or axum. It speaks the message catalogue
//! (`i18n`) only for what it writes in people's languages: e-mails and digests.

pub mod account;
pub mod accounts;
pub mod applications;
pub mod audit_anchor;
pub mod awards;
pub mod calendar;
pub mod call_ranking;
pub mod calls;
pub mod candidate_search;
pub mod candidates;
pub mod cases;
pub mod clock;
pub mod companies;
pub mod content;
pub mod courses;
pub mod decisions;
pub mod digest;
pub mod documents;
pub mod donor_report;
pub mod duplicates;
pub mod error;
pub mod files;
pub mod free_skills;
pub mod grant_payments;
pub mod grants;
pub mod home;
pub mod housekeeping;
pub mod iati;
pub mod imports;
pub mod interviews;
pub mod invitations;
pub mod kept;
pub mod matching_problem;
pub mod matching_runs;
pub mod mentorships;
pub mod notify;
pub mod organisations;
pub mod outcome_report;
pub mod outcomes;
pub mod outreach;
pub mod password_reset;
pub mod placements;
pub mod positions;
pub mod programmes;
pub mod proposals;
pub mod rankings;
pub mod reach;
pub mod results;
pub mod rules;
pub mod saved_searches;
pub mod selection;
pub mod sessions;
pub mod sign_up;
pub mod tabular;
pub mod tasks;
pub mod timeline;
pub mod tokens;
pub mod traineeships;
pub mod zones;

pub use clock::{Clock, SystemClock};
pub use error::{AppResult, Error};

/// Who acts, and under which request: the permissions to check and the audit origin.
#[derive(Debug, Clone)]
pub struct Acting {
    pub actor: domain::Actor,
    pub origin: db::Origin,
}

impl Acting {
    /// The person's reach for `permission`; `Forbidden` when their roles do not grant it.
    pub fn scope(&self, permission: domain::Permission) -> AppResult<domain::permission::Scope> {
        self.actor.scope(permission).ok_or(Error::Forbidden)
    }
}
