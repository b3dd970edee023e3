use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum MatchCommand {
    /// Solve an OR-Library assignment instance; prints `cost=<total>` and the solve time.
    Orlib { file: PathBuf },
    /// Solve a matching problem (JSON, see the `matching` crate docs); prints the result JSON.
    Solve { file: PathBuf },
}

pub fn run(cmd: MatchCommand) -> Result<ExitCode> {
    match cmd {
        MatchCommand::Orlib { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let instance =
                matching::parse_orlib(&text).context("not an OR-Library assignment file")?;
            let start = Instant::now();
            let solution = matching::orlib::solve_instance(&instance).context("no assignment")?;
            let elapsed = start.elapsed();
            println!("cost={}", solution.cost);
            println!("time={:.3}ms", elapsed.as_secs_f64() * 1000.0);
            Ok(ExitCode::SUCCESS)
        }
        MatchCommand::Solve { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let out = matching::solve_json(&text).context("cannot solve the problem")?;
            println!("{out}");
            Ok(ExitCode::SUCCESS)
        }
    }
}
