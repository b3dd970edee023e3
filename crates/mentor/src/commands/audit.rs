use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;
use domain::audit::Break;

use crate::config::Options;

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the HMAC chain of the audit log and report the first broken link.
    Verify,
}

pub fn run(options: &Options, cmd: AuditCommand) -> Result<ExitCode> {
    match cmd {
        AuditCommand::Verify => {
            let db = options.open_db_to_verify()?;
            let mut conn = db.conn()?;
            match db::audit::verify(&mut conn, db.audit_key())? {
                Ok(n) => {
                    println!("audit log intact: {n} entries");
                    Ok(ExitCode::SUCCESS)
                }
                Err(Break::Tampered { seq }) => {
                    println!("audit log broken at entry {seq}: its content or key does not match");
                    Ok(ExitCode::FAILURE)
                }
                Err(Break::Gap { expected, found }) => {
                    println!(
                        "audit log broken at entry {expected}: entries missing (next present is {found})"
                    );
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}
