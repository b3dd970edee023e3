//! The browser journeys: a demo server on a free port, headless Chromium driven by
//! playwright-core (from npm, using Debian's Chromium — no browser download), and node's
//! test runner over `e2e/*.test.mjs`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
pub const DEMO_PASSWORD: &str = "demo-password-for-tests";

pub fn run() -> Result<(), String> {
    ensure_chromium()?;
    let root = super::root();
    let e2e = root.join("e2e");
    if !e2e.join("node_modules/playwright-core").exists() {
        let ok = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&e2e)
            .status()
            .map_err(|e| format!("npm: {e}"))?
            .success();
        if !ok {
            return Err("npm ci failed in e2e/".into());
        }
    }
    let exe = mentor_exe()?;
    let server = Demo::start(&exe, "e2e")?;
    let base = format!("http://127.0.0.1:{}", server.port);
    let mut journeys = Command::new("node")
        .args(["--test", "--test-concurrency=1"])
        .current_dir(&e2e)
        .env("MENTOR_URL", &base)
        .env("MENTOR_DATA_DIR", &server.data)
        .env("MENTOR_DEMO_PASSWORD", DEMO_PASSWORD)
        .env("CHROMIUM", CHROMIUM)
        .spawn()
        .map_err(|e| format!("node: {e}"))?;
    // Each journey has its own time limit; this one guards the run as a whole, so that a
    // wedged browser fails the run instead of stalling CI.
    let deadline = Instant::now() + Duration::from_secs(20 * 60);
    let status = loop {
        if let Some(status) = journeys.try_wait().map_err(|e| format!("node: {e}"))? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = journeys.kill();
            drop(server);
            return Err("the browser journeys did not finish within 20 minutes".into());
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    drop(server);
    if status.success() {
        Ok(())
    } else {
        Err("browser journeys failed".into())
    }
}

/// The `mentor` binary, built as `cargo test --workspace` builds it: after the tests it is
/// fresh and nothing is compiled again. (`cargo build -p mentor` alone would resolve
/// features without the dev-dependencies and rebuild much of the graph, a third full build
/// in CI.)
pub fn mentor_exe() -> Result<std::path::PathBuf, String> {
    let status = Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--locked", "--no-run"])
        .status()
        .map_err(|e| format!("cargo test --no-run: {e}"))?;
    if !status.success() {
        return Err("building the mentor binary failed".into());
    }
    Ok(super::target_dir().join("debug/mentor"))
}

/// A demo server (`mentor demo`) on a free loopback port, over a data folder of its own
/// in the temporary directory; stopped, and its folder removed, when dropped. The browser
/// journeys and the Schemathesis run each start one.
pub struct Demo {
    child: Child,
    pub port: u16,
    pub data: PathBuf,
}

impl Demo {
    /// Starts `exe demo` and waits until it answers `/healthz`.
    pub fn start(exe: &Path, purpose: &str) -> Result<Demo, String> {
        let data = std::env::temp_dir().join(format!("mentor-{purpose}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data);
        let port = super::free_port()?;
        let child = Command::new(exe)
            .args(["demo", "--addr", &format!("127.0.0.1:{port}"), "--data-dir"])
            .arg(&data)
            .env("MENTOR_DEMO_PASSWORD", DEMO_PASSWORD)
            // A journey switches people within a second and expects each one's home page
            // to show what the other just did: no bound on others' changes (the HTTP
            // tests check the bound itself).
            .env("MENTOR_HOME_MAX_AGE", "0")
            .env_remove("DATABASE_URL")
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("start {}: {e}", exe.display()))?;
        let demo = Demo { child, port, data };
        wait_healthy(port)?;
        Ok(demo)
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    if !super::is_root() {
        return Err(format!(
            "{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) or run as root"
        ));
    }
    eprintln!("xtask: installing chromium");
    let ok = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
        ])
        .status()
        .map_err(|e| format!("apt-get: {e}"))?
        .success();
    if ok && Path::new(CHROMIUM).exists() {
        Ok(())
    } else {
        Err("could not install chromium".into())
    }
}

/// Waits until `GET /healthz` answers 200 (the demo seeds first, which takes a while).
fn wait_healthy(port: u16) -> Result<(), String> {
    use std::io::{Read, Write};
    let deadline = Instant::now() + Duration::from_secs(300);
    while Instant::now() < deadline {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let _ = s.write_all(
                b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            );
            let mut buf = String::new();
            let _ = s.read_to_string(&mut buf);
            if buf.starts_with("HTTP/1.1 200") {
                return Ok(());
            }
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    Err("the demo server did not become healthy within 5 minutes".into())
}
