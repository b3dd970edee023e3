//! The programme's IATI 2.03 activity (issue 16 item 4): what a donor's system reads of
//! the programme — reporting and participating organisations, recipient countries,
//! sectors, budgets per year, transactions and results with their indicators.
//!
//! Pure: `activity::activity` builds the [`Activity`] from the `Report` and the records'
//! figures, `rules::check` finds what must not be published (errors) and what IATI says
//! should be there (warnings), `xml::to_xml` writes the document. `settings` parses the
//! reporting organisation's identifiers, permanent once published.

pub mod activity;
pub mod rules;
pub mod settings;
pub mod shares;
pub mod xml;

pub use activity::{Activity, Sources, activity};
pub use rules::{Checked, Finding, check};
pub use settings::{Settings, SettingsFields};
pub use xml::to_xml;

#[cfg(test)]
mod tests;
