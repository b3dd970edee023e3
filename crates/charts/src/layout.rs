//! A chart placed for a width and a direction.
//!
//! Every kind is drawn as horizontal bars, one category after another down the chart, the
//! category's label on its own line(s) above its bar(s): a label of any length in any
//! language fits a phone, and the chart grows in height, never in width. The layout is
//! computed left to right and mirrored at the end for a right-to-left reader, so the two
//! can never drift apart: labels start on the right, bars grow leftwards, the legend's
//! swatches are on the right of their names. Numbers are left-to-right texts in both.
//!
//! Series are told apart by more than colour: each has its own pattern (solid, hatched,
//! dotted lines) drawn as lines over the fill, and every bar carries its value as text.

use crate::model::{Chart, Kind, Point, safe_key};
use crate::scene::{Anchor, Color, Direction, Scene, Shape};
use crate::text::{self, shorten, wrap};

const PAD: f32 = 8.0;
const TITLE_SIZE: f32 = 15.0;
const TITLE_LINE: f32 = 20.0;
const LABEL_SIZE: f32 = 12.0;
const LABEL_LINE: f32 = 16.0;
const VALUE_SIZE: f32 = 11.0;
const BAR: f32 = 14.0;
const BAR_GAP: f32 = 4.0;
const ROW_GAP: f32 = 12.0;
const SWATCH: f32 = 12.0;
const LEGEND_LINE: f32 = 18.0;
/// The narrowest width laid out; a smaller one is widened to it.
const MIN_WIDTH: f32 = 160.0;

/// Text: near black on white (contrast about 17:1).
pub(crate) const INK: Color = Color(0x1a, 0x1a, 0x1a);
/// Secondary text and outlines (about 7.5:1 on white).
const MUTED: Color = Color(0x4b, 0x55, 0x63);
/// A progress track's empty part.
const TRACK: Color = Color(0xe5, 0xe7, 0xeb);
const WHITE: Color = Color(0xff, 0xff, 0xff);
/// Series colours, each at least 4.5:1 against white (WCAG's 3:1 for graphics, with room).
const PALETTE: [Color; 3] = [
    Color(0x1f, 0x4e, 0x79),
    Color(0xa1, 0x4a, 0x04),
    Color(0x2e, 0x6b, 0x30),
];

/// The pattern of series `index`: none, diagonal hatching, horizontal lines, repeating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    Solid,
    Hatched,
    Lined,
}

fn pattern(index: usize) -> Pattern {
    match index % 3 {
        0 => Pattern::Solid,
        1 => Pattern::Hatched,
        _ => Pattern::Lined,
    }
}

fn color(index: usize) -> Color {
    PALETTE[index % PALETTE.len()]
}

/// Lays `chart` out `width` wide (at least 160) for a reader of `direction`.
pub fn layout(chart: &Chart, width: f32, direction: Direction) -> Scene {
    let width = if width.is_finite() {
        width.max(MIN_WIDTH)
    } else {
        MIN_WIDTH
    };
    let mut at = Cursor {
        shapes: Vec::new(),
        y: PAD,
        width,
        inner: width - 2.0 * PAD,
        direction,
    };
    for line in wrap(&chart.title, TITLE_SIZE, at.inner, 2) {
        at.words(PAD, at.y + TITLE_LINE * 0.75, line, TITLE_SIZE, true, INK);
        at.y += TITLE_LINE;
    }
    at.y += 6.0;
    at.legend(chart);
    match chart.kind {
        Kind::Bars => at.bars(chart, 1),
        Kind::GroupedBars => at.bars(chart, chart.series.len()),
        Kind::Funnel => at.funnel(chart),
        Kind::Progress => at.progress(chart),
    }
    let height = at.y + PAD;
    let mut shapes = at.shapes;
    if direction == Direction::Rtl {
        for shape in &mut shapes {
            mirror(shape, width);
        }
    }
    Scene {
        key: safe_key(&chart.key),
        width,
        height,
        direction,
        title: chart.title.clone(),
        summary: chart.summary.clone(),
        shapes,
    }
}

