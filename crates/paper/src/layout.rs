//! Layout: a sheet's blocks placed on A4 pages, as a list of things to draw per page.
//!
//! Layout is separate from drawing because the footer says "page n / m": the page count is
//! known only once every block is placed. Coordinates are points from the page's top left
//! (krilla's convention), y growing downwards.
//!
//! In a right-to-left sheet the page is mirrored: text aligns right, a field's label column
//! is on the right, the first signature box is the rightmost.

use crate::bounds::MAX_PAGES;
use crate::fonts::Faces;
use crate::line::{Direction, Line, Style, break_lines};
use crate::{Block, PaperError, Sheet};

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.276;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
/// 2 cm margins; the bottom one leaves room for the footer.
pub(crate) const LEFT: f32 = 56.7;
pub(crate) const RIGHT: f32 = PAGE_WIDTH - 56.7;
pub(crate) const TOP: f32 = 56.7;
pub(crate) const BOTTOM: f32 = PAGE_HEIGHT - 70.0;
pub(crate) const WIDTH: f32 = RIGHT - LEFT;
/// The footer's baseline.
const FOOTER: f32 = PAGE_HEIGHT - 34.0;

const TITLE: Style = Style {
    size: 17.0,
    bold: true,
};
const SUBTITLE: Style = Style {
    size: 11.0,
    bold: false,
};
const HEADING: Style = Style {
    size: 12.5,
    bold: true,
};
pub(crate) const BODY: Style = Style {
    size: 10.0,
    bold: false,
};
const CAPTION: Style = Style {
    size: 9.0,
    bold: false,
};
const FOOTNOTE: Style = Style {
    size: 8.5,
    bold: false,
};
/// A field's label column, as a share of the text width.
const LABEL_SHARE: f32 = 0.36;
const COLUMN_GAP: f32 = 12.0;
const SIGNATURES_PER_ROW: usize = 3;
const SIGNATURE_HEIGHT: f32 = 60.0;

/// One thing to draw.
#[derive(Debug, Clone)]
pub(crate) enum Item {
    /// A shaped line with its left end at `x` and its baseline at `baseline`.
    Text {
        x: f32,
        baseline: f32,
        line: Line,
        gray: bool,
    },
    /// A signature box (stroked rectangle).
    Frame { x: f32, y: f32, w: f32, h: f32 },
    /// A horizontal rule.
    Rule { x1: f32, x2: f32, y: f32 },
    /// A rectangle filled with a colour, outlined in another if `stroke` (a chart's bar).
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        rgb: (u8, u8, u8),
        stroke: Option<(u8, u8, u8)>,
    },
    /// A straight line of a colour and width (a chart's hatching).
    Stroke {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        rgb: (u8, u8, u8),
    },
}

/// The items of each page.
pub(crate) type Pages = Vec<Vec<Item>>;

/// The height a line of `style` takes: generous, for Arabic's tall letters and low dots.
pub(crate) fn line_height(style: Style) -> f32 {
    style.size * 1.55
}

/// Where the baseline sits below the top of a line of `style`.
pub(crate) fn ascent(style: Style) -> f32 {
    style.size * 1.15
}

pub(crate) struct Cursor<'a> {
    pub(crate) faces: &'a Faces,
    /// The direction of the sheet's own text (its language's).
    pub(crate) direction: Direction,
    pages: Pages,
    pub(crate) y: f32,
}

