//! `mentor taxonomy import DIR` on the ESCO package in the shared folder, twice.

#![expect(
    clippy::expect_used,
    reason = "a test that cannot go on fails on the spot; the panic names the line"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct DataDir(PathBuf);

impl Drop for DataDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn mentor(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mentor"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("DATABASE_URL")
        .env("MENTOR_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("run mentor")
}

fn esco_dir() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/esco")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn the_esco_package_imports_twice_with_the_same_counts() {
    let dir = DataDir(std::env::temp_dir().join(format!("mentor-cli-{}", db::id::new_secret(6))));
    let esco = esco_dir();
    let first = mentor(&dir.0, &["taxonomy", "import", &esco]);
    let out = String::from_utf8_lossy(&first.stdout).into_owned();
    let err = String::from_utf8_lossy(&first.stderr).into_owned();
    assert!(first.status.success(), "{out}\n{err}");
    assert!(out.contains("occupations: 2942"), "{out}");
    assert!(out.contains("isco groups: 619"), "{out}");
    assert!(out.contains("skills: "), "{out}");
    // The French labels beside the package, loaded in the same import (issue 11).
    assert!(out.contains("occupations_fr.csv: 2942 fr labels"), "{out}");
    assert!(out.contains("skills_fr.csv: 13485 fr labels"), "{out}");
    assert!(
        err.contains("2942/2942 occupations"),
        "a progress bar on stderr: {err}"
    );
    let second = mentor(&dir.0, &["taxonomy", "import", &esco]);
    assert!(second.status.success());
    assert_eq!(
        String::from_utf8_lossy(&second.stdout),
        out,
        "nothing changes"
    );
    // Both imports are in the audit chain, which still verifies (unanchored: no anchor
    // file is given here).
    let verify = mentor(&dir.0, &["audit", "verify"]);
    assert!(verify.status.success());
    assert!(
        String::from_utf8_lossy(&verify.stdout).contains("2 entries chain correctly"),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}

#[test]
fn a_folder_without_the_package_is_refused() {
    let dir = DataDir(std::env::temp_dir().join(format!("mentor-cli-{}", db::id::new_secret(6))));
    let out = mentor(&dir.0, &["taxonomy", "import", "/nonexistent-esco"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("occupations_en.csv not found"));
}
