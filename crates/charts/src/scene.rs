//! A laid-out chart: shapes at coordinates, ready for any renderer (SVG here, PDF in
//! `paper`). Coordinates are from the top left, y growing downwards, in the unit of the
//! width the chart was laid out for (CSS pixels for a page, points for a PDF).

/// The direction of the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`, as HTML and SVG write it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Where a text's `x` is, on the page (not in the text's own direction): its left end,
/// its middle or its right end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    Left,
    Middle,
    Right,
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle, outlined when `stroke` is set.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Color,
        stroke: Option<Color>,
    },
    /// A straight line (a pattern's hatching, a target mark, an axis).
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Color,
        width: f32,
    },
    /// One line of text with its baseline at `y`. `direction` is the text's own: the
    /// chart's for words, always left to right for numbers (so "1.234 €" never reorders
    /// inside Arabic). Its width fits the space the layout gave it by [`crate::layout`]'s
    /// estimate; the full text is always in the chart's table.
    Text {
        x: f32,
        y: f32,
        text: String,
        size: f32,
        bold: bool,
        anchor: Anchor,
        direction: Direction,
        color: Color,
    },
}

/// A chart laid out: its size, what it is called and says, and its shapes in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The chart's key, safe for an element id.
    pub key: String,
    pub width: f32,
    pub height: f32,
    pub direction: Direction,
    pub title: String,
    pub summary: String,
    pub shapes: Vec<Shape>,
}