impl Cursor<'_> {
    /// The direction of a piece of the document's own text: the sheet's when it is right to
    /// left; otherwise that of the text's first strong letter (an Arabic paragraph quoted in
    /// an Italian sheet is still right to left).
    fn text_direction(&self, text: &str) -> Direction {
        match self.direction {
            Direction::Rtl => Direction::Rtl,
            Direction::Ltr => Direction::of(text, Direction::Ltr),
        }
    }

    pub(crate) fn page(&mut self) -> &mut Vec<Item> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub(crate) fn new_page(&mut self) -> Result<(), PaperError> {
        if self.pages.len() >= MAX_PAGES {
            return Err(PaperError::TooLarge {
                what: "pages",
                limit: MAX_PAGES,
            });
        }
        self.pages.push(Vec::new());
        self.y = TOP;
        Ok(())
    }

    /// Starts a new page unless `height` more fits on this one (or this one is still empty:
    /// something taller than a page goes on as it can).
    pub(crate) fn room(&mut self, height: f32) -> Result<(), PaperError> {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page()?;
        }
        Ok(())
    }

    fn space(&mut self, height: f32) {
        if self.y > TOP {
            self.y += height;
        }
    }

    /// Places a line in a column starting at `x` of `width`, aligned to `align`'s start.
    pub(crate) fn put(
        &mut self,
        line: Line,
        style: Style,
        x: f32,
        width: f32,
        align: Direction,
        gray: bool,
    ) {
        let x = match align {
            Direction::Ltr => x,
            Direction::Rtl => x + width - line.width,
        };
        let baseline = self.y + ascent(style);
        self.page().push(Item::Text {
            x,
            baseline,
            line,
            gray,
        });
    }

    /// Sets a paragraph across the text width, page breaking between its lines.
    fn paragraph(&mut self, text: &str, style: Style, gray: bool) -> Result<(), PaperError> {
        let direction = self.text_direction(text);
        let height = line_height(style);
        for line in break_lines(self.faces, text, direction, style, WIDTH) {
            self.room(height)?;
            self.put(line, style, LEFT, WIDTH, direction, gray);
            self.y += height;
        }
        Ok(())
    }

    fn heading(&mut self, text: &str) -> Result<(), PaperError> {
        self.space(10.0);
        let direction = self.text_direction(text);
        let lines = break_lines(self.faces, text, direction, HEADING, WIDTH);
        // Kept with the first two lines of what follows.
        let keep = lines.len() as f32 * line_height(HEADING) + 2.0 * line_height(BODY);
        self.room(keep)?;
        for line in lines {
            self.room(line_height(HEADING))?;
            self.put(line, HEADING, LEFT, WIDTH, direction, false);
            self.y += line_height(HEADING);
        }
        self.y += 3.0;
        Ok(())
    }

    fn field(&mut self, label: &str, value: &str) -> Result<(), PaperError> {
        let label_width = WIDTH * LABEL_SHARE;
        let value_width = WIDTH - label_width - COLUMN_GAP;
        let (label_x, value_x) = match self.direction {
            Direction::Ltr => (LEFT, LEFT + label_width + COLUMN_GAP),
            Direction::Rtl => (RIGHT - label_width, LEFT),
        };
        let label_direction = self.text_direction(label);
        let labels = break_lines(self.faces, label, label_direction, BODY, label_width);
        // A value reads in its own direction (a Latin name in an Arabic sheet), aligned with
        // the column, which follows the sheet.
        let value_direction = Direction::of(value, self.direction);
        let values = break_lines(self.faces, value, value_direction, BODY, value_width);
        let rows = labels.len().max(values.len());
        let mut labels = labels.into_iter();
        let mut values = values.into_iter();
        let height = line_height(BODY);
        for _ in 0..rows {
            self.room(height)?;
            // The left column is drawn first, so the page's content runs in visual order
            // (left to right) like each line's runs: text extraction sees one visual line.
            let mut cells = [
                (labels.next(), label_x, label_width, true),
                (values.next(), value_x, value_width, false),
            ];
            cells.sort_by(|a, b| a.1.total_cmp(&b.1));
            for (line, x, width, gray) in cells {
                if let Some(line) = line {
                    self.put(line, BODY, x, width, self.direction, gray);
                }
            }
            self.y += height;
        }
        self.y += 2.0;
        Ok(())
    }

    fn signatures(&mut self, captions: &[String]) -> Result<(), PaperError> {
        self.space(14.0);
        for row in captions.chunks(SIGNATURES_PER_ROW) {
            let n = row.len() as f32;
            let gap = 18.0;
            let w = (WIDTH - gap * (n - 1.0)) / n;
            let mut set = Vec::new();
            for caption in row {
                let direction = self.text_direction(caption);
                set.push(break_lines(
                    self.faces,
                    caption,
                    direction,
                    CAPTION,
                    w - 8.0,
                ));
            }
            let caption_lines = set.iter().map(Vec::len).max().unwrap_or(0) as f32;
            let height = SIGNATURE_HEIGHT + 4.0 + caption_lines * line_height(CAPTION);
            self.room(height + 10.0)?;
            let mut boxes: Vec<(f32, Vec<Line>)> = set
                .into_iter()
                .enumerate()
                .map(|(i, lines)| {
                    let slot = i as f32 * (w + gap);
                    let x = match self.direction {
                        Direction::Ltr => LEFT + slot,
                        Direction::Rtl => RIGHT - slot - w,
                    };
                    (x, lines)
                })
                .collect();
            // Drawn left to right whatever the direction (see `field`).
            boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (x, lines) in boxes {
                let y = self.y;
                self.page().push(Item::Frame {
                    x,
                    y,
                    w,
                    h: SIGNATURE_HEIGHT,
                });
                self.y = y + SIGNATURE_HEIGHT + 4.0;
                for line in lines {
                    // Centred under its box, whatever the direction.
                    let centred = x + (w - line.width) / 2.0;
                    self.put(line, CAPTION, centred, 0.0, Direction::Ltr, true);
                    self.y += line_height(CAPTION);
                }
                self.y = y;
            }
            self.y += height + 10.0;
        }
        Ok(())
    }
}

