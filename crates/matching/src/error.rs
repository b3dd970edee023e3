//! Typed errors of the matching engine.

/// Everything that can go wrong when building or solving a problem.
///
/// The engine never panics on bad input: malformed data is [`Error::BadInput`],
/// a well-formed problem without any admissible solution is [`Error::Infeasible`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The input is malformed (parse error, unknown id, out-of-range value…).
    #[error("bad input: {0}")]
    BadInput(String),
    /// The input is well formed but no solution satisfies the hard requirements
    /// (perfect assignment impossible, locked pairs exceeding a capacity…).
    #[error("infeasible: {0}")]
    Infeasible(String),
    /// An exact method gave up after its configured effort limit.
    #[error("limit reached: {0}")]
    Limit(String),
}

pub(crate) fn bad(msg: impl Into<String>) -> Error {
    Error::BadInput(msg.into())
}
