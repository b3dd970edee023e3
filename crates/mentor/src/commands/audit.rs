//! `mentor audit verify [--anchor FILE]` and `mentor audit anchor`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use domain::audit::{Break, Verdict};

use crate::config::Options;

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the HMAC chain of the audit log and report the first broken link; with an
    /// anchor (--anchor FILE, else the configured --audit-anchor file), also that no newest
    /// entry was removed and the chain was not rewritten since the latest anchor.
    Verify {
        /// A file holding anchors (the anchor file, or a system log export).
        #[arg(long)]
        anchor: Option<PathBuf>,
    },
    /// Write the head of the audit chain now to the configured --audit-anchor file and/or
    /// the system log (--audit-anchor-syslog).
    Anchor,
}

pub fn run(options: &Options, cmd: AuditCommand) -> Result<ExitCode> {
    match cmd {
        AuditCommand::Verify { anchor } => verify(options, anchor),
        AuditCommand::Anchor => anchor(options),
    }
}

fn verify(options: &Options, anchor_file: Option<PathBuf>) -> Result<ExitCode> {
    let anchor_file = anchor_file.or_else(|| options.audit_anchor.clone());
    let db = options.open_db_to_verify()?;
    let anchor = match &anchor_file {
        Some(file) => {
            anyhow::ensure!(file.is_file(), "no anchor file at {}", file.display());
            let latest = app::audit_anchor::latest_in(file, db.audit_key())?;
            Some(latest.with_context(|| format!("no anchor in {}", file.display()))?)
        }
        None => None,
    };
    let mut conn = db.conn()?;
    let verdict = db::audit::check(&mut conn, db.audit_key(), anchor.as_ref())?;
    println!("{}", describe(&verdict));
    Ok(if verdict.is_tampered() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// What `verify` prints: "tampered" or "broken" when it fails, "intact" only when anchored.
fn describe(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Unanchored { entries } => format!(
            "audit log consistent but unanchored: {entries} entries chain correctly, but without \
             an anchor (--anchor FILE) the removal of the newest entries or a rewrite with the \
             key would not show"
        ),
        Verdict::Anchored { entries, anchor } => format!(
            "audit log intact: {entries} entries, matching the anchor of {} at entry {}",
            anchor.at, anchor.count
        ),
        Verdict::Broken(Break::Tampered { seq }) => {
            format!("audit log broken at entry {seq}: its content or key does not match")
        }
        Verdict::Broken(Break::Gap { expected, found }) => format!(
            "audit log broken at entry {expected}: entries missing (next present is {found})"
        ),
        Verdict::Missing { present, anchored } => format!(
            "audit log tampered: entries missing after #{present} (the anchor counted {anchored})"
        ),
        Verdict::Rewritten { seq } => format!(
            "audit log tampered: entry #{seq} rewritten (its MAC differs from the anchor's; the \
             chain up to it was rewritten)"
        ),
    }
}

fn anchor(options: &Options) -> Result<ExitCode> {
    let anchoring = options.anchoring()?;
    anyhow::ensure!(
        anchoring.is_configured(),
        "nowhere to anchor to: give --audit-anchor FILE (MENTOR_AUDIT_ANCHOR) on other storage, \
         and/or --audit-anchor-syslog"
    );
    let db = options.open_db()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let anchor = runtime.block_on(anchoring.anchor(&db, &app::SystemClock, db::Origin::cli()))?;
    println!(
        "audit chain anchored: {} entries, last MAC {}",
        anchor.count, anchor.mac
    );
    Ok(ExitCode::SUCCESS)
}
