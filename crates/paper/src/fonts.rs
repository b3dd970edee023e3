//! The bundled fonts, and which of them draws which character.
//!
//! Noto Sans (regular and bold, subset to Latin: Italian and French accents, Latin-1 and
//! Extended, punctuation, €) and Noto Naskh Arabic (regular), all SIL OFL 1.1 — see
//! `fonts/README.md` and `fonts/OFL.txt`. They are compiled in with `include_bytes!`: the
//! renderer reads no file and downloads nothing, and every server renders the same glyphs.
//! A sheet's text falls back per character run from the Latin face to the Arabic one.

use crate::PaperError;

static LATIN_REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
static ARABIC: &[u8] = include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf");

/// Which bundled face draws a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FaceId {
    LatinRegular,
    LatinBold,
    /// The one Arabic face; bold Arabic is this face filled and stroked (see `draw`).
    Arabic,
}

/// One bundled face, parsed twice: for shaping and measuring (rustybuzz) and for embedding
/// (krilla, which subsets it to the glyphs used).
pub(crate) struct Face {
    pub(crate) shaper: rustybuzz::Face<'static>,
    /// The script the face is shaped as (its runs hold its script's letters, or neutrals).
    pub(crate) script: rustybuzz::Script,
    /// Shaping plans, left to right and right to left: compiling a plan (collecting the
    /// font's features) costs far more than shaping a word, so it is done once per render.
    plans: [rustybuzz::ShapePlan; 2],
    pub(crate) pdf: krilla::text::Font,
    /// Font units per em: glyph advances are divided by it to get em fractions.
    pub(crate) units_per_em: f32,
}

impl Face {
    fn load(
        data: &'static [u8],
        name: &'static str,
        script: rustybuzz::Script,
    ) -> Result<Self, PaperError> {
        let shaper = rustybuzz::Face::from_slice(data, 0).ok_or(PaperError::Font(name))?;
        let plan =
            |direction| rustybuzz::ShapePlan::new(&shaper, direction, Some(script), None, &[]);
        let plans = [
            plan(rustybuzz::Direction::LeftToRight),
            plan(rustybuzz::Direction::RightToLeft),
        ];
        let pdf = krilla::text::Font::new(data.into(), 0).ok_or(PaperError::Font(name))?;
        let units_per_em = f32::from(u16::try_from(shaper.units_per_em()).unwrap_or(1000));
        Ok(Self {
            shaper,
            script,
            plans,
            pdf,
            units_per_em,
        })
    }

    /// The plan for shaping this face's runs in a direction.
    pub(crate) fn plan(&self, rtl: bool) -> &rustybuzz::ShapePlan {
        &self.plans[usize::from(rtl)]
    }

    fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

/// The bundled faces, parsed once per render (parsing is cheap; keeping no global state keeps
/// the crate free of statics that tests would share).
pub(crate) struct Faces {
    latin_regular: Face,
    latin_bold: Face,
    arabic: Face,
}

impl Faces {
    /// Parses the bundled fonts.
    ///
    /// # Errors
    /// [`PaperError::Font`] if a bundled file does not parse (a build defect; tested).
    pub(crate) fn load() -> Result<Self, PaperError> {
        Ok(Self {
            latin_regular: Face::load(LATIN_REGULAR, "NotoSans-Regular", rustybuzz::script::LATIN)?,
            latin_bold: Face::load(LATIN_BOLD, "NotoSans-Bold", rustybuzz::script::LATIN)?,
            arabic: Face::load(ARABIC, "NotoNaskhArabic-Regular", rustybuzz::script::ARABIC)?,
        })
    }

    pub(crate) fn get(&self, id: FaceId) -> &Face {
        match id {
            FaceId::LatinRegular => &self.latin_regular,
            FaceId::LatinBold => &self.latin_bold,
            FaceId::Arabic => &self.arabic,
        }
    }

    /// The face that draws `c`: Arabic letters from the Arabic face; spaces and punctuation
    /// from the face of the character before them when it has them (so an Arabic sentence's
    /// spaces and full stop stay in its run, and are shaped with it); anything else from the
    /// Latin face, or the Arabic one when only it has the character.
    pub(crate) fn pick(&self, c: char, bold: bool, previous: Option<FaceId>) -> FaceId {
        let latin = if bold {
            FaceId::LatinBold
        } else {
            FaceId::LatinRegular
        };
        if is_arabic_script(c) && self.arabic.has(c) {
            return FaceId::Arabic;
        }
        if let Some(previous) = previous
            && (c.is_whitespace() || is_punctuation(c))
            && self.get(previous).has(c)
        {
            return previous;
        }
        if self.get(latin).has(c) || !self.arabic.has(c) {
            latin
        } else {
            FaceId::Arabic
        }
    }
}

/// Characters of the Arabic blocks (letters, Arabic-Indic digits, Arabic punctuation,
/// presentation forms), which the Latin face lacks.
fn is_arabic_script(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFE}')
}

/// Punctuation that belongs to whichever script surrounds it.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || matches!(c, '\u{00AB}' | '\u{00BB}' | '\u{2010}'..='\u{2027}')
}
