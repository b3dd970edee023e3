//! The donor report (issue 16, item 5): one PDF per programme and period with the
//! indicators, the charts and the narrative, in the reader's language (Arabic shaped and
//! right to left) — and the charts themselves, which the results page shows as SVG.
//!
//! Everything is read from a `domain::results::Report` (built by `app::results`): the
//! page, the PDF and the spreadsheets print the same figures because they read the same
//! structure, and the charts come from one function, [`charts_of`], for page and PDF
//! alike. Pure: no database, no clock (the day "live" figures are as of is passed in).
//!
//! - `values`: which value an indicator shows (the period's, frozen once submitted, or the
//!   live one) and how a value is written in each locale;
//! - `charts`: the five charts, translated, those without data left out;
//! - `sheet`: the PDF's content as a `paper::Sheet`.

mod charts;
mod sheet;
mod values;

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use domain::Locale;
use domain::results::Report;
use i18n::Tr;

pub use self::charts::charts_of;
pub use ::charts::{Chart, Direction, Table};

use crate::{AppResult, Error};

/// The width, in CSS pixels, the results page lays its charts out for (the SVG scales
/// down to a phone from there by its `viewBox`).
pub const PAGE_CHART_WIDTH: f32 = 640.0;

/// The direction charts are laid out in for a reader of `locale`.
pub fn direction(locale: Locale) -> Direction {
    match locale {
        Locale::Ar => Direction::Rtl,
        Locale::It | Locale::Fr | Locale::En => Direction::Ltr,
    }
}

/// A chart as an SVG document for a page in `locale` (`role="img"`, title, description;
/// show `chart.table()` under it).
pub fn svg(chart: &Chart, locale: Locale) -> String {
    ::charts::svg(&::charts::layout(
        chart,
        PAGE_CHART_WIDTH,
        direction(locale),
    ))
}

/// The donor report of `report` as a PDF in `tr`'s language; live figures are said to be
/// as of `on` (the caller's today). CPU-bound (shaping and layout, tens of milliseconds):
/// call it from `tokio::task::spawn_blocking` on a request path.
///
/// # Errors
/// Only a report beyond `paper`'s bounds (thousands of indicators) or a defect in the PDF
/// writer: reported as a storage-side failure, as the other generated papers do, its
/// cause for the log only.
pub fn pdf(report: &Report, tr: &Tr, on: NaiveDate) -> AppResult<Vec<u8>> {
    let sheet = sheet::sheet(report, tr, on);
    paper::render(&sheet)
        .map_err(|e| Error::Db(db::DbError::Migration(format!("donor report: {e}"))))
}
