use std::process::ExitCode;

use anyhow::Result;

use crate::config::Options;

pub fn run(options: &Options) -> Result<ExitCode> {
    let db = options.open_db()?;
    println!("database ({}) is up to date", db.backend().name());
    Ok(ExitCode::SUCCESS)
}
