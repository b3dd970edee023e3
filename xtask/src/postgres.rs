//! A throwaway PostgreSQL cluster for the test run.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cluster {
    url: String,
    owned: Option<Owned>,
}

struct Owned {
    bin: PathBuf,
    dir: PathBuf,
    run_as: Option<String>,
}

impl Cluster {
    pub fn external(url: String) -> Cluster {
        Cluster { url, owned: None }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// initdb + pg_ctl start in a new temporary folder, on a free loopback port.
    pub fn start() -> Result<Cluster, String> {
        let bin = find_bin()?;
        let dir = std::env::temp_dir().join(format!("mentor-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        // PostgreSQL refuses to run as root: run it as `postgres`, or a user made for it.
        let run_as = if super::is_root() {
            Some(service_user()?)
        } else {
            None
        };
        if let Some(user) = &run_as {
            sh("chown", &["-R", user, &dir.to_string_lossy()])?;
        }
        let data = dir.join("data");
        let port = super::free_port()?;
        let owned = Owned {
            bin,
            dir: dir.clone(),
            run_as,
        };
        owned.pg(
            "initdb",
            &[
                "-D",
                &data.to_string_lossy(),
                "-U",
                "mentor",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        )?;
        let opts = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            dir.display()
        );
        owned.pg(
            "pg_ctl",
            &[
                "-D",
                &data.to_string_lossy(),
                "-o",
                &opts,
                "-l",
                &dir.join("log").to_string_lossy(),
                "-w",
                "start",
            ],
        )?;
        eprintln!("xtask: PostgreSQL started on 127.0.0.1:{port}");
        Ok(Cluster {
            url: format!("postgres://mentor@127.0.0.1:{port}/postgres"),
            owned: Some(owned),
        })
    }
}

impl Owned {
    fn pg(&self, tool: &str, args: &[&str]) -> Result<(), String> {
        let exe = self.bin.join(tool).to_string_lossy().into_owned();
        let mut cmd = match &self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--", &exe]);
                c
            }
            None => Command::new(&exe),
        };
        let out = cmd
            .args(args)
            .current_dir(&self.dir)
            .output()
            .map_err(|e| format!("{tool}: {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{tool} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if let Some(o) = &self.owned {
            let data = o.dir.join("data").to_string_lossy().into_owned();
            let _ = o.pg("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
            let _ = std::fs::remove_dir_all(&o.dir);
        }
    }
}

fn find_bin() -> Result<PathBuf, String> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "PostgreSQL binaries not found under /usr/lib/postgresql".to_owned())?
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .collect();
    found.sort_by_key(|p| {
        p.parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0)
    });
    found
        .pop()
        .ok_or_else(|| "no initdb under /usr/lib/postgresql/*/bin".to_owned())
}

/// `postgres` when it exists, otherwise a system user created for the purpose.
fn service_user() -> Result<String, String> {
    for user in ["postgres", "mentor-pg"] {
        if Command::new("id")
            .arg(user)
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Ok(user.to_owned());
        }
    }
    sh(
        "useradd",
        &[
            "--system",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            "mentor-pg",
        ],
    )?;
    Ok("mentor-pg".to_owned())
}

fn sh(cmd: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(cmd)
        .args(args)
        .status()
        .map_err(|e| format!("{cmd}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd} {args:?} failed"))
    }
}
