//! Anchoring the audit chain outside the data folder (issue 10, defect 6).
//!
//! The chain's MACs show an entry edited or removed in the middle, but not its newest
//! entries deleted, nor the whole chain rewritten by someone who also took `audit.key` from
//! the data folder. An anchor (`domain::audit::Anchor`: entry count, last MAC, time, one
//! signed line) written where that intruder cannot reach — a file on other storage,
//! appended and fsynced, and/or the system log — lets `mentor audit verify --anchor FILE`
//! and the audit page tell. Anchors are taken at start-up and then daily by [`run`], and on
//! demand (`mentor audit anchor`, the audit page). Each is preceded by its own
//! `audit.anchor` entry in the same transaction that reads the head, so the anchored chain
//! includes the record of who anchored it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use db::Database;
use domain::audit::{Anchor, AnchorError};

use crate::Clock;

/// How often the server anchors the chain (and once at start-up).
pub const DAILY: Duration = Duration::from_secs(24 * 3600);

/// Where the system log listens on Linux.
pub const SYSLOG_SOCKET: &str = "/dev/log";

/// Where anchors go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sink {
    /// A file, appended to and fsynced (on other storage than the data folder).
    File(PathBuf),
    /// The system log, through its datagram socket (`/dev/log`), facility `auth`.
    Syslog(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Db(#[from] db::DbError),
    #[error("cannot write the anchor to {place}: {source}")]
    Write {
        place: String,
        source: std::io::Error,
    },
    #[error("cannot read the anchors in {place}: {source}")]
    Read {
        place: String,
        source: std::io::Error,
    },
    #[error("the latest anchor in {place} is unusable: {reason:?}")]
    Unusable { place: String, reason: AnchorError },
}

/// The configured places anchors are written to.
#[derive(Debug, Clone, Default)]
pub struct Anchoring {
    sinks: Vec<Sink>,
}

impl Anchoring {
    pub fn new(sinks: Vec<Sink>) -> Anchoring {
        Anchoring { sinks }
    }

    pub fn is_configured(&self) -> bool {
        !self.sinks.is_empty()
    }

    /// The anchor file, the place anchors can be read back from.
    pub fn file(&self) -> Option<&Path> {
        self.sinks.iter().find_map(|s| match s {
            Sink::File(p) => Some(p.as_path()),
            Sink::Syslog(_) => None,
        })
    }

    /// Records `audit.anchor` by `origin`, then writes the head of the chain that ends with
    /// it to every sink. The anchor is written after the commit: one that fails to be
    /// written leaves an entry that no anchor covers yet, never an anchor ahead of the chain.
    pub async fn anchor(
        &self,
        db: &Database,
        clock: &dyn Clock,
        origin: db::Origin,
    ) -> Result<Anchor, Error> {
        let now = clock.now();
        let anchor = db
            .write_at(origin, now, move |tx| {
                tx.audit("audit.anchor", "audit_log", "head")?;
                db::audit::head(tx.conn, now)
            })
            .await?;
        let line = anchor.line(db.audit_key().bytes());
        let sinks = self.sinks.clone();
        tokio::task::spawn_blocking(move || sinks.iter().try_for_each(|s| write(s, &line)))
            .await
            .map_err(|_| db::DbError::Join)??;
        Ok(anchor)
    }

    /// The latest anchor in the anchor file; `None` when no file is configured or it holds
    /// no anchor yet.
    pub fn latest(&self, key: &db::AuditKey) -> Result<Option<Anchor>, Error> {
        match self.file() {
            Some(path) => latest_in(path, key),
            None => Ok(None),
        }
    }
}

/// The latest anchor in `path` (an anchor file, or a system log export).
pub fn latest_in(path: &Path, key: &db::AuditKey) -> Result<Option<Anchor>, Error> {
    let place = path.display().to_string();
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(Error::Read { place, source }),
    };
    Anchor::latest(&text, key.bytes()).map_err(|reason| Error::Unusable { place, reason })
}

fn write(sink: &Sink, line: &str) -> Result<(), Error> {
    let (place, written) = match sink {
        Sink::File(path) => (path.display().to_string(), append_line(path, line)),
        Sink::Syslog(socket) => (format!("syslog {}", socket.display()), syslog(socket, line)),
    };
    written.map_err(|source| Error::Write { place, source })
}

/// Appends `line` and makes it durable before returning; a new file's folder entry too.
fn append_line(path: &Path, line: &str) -> std::io::Result<()> {
    let existed = path.exists();
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o640);
    let mut file = options.open(path)?;
    file.write_all(format!("{line}\n").as_bytes())?;
    file.sync_all()?;
    if !existed && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// One message to the system log's datagram socket, in the form its daemons take
/// (`<priority>tag[pid]: text`; they add the time and host): facility `auth` (4), level
/// `notice` (5). No dependency and no process spawned.
#[cfg(unix)]
fn syslog(socket: &Path, line: &str) -> std::io::Result<()> {
    let message = format!("<{}>mentor[{}]: {line}", 4 * 8 + 5, std::process::id());
    let sock = std::os::unix::net::UnixDatagram::unbound()?;
    sock.send_to(message.as_bytes(), socket).map(|_| ())
}

#[cfg(not(unix))]
fn syslog(_: &Path, _: &str) -> std::io::Result<()> {
    Err(std::io::Error::other("no system log on this platform"))
}

/// Anchors at once, then every `every`; spawn it next to the server. A failure is logged
/// and tried again at the next tick.
pub async fn run(db: Database, anchoring: Arc<Anchoring>, every: Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        match anchoring
            .anchor(&db, &crate::SystemClock, db::Origin::system())
            .await
        {
            Ok(a) => tracing::info!(entries = a.count, "audit chain anchored"),
            Err(e) => tracing::warn!(error = %e, "audit chain not anchored"),
        }
    }
}