/// Reflects a shape across the chart's vertical midline.
fn mirror(shape: &mut Shape, width: f32) {
    match shape {
        Shape::Rect { x, w, .. } => *x = width - *x - *w,
        Shape::Line { x1, x2, .. } => {
            *x1 = width - *x1;
            *x2 = width - *x2;
        }
        Shape::Text { x, anchor, .. } => {
            *x = width - *x;
            *anchor = match anchor {
                Anchor::Left => Anchor::Right,
                Anchor::Middle => Anchor::Middle,
                Anchor::Right => Anchor::Left,
            };
        }
    }
}

/// The length of a bar for `raw` when `max` fills `full` (nothing below zero).
fn length(raw: i64, max: i64, full: f32) -> f32 {
    if raw <= 0 || max <= 0 {
        return 0.0;
    }
    let share = (raw.min(max) as f64) / (max as f64);
    (share * f64::from(full)) as f32
}

struct Cursor {
    shapes: Vec<Shape>,
    /// The top of the next row.
    y: f32,
    width: f32,
    inner: f32,
    direction: Direction,
}

impl Cursor {
    /// Words in the reader's language, from `x` (laid out left to right, mirrored later).
    fn words(&mut self, x: f32, y: f32, text: String, size: f32, bold: bool, color: Color) {
        self.shapes.push(Shape::Text {
            x,
            y,
            text,
            size,
            bold,
            anchor: Anchor::Left,
            direction: self.direction,
            color,
        });
    }

    /// A number (always a left-to-right run), its `anchor` end at `x`.
    fn number(&mut self, x: f32, y: f32, text: String, anchor: Anchor) {
        self.shapes.push(Shape::Text {
            x,
            y,
            text,
            size: VALUE_SIZE,
            bold: false,
            anchor,
            direction: Direction::Ltr,
            color: INK,
        });
    }

    /// A bar of series `index`, with its pattern drawn over the fill.
    fn bar(&mut self, x: f32, y: f32, w: f32, h: f32, index: usize) {
        if w <= 0.0 {
            return;
        }
        self.shapes.push(Shape::Rect {
            x,
            y,
            w,
            h,
            fill: color(index),
            stroke: None,
        });
        let line = |x1, y1, x2, y2| Shape::Line {
            x1,
            y1,
            x2,
            y2,
            color: WHITE,
            width: 1.5,
        };
        match pattern(index) {
            Pattern::Solid => {}
            Pattern::Lined => {
                let mut ly = y + 3.5;
                while ly < y + h - 1.0 {
                    self.shapes.push(line(x, ly, x + w, ly));
                    ly += 4.0;
                }
            }
            Pattern::Hatched => {
                // Lines x + y = k every 5 units, clipped to the rectangle.
                let step = 5.0;
                let mut k = x + y + step / 2.0;
                while k < x + w + y + h {
                    let from = x.max(k - (y + h));
                    let to = (x + w).min(k - y);
                    if to > from {
                        self.shapes.push(line(from, k - from, to, k - to));
                    }
                    k += step;
                }
            }
        }
    }

    /// A category's label over the full width (or `width`), wrapped to two lines.
    fn category(&mut self, label: &str, width: f32) {
        for line in wrap(label, LABEL_SIZE, width, 2) {
            self.words(
                PAD,
                self.y + LABEL_LINE * 0.75,
                line,
                LABEL_SIZE,
                false,
                INK,
            );
            self.y += LABEL_LINE;
        }
        self.y += 2.0;
    }

    /// The series' names beside their swatches, one a line, when there is more than one
    /// series to tell apart (a progress chart: the actual and the target).
    fn legend(&mut self, chart: &Chart) {
        let shown = match chart.kind {
            Kind::GroupedBars if chart.series.len() > 1 => chart.series.len(),
            Kind::Progress => chart.series.len().min(2),
            _ => 0,
        };
        for (index, series) in chart.series.iter().take(shown).enumerate() {
            let y = self.y + (LEGEND_LINE - SWATCH) / 2.0;
            if chart.kind == Kind::Progress && index == 1 {
                self.track(PAD, y, SWATCH, SWATCH);
            } else {
                self.bar(PAD, y, SWATCH, SWATCH, index);
            }
            let name = shorten(&series.name, LABEL_SIZE, self.inner - SWATCH - 6.0);
            let x = PAD + SWATCH + 6.0;
            self.words(x, y + SWATCH - 1.5, name, LABEL_SIZE, false, MUTED);
            self.y += LEGEND_LINE;
        }
        if shown > 0 {
            self.y += 6.0;
        }
    }

