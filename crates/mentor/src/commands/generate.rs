//! `mentor generate`: writes a realistic programme of the size asked into the configured
//! database (migrated first), with a progress bar on stderr and the figures on stdout.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::config::Options;
use crate::generate::{BATCH, Plan, WRITERS, run as generate};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Applications to write.
    #[arg(long, default_value_t = 1_000)]
    pub candidates: usize,
    /// Host companies to write (with their outreach and positions).
    #[arg(long, default_value_t = 100)]
    pub companies: usize,
    /// Placements of shortlisted applications (the accepted ones open cases).
    #[arg(long, default_value_t = 100)]
    pub placements: usize,
    /// The seed: the same seed (and day) gives the same records.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Generate into this existing programme (by slug), or create it.
    #[arg(long)]
    pub programme: Option<String>,
    /// Applications per transaction (one audit entry each).
    #[arg(long, default_value_t = BATCH)]
    pub batch: usize,
    /// Connections writing batches side by side (PostgreSQL runs one process, one core,
    /// for each).
    #[arg(long, default_value_t = WRITERS)]
    pub writers: usize,
}

pub fn run(options: &Options, args: &GenerateArgs) -> Result<ExitCode> {
    let db = options.open_db()?;
    let plan = Plan {
        candidates: args.candidates,
        companies: args.companies,
        placements: args.placements,
        seed: args.seed,
        programme: args.programme.clone(),
        batch: args.batch,
        writers: args.writers,
    };
    let today = chrono::Utc::now().date_naive();
    let started = std::time::Instant::now();
    let s = generate(&db, &plan, today, std::io::stderr().is_terminal())?;
    let total = started.elapsed().as_secs_f64();
    println!(
        "generated into programme {} (call {}): {} companies with {} open positions, \
         {} applications in {} batches, {} placements, {} cases, {} outcomes",
        s.programme_id,
        s.call_id,
        s.companies,
        s.positions,
        s.candidates,
        s.batches,
        s.placements,
        s.cases,
        s.outcomes
    );
    println!(
        "backend {:?}: companies {:.1} s, applications {:.1} s ({:.0} applications/s), total {:.1} s",
        db.backend(),
        s.companies_secs,
        s.candidates_secs,
        rate(s.candidates, s.candidates_secs),
        total
    );
    Ok(ExitCode::SUCCESS)
}

fn rate(rows: usize, secs: f64) -> f64 {
    if secs > 0.0 { rows as f64 / secs } else { 0.0 }
}
