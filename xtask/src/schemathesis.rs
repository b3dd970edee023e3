//! The API's contract, checked from outside: Schemathesis (a pinned version, installed with
//! pip into a virtualenv under the target folder when missing) runs against
//! `/api/openapi.json` of a demo server of its own, as the demo coordinator (a bearer token
//! from `mentor user token`), with a fixed seed, 100 examples per operation, every phase
//! and every check (`xtask/schemathesis.toml`, which also says why one check is off for
//! writes). Any finding fails the run; so does a run over its time limit.
//!
//! Measured on the 2-core development machine (2026-12-06, other builds running): 62–100
//! seconds for the run itself (3,674 test cases), plus building and the demo's start.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::browser::{Demo, mentor_exe};

/// The version the checks and the exclusions were written against; a new one may add checks
/// and is taken on deliberately.
const VERSION: &str = "4.32.5";
const SEED: &str = "20261206";
const EXAMPLES: &str = "100";
const PHASES: &str = "examples,coverage,fuzzing,stateful";
/// The demo account whose token the run uses: it may reach every operation.
const ACCOUNT: &str = "coordinator@demo.example";
/// The run as a whole; it takes a little over a minute.
const LIMIT: Duration = Duration::from_secs(5 * 60);

pub fn run() -> Result<(), String> {
    let st = ensure_installed()?;
    let exe = mentor_exe()?;
    let server = Demo::start(&exe, "schemathesis")?;
    let port = server.port;
    let token = token(&exe, &server.data)?;
    let started = Instant::now();
    // Its cache of findings is kept beside its virtualenv, not in the worktree.
    let mut child = Command::new(&st)
        .current_dir(st_home())
        .arg("--config-file")
        .arg(super::root().join("xtask/schemathesis.toml"))
        .args([
            "run",
            &format!("http://127.0.0.1:{port}/api/openapi.json"),
            "--phases",
            PHASES,
            "--max-examples",
            EXAMPLES,
            "--seed",
            SEED,
            "--header",
            &format!("Authorization: Bearer {token}"),
            "--no-color",
        ])
        .spawn()
        .map_err(|e| format!("schemathesis: {e}"))?;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("schemathesis: {e}"))? {
            break status;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            drop(server);
            return Err(format!(
                "schemathesis did not finish within {} seconds",
                LIMIT.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    eprintln!(
        "xtask: schemathesis ran for {} s",
        started.elapsed().as_secs()
    );
    drop(server);
    if status.success() {
        Ok(())
    } else {
        Err("schemathesis found problems in the API (see above)".into())
    }
}

/// A bearer token of the demo coordinator, made by the binary itself on the demo's data.
fn token(exe: &Path, data: &Path) -> Result<String, String> {
    let out = Command::new(exe)
        .args([
            "user",
            "token",
            ACCOUNT,
            "--name",
            "schemathesis",
            "--data-dir",
        ])
        .arg(data)
        .env_remove("DATABASE_URL")
        .output()
        .map_err(|e| format!("mentor user token: {e}"))?;
    let token = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if out.status.success() && !token.is_empty() {
        Ok(token)
    } else {
        Err(format!(
            "mentor user token {ACCOUNT} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// `st` of the pinned version in `<target>/schemathesis-<version>/venv`, installed there with
/// pip when missing (and `python3-venv` with apt when `venv` is missing and we are root).
fn st_home() -> PathBuf {
    super::target_dir().join(format!("schemathesis-{VERSION}"))
}

fn ensure_installed() -> Result<PathBuf, String> {
    let venv = st_home().join("venv");
    let st = venv.join("bin/st");
    if st.exists() {
        return Ok(st);
    }
    let made = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        install_venv_support()?;
        let _ = std::fs::remove_dir_all(&venv);
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .map_err(|e| format!("python3: {e}"))?
            .success();
        if !ok {
            return Err("python3 -m venv failed".into());
        }
    }
    eprintln!("xtask: installing schemathesis {VERSION}");
    let ok = Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("schemathesis=={VERSION}"),
        ])
        .status()
        .map_err(|e| format!("pip: {e}"))?
        .success();
    if ok && st.exists() {
        Ok(st)
    } else {
        let _ = std::fs::remove_dir_all(&venv);
        Err(format!("could not install schemathesis {VERSION} with pip"))
    }
}

fn install_venv_support() -> Result<(), String> {
    if !super::is_root() {
        return Err(
            "python3 -m venv is unavailable: install python3-venv (apt-get install python3-venv) or run as root"
                .into(),
        );
    }
    eprintln!("xtask: installing python3-venv");
    let ok = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv",
        ])
        .status()
        .map_err(|e| format!("apt-get: {e}"))?
        .success();
    if ok {
        Ok(())
    } else {
        Err("could not install python3-venv".into())
    }
}
