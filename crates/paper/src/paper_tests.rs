//! The PDFs read back: their text (extracted with `pdf-extract`, which follows the ToUnicode
//! maps), normalised to NFKC and to logical order, must be what the sheet said.
//!
//! Extraction gives each line in drawing order, i.e. visual order (left to right). For a
//! right-to-left line, running the bidi reordering again restores the logical order (for
//! text like ours — Arabic words with Latin codes and numbers — the reordering is its own
//! inverse). The module is named so `cargo test --workspace --lib -- paper` selects it.

use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::UnicodeNormalization;

use crate::fonts::{FaceId, Faces};
use crate::shape::shape;
use crate::{Block, MAX_BLOCKS, MAX_CHARS, MAX_PAGES, PaperError, Sheet, render};

fn field(label: &str, value: &str) -> Block {
    Block::Field {
        label: label.to_owned(),
        value: value.to_owned(),
    }
}

fn italian() -> Sheet {
    Sheet {
        lang: "it".to_owned(),
        title: "Progetto formativo e di orientamento".to_owned(),
        subtitle: Some("Tirocinio extracurriculare — art. 27 TUI, versione 2".to_owned()),
        blocks: vec![
            Block::Heading("Dati del tirocinante".to_owned()),
            field("Nome e cognome", "Amina Benali"),
            field("Luogo di nascita", "Casablanca (Marocco)"),
            field("Codice fiscale", "BNLMNA99A41Z330X"),
            Block::Heading("Soggetto ospitante".to_owned()),
            field("Ragione sociale", "Società Agricola Perù S.r.l."),
            field(
                "Sede del tirocinio",
                "Via dell'Università 12, Città di Castello",
            ),
            field(
                "Attività e competenze",
                "Manutenzione del verde; la qualità è una priorità, perché così è più sicuro",
            ),
            Block::Paragraph(
                "La stagiaire s'engage à respecter les règles de sécurité: élève, œuvre, garçon, \
                 Noël, où, déjà."
                    .to_owned(),
            ),
            Block::Paragraph(ITALIAN_WITH_ARABIC.to_owned()),
            Block::Signatures(vec![
                "Il soggetto promotore".to_owned(),
                "Il soggetto ospitante".to_owned(),
                "Il tirocinante".to_owned(),
            ]),
        ],
        footer: Some("Progetto formativo — pagina {page} di {pages}".to_owned()),
    }
}

/// Right-to-left text with a number inside, in a left-to-right paragraph: the number splits
/// the Arabic into two runs, which the bidi algorithm swaps (a naive "reverse the Arabic"
/// would not).
const ITALIAN_WITH_ARABIC: &str = "Indirizzo in Marocco: شارع 12 الرباط, come da passaporto.";

/// A right-to-left paragraph that starts with a Latin code.
const ARABIC_STARTING_LATIN: &str = "MI-2026-0042 هو رقم الملف لدى المحافظة.";

/// An Arabic line with a dash the Arabic face lacks: one right-to-left run drawn in two
/// faces, whose pieces go right to left too.
const ARABIC_WITH_DASH: &str = "المرحلة الأولى — التأشيرة";

const ARABIC_SENTENCE: &str =
    "يبدأ التدريب في 12/03/2026 لدى الشركة المضيفة في ميلانو، ورقم الملف MI-2026-0042.";

fn arabic() -> Sheet {
    Sheet {
        lang: "ar".to_owned(),
        title: "مشروع التدريب".to_owned(),
        subtitle: None,
        blocks: vec![
            Block::Heading("بيانات المتدرب".to_owned()),
            Block::Paragraph(ARABIC_WITH_DASH.to_owned()),
            field("الاسم", "أمينة بن علي"),
            field("رقم الملف", "MI-2026-0042"),
            Block::Paragraph(ARABIC_SENTENCE.to_owned()),
            Block::Paragraph(ARABIC_STARTING_LATIN.to_owned()),
        ],
        footer: Some("صفحة {page} من {pages}".to_owned()),
    }
}

