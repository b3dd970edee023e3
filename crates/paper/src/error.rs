//! Why a sheet could not become a PDF.

/// Why [`crate::render`] refused or failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PaperError {
    /// The sheet is larger than a generated paper can reasonably be; refused before any work
    /// so that a huge input costs nothing. `what` names the limit, `limit` its value.
    #[error("the document is too large: more than {limit} {what}")]
    TooLarge {
        /// Which limit ("blocks", "characters", "pages").
        what: &'static str,
        /// The limit that was exceeded.
        limit: usize,
    },
    /// The language tag is not a BCP 47 shape (letters, digits and hyphens).
    #[error("the language tag is not valid: {0:?}")]
    InvalidLanguage(String),
    /// A bundled font could not be read (a build defect, caught by the tests).
    #[error("a bundled font could not be read: {0}")]
    Font(&'static str),
    /// The PDF library refused the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}