    /// The outlined, pale track a progress bar fills.
    fn track(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.shapes.push(Shape::Rect {
            x,
            y,
            w,
            h,
            fill: TRACK,
            stroke: Some(MUTED),
        });
    }

    /// Room for value labels after the bars: the widest label's estimate, at most 40 %.
    fn value_room<'a>(&self, labels: impl Iterator<Item = &'a Point>) -> f32 {
        let widest = labels
            .map(|p| text::width(&p.label, VALUE_SIZE))
            .fold(0.0f32, f32::max);
        (widest + 6.0).min(self.inner * 0.4)
    }

    fn bars(&mut self, chart: &Chart, series: usize) {
        let used = &chart.series[..series.min(chart.series.len())];
        let points = || used.iter().flat_map(|s| s.points.iter());
        let max = points().map(|p| p.raw).max().unwrap_or(0);
        let room = self.value_room(points());
        let full = self.inner - room;
        for (i, label) in chart.categories.iter().enumerate() {
            self.category(label, self.inner);
            for (index, s) in used.iter().enumerate() {
                if let Some(point) = s.points.get(i) {
                    let w = length(point.raw, max, full);
                    self.bar(PAD, self.y, w, BAR, index);
                    let text = shorten(&point.label, VALUE_SIZE, room - 4.0);
                    self.number(PAD + w + 4.0, self.y + BAR - 3.0, text, Anchor::Left);
                }
                self.y += BAR + BAR_GAP;
            }
            self.y += ROW_GAP - BAR_GAP;
        }
        if !chart.categories.is_empty() {
            self.y -= ROW_GAP;
        }
    }

    fn funnel(&mut self, chart: &Chart) {
        let Some(series) = chart.series.first() else {
            return;
        };
        let max = series.points.iter().map(|p| p.raw).max().unwrap_or(0);
        let room = self.value_room(series.points.iter());
        for (i, label) in chart.categories.iter().enumerate() {
            let point = series.points.get(i);
            let top = self.y;
            self.category(label, self.inner - room);
            if let Some(point) = point {
                let text = shorten(&point.label, VALUE_SIZE, room - 4.0);
                let right = self.width - PAD;
                self.number(right, top + LABEL_LINE * 0.75, text, Anchor::Right);
                let w = length(point.raw, max, self.inner);
                self.bar(PAD + (self.inner - w) / 2.0, self.y, w, BAR + 4.0, 0);
            }
            self.y += BAR + 4.0 + ROW_GAP;
        }
        if !chart.categories.is_empty() {
            self.y -= ROW_GAP;
        }
    }

    fn progress(&mut self, chart: &Chart) {
        let (Some(actual), Some(target)) = (chart.series.first(), chart.series.get(1)) else {
            return;
        };
        let share = chart.series.get(2);
        let room = share.map_or(0.0, |s| self.value_room(s.points.iter()));
        let full = self.inner - room;
        for (i, label) in chart.categories.iter().enumerate() {
            let (Some(a), Some(t)) = (actual.points.get(i), target.points.get(i)) else {
                continue;
            };
            let pair = format!("{} / {}", a.label, t.label);
            let pair_room = (text::width(&pair, VALUE_SIZE) + 8.0).min(self.inner * 0.5);
            let top = self.y;
            self.category(label, self.inner - pair_room);
            let pair = shorten(&pair, VALUE_SIZE, pair_room - 8.0);
            self.number(
                self.width - PAD,
                top + LABEL_LINE * 0.75,
                pair,
                Anchor::Right,
            );
            self.track(PAD, self.y, full, BAR);
            // A target of zero is met by anything above zero.
            let w = if t.raw <= 0 {
                if a.raw > 0 { full } else { 0.0 }
            } else {
                length(a.raw, t.raw, full)
            };
            self.bar(PAD, self.y, w, BAR, 0);
            if let Some(p) = share.and_then(|s| s.points.get(i)) {
                let text = shorten(&p.label, VALUE_SIZE, room - 4.0);
                self.number(PAD + full + 4.0, self.y + BAR - 3.0, text, Anchor::Left);
            }
            self.y += BAR + ROW_GAP;
        }
        if !chart.categories.is_empty() {
            self.y -= ROW_GAP;
        }
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