/// Collapses runs of white space (extraction inserts spaces by position).
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of each page, each line NFKC-normalised and, for a right-to-left sheet, put back
/// in logical order.
fn pages_text(pdf: &[u8], rtl: bool) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .unwrap()
        .iter()
        .map(|page| {
            page.lines()
                .map(|line| {
                    let line = squeeze(&line.nfkc().collect::<String>());
                    logical_in(&line, rtl)
                })
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// A line read in visual order, reordered back to logical order with the bidi algorithm
/// (for a right-to-left line, or a left-to-right one holding right-to-left text).
fn logical(visual: &str) -> String {
    logical_in(visual, true)
}

fn logical_in(visual: &str, rtl: bool) -> String {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(visual, Some(base));
    bidi.paragraphs
        .iter()
        .map(|p| bidi.reorder_line(p, p.range.clone()).into_owned())
        .collect()
}

/// Without white space: pdf-extract 0.12 misreads the `c_first c_last width` entries of a
/// CID font's `/W` array (krilla writes them), so it takes every glyph to be zero-wide and
/// puts a space wherever a new run of glyphs starts. Spaces inside a run are reliable.
fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn text(pdf: &[u8], rtl: bool) -> String {
    pages_text(pdf, rtl).join("\n")
}

#[test]
fn paper_italian_training_project_round_trips_its_labels_and_values() {
    let sheet = italian();
    let pdf = render(&sheet).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let got = text(&pdf, false);
    let flat = compact(&got);
    for block in &sheet.blocks {
        let strings: Vec<&str> = match block {
            Block::Heading(t) | Block::Paragraph(t) => vec![t],
            Block::Field { label, value } => vec![label, value],
            Block::Signatures(c) => c.iter().map(String::as_str).collect(),
            Block::Table { .. } | Block::Chart(_) => Vec::new(),
        };
        for s in strings {
            let want = compact(&s.nfkc().collect::<String>());
            assert!(flat.contains(&want), "{want:?} not in {got}");
        }
    }
    // Within a run, the words' own spaces come back.
    assert!(got.contains("Progetto formativo e di orientamento"));
    assert!(got.contains("Società Agricola Perù S.r.l."));
    assert!(got.contains("Progetto formativo — pagina 1 di 1"), "{got}");
    assert!(pdf.windows(9).any(|w| w == b"/Lang(it)"));
    // The Arabic address falls back to the Arabic face; a sheet without Arabic does not
    // embed it (only the faces used are, as subsets).
    assert!(pdf.windows(15).any(|w| w == b"NotoNaskhArabic"));
    let latin = render(&Sheet {
        blocks: vec![field("Nome e cognome", "Amina Benali")],
        ..italian()
    })
    .unwrap();
    assert!(!latin.windows(15).any(|w| w == b"NotoNaskhArabic"));
    // A field's label and value share a row.
    assert!(
        got.lines().any(|l| l == "Codice fiscale BNLMNA99A41Z330X"),
        "{got}"
    );
}

#[test]
fn paper_arabic_sheet_round_trips_in_logical_order_with_its_latin_code() {
    let pdf = render(&arabic()).unwrap();
    let got = text(&pdf, true);
    let compact_text = compact(&got);
    for want in [
        "مشروع التدريب",
        "بيانات المتدرب",
        "صفحة 1 من 1",
        ARABIC_SENTENCE,
        ARABIC_STARTING_LATIN,
        ARABIC_WITH_DASH,
    ] {
        let want = compact(&want.nfkc().collect::<String>());
        assert!(compact_text.contains(&want), "{want:?} not in\n{got}");
    }
    // Within a run, the spaces between Arabic words are the sheet's own.
    assert!(got.contains("الشركة المضيفة في ميلانو،"), "{got}");
    // A row reads label (on the right) then value; the code keeps its own order.
    let rows: Vec<String> = got.lines().map(compact).collect();
    assert!(rows.contains(&compact("رقم الملف MI-2026-0042")), "{got}");
    assert!(rows.contains(&compact("الاسم أمينة بن علي")), "{got}");
    // The catalog names the language, for screen readers.
    assert!(pdf.windows(9).any(|w| w == b"/Lang(ar)"));
    // The Arabic letters come from the Arabic face (the Latin one has none of them).
    assert!(pdf.windows(15).any(|w| w == b"NotoNaskhArabic"));
}

#[test]
fn paper_an_arabic_value_in_an_italian_sheet_reads_right_to_left() {
    let sheet = Sheet {
        blocks: vec![field("Nome (in arabo)", "أمينة بن علي")],
        ..italian()
    };
    let pdf = render(&sheet).unwrap();
    let raw = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let line = raw
        .lines()
        .find(|l| l.starts_with("Nome (in arabo)"))
        .unwrap();
    let value = squeeze(line.trim_start_matches("Nome (in arabo)"));
    let value = value.as_str();
    // Drawn right to left: read visually, the last word comes first.
    assert_eq!(logical(value), "أمينة بن علي");
    assert_ne!(value, "أمينة بن علي");
}

#[test]
fn paper_arabic_letters_take_their_joined_forms() {
    let faces = Faces::load().unwrap();
    // ba, ya, ta: initial, medial and final forms, none the isolated letter.
    let word = "بيت";
    let run = shape(&faces, FaceId::Arabic, word, true, false, 10.0);
    let isolated: Vec<u32> = word
        .chars()
        .rev()
        .map(|c| u32::from(faces.get(FaceId::Arabic).shaper.glyph_index(c).unwrap().0))
        .collect();
    let shaped: Vec<u32> = run.glyphs.iter().map(|g| g.glyph_id.to_u32()).collect();
    assert_eq!(shaped.len(), 3);
    for (form, letter) in shaped.iter().zip(&isolated) {
        assert_ne!(form, letter, "{shaped:?} {isolated:?}");
    }
    // lam + alef take their ligature forms (two glyphs in this face), not the letters'.
    let ligature = shape(&faces, FaceId::Arabic, "لا", true, false, 10.0);
    let arabic = &faces.get(FaceId::Arabic).shaper;
    for (glyph, c) in ligature.glyphs.iter().zip(['ا', 'ل']) {
        assert_ne!(
            glyph.glyph_id.to_u32(),
            u32::from(arabic.glyph_index(c).unwrap().0)
        );
    }
}

#[test]
fn paper_a_long_paragraph_breaks_onto_a_second_page() {
    let words: Vec<String> = (0..700).map(|i| format!("parola{i}")).collect();
    let sheet = Sheet {
        blocks: vec![Block::Paragraph(words.join(" "))],
        ..italian()
    };
    let pdf = render(&sheet).unwrap();
    let pages = pages_text(&pdf, false);
    assert_eq!(pages.len(), 2, "{pages:#?}");
    assert!(pages[0].contains("parola0 parola1"));
    assert!(pages[1].contains("parola699"));
    assert!(!pages[0].contains("parola699"));
    assert!(pages[1].contains("pagina 2 di 2"));
    // Every word once, in order, none lost at a line or page break.
    let all = squeeze(&pages.join(" "));
    let mut at = 0;
    for word in &words {
        let found = all[at..].find(&format!("{word} ")).map(|i| at + i);
        let found = found.or_else(|| all[at..].find(word.as_str()).map(|i| at + i));
        at = found.unwrap_or_else(|| panic!("{word} missing")) + word.len();
    }
}

#[test]
fn paper_lines_stay_within_the_margins() {
    let faces = Faces::load().unwrap();
    let long = "Manutenzione del verde pubblico e privato ".repeat(20) + &"X".repeat(300);
    for (text, rtl) in [(long.as_str(), false), (ARABIC_SENTENCE, true)] {
        let direction = if rtl {
            crate::line::Direction::Rtl
        } else {
            crate::line::Direction::Ltr
        };
        let style = crate::line::Style {
            size: 10.0,
            bold: false,
        };
        let lines = crate::line::break_lines(&faces, &text.repeat(5), direction, style, 300.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(line.width <= 300.0 + 0.01, "{}", line.width);
        }
    }
}

#[test]
fn paper_the_same_sheet_gives_the_same_bytes() {
    for sheet in [italian(), arabic()] {
        let first = render(&sheet).unwrap();
        assert_eq!(first, render(&sheet).unwrap());
        let mut changed = sheet.clone();
        changed.title.push('.');
        assert_ne!(first, render(&changed).unwrap());
    }
}

#[test]
fn paper_an_over_large_sheet_is_refused() {
    let too_many = Sheet {
        blocks: vec![Block::Heading("x".to_owned()); MAX_BLOCKS + 1],
        ..italian()
    };
    assert_eq!(
        render(&too_many),
        Err(PaperError::TooLarge {
            what: "blocks",
            limit: MAX_BLOCKS
        })
    );
    let too_long = Sheet {
        blocks: vec![Block::Paragraph("é".repeat(MAX_CHARS + 1))],
        ..italian()
    };
    assert_eq!(
        render(&too_long),
        Err(PaperError::TooLarge {
            what: "characters",
            limit: MAX_CHARS
        })
    );
    // Within the character limit but one short line per character: too many pages.
    let too_tall = Sheet {
        blocks: vec![Block::Paragraph("a\n".repeat(MAX_CHARS / 2 - 100))],
        ..italian()
    };
    assert_eq!(
        render(&too_tall),
        Err(PaperError::TooLarge {
            what: "pages",
            limit: MAX_PAGES
        })
    );
    // At the limits' edge, a sheet still renders.
    let fits = Sheet {
        blocks: vec![Block::Heading("x".to_owned()); MAX_BLOCKS],
        ..italian()
    };
    assert!(render(&fits).is_ok());
}

#[test]
fn paper_a_language_tag_must_be_bcp47_shaped() {
    for bad in ["", "it) /Evil (", "-it", "it_IT"] {
        let sheet = Sheet {
            lang: bad.to_owned(),
            ..italian()
        };
        assert!(
            matches!(render(&sheet), Err(PaperError::InvalidLanguage(_))),
            "{bad}"
        );
    }
    let sheet = Sheet {
        lang: "fr-MA".to_owned(),
        ..italian()
    };
    assert!(render(&sheet).is_ok());
}
