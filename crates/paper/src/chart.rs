//! A chart block: a `charts::Scene` placed in the text column and drawn with the sheet's
//! own tools — rectangles and lines as vector paths, words and numbers as shaped text
//! (Arabic joined and ordered by `line`), so a chart's labels extract like any other text.
//!
//! The chart is laid out wider than the column and scaled down ([`SCALE`]), so its text
//! sits a little below the body's size. One taller than a page is split between its
//! categories (`charts::Chart::slice`), each part with the title, on pages of its own.

use charts::{Anchor, Chart, Scene, Shape};

use crate::PaperError;
use crate::layout::{BOTTOM, Cursor, Item, LEFT, TOP, WIDTH};
use crate::line::{Direction, Style, break_lines};

/// Chart units to points: a 15-unit title prints at 12 pt, a 12-unit label at 9.6 pt.
const SCALE: f32 = 0.8;
/// At most this many categories are tried on one page (no page holds more: a category
/// takes at least a label line and a bar).
const MAX_PER_PAGE: usize = 40;
/// Wider than any line: a chart's text is already cut to fit by the layout.
const UNBOUNDED: f32 = 1.0e6;
/// Text lighter than this (each channel) is printed gray rather than black.
const DARK: u8 = 0x30;

impl Cursor<'_> {
    pub(crate) fn chart(&mut self, chart: &Chart) -> Result<(), PaperError> {
        let direction = match self.direction {
            Direction::Ltr => charts::Direction::Ltr,
            Direction::Rtl => charts::Direction::Rtl,
        };
        let lay = |part: &Chart| charts::layout(part, WIDTH / SCALE, direction);
        let count = chart.categories.len();
        let mut start = 0;
        loop {
            self.y += 6.0;
            // The most categories from `start` that fit what is left of this page (at
            // least one, on a new page if need be).
            let mut end = (start + 1).min(count);
            let mut scene = lay(&chart.slice(start..end));
            if self.y + scene.height * SCALE > BOTTOM && self.y > TOP {
                self.new_page()?;
            }
            let room = (BOTTOM - self.y) / SCALE;
            while end < count && end - start < MAX_PER_PAGE {
                let next = lay(&chart.slice(start..end + 1));
                if next.height > room {
                    break;
                }
                scene = next;
                end += 1;
            }
            self.scene(&scene);
            self.y += scene.height * SCALE + 6.0;
            start = end;
            if start >= count {
                return Ok(());
            }
        }
    }

    /// Draws `scene` with its top left at (`LEFT`, `y`).
    fn scene(&mut self, scene: &Scene) {
        let (x0, y0) = (LEFT, self.y);
        let at = |x: f32, y: f32| (x0 + x * SCALE, y0 + y * SCALE);
        // Texts go last, in reading order of the page (top to bottom, left to right) like
        // the rest of the sheet, so extraction reads a label and its value as one line.
        let mut texts = Vec::new();
        for shape in &scene.shapes {
            let item = match shape {
                Shape::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                } => {
                    let (x, y) = at(*x, *y);
                    Item::Fill {
                        x,
                        y,
                        w: w * SCALE,
                        h: h * SCALE,
                        rgb: (fill.0, fill.1, fill.2),
                        stroke: stroke.map(|c| (c.0, c.1, c.2)),
                    }
                }
                Shape::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    color,
                    width,
                } => Item::Stroke {
                    from: at(*x1, *y1),
                    to: at(*x2, *y2),
                    width: width * SCALE,
                    rgb: (color.0, color.1, color.2),
                },
                Shape::Text {
                    x,
                    y,
                    text,
                    size,
                    bold,
                    anchor,
                    direction,
                    color,
                } => {
                    let style = Style {
                        size: size * SCALE,
                        bold: *bold,
                    };
                    let direction = match direction {
                        charts::Direction::Ltr => Direction::Ltr,
                        charts::Direction::Rtl => Direction::Rtl,
                    };
                    let lines = break_lines(self.faces, text, direction, style, UNBOUNDED);
                    let Some(line) = lines.into_iter().next() else {
                        continue;
                    };
                    let (x, baseline) = at(*x, *y);
                    let x = match anchor {
                        Anchor::Left => x,
                        Anchor::Middle => x - line.width / 2.0,
                        Anchor::Right => x - line.width,
                    };
                    texts.push(Item::Text {
                        x,
                        baseline,
                        line,
                        gray: color.0 > DARK || color.1 > DARK || color.2 > DARK,
                    });
                    continue;
                }
            };
            self.page().push(item);
        }
        let key = |item: &Item| match item {
            Item::Text { x, baseline, .. } => ((baseline * 10.0).round() as i64, *x),
            _ => (0, 0.0),
        };
        texts.sort_by(|a, b| {
            let (a, b) = (key(a), key(b));
            a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
        });
        self.page().extend(texts);
    }
}
