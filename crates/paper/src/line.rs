//! Lines: a paragraph of text broken to a width, each line ordered for display.
//!
//! The Unicode bidi algorithm (UAX #9, `unicode-bidi`) resolves each character's embedding
//! level over the whole paragraph; the paragraph is then broken into lines in logical
//! order at spaces (measured with the shaped glyphs), and each line is reordered visually
//! (rule L2), so "رقم الملف MI-2026-0042" shows the code left to right inside right-to-left
//! text. Each visual run is then split by face (Latin/Arabic) and shaped in its direction.

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use crate::fonts::{FaceId, Faces};
use crate::shape::{Run, shape};

/// A paragraph's base direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The direction of a text: that of its first strong letter (rules P2–P3), or `fallback`
    /// when it has none (digits, punctuation, empty).
    pub(crate) fn of(text: &str, fallback: Self) -> Self {
        for c in text.chars() {
            match bidi_class(c) {
                BidiClass::L => return Self::Ltr,
                BidiClass::R | BidiClass::AL => return Self::Rtl,
                _ => {}
            }
        }
        fallback
    }

    /// The direction a language is written in (the primary subtag decides).
    pub(crate) fn of_lang(lang: &str) -> Self {
        let primary = lang.split('-').next().unwrap_or_default();
        if ["ar", "he", "fa", "ur", "ps", "yi", "ckb", "dv", "sd", "ug"]
            .iter()
            .any(|rtl| primary.eq_ignore_ascii_case(rtl))
        {
            Self::Rtl
        } else {
            Self::Ltr
        }
    }
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub(crate) size: f32,
    pub(crate) bold: bool,
}

/// A line ready to draw: its runs in visual order (left to right) and their total width.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    pub(crate) width: f32,
}

/// Breaks `text` (one paragraph; a `\n` starts a new line) into lines of at most `width`
/// points; a word longer than a line is cut between characters. Empty text gives one
/// empty line, so a blank paragraph still takes its place.
pub(crate) fn break_lines(
    faces: &Faces,
    text: &str,
    direction: Direction,
    style: Style,
    width: f32,
) -> Vec<Line> {
    let mut lines = Vec::new();
    for part in text.split('\n') {
        let part = clean(part);
        break_paragraph(faces, &part, direction, style, width, &mut lines);
    }
    lines
}

/// Drops control characters (a tab becomes a space): they have no glyph, and the paragraph
/// separators among them would split the bidi paragraph.
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\u{2028}' | '\u{2029}' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

fn break_paragraph(
    faces: &Faces,
    text: &str,
    direction: Direction,
    style: Style,
    width: f32,
    lines: &mut Vec<Line>,
) {
    let base = match direction {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    };
    let bidi = BidiInfo::new(text, Some(base));
    let Some(paragraph) = bidi.paragraphs.first() else {
        lines.push(Line {
            runs: Vec::new(),
            width: 0.0,
        });
        return;
    };
    let faced = faces_of(faces, text, style.bold);
    let widths = advances(faces, text, &bidi.levels, &faced, style);
    let measure = |range: Range<usize>| -> f32 { widths[range.end] - widths[range.start] };

    let mut line_start = 0usize;
    let mut line_end = 0usize; // end of the last word that fits, trailing spaces excluded
    let mut line_width = 0.0f32;
    for word in words(text) {
        let word_width = measure(word.clone());
        let gap = if line_end > line_start {
            measure(line_end..word.start)
        } else {
            0.0
        };
        if line_end > line_start && line_width + gap + word_width > width {
            lines.push(order(
                faces,
                &bidi,
                paragraph,
                &faced,
                style,
                line_start..line_end,
            ));
            line_start = word.start;
            line_end = word.start;
            line_width = 0.0;
        }
        if word_width > width {
            // A word wider than a line (a long code, a URL): cut between characters.
            for chunk in cut(text, word.clone(), width, &measure) {
                if chunk.end == word.end {
                    line_start = chunk.start;
                    line_end = chunk.end;
                    line_width = measure(chunk);
                } else {
                    lines.push(order(faces, &bidi, paragraph, &faced, style, chunk));
                }
            }
        } else {
            if line_end == line_start {
                line_start = word.start;
            }
            line_width += gap + word_width;
            line_end = word.end;
        }
    }
    lines.push(order(
        faces,
        &bidi,
        paragraph,
        &faced,
        style,
        line_start..line_end,
    ));
}

