//! The charts of a report and its PDF, read back: the figures and words that go in come
//! out, in Italian and in Arabic; the same report gives the same bytes; a large one
//! paginates within bounds. Named `donor_report::tests`, selected with `-- donor_report`.

use chrono::NaiveDate;
use domain::Locale;
use domain::results::{Report, Unit};
use i18n::Tr;
use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::UnicodeNormalization;

use super::fixture::{indicator, report};
use super::{charts_of, pdf};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn it() -> Tr {
    Tr::new(Locale::It)
}

/// The PDF's text, each line NFKC-normalised and (right to left) put back in logical
/// order, white space removed (as `paper`'s tests read PDFs back).
fn text(pdf: &[u8], rtl: bool) -> Vec<String> {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .unwrap()
        .iter()
        .map(|page| {
            page.lines()
                .map(|line| {
                    let line: String = line.nfkc().collect();
                    let bidi = BidiInfo::new(&line, Some(base));
                    let logical: String = bidi
                        .paragraphs
                        .iter()
                        .map(|p| bidi.reorder_line(p, p.range.clone()).into_owned())
                        .collect();
                    compact(&logical)
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

fn compact(text: &str) -> String {
    text.nfkc()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[test]
fn every_chart_is_drawn_from_the_report_in_order() {
    let charts = charts_of(&report(None), &it());
    let keys: Vec<&str> = charts.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "funnel",
            "outcomes-by-country",
            "procedure-days",
            "company-pipeline",
            "indicator-progress"
        ]
    );
    let funnel = charts[0].table();
    assert_eq!(funnel.headers, ["Passo", "Persone"]);
    assert_eq!(funnel.rows[0], ["Candidature", "1.234"]);
    assert_eq!(funnel.rows[5], ["Tirocinio concluso", "41"]);
    assert_eq!(funnel.rows.len(), 6);

    let outcomes = charts[1].table();
    assert_eq!(
        outcomes.headers,
        ["Paese", "In Italia alla fine", "Rientrati a casa"]
    );
    assert_eq!(
        outcomes.rows,
        [["Tunisia", "20", "3"], ["Marocco", "9", "9"]]
    );

    let procedure = charts[2].table();
    assert_eq!(procedure.rows[0], ["Progetto formativo", "12,4"]);
    assert_eq!(procedure.rows[1], ["Esame della Regione", "45,6"]);
    assert_eq!(procedure.rows[2], ["Visto rilasciato", "0,0"]);

    // Stages in the pipeline's order, not the figure's.
    let pipeline = charts[3].table();
    let stages: Vec<&str> = pipeline.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(stages, ["Individuata", "Contattata", "Ospita tirocinanti"]);

    let progress = charts[4].table();
    assert_eq!(
        progress.headers,
        ["Indicatore", "Valore", "Obiettivo", "% dell'obiettivo"]
    );
    assert_eq!(
        progress.rows,
        [
            ["OS1.I1 Aziende coinvolte", "36", "300", "12%"],
            ["OS1.R1.I1 Tirocinanti collocati", "41", "40", "102,5%"],
            [
                "OS1.R1.I2 Quota rimasta in Italia",
                "70,73%",
                "50%",
                "141,46%"
            ],
        ]
    );
}

#[test]
fn a_submitted_period_charts_the_values_it_froze() {
    let charts = charts_of(&report(Some(true)), &it());
    let progress = charts.last().unwrap().table();
    assert_eq!(progress.rows[1][1], "40");
}

#[test]
fn charts_without_data_are_left_out() {
    let mut empty = report(None);
    empty.computed.clear();
    for objective in &mut empty.objectives {
        objective.indicators.clear();
        objective.results.clear();
    }
    assert!(charts_of(&empty, &it()).is_empty());
    // Outcomes of zero everywhere: the chart is not drawn, the others are.
    let mut no_outcomes = report(None);
    no_outcomes
        .computed
        .retain(|(code, _)| code != "in_italy" && code != "returned_home");
    let keys: Vec<String> = charts_of(&no_outcomes, &it())
        .into_iter()
        .map(|c| c.key)
        .collect();
    assert!(!keys.contains(&"outcomes-by-country".to_owned()));
    assert!(keys.contains(&"funnel".to_owned()));
}

#[test]
fn every_label_is_translated_in_every_language() {
    for locale in Locale::ALL {
        for chart in charts_of(&report(None), &Tr::new(locale)) {
            let table = chart.table();
            let words = [chart.title.clone(), chart.summary.clone()]
                .into_iter()
                .chain(table.headers)
                .chain(table.rows.into_iter().flatten());
            for word in words {
                assert!(!word.contains("chart-"), "{}: {word}", locale.tag());
                assert!(!word.contains("case-step-") && !word.contains("stage-"));
            }
        }
    }
    let ar = charts_of(&report(None), &Tr::new(Locale::Ar));
    assert_eq!(ar[0].title, "من الترشح إلى إتمام التدريب");
    let svg = super::svg(&ar[0], Locale::Ar);
    assert!(svg.contains(r#"direction="rtl""#));
    assert!(svg.contains("الترشحات"));
}

#[test]
fn the_italian_pdf_reads_back_with_codes_values_and_basis() {
    let bytes = pdf(&report(None), &it(), today()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let all = text(&bytes, false).join("\n");
    for want in [
        "Rapportoaldonatore",
        "MENTORII",
        "3.260.074,84€",
        "CodiceIndicatore",
        "OS1.R1.I1",
        "Tirocinanticollocati",
        "70,73%",
        "141,46%",
        "Dallacandidaturaaltirocinioconcluso",
        "Candidature",
        "1.234",
        "Valoriaggiornatial7dicembre2026—pagina1di",
    ] {
        assert!(all.contains(want), "{want} not in\n{all}");
    }
    // An indicator's row reads in column order on one line.
    assert!(
        all.lines()
            .any(|l| l == "OS1.R1.I1Tirocinanticollocatinumero04041102,5%"),
        "{all}"
    );
}

#[test]
fn a_submitted_period_prints_its_frozen_values_corrections_and_narrative() {
    let bytes = pdf(&report(Some(true)), &it(), today()).unwrap();
    let all = text(&bytes, false).join("\n");
    for want in [
        "MENTORII—2023",
        "Rapportoinviatoil15/02/202409:30UTC",
        "correttoinseguito:",
        // The frozen value (40, so 100 % of the target), the correction under it.
        "OS1.R1.I1Tirocinantinumero04040100%",
        "Attivitàsvolte",
        "Quarantunotirocinicompletati",
        "Questivalorisonostaticongelati",
    ] {
        assert!(all.contains(want), "{want} not in\n{all}");
    }
    assert!(!all.contains("Valoriaggiornati"));
}

#[test]
fn the_arabic_pdf_is_shaped_right_to_left() {
    let bytes = pdf(&report(None), &Tr::new(Locale::Ar), today()).unwrap();
    assert!(bytes.windows(9).any(|w| w == b"/Lang(ar)"));
    assert!(bytes.windows(15).any(|w| w == b"NotoNaskhArabic"));
    let all = text(&bytes, true).join("\n");
    for want in [
        "تقرير إلى الجهة المانحة",
        "المؤشرات",
        "من الترشح إلى إتمام التدريب",
        "OS1.R1.I1",
        "70,73٪",
    ] {
        assert!(all.contains(&compact(want)), "{want} not in\n{all}");
    }
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    let first = pdf(&report(Some(true)), &it(), today()).unwrap();
    assert_eq!(first, pdf(&report(Some(true)), &it(), today()).unwrap());
    let other_day = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
    assert_ne!(
        pdf(&report(None), &it(), today()).unwrap(),
        pdf(&report(None), &it(), other_day).unwrap()
    );
}

fn large() -> Report {
    let mut large = report(None);
    let area = &mut large.objectives[0].results[0];
    for i in 0..400 {
        area.indicators.push(indicator(
            &format!("OS1.R1.X{i}"),
            "Partner che riferiscono una capacità migliorata nella gestione dei tirocini",
            Unit::Count,
            i,
            400,
        ));
    }
    large
}

#[test]
fn a_large_report_paginates_within_bounds() {
    let bytes = pdf(&large(), &it(), today()).unwrap();
    let pages = text(&bytes, false);
    assert!(pages.len() > 10, "{}", pages.len());
    assert!(pages.len() < paper::MAX_PAGES);
    assert!(bytes.len() < 3_000_000, "{}", bytes.len());
    let all = pages.join("\n");
    // Every indicator in the table, and again in the progress chart, none lost.
    for i in [0, 199, 399] {
        let code = format!("OS1.R1.X{i}Partner");
        let lines: Vec<&str> = all
            .lines()
            .filter(|l| l.contains(&format!("X{i}")))
            .collect();
        assert_eq!(all.matches(&code).count(), 2, "{code}: {lines:#?}");
    }
}
