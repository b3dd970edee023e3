//! Shaping: a run of text in one face and one direction becomes positioned glyphs.
//!
//! rustybuzz (a port of HarfBuzz, and the shaper krilla uses itself) picks the joined forms
//! of Arabic letters (initial, medial, final), the lam-alef ligatures and the kerning; the
//! same glyphs measure a line when it is broken and draw it, so what fits is what is drawn.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};

use crate::fonts::{FaceId, Faces};

/// How much larger Arabic is set than the Latin text around it.
const ARABIC_SCALE: f32 = 1.15;

/// A shaped run: glyphs in visual order (left to right), each knowing the bytes of `text` it
/// stands for (krilla turns that into the PDF's ToUnicode map, for copying and extraction).
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub(crate) face: FaceId,
    /// Bold wanted: the Latin bold face is already bold; the Arabic face is emboldened.
    pub(crate) bold: bool,
    /// The size the run is drawn at (Arabic's is scaled).
    pub(crate) size: f32,
    pub(crate) text: String,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// Width in points at `size`.
    pub(crate) width: f32,
}

/// Shapes `text` (one face, one direction) at `size` points (the text's nominal size).
pub(crate) fn shape(
    faces: &Faces,
    face: FaceId,
    text: &str,
    rtl: bool,
    bold: bool,
    size: f32,
) -> Run {
    let font = faces.get(face);
    // Naskh's letters are small for their em beside Noto Sans': scaled so both read alike.
    let size = if face == FaceId::Arabic {
        size * ARABIC_SCALE
    } else {
        size
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    // Direction and script set as the plan's, so the plan applies to the buffer.
    buffer.set_script(font.script);
    let output = rustybuzz::shape_with_plan(&font.shaper, font.plan(rtl), buffer);
    let em = font.units_per_em;
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut width = 0.0;
    for (index, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let advance = pos.x_advance as f32 / em;
        width += advance * size;
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(info.glyph_id),
            advance,
            pos.x_offset as f32 / em,
            pos.y_offset as f32 / em,
            pos.y_advance as f32 / em,
            cluster_range(infos, index, rtl, text.len()),
            None,
        ));
    }
    Run {
        face,
        bold,
        size,
        text: text.to_owned(),
        glyphs,
        width,
    }
}

/// The bytes of the text that glyph `index` belongs to: from its cluster to the next
/// cluster in logical order (glyphs come in visual order, so for right-to-left text the next
/// cluster is at a lower index). Glyphs of one cluster (a letter and its mark) share it.
fn cluster_range(
    infos: &[rustybuzz::GlyphInfo],
    index: usize,
    rtl: bool,
    len: usize,
) -> Range<usize> {
    let start = infos[index].cluster;
    let next = if rtl {
        infos[..index].iter().rev().find(|i| i.cluster != start)
    } else {
        infos[index + 1..].iter().find(|i| i.cluster != start)
    };
    let start = start as usize;
    let end = next.map_or(len, |i| i.cluster as usize);
    start..end.max(start)
}