/// The running width of `text` at each byte offset (entry `i` is the width of `..i`), from
/// shaping the whole paragraph once, piece by piece: a range's width is then a subtraction,
/// whichever words are tried on a line. Each glyph's advance counts at its cluster's first
/// byte, so a range that ends between words measures exactly what its glyphs take.
fn advances(
    faces: &Faces,
    text: &str,
    levels: &[Level],
    faced: &[FaceId],
    style: Style,
) -> Vec<f32> {
    let mut at_byte = vec![0.0f32; text.len()];
    for (range, face, rtl) in pieces(levels, faced, 0..text.len()) {
        let run = shape(
            faces,
            face,
            &text[range.clone()],
            rtl,
            style.bold,
            style.size,
        );
        for glyph in &run.glyphs {
            if let Some(slot) = at_byte.get_mut(range.start + glyph.text_range.start) {
                *slot += glyph.x_advance * run.size;
            }
        }
    }
    let mut running = Vec::with_capacity(text.len() + 1);
    let mut total = 0.0f32;
    running.push(total);
    for width in at_byte {
        total += width;
        running.push(total);
    }
    running
}

/// The words of `text` as byte ranges, split at spaces (a line never starts or ends with
/// the space that broke it; the spaces between two words on a line are measured with them).
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let space = c == ' ' || c == '\u{3000}';
        match (start, space) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Cuts the word at `range` into pieces no wider than `width` (each at least one character,
/// so a very narrow width still makes progress).
fn cut(
    text: &str,
    range: Range<usize>,
    width: f32,
    measure: &impl Fn(Range<usize>) -> f32,
) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = range.start;
    let mut used = 0.0;
    for (offset, c) in text[range.clone()].char_indices() {
        let at = range.start + offset;
        let w = measure(at..at + c.len_utf8());
        if at > start && used + w > width {
            pieces.push(start..at);
            start = at;
            used = 0.0;
        }
        used += w;
    }
    pieces.push(start..range.end);
    pieces
}

/// The face of each character (indexed by byte, like the bidi levels).
fn faces_of(faces: &Faces, text: &str, bold: bool) -> Vec<FaceId> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous = None;
    for c in text.chars() {
        let face = faces.pick(c, bold, previous);
        previous = Some(face);
        out.extend(std::iter::repeat_n(face, c.len_utf8()));
    }
    out
}

/// The logical pieces of `range` that share a level and a face, with their direction.
fn pieces(
    levels: &[Level],
    faced: &[FaceId],
    range: Range<usize>,
) -> Vec<(Range<usize>, FaceId, bool)> {
    let mut out: Vec<(Range<usize>, FaceId, bool)> = Vec::new();
    let mut at = range.start;
    while at < range.end {
        let (level, face) = (levels[at], faced[at]);
        let mut end = at + 1;
        while end < range.end && levels[end] == level && faced[end] == face {
            end += 1;
        }
        out.push((at..end, face, level.is_rtl()));
        at = end;
    }
    out
}

/// Shapes the line `range` in visual order: the bidi runs reordered (rule L2), each split by
/// face, the pieces of a right-to-left run placed right to left.
fn order(
    faces: &Faces,
    bidi: &BidiInfo<'_>,
    paragraph: &unicode_bidi::ParagraphInfo,
    faced: &[FaceId],
    style: Style,
    range: Range<usize>,
) -> Line {
    let text = bidi.text;
    let mut runs = Vec::new();
    if range.is_empty() {
        return Line { runs, width: 0.0 };
    }
    let (levels, visual) = bidi.visual_runs(paragraph, range);
    for run in visual {
        let mut parts = pieces(&levels, faced, run);
        if parts.first().is_some_and(|(_, _, rtl)| *rtl) {
            parts.reverse();
        }
        for (r, face, rtl) in parts {
            runs.push(shape(faces, face, &text[r], rtl, style.bold, style.size));
        }
    }
    let width = runs.iter().map(|r| r.width).sum();
    Line { runs, width }
}
