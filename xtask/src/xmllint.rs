//! `xmllint` (Debian's libxml2-utils): the IATI export's tests validate the activity file
//! against the official IATI 2.03 schema with it. Installed, as root, when missing, as
//! `browser.rs` does for Chromium.

use std::process::Command;

fn present() -> bool {
    Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

pub fn ensure() -> Result<(), String> {
    if present() {
        return Ok(());
    }
    if !super::is_root() {
        return Err(
            "xmllint is missing: install Debian's libxml2-utils (apt-get install libxml2-utils) or run as root"
                .into(),
        );
    }
    eprintln!("xtask: installing libxml2-utils (xmllint)");
    let ok = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils",
        ])
        .status()
        .map_err(|e| format!("apt-get: {e}"))?
        .success();
    if ok && present() {
        Ok(())
    } else {
        Err("could not install libxml2-utils".into())
    }
}
