//! Results (issue 16): the logframe (`logframe`), reporting periods and the figures frozen
//! when their report is submitted (`periods`), manual values and their evidence (`manual`),
//! and the anonymous facts the registry computes from (`facts`).
//!
//! Reach is the caller's: these functions take a programme already found within the
//! actor's scope, and every row they touch is filtered by that programme. Writes are
//! audited against the programme, the indicator or the period, never naming a person.

pub mod facts;
pub mod logframe;
pub mod manual;
pub mod periods;

/// A stored JSON value that does not read back: logged as the cause of a 500.
pub(crate) fn corrupt(e: serde_json::Error) -> crate::DbError {
    crate::DbError::from(diesel::result::Error::DeserializationError(Box::new(e)))
}
