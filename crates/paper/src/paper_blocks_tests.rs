//! Tables and charts on paper: what they say comes back out of the PDF, right to left
//! mirrors their columns, long ones break across pages, and the bytes stay the same.
//! Named so `cargo test --workspace --lib -- paper` selects it.

use charts::{Chart, Kind, Point, Series};

use crate::fonts::Faces;
use crate::layout::{Item, LEFT, RIGHT, lay_out};
use crate::{Block, MAX_BLOCKS, PaperError, Sheet, render};

fn sheet(lang: &str, blocks: Vec<Block>) -> Sheet {
    Sheet {
        lang: lang.to_owned(),
        title: "Rapporto".to_owned(),
        subtitle: None,
        blocks,
        footer: Some("{page}/{pages}".to_owned()),
    }
}

fn table(rows: usize) -> Block {
    Block::Table {
        headers: vec![
            "Codice".to_owned(),
            "Indicatore".to_owned(),
            "Valore".to_owned(),
        ],
        rows: (0..rows)
            .map(|i| {
                vec![
                    format!("OS1.R{i}.I1"),
                    format!("Tirocini completati nella regione numero {i}"),
                    format!("{}", 1000 + i),
                ]
            })
            .collect(),
    }
}

fn chart(categories: usize) -> Chart {
    Chart {
        key: "funnel".to_owned(),
        kind: Kind::Funnel,
        title: "Dalla candidatura al tirocinio".to_owned(),
        summary: "Quante persone a ogni passo".to_owned(),
        category_header: "Passo".to_owned(),
        categories: (0..categories).map(|i| format!("Passo{i}")).collect(),
        series: vec![Series::new(
            "Persone",
            (0..categories as i64)
                .map(|i| Point::new(10_000 - i, format!("N{}", 10_000 - i)))
                .collect(),
        )],
    }
}

/// The text of each page with white space removed (see `paper_tests::compact`).
fn pages(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .unwrap()
        .iter()
        .map(|p| p.chars().filter(|c| !c.is_whitespace()).collect())
        .collect()
}

/// The left end of the drawn text that holds `needle`, on any page.
fn x_of(sheet: &Sheet, needle: &str) -> f32 {
    let faces = Faces::load().unwrap();
    let pages = lay_out(sheet, &faces).unwrap();
    pages
        .iter()
        .flatten()
        .find_map(|item| match item {
            Item::Text { x, line, .. }
                if line
                    .runs
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect::<String>()
                    == needle =>
            {
                Some(*x)
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("{needle} not drawn"))
}

#[test]
fn paper_a_table_reads_back_row_by_row() {
    let pdf = render(&sheet("it", vec![table(3)])).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let rows: Vec<String> = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    assert!(
        rows.contains(&"CodiceIndicatoreValore".to_owned()),
        "{text}"
    );
    // A row's cells come back on one line, in column order.
    assert!(
        rows.contains(&"OS1.R2.I1Tirocinicompletatinellaregionenumero21002".to_owned()),
        "{text}"
    );
}

#[test]
fn paper_a_long_table_breaks_across_pages_repeating_its_header() {
    let pdf = render(&sheet("it", vec![table(120)])).unwrap();
    let pages = pages(&pdf);
    assert!(pages.len() >= 3, "{}", pages.len());
    for page in &pages {
        assert!(page.contains("CodiceIndicatoreValore"), "{page}");
    }
    // Every row once, none lost at a page break.
    let all = pages.concat();
    for i in 0..120 {
        assert_eq!(
            all.matches(&format!("OS1.R{i}.I1Tiroc")).count(),
            1,
            "row {i}"
        );
    }
}

#[test]
fn paper_right_to_left_the_first_column_is_the_rightmost() {
    let rows = vec![vec!["MI-1".to_owned(), "41".to_owned()]];
    let headers = vec!["الرمز".to_owned(), "القيمة".to_owned()];
    let arabic = sheet(
        "ar",
        vec![Block::Table {
            headers,
            rows: rows.clone(),
        }],
    );
    let italian = sheet(
        "it",
        vec![Block::Table {
            headers: vec!["Codice".to_owned(), "Valore".to_owned()],
            rows,
        }],
    );
    assert!(x_of(&arabic, "MI-1") > x_of(&arabic, "41"));
    assert!(x_of(&italian, "MI-1") < x_of(&italian, "41"));
    // Within the margins either way.
    for s in [&arabic, &italian] {
        for needle in ["MI-1", "41"] {
            let x = x_of(s, needle);
            assert!((LEFT..=RIGHT).contains(&x), "{x}");
        }
    }
}

#[test]
fn paper_a_chart_is_drawn_with_its_words_and_values() {
    let sheet = sheet("it", vec![Block::Chart(chart(4))]);
    let pdf = render(&sheet).unwrap();
    let all = pages(&pdf).concat();
    for want in [
        "Dallacandidaturaaltirocinio",
        "Passo0",
        "N10000",
        "Passo3",
        "N9997",
    ] {
        assert!(all.contains(want), "{want} not in {all}");
    }
    // Bars are filled in the chart's colours, as vector paths.
    let faces = Faces::load().unwrap();
    let laid = lay_out(&sheet, &faces).unwrap();
    let bars = laid[0]
        .iter()
        .filter(|i| {
            matches!(
                i,
                Item::Fill {
                    rgb: (0x1f, 0x4e, 0x79),
                    ..
                }
            )
        })
        .count();
    assert_eq!(bars, 4);
    assert_eq!(pdf, render(&sheet).unwrap());
}

#[test]
fn paper_a_chart_taller_than_a_page_is_split_between_its_categories() {
    let pdf = render(&sheet("it", vec![Block::Chart(chart(60))])).unwrap();
    let pages = pages(&pdf);
    assert!(pages.len() >= 3, "{}", pages.len());
    let all = pages.concat();
    for i in 0..60 {
        assert_eq!(
            all.matches(&format!("Passo{i}N")).count(),
            1,
            "category {i}"
        );
    }
    // Each part carries the title.
    for page in &pages {
        assert!(page.contains("Dallacandidaturaaltirocinio"));
    }
}

#[test]
fn paper_an_arabic_chart_shapes_its_labels() {
    let mut arabic = chart(2);
    arabic.title = "من الترشح إلى التدريب".to_owned();
    arabic.categories = vec!["الترشحات".to_owned(), "المقبولون".to_owned()];
    let pdf = render(&sheet("ar", vec![Block::Chart(arabic)])).unwrap();
    assert!(pdf.windows(15).any(|w| w == b"NotoNaskhArabic"));
    let all = pages(&pdf).concat();
    assert!(all.contains("N10000"), "{all}");
}

#[test]
fn paper_table_rows_and_chart_categories_count_against_the_limits() {
    assert_eq!(
        render(&sheet("it", vec![table(MAX_BLOCKS + 1)])),
        Err(PaperError::TooLarge {
            what: "blocks",
            limit: MAX_BLOCKS
        })
    );
    assert!(matches!(
        render(&sheet("it", vec![Block::Chart(chart(MAX_BLOCKS + 1))])),
        Err(PaperError::TooLarge { .. })
    ));
}
