//! The outcome table as a spreadsheet (CSV or XLSX), headed in the reader's language:
//! one row per line of §6 with its key, a column per country and the total, then the host
//! companies per territory. Each download is audited (`outcome_report.export`, naming the
//! programme and the format).

use domain::Locale;
use i18n::Tr;

use super::Report;
use crate::{Acting, AppResult, Clock, Error};

/// A spreadsheet format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The header and rows every spreadsheet of the table prints: the row's key, its label,
/// a column per country, the total.
pub fn rows(r: &Report, tr: &Tr) -> (Vec<String>, Vec<Vec<String>>) {
    let t = &r.table;
    let mut header = vec![
        tr.t("outcome-report-col-key"),
        tr.t("outcome-report-col-row"),
    ];
    header.extend(t.countries.iter().map(|c| tr.t(&c.message_key())));
    header.push(tr.t("outcome-report-total"));
    let mut out: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|row| {
            let mut line = vec![
                row.line.as_str().to_owned(),
                tr.t(&format!(
                    "outcome-report-line-{}",
                    row.line.as_str().replace('_', "-")
                )),
            ];
            line.extend(row.cells.iter().map(i64::to_string));
            line.push(row.total.to_string());
            line
        })
        .collect();
    let blanks = t.countries.len();
    for h in &t.hosts {
        let mut line = vec![
            "host_companies".to_owned(),
            tr.t1("outcome-report-hosts-in", "territory", &h.territory),
        ];
        line.extend(std::iter::repeat_n(String::new(), blanks));
        line.push(h.companies.to_string());
        out.push(line);
    }
    let mut line = vec![
        "host_companies".to_owned(),
        tr.t("outcome-report-line-hosts"),
    ];
    line.extend(std::iter::repeat_n(String::new(), blanks));
    line.push(t.hosts_total.to_string());
    out.push(line);
    (header, out)
}

/// The table of the programme `key` as a spreadsheet, audited.
pub async fn export(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    key: &str,
    format: Format,
    locale: Locale,
) -> AppResult<Vec<u8>> {
    let report = super::table(db, who, key).await?;
    let tr = Tr::new(locale);
    let (header, rows) = rows(&report, &tr);
    let bytes = match format {
        Format::Csv => crate::tabular::to_csv(&header, &rows),
        Format::Xlsx => crate::tabular::to_xlsx(&tr.t("outcome-report-sheet"), &header, &rows)
            .map_err(|_| Error::Invalid(domain::Invalid::new("export", "error-conflict")))?,
    };
    let object = format!("{}:{}", report.programme_id, format.as_str());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok::<_, Error>(tx.audit("outcome_report.export", "programme", &object)?)
    })
    .await?;
    Ok(bytes)
}
