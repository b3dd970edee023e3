//! Generated papers: a simple document model rendered to PDF bytes.
//!
//! The convention, the training project (progetto formativo), and later certificates and
//! reports are produced from what the system knows, never typed. Callers (the use cases in
//! `app`) fill a [`Sheet`] — a title, headings, label/value rows, paragraphs and signature
//! boxes — with text already translated, and [`render`] lays it out on A4 pages.
//!
//! Why a crate of its own: the PDF stack (krilla, a shaper, the bidi algorithm, ~0.4 MB of
//! fonts) is needed only here, and keeping it apart keeps it out of `domain`'s and `db`'s
//! builds. It is **pure** like `domain`: no files, no network, no clock. The fonts are
//! compiled in (`fonts`), and the output carries no creation date, so the same sheet gives
//! the same bytes and a version's hash can be compared with the next one's.
//!
//! Text:
//! - Arabic is shaped (joined letter forms, the lam-alef ligature) with rustybuzz and laid out
//!   right to left; mixed lines are ordered with the Unicode bidi algorithm (UAX #9), so a
//!   Latin code or a date inside Arabic text keeps its own order (`line`).
//! - Every glyph carries the text it stands for (krilla writes ToUnicode maps and, where a
//!   glyph is ambiguous, ActualText), so a reader can copy or extract the words. Content is
//!   written in visual order, left to right, row by row (krilla marks right-to-left runs
//!   `/ReversedChars`); extractors put it back in logical order as for any Arabic PDF.
//! - Tables and charts (`table`, `chart`) are laid out by the same cursor: a table's rows
//!   break across pages with the header repeated; a chart is a `charts::Scene` drawn as
//!   filled rectangles, lines and the same shaped text, so its words extract like the rest.
//! - Input is bounded ([`MAX_BLOCKS`], [`MAX_CHARS`], [`MAX_PAGES`]) so a huge sheet costs
//!   bounded memory and time.

mod bounds;
mod chart;
mod draw;
mod error;
mod fonts;
mod layout;
mod line;
mod shape;
mod table;

#[cfg(test)]
mod paper_blocks_tests;
#[cfg(test)]
mod paper_tests;

pub use bounds::{MAX_BLOCKS, MAX_CHARS, MAX_PAGES};
pub use error::PaperError;

/// A document to render: what it says, in which language, in which order.
///
/// Strings are shown as given (already translated by the caller); a `\n` in a paragraph or a
/// value starts a new line, other control characters are dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The BCP 47 tag of the document's language ("it", "ar", "fr", ...). Written into the
    /// PDF catalog (`/Lang`, read aloud by screen readers) and deciding the direction of the
    /// document's own text: right to left for Arabic, Hebrew, Persian and Urdu.
    pub lang: String,
    /// The document's title: printed at the top of the first page and the PDF's metadata title.
    pub title: String,
    /// A line under the title (e.g. the programme or the version), if any.
    pub subtitle: Option<String>,
    /// The content, top to bottom.
    pub blocks: Vec<Block>,
    /// A pattern printed at the foot of every page, with `{page}` and `{pages}` replaced by
    /// the page's number and the page count, e.g. `"Progetto formativo — pagina {page} di
    /// {pages}"`. A pattern rather than a closure keeps the sheet plain data (comparable,
    /// cloneable) and lets the caller translate the whole sentence, word order included.
    pub footer: Option<String>,
}

/// One piece of a [`Sheet`]'s content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section title, bold, kept with the line after it.
    Heading(String),
    /// A label and its value on one row (the value wraps in its own column). The value's
    /// direction is that of its first strong letter, so a Latin name in an Arabic sheet, or
    /// an Arabic name in an Italian one, reads the right way.
    Field {
        /// What the value is ("Codice fiscale").
        label: String,
        /// The value itself.
        value: String,
    },
    /// Running text, wrapped to the page's width.
    Paragraph(String),
    /// A row of boxes to sign in, with a caption under each (who signs), up to three a row.
    Signatures(Vec<String>),
    /// A table: a bold header row, then rows of cells, columns sized to their content
    /// within the page's width (a long cell wraps in its column). Rows break across pages,
    /// the header repeated on each; right to left, the first column is the rightmost.
    Table {
        /// The column headers (their count decides the columns, with the longest row's).
        headers: Vec<String>,
        /// The rows, each a cell per column (a short row leaves its last cells empty).
        rows: Vec<Vec<String>>,
    },
    /// A chart (`charts`), laid out across the page's width in the sheet's direction and
    /// drawn as vector shapes and shaped text; one taller than a page is split between
    /// its categories, its title repeated.
    Chart(charts::Chart),
}

/// Renders `sheet` as a PDF (A4), deterministically.
///
/// # Errors
/// [`PaperError::TooLarge`] when the sheet exceeds [`MAX_BLOCKS`] or [`MAX_CHARS`] (checked
/// before any work) or its layout [`MAX_PAGES`]; [`PaperError::InvalidLanguage`] for a
/// language tag that is not a BCP 47 shape; [`PaperError::Pdf`] if the PDF library refuses
/// the document (not expected for valid input).
pub fn render(sheet: &Sheet) -> Result<Vec<u8>, PaperError> {
    bounds::check(sheet)?;
    let faces = fonts::Faces::load()?;
    let pages = layout::lay_out(sheet, &faces)?;
    draw::draw(sheet, &faces, &pages)
}
