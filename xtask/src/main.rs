//! `cargo xtask test` — the whole test suite, the way CI runs it:
//!
//! 0. checks formatting (`cargo fmt --check`) and lints (`cargo clippy --all-targets -D warnings`);
//! 1. starts a throwaway PostgreSQL cluster (initdb/pg_ctl in a temporary folder, run as the
//!    `postgres` user or a dedicated one, never as root) unless `TEST_DATABASE_URL` is given;
//! 2. runs every crate's tests with `MENTOR_REQUIRE_PG=1`, so each storage test runs on SQLite
//!    and on PostgreSQL;
//! 3. runs the browser journeys in headless Chromium against a demo server
//!    (installing Debian's `chromium` when it is missing and we are root);
//! 4. runs Schemathesis against the API's OpenAPI document on a demo server of its own
//!    (a pinned version, installed with pip into the target folder when missing; see
//!    `schemathesis.rs`).
//!
//! Options: `--no-lint` skips step 0; `--no-browser` skips step 3; `--browser-only` runs only
//! step 3; `--no-schemathesis` skips step 4; `--schemathesis-only` runs only step 4; anything
//! after `--` goes to `cargo test`.

mod browser;
mod postgres;
mod schemathesis;
mod xmllint;

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("test") => match test(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("xtask: {e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!(
                "usage: cargo xtask test [--no-lint] [--no-browser | --browser-only] [--no-schemathesis | --schemathesis-only] [-- <cargo test args>]"
            );
            ExitCode::from(2)
        }
    }
}

fn test(args: &[String]) -> Result<(), String> {
    let (ours, passthrough) = match args.iter().position(|a| a == "--") {
        Some(i) => (&args[..i], &args[i + 1..]),
        None => (args, &[][..]),
    };
    let flag = |name: &str| ours.iter().any(|a| a == name);
    let schemathesis_only = flag("--schemathesis-only");
    let browser_only = flag("--browser-only");
    let no_browser = flag("--no-browser") || schemathesis_only;
    let no_schemathesis = flag("--no-schemathesis") || browser_only;
    let no_lint = flag("--no-lint");
    let only_one_stage = browser_only || schemathesis_only;

    if !only_one_stage && !no_lint {
        cargo(
            &["fmt", "--all", "--check"],
            "cargo fmt --check found unformatted code (run cargo fmt)",
        )?;
        cargo(
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ],
            "clippy found problems",
        )?;
    }

    if !only_one_stage {
        // The IATI export's tests validate its file with xmllint.
        xmllint::ensure()?;
        let cluster = match std::env::var("TEST_DATABASE_URL") {
            Ok(url) => {
                eprintln!("xtask: using TEST_DATABASE_URL");
                postgres::Cluster::external(url)
            }
            Err(_) => postgres::Cluster::start()?,
        };
        let status = Command::new(env!("CARGO"))
            .args(["test", "--workspace", "--locked"])
            .args(passthrough)
            .env("TEST_DATABASE_URL", cluster.url())
            .env("MENTOR_REQUIRE_PG", "1")
            .status()
            .map_err(|e| format!("cannot run cargo test: {e}"))?;
        drop(cluster);
        if !status.success() {
            return Err("cargo test failed".into());
        }
    }
    if !no_browser {
        browser::run()?;
    }
    if !no_schemathesis {
        schemathesis::run()?;
    }
    Ok(())
}

fn cargo(args: &[&str], failure: &str) -> Result<(), String> {
    let ok = Command::new(env!("CARGO"))
        .args(args)
        .status()
        .map_err(|e| format!("cannot run cargo {}: {e}", args.join(" ")))?
        .success();
    if ok { Ok(()) } else { Err(failure.to_owned()) }
}

/// The workspace root (xtask lives one level below it).
fn root() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// Where cargo builds (`CARGO_TARGET_DIR`, else `target` in the workspace).
fn target_dir() -> std::path::PathBuf {
    std::env::var("CARGO_TARGET_DIR").map_or_else(|_| root().join("target"), Into::into)
}

/// A free TCP port on the loopback interface.
fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}
