//! Charts drawn on the server (issue 16): no chart JavaScript, the same drawing on a
//! results page (SVG) and in the donor report (PDF).
//!
//! Three steps, each plain data to the next:
//! 1. [`Chart`]: what to show — a kind ([`Kind`]), a title, categories and series whose
//!    labels are already translated and formatted for the reader's locale, with the raw
//!    values the geometry is computed from. Every chart also gives its [`Table`], shown
//!    under the image for screen readers and as the fallback when images are off.
//! 2. [`layout`]: the chart placed for a width and a [`Direction`] as a [`Scene`] of
//!    rectangles, lines and text with an anchor. Bars run horizontally, each category's
//!    label on its own line above its bars, so labels of any length in any of the four
//!    languages fit a 360 px phone; right to left the whole chart mirrors (labels from the
//!    right, bars growing leftwards), numbers stay left-to-right runs.
//! 3. [`svg`]: a scene as an SVG document (`role="img"`, `<title>`, `<desc>`, a `viewBox`
//!    so it scales), or — in `paper` — as PDF paths and shaped text.
//!
//! Why hand-made: five horizontal-bar layouts are a few hundred lines, and the chart
//! crates with an SVG backend bring fonts, raster code and no right-to-left support.
//! **Pure**, like `domain`: no I/O, no clock, no dependency; the same chart gives the same
//! bytes.

mod layout;
mod model;
mod scene;
mod svg;
mod text;

pub use layout::layout;
pub use model::{Chart, Kind, Point, Series, Table};
pub use scene::{Anchor, Color, Direction, Scene, Shape};
pub use svg::svg;
