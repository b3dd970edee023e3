//! Drawing: laid-out pages written as a PDF with krilla.
//!
//! krilla embeds each face as a subset of the glyphs used, writes a ToUnicode map from the
//! text each glyph stands for (so the text can be copied and extracted), and sets the
//! catalog's `/Lang`. No creation date is set, so the bytes depend on the sheet alone.

use krilla::Document;
use krilla::color::{luma, rgb};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{Metadata, TextDirection};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use crate::fonts::{FaceId, Faces};
use crate::layout::{Item, PAGE_HEIGHT, PAGE_WIDTH};
use crate::line::{Direction, Line};
use crate::{PaperError, Sheet};

/// Labels, captions and the footer are dark gray; values and running text black.
const GRAY: u8 = 85;
/// The stroke that emboldens the Arabic face, as a share of the font size.
const EMBOLDEN: f32 = 0.035;

/// Writes the pages as a PDF.
pub(crate) fn draw(
    sheet: &Sheet,
    faces: &Faces,
    pages: &[Vec<Item>],
) -> Result<Vec<u8>, PaperError> {
    let mut document = Document::new();
    let direction = match Direction::of_lang(&sheet.lang) {
        Direction::Ltr => TextDirection::LeftToRight,
        Direction::Rtl => TextDirection::RightToLeft,
    };
    document.set_metadata(
        Metadata::new()
            .title(sheet.title.clone())
            .language(sheet.lang.clone())
            .creator("Mentor".to_owned())
            .text_direction(direction),
    );
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PaperError::Pdf("page size".to_owned()))?;
    for items in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for item in items {
            match item {
                Item::Text {
                    x,
                    baseline,
                    line,
                    gray,
                } => text(&mut surface, faces, *x, *baseline, line, *gray),
                Item::Frame { x, y, w, h } => frame(&mut surface, Rect::from_xywh(*x, *y, *w, *h)),
                Item::Rule { x1, x2, y } => {
                    frame(&mut surface, Rect::from_ltrb(*x1, *y, *x2, *y + 0.6))
                }
                Item::Fill {
                    x,
                    y,
                    w,
                    h,
                    rgb,
                    stroke,
                } => fill(&mut surface, Rect::from_xywh(*x, *y, *w, *h), *rgb, *stroke),
                Item::Stroke {
                    from,
                    to,
                    width,
                    rgb,
                } => line(&mut surface, *from, *to, *width, *rgb),
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|error| PaperError::Pdf(format!("{error:?}")))
}

fn paint(gray: bool) -> luma::Color {
    if gray {
        luma::Color::new(GRAY)
    } else {
        luma::Color::black()
    }
}

/// Draws a line's runs left to right from `x`.
fn text(surface: &mut Surface<'_>, faces: &Faces, x: f32, baseline: f32, line: &Line, gray: bool) {
    let mut x = x;
    for run in &line.runs {
        let color = paint(gray);
        surface.set_fill(Some(Fill {
            paint: color.into(),
            ..Fill::default()
        }));
        // The one Arabic face has no bold: fill and stroke its outlines instead.
        let embolden = run.bold && run.face == FaceId::Arabic;
        surface.set_stroke(embolden.then(|| Stroke {
            paint: color.into(),
            width: run.size * EMBOLDEN,
            ..Stroke::default()
        }));
        surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &run.glyphs,
            faces.get(run.face).pdf.clone(),
            &run.text,
            run.size,
            false,
        );
        x += run.width;
    }
    surface.set_stroke(None);
}

/// Strokes a thin rectangle (a signature box), or fills a hairline one (a rule).
fn frame(surface: &mut Surface<'_>, rect: Option<Rect>) {
    let Some(rect) = rect else { return };
    let mut builder = PathBuilder::new();
    builder.push_rect(rect);
    let Some(path) = builder.finish() else { return };
    if rect.height() < 1.0 {
        surface.set_stroke(None);
        surface.set_fill(Some(Fill {
            paint: luma::Color::new(GRAY).into(),
            ..Fill::default()
        }));
    } else {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: luma::Color::new(GRAY).into(),
            width: 0.7,
            ..Stroke::default()
        }));
    }
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// Fills a rectangle with a colour, outlined in another if asked (a chart's bar or track).
fn fill(
    surface: &mut Surface<'_>,
    rect: Option<Rect>,
    color: (u8, u8, u8),
    outline: Option<(u8, u8, u8)>,
) {
    let Some(rect) = rect else { return };
    let mut builder = PathBuilder::new();
    builder.push_rect(rect);
    let Some(path) = builder.finish() else { return };
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        ..Fill::default()
    }));
    surface.set_stroke(outline.map(|c| Stroke {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        width: 0.6,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// Strokes a straight line (a chart's hatching).
fn line(
    surface: &mut Surface<'_>,
    from: (f32, f32),
    to: (f32, f32),
    width: f32,
    color: (u8, u8, u8),
) {
    let mut builder = PathBuilder::new();
    builder.move_to(from.0, from.1);
    builder.line_to(to.0, to.1);
    let Some(path) = builder.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}
