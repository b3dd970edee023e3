//! The command line, run as a user would: a fresh data folder per test.

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

fn data_dir() -> DataDir {
    let dir = std::env::temp_dir().join(format!("mentor-cli-{}", db::id::new_secret(6)));
    DataDir(dir)
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn help_lists_the_subcommands() {
    let dir = data_dir();
    let out = mentor(&dir.0, &["--help"]);
    let text = stdout(&out);
    for sub in [
        "serve", "demo", "migrate", "user", "audit", "match", "taxonomy",
    ] {
        assert!(text.contains(sub), "{sub} missing from --help");
    }
}

/// Every file below `dir` is the owner's only (0600), every folder 0700.
#[cfg(unix)]
fn assert_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "{}", dir.display());
    for entry in std::fs::read_dir(dir).expect("list").flatten() {
        let path = entry.path();
        if path.is_dir() {
            assert_private(&path);
        } else {
            let mode = std::fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", path.display());
        }
    }
}

#[test]
#[cfg(unix)]
fn nothing_in_the_data_folder_is_readable_by_others() {
    let dir = data_dir();
    assert!(mentor(&dir.0, &["migrate"]).status.success());
    let made: Vec<String> = std::fs::read_dir(&dir.0)
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    for name in ["mentor.db", "audit.key"] {
        assert!(made.iter().any(|m| m == name), "{name} in {made:?}");
    }
    assert_private(&dir.0);
}

#[test]
fn a_database_restored_without_its_audit_key_is_refused_not_given_a_new_one() {
    let dir = data_dir();
    assert!(mentor(&dir.0, &["migrate"]).status.success());
    let url = dir.0.join("mentor.db").to_string_lossy().into_owned();
    let key = std::fs::read_to_string(dir.0.join("audit.key")).expect("audit.key");
    let key = hex::decode(key.trim()).expect("hex");
    let db = db::Database::open(&url, 1, db::AuditKey::new(&key)).expect("open");
    db.write_blocking(&db::Origin::cli(), |tx| tx.audit("test.entry", "test", "1"))
        .expect("an audit entry");
    drop(db);

    std::fs::remove_file(dir.0.join("audit.key")).expect("remove the key");
    let out = mentor(&dir.0, &["audit", "verify"]);
    assert!(!out.status.success(), "refused");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("audit.key"),
        "the message names the file to restore"
    );
    assert!(!dir.0.join("audit.key").exists(), "no new key was made");

    // A new, empty database still gets its keys made.
    let fresh = data_dir();
    assert!(mentor(&fresh.0, &["migrate"]).status.success());
    assert!(fresh.0.join("audit.key").exists());
}

