//! What a use case answers when it does not do what was asked. The web layer has exactly
//! one conversion from this to an HTTP status and a translated message.

use domain::Conflict;
use domain::position::RuleBreach;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Missing, or outside the acting person's reach (deliberately indistinguishable).
    #[error("not found")]
    NotFound,
    /// The person's role does not allow this action.
    #[error("forbidden")]
    Forbidden,
    /// The current state of the data forbids the change.
    #[error("conflict: {0:?}")]
    Conflict(Conflict),
    /// Input that does not fit its type; names the field and the message.
    #[error("invalid: {0}")]
    Invalid(#[from] domain::Invalid),
    /// Every mistake of a form at once (the application's steps, the sign-up).
    #[error("invalid: {0}")]
    Form(#[from] domain::Invalids),
    /// A programme rule refuses the change (a figure such as a cap goes with the message).
    #[error("rule: {0:?}")]
    Rule(Rule),
    /// Storage failed; the cause is for the log only.
    #[error(transparent)]
    Db(db::DbError),
}

/// A programme rule that refused a change, with what the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// The position breaks the regional rules (allowance, headcount cap, …).
    Breach(RuleBreach),
    /// The company's profile lacks what the rules are checked against.
    ProfileIncomplete,
    /// The company does not pass its checklist.
    NotEligible,
    /// A case's template refused the step (not allowed, not the person's role, or its
    /// step incomplete).
    Case(domain::procedure::Refusal),
}

impl From<db::DbError> for Error {
    fn from(e: db::DbError) -> Self {
        match e {
            db::DbError::NotFound => Error::NotFound,
            db::DbError::Conflict(c) => Error::Conflict(c),
            e => Error::Db(e),
        }
    }
}

pub type AppResult<T> = Result<T, Error>;