/// Lays `sheet` out on pages, footers included.
pub(crate) fn lay_out(sheet: &Sheet, faces: &Faces) -> Result<Pages, PaperError> {
    let mut cursor = Cursor {
        faces,
        direction: Direction::of_lang(&sheet.lang),
        pages: vec![Vec::new()],
        y: TOP,
    };
    cursor.paragraph(&sheet.title, TITLE, false)?;
    if let Some(subtitle) = &sheet.subtitle {
        cursor.paragraph(subtitle, SUBTITLE, true)?;
    }
    cursor.y += 4.0;
    let y = cursor.y;
    cursor.page().push(Item::Rule {
        x1: LEFT,
        x2: RIGHT,
        y,
    });
    cursor.y += 12.0;
    for block in &sheet.blocks {
        match block {
            Block::Heading(text) => cursor.heading(text)?,
            Block::Field { label, value } => cursor.field(label, value)?,
            Block::Paragraph(text) => {
                cursor.space(4.0);
                cursor.paragraph(text, BODY, false)?;
                cursor.y += 6.0;
            }
            Block::Signatures(captions) => cursor.signatures(captions)?,
            Block::Table { headers, rows } => cursor.table(headers, rows)?,
            Block::Chart(chart) => cursor.chart(chart)?,
        }
    }
    let mut pages = cursor.pages;
    if let Some(pattern) = &sheet.footer {
        footers(faces, sheet, pattern, &mut pages);
    }
    Ok(pages)
}

/// Prints the footer pattern, `{page}` and `{pages}` filled in, centred at each page's foot.
fn footers(faces: &Faces, sheet: &Sheet, pattern: &str, pages: &mut Pages) {
    let count = pages.len();
    let sheet_direction = Direction::of_lang(&sheet.lang);
    for (index, page) in pages.iter_mut().enumerate() {
        let text = pattern
            .replace("{page}", &(index + 1).to_string())
            .replace("{pages}", &count.to_string());
        let direction = match sheet_direction {
            Direction::Rtl => Direction::Rtl,
            Direction::Ltr => Direction::of(&text, Direction::Ltr),
        };
        let lines = break_lines(faces, &text, direction, FOOTNOTE, WIDTH);
        // One line: a footer that does not fit is cut rather than pushed into the margin.
        if let Some(line) = lines.into_iter().next() {
            let x = LEFT + (WIDTH - line.width) / 2.0;
            page.push(Item::Text {
                x,
                baseline: FOOTER,
                line,
                gray: true,
            });
        }
    }
}
