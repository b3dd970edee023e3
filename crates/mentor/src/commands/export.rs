//! `mentor export iati --programme mentor-ii [--output FILE] [--publish] > activity.xml`:
//! the programme's IATI 2.03 activity file, exactly as the page's download
//! (`app::iati::export`, an audited read). `--publish` also publishes the identifiers, as
//! the page's confirmed button does (`app::iati::publish`: they can no longer change). The
//! file goes to standard output (or `--output`); its warnings (IATI "should"s) go to
//! standard error.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use i18n::Tr;

use super::cli_actor::{acting, refusal, runtime};
use crate::config::Options;

#[derive(Subcommand)]
pub enum ExportCommand {
    /// The IATI 2.03 activity file of a programme.
    Iati {
        /// The programme's slug (mentor-ii) or id.
        #[arg(long)]
        programme: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Publish the identifiers too: they can no longer change afterwards.
        #[arg(long)]
        publish: bool,
    },
}

pub fn run(options: &Options, cmd: ExportCommand) -> Result<ExitCode> {
    let ExportCommand::Iati {
        programme,
        output,
        publish,
    } = cmd;
    let tr = Tr::new(app::iati::FILE_LOCALE);
    let db = options.open_db()?;
    let (rt, cache) = (runtime()?, app::results::Cache::default());
    let (clock, who) = (app::SystemClock, acting());
    let out = rt
        .block_on(app::iati::export(&db, &cache, &clock, &who, &programme))
        .map_err(|e| refusal(&tr, e))?;
    if publish {
        rt.block_on(app::iati::publish(&db, &cache, &clock, &who, &programme))
            .map_err(|e| refusal(&tr, e))?;
    }
    for w in &out.warnings {
        eprintln!("warning: {}", tr.t1(w.key, "about", &w.about));
    }
    match output {
        Some(path) => std::fs::write(&path, out.xml.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().write_all(out.xml.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
