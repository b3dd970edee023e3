//! A table block: columns sized to their content within the page, rows breaking across
//! pages with the header repeated, mirrored right to left.
//!
//! Column widths: each column's natural width (its widest cell on one line, capped at
//! half the page) scaled so all of them fill the text width exactly; a cell longer than
//! its column wraps (and a word longer than it is cut, as everywhere in `line`). A row is
//! kept whole on a page when it fits one; a taller one breaks between its lines.

use crate::PaperError;
use crate::layout::{BOTTOM, Cursor, Item, LEFT, RIGHT, TOP, WIDTH, line_height};
use crate::line::{Direction, Line, Style, break_lines};

const CELL: Style = Style {
    size: 9.0,
    bold: false,
};
const HEADER: Style = Style {
    size: 9.0,
    bold: true,
};
/// Space on each side of a cell's text.
const CELL_PAD: f32 = 4.0;
/// The widest a column's natural width counts, as a share of the text width.
const MAX_SHARE: f32 = 0.5;
/// Wider than any line: measures a text on one line.
const UNBOUNDED: f32 = 1.0e6;

impl Cursor<'_> {
    pub(crate) fn table(
        &mut self,
        headers: &[String],
        rows: &[Vec<String>],
    ) -> Result<(), PaperError> {
        let columns = rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(headers.len());
        if columns == 0 {
            return Ok(());
        }
        let widths = self.column_widths(headers, rows, columns);
        // Each column's left edge: the first column on the left, or on the right.
        let mut lefts = Vec::with_capacity(columns);
        let mut at = 0.0;
        for width in &widths {
            lefts.push(match self.direction {
                Direction::Ltr => LEFT + at,
                Direction::Rtl => RIGHT - at - width,
            });
            at += width;
        }
        let header = self.cells(headers, &widths, HEADER);
        self.y += 4.0;
        let header_height =
            header.iter().map(Vec::len).max().unwrap_or(1) as f32 * line_height(HEADER);
        // The header and the first row stay together.
        self.room(header_height + line_height(CELL) + 6.0)?;
        self.header_row(&header, &lefts, &widths)?;
        for row in rows {
            let cells = self.cells(row, &widths, CELL);
            let count = cells.iter().map(Vec::len).max().unwrap_or(1);
            let height = count as f32 * line_height(CELL);
            if self.y + height > BOTTOM && self.y > TOP {
                self.new_page()?;
                self.header_row(&header, &lefts, &widths)?;
            }
            let mut cells: Vec<_> = cells.into_iter().map(Vec::into_iter).collect();
            for _ in 0..count {
                if self.y + line_height(CELL) > BOTTOM {
                    self.new_page()?;
                    self.header_row(&header, &lefts, &widths)?;
                }
                self.row_line(&mut cells, &lefts, &widths, CELL, false);
                self.y += line_height(CELL);
            }
            self.rule(0.4);
        }
        self.y += 6.0;
        Ok(())
    }

    /// Natural widths fitted to the text width: when they are too wide together, each
    /// column keeps at least its longest word (a code is never cut) and gives up a share
    /// of the rest; when they fit, all grow alike.
    fn column_widths(&self, headers: &[String], rows: &[Vec<String>], columns: usize) -> Vec<f32> {
        let mut natural = vec![2.0 * CELL_PAD + 1.0; columns];
        let mut minimum = natural.clone();
        let cap = WIDTH * MAX_SHARE;
        let one_line = |text: &str, style: Style| {
            let direction = Direction::of(text, self.direction);
            break_lines(self.faces, text, direction, style, UNBOUNDED)
                .iter()
                .map(|l| l.width)
                .fold(0.0f32, f32::max)
        };
        let mut measure = |column: usize, text: &str, style: Style| {
            natural[column] =
                natural[column].max((one_line(text, style) + 2.0 * CELL_PAD).min(cap));
            for word in text.split_whitespace() {
                let word = (one_line(word, style) + 2.0 * CELL_PAD).min(cap);
                minimum[column] = minimum[column].max(word);
            }
        };
        for (column, text) in headers.iter().enumerate() {
            measure(column, text, HEADER);
        }
        for row in rows {
            for (column, text) in row.iter().enumerate() {
                measure(column, text, CELL);
            }
        }
        let minimum: Vec<f32> = minimum
            .iter()
            .zip(&natural)
            .map(|(m, n)| m.min(*n))
            .collect();
        let total: f32 = natural.iter().sum();
        let floor: f32 = minimum.iter().sum();
        if total <= WIDTH || floor >= WIDTH {
            let base = if total <= WIDTH { &natural } else { &minimum };
            let sum: f32 = base.iter().sum();
            return base.iter().map(|w| w * WIDTH / sum).collect();
        }
        let share = (WIDTH - floor) / (total - floor);
        minimum
            .iter()
            .zip(&natural)
            .map(|(m, n)| m + (n - m) * share)
            .collect()
    }

    /// Each cell's text broken to its column.
    fn cells(&self, texts: &[String], widths: &[f32], style: Style) -> Vec<Vec<Line>> {
        widths
            .iter()
            .enumerate()
            .map(|(column, width)| {
                let text = texts.get(column).map_or("", String::as_str);
                if text.is_empty() {
                    return Vec::new();
                }
                let direction = Direction::of(text, self.direction);
                break_lines(self.faces, text, direction, style, width - 2.0 * CELL_PAD)
            })
            .collect()
    }

    fn header_row(
        &mut self,
        header: &[Vec<Line>],
        lefts: &[f32],
        widths: &[f32],
    ) -> Result<(), PaperError> {
        let count = header.iter().map(Vec::len).max().unwrap_or(0);
        let mut cells: Vec<_> = header.iter().map(|c| c.clone().into_iter()).collect();
        for _ in 0..count {
            self.row_line(&mut cells, lefts, widths, HEADER, true);
            self.y += line_height(HEADER);
        }
        self.rule(0.8);
        Ok(())
    }

    /// The next line of every cell, drawn in visual order (left to right) so extraction
    /// reads the row as one line, each aligned to the start of its column.
    fn row_line(
        &mut self,
        cells: &mut [std::vec::IntoIter<Line>],
        lefts: &[f32],
        widths: &[f32],
        style: Style,
        gray: bool,
    ) {
        let mut placed: Vec<(f32, f32, Line)> = cells
            .iter_mut()
            .zip(lefts.iter().zip(widths))
            .filter_map(|(cell, (left, width))| cell.next().map(|line| (*left, *width, line)))
            .collect();
        placed.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (left, width, line) in placed {
            let align = self.direction;
            self.put(
                line,
                style,
                left + CELL_PAD,
                width - 2.0 * CELL_PAD,
                align,
                gray,
            );
        }
    }

    /// A hairline across the table under the row just placed.
    fn rule(&mut self, gap: f32) {
        let y = self.y + gap;
        self.page().push(Item::Rule {
            x1: LEFT,
            x2: RIGHT,
            y,
        });
        self.y += gap + 1.5;
    }
}
