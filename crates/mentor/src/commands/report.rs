//! `mentor report outcomes --programme mentor-ii --format csv|xlsx|table [--output FILE]
//! [--lang en|it|fr|ar]`: the outcome table of DOMAIN.md §6, exactly as the page and the
//! API show it (`app::outcome_report`), audited like a download. XLSX goes to `--output`
//! or to standard output when that is not a terminal.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use domain::Locale;
use i18n::Tr;

use super::cli_actor::{acting, refusal, runtime};
use crate::config::Options;

#[derive(Clone, Copy, ValueEnum)]
pub enum OutcomeFormat {
    Csv,
    Xlsx,
    Table,
}

#[derive(Subcommand)]
pub enum ReportCommand {
    /// The outcome table of DOMAIN.md §6 for a programme.
    Outcomes {
        /// The programme's slug (mentor-ii) or id.
        #[arg(long)]
        programme: String,
        #[arg(long, value_enum, default_value = "table")]
        format: OutcomeFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// The language of the headings (en, it, fr, ar).
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

pub fn run(options: &Options, cmd: ReportCommand) -> Result<ExitCode> {
    let ReportCommand::Outcomes {
        programme,
        format,
        output,
        lang,
    } = cmd;
    let locale = Locale::parse(&lang).context("--lang must be en, it, fr or ar")?;
    let tr = Tr::new(locale);
    if matches!(format, OutcomeFormat::Xlsx) && output.is_none() && std::io::stdout().is_terminal()
    {
        anyhow::bail!("XLSX is binary: give --output FILE or redirect standard output");
    }
    let db = options.open_db()?;
    let who = acting();
    let rt = runtime()?;
    let bytes = match format {
        OutcomeFormat::Table => {
            let report = rt
                .block_on(app::outcome_report::table(&db, &who, &programme))
                .map_err(|e| refusal(&tr, e))?;
            let (header, rows) = app::outcome_report::rows(&report, &tr);
            text_table(&header, &rows).into_bytes()
        }
        OutcomeFormat::Csv | OutcomeFormat::Xlsx => {
            let f = if matches!(format, OutcomeFormat::Csv) {
                app::outcome_report::Format::Csv
            } else {
                app::outcome_report::Format::Xlsx
            };
            rt.block_on(app::outcome_report::export(
                &db,
                &app::SystemClock,
                &who,
                &programme,
                f,
                locale,
            ))
            .map_err(|e| refusal(&tr, e))?
        }
    };
    match output {
        Some(path) => std::fs::write(&path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The rows as a plain text table: the key column dropped, labels padded, numbers aligned
/// right.
fn text_table(header: &[String], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let all: Vec<&[String]> = std::iter::once(header)
        .chain(rows.iter().map(Vec::as_slice))
        .collect();
    let width = |i: usize| {
        all.iter()
            .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..cols).map(width).collect();
    let mut out = String::new();
    for r in all {
        let mut line = String::new();
        for (i, w) in widths.iter().enumerate().skip(1) {
            let cell = r.get(i).map_or("", String::as_str);
            if i == 1 {
                line.push_str(&format!("{cell:<w$}"));
            } else {
                line.push_str(&format!("  {cell:>w$}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