#[test]
#[cfg(unix)]
fn verifying_the_audit_log_changes_nothing_it_checks() {
    use std::os::unix::fs::PermissionsExt;
    let dir = data_dir();
    assert!(mentor(&dir.0, &["migrate"]).status.success());
    // A copy restored with other permissions, as an operator might keep it.
    std::fs::set_permissions(&dir.0, std::fs::Permissions::from_mode(0o750)).expect("chmod");
    let before = std::fs::read(dir.0.join("mentor.db")).expect("read the database");
    let out = mentor(&dir.0, &["audit", "verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = std::fs::metadata(&dir.0)
        .expect("stat")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o750, "the folder's permissions are left alone");
    assert_eq!(
        std::fs::read(dir.0.join("mentor.db")).expect("read the database"),
        before,
        "the database file is unchanged"
    );

    // Nothing to verify: refused, and nothing is created.
    let empty = data_dir();
    assert!(!mentor(&empty.0, &["audit", "verify"]).status.success());
    assert!(!empty.0.exists(), "no folder or database was made");
}

#[test]
fn users_are_created_listed_and_given_tokens_and_the_audit_chain_verifies() {
    let dir = data_dir();
    assert!(mentor(&dir.0, &["migrate"]).status.success());
    // An organisation to belong to: created through the storage layer as an operator would
    // through the pages.
    let url = dir.0.join("mentor.db").to_string_lossy().into_owned();
    let key = std::fs::read_to_string(dir.0.join("audit.key")).unwrap_or_default();
    let key = hex::decode(key.trim()).unwrap_or_default();
    {
        let d = db::Database::open(&url, 1, db::AuditKey::new(&key)).unwrap();
        let p = testkit::fixtures::programme(&d, "cli-test");
        testkit::fixtures::organisation(
            &d,
            &p,
            "Comune di Prova",
            domain::OrganisationKind::LeadPartner,
        );
    }
    let out = mentor(
        &dir.0,
        &[
            "user",
            "create",
            "ops@example.it",
            "--name",
            "Ops",
            "--organisation",
            "Comune di Prova",
            "--role",
            "coordinator",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout(&out).contains("password: "),
        "a generated password is shown once"
    );

    let out = mentor(
        &dir.0,
        &[
            "user",
            "create",
            "x@example.it",
            "--name",
            "X",
            "--organisation",
            "Comune di Prova",
            "--role",
            "company",
        ],
    );
    assert!(
        !out.status.success(),
        "a company role does not fit a municipality"
    );

    let list = stdout(&mentor(&dir.0, &["user", "list"]));
    assert!(
        list.contains("ops@example.it") && list.contains("coordinator@Comune di Prova"),
        "{list}"
    );

    let token = stdout(&mentor(
        &dir.0,
        &["user", "token", "ops@example.it", "--name", "nightly"],
    ));
    let token = token.trim().to_owned();
    assert!(token.starts_with("mentor_") && token.len() > 40, "{token}");
    for bad in [
        &["--days", "366"][..],
        &["--days", "0"][..],
        &["--name", " "][..],
    ] {
        let mut args = vec!["user", "token", "ops@example.it"];
        if bad[0] == "--days" {
            args.extend(["--name", "x"]);
        }
        args.extend(bad);
        assert!(!mentor(&dir.0, &args).status.success(), "{bad:?}");
    }
    let token_works = || {
        let key = std::fs::read_to_string(dir.0.join("audit.key")).unwrap_or_default();
        let key = hex::decode(key.trim()).unwrap_or_default();
        let url = dir.0.join("mentor.db").to_string_lossy().into_owned();
        let d = db::Database::open(&url, 1, db::AuditKey::new(&key)).unwrap();
        let mut conn = d.conn().unwrap();
        let now = chrono::Utc::now().naive_utc();
        db::api_tokens::user_of(&mut conn, &token, now)
            .unwrap()
            .is_some()
    };
    assert!(token_works());
    // A password set on the command line revokes the account's tokens too.
    assert!(
        mentor(&dir.0, &["user", "set-password", "ops@example.it"])
            .status
            .success()
    );
    assert!(!token_works(), "the token died with the password change");

    let verify = mentor(&dir.0, &["audit", "verify"]);
    assert!(verify.status.success());
    assert!(
        stdout(&verify).contains("consistent but unanchored"),
        "without an anchor it is not called intact: {}",
        stdout(&verify)
    );
}

#[test]
fn audit_verify_reports_the_first_broken_link() {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, SqliteConnection};

    let dir = data_dir();
    assert!(mentor(&dir.0, &["migrate"]).status.success());
    let url = dir.0.join("mentor.db").to_string_lossy().into_owned();
    let key = hex::decode(
        std::fs::read_to_string(dir.0.join("audit.key"))
            .unwrap_or_default()
            .trim(),
    )
    .unwrap_or_default();
    {
        let d = db::Database::open(&url, 1, db::AuditKey::new(&key)).unwrap();
        for slug in ["one", "two", "three"] {
            testkit::fixtures::programme(&d, slug);
        }
    }
    // Someone with write access to the database file edits entry 2 behind our back.
    let mut c = SqliteConnection::establish(&url).unwrap();
    c.batch_execute("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2;")
        .unwrap();
    let out = mentor(&dir.0, &["audit", "verify"]);
    assert!(!out.status.success());
    assert!(
        stdout(&out).contains("broken at entry 2"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn orlib_instances_are_solved_to_their_known_optimum() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/orlib/assign100.txt");
    assert!(
        file.exists(),
        "the OR-Library data is expected at {}",
        file.display()
    );
    let dir = data_dir();
    let out = mentor(&dir.0, &["match", "orlib", &file.to_string_lossy()]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert_eq!(text.lines().next(), Some("cost=305"), "{text}");
    assert!(text.lines().nth(1).is_some_and(|l| l.starts_with("time=")));
}

/// The audit key of a data folder, and the database opened with it.
fn open_with_key(dir: &Path) -> db::Database {
    let url = dir.join("mentor.db").to_string_lossy().into_owned();
    let key = hex::decode(
        std::fs::read_to_string(dir.join("audit.key"))
            .expect("audit.key")
            .trim(),
    )
    .expect("hex");
    db::Database::open(&url, 1, db::AuditKey::new(&key)).expect("open")
}

/// Issue 10, defect 6: `mentor audit anchor` appends the chain's head to a file outside the
/// data folder, and `mentor audit verify --anchor FILE` finds the newest entries deleted —
/// which the chain alone cannot show — and says what is missing.
#[test]
fn an_anchor_outside_the_data_folder_shows_the_newest_entries_deleted() {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, SqliteConnection};

    let dir = data_dir();
    let elsewhere = data_dir();
    std::fs::create_dir_all(&elsewhere.0).expect("anchor folder");
    let anchors = elsewhere.0.join("anchors.log");
    let anchors_arg = anchors.to_string_lossy().into_owned();
    assert!(mentor(&dir.0, &["migrate"]).status.success());
    {
        let d = open_with_key(&dir.0);
        for slug in ["one", "two", "three"] {
            testkit::fixtures::programme(&d, slug);
        }
    }

    // Nowhere configured: refused. Inside the data folder: refused.
    assert!(!mentor(&dir.0, &["audit", "anchor"]).status.success());
    let inside = dir.0.join("anchors.log").to_string_lossy().into_owned();
    let out = mentor(&dir.0, &["audit", "anchor", "--audit-anchor", &inside]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("inside the data folder"));
    assert!(!dir.0.join("anchors.log").exists());

    let out = mentor(&dir.0, &["audit", "anchor", "--audit-anchor", &anchors_arg]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&anchors).expect("the anchor file");
    assert_eq!(text.lines().count(), 1);
    assert!(
        text.starts_with("mentor-audit-anchor v1 count=4 "),
        "{text}"
    );

    let out = mentor(&dir.0, &["audit", "verify", "--anchor", &anchors_arg]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("intact"), "{}", stdout(&out));

    // The newest entry (the anchoring itself) is deleted behind our back.
    let url = dir.0.join("mentor.db").to_string_lossy().into_owned();
    let mut c = SqliteConnection::establish(&url).expect("open");
    c.batch_execute("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 4;")
        .expect("delete");
    drop(c);
    let out = mentor(&dir.0, &["audit", "verify"]);
    assert!(out.status.success(), "the chain alone still holds");
    assert!(stdout(&out).contains("unanchored"), "{}", stdout(&out));
    let out = mentor(&dir.0, &["audit", "verify", "--anchor", &anchors_arg]);
    assert!(!out.status.success());
    assert!(
        stdout(&out).contains("tampered: entries missing after #3"),
        "{}",
        stdout(&out)
    );
    // The configured anchor file is used when none is named.
    let out = mentor(&dir.0, &["audit", "verify", "--audit-anchor", &anchors_arg]);
    assert!(!out.status.success());
    assert!(stdout(&out).contains("tampered"), "{}", stdout(&out));
}

/// Issue 10, defect 6: a server with an anchor file configured anchors the chain when it
/// starts (and daily after), without anyone asking.
#[test]
fn a_server_anchors_the_audit_chain_when_it_starts() {
    let dir = data_dir();
    let elsewhere = data_dir();
    std::fs::create_dir_all(&elsewhere.0).expect("anchor folder");
    let anchors = elsewhere.0.join("anchors.log");
    let mut server = Command::new(env!("CARGO_BIN_EXE_mentor"))
        .args(["serve", "--addr", "127.0.0.1:0", "--audit-anchor"])
        .arg(&anchors)
        .arg("--data-dir")
        .arg(&dir.0)
        .env_remove("DATABASE_URL")
        .env("MENTOR_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    let mut line = None;
    for _ in 0..200 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        if let Ok(text) = std::fs::read_to_string(&anchors)
            && let Some(l) = text.lines().next()
        {
            line = Some(l.to_owned());
            break;
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    let line = line.expect("an anchor line within 20 s");
    // The chain's first entry, and the start's seeding: the two shipped procedure
    // templates and the years' holidays (one entry for them all).
    assert!(
        line.starts_with("mentor-audit-anchor v1 count=4 "),
        "{line}"
    );
    let out = mentor(
        &dir.0,
        &["audit", "verify", "--anchor", &anchors.to_string_lossy()],
    );
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("intact"), "{}", stdout(&out));
}
