//! `mentor` — the server and its command line.

mod commands;
mod config;
mod demo;
mod generate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::commands::{
    audit::AuditCommand, matching::MatchCommand, taxonomy::TaxonomyCommand, user::UserCommand,
};
use crate::commands::{export::ExportCommand, report::ReportCommand};
use crate::config::Options;

/// Mentor: circular-mobility traineeship schemes, end to end.
#[derive(Parser)]
#[command(name = "mentor", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    options: Options,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (applies pending migrations first) and send the e-mail
    /// outbox: over SMTP with --smtp-url / MENTOR_SMTP_URL, otherwise to outbox.log in the
    /// data folder.
    Serve,
    /// Create or update the demo programme "MENTOR II (demo)" and serve it.
    Demo,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Check the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Run the matching engine on files.
    #[command(subcommand, name = "match")]
    Match(MatchCommand),
    /// Load the ESCO taxonomy (occupations, skills) from its CSV package.
    #[command(subcommand)]
    Taxonomy(TaxonomyCommand),
    /// Generate a realistic programme (companies, applications, placements, cases) in
    /// large batches, for benchmarks and load tests.
    Generate(commands::generate::GenerateArgs),
    /// Print a report computed from the records (the outcome table of DOMAIN.md §6).
    #[command(subcommand)]
    Report(ReportCommand),
    /// Export a programme for another system (the IATI 2.03 activity file).
    #[command(subcommand)]
    Export(ExportCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    config::init_logging();
    let result = match cli.command {
        Command::Serve => commands::serve::run(&cli.options),
        Command::Demo => commands::demo::run(&cli.options),
        Command::Migrate => commands::migrate::run(&cli.options),
        Command::User(cmd) => commands::user::run(&cli.options, cmd),
        Command::Audit(cmd) => commands::audit::run(&cli.options, cmd),
        Command::Match(cmd) => commands::matching::run(cmd),
        Command::Taxonomy(cmd) => commands::taxonomy::run(&cli.options, cmd),
        Command::Generate(args) => commands::generate::run(&cli.options, &args),
        Command::Report(cmd) => commands::report::run(&cli.options, cmd),
        Command::Export(cmd) => commands::export::run(&cli.options, cmd),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("mentor: {e:#}");
            ExitCode::FAILURE
        }
    }
}
