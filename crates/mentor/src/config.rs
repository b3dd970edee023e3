//! Configuration: command-line options, then `MENTOR_*` environment, then defaults.
//! The data folder (mode 0700) holds the SQLite database, the audit key `audit.key`, the
//! field-encryption keys `field.key` and the sealed `documents/`; it is created on demand.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

#[derive(Args, Debug, Clone)]
pub struct Options {
    /// Address to listen on.
    #[arg(
        long,
        env = "MENTOR_ADDR",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub addr: SocketAddr,
    /// Folder for the SQLite database, the keys and uploaded files.
    #[arg(
        long,
        env = "MENTOR_DATA_DIR",
        default_value = "./mentor-data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// PostgreSQL URL (postgres://…); when absent, SQLite in the data folder is used.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Public address of the site, e.g. https://mentor.comune.milano.it (enables HTTPS-only cookies and HSTS).
    #[arg(long, env = "MENTOR_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// Database connections in the pool.
    #[arg(long, env = "MENTOR_DB_POOL", default_value_t = 8, global = true)]
    pub db_pool: u32,
    /// SMTP server for outgoing e-mail: smtp://relay:25, smtp://user:pass@host:587?tls=required
    /// or smtps://user:pass@host:465. When absent, messages are appended to outbox.log in the
    /// data folder instead.
    #[arg(long, env = "MENTOR_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of outgoing e-mail.
    #[arg(
        long,
        env = "MENTOR_MAIL_FROM",
        default_value = "Mentor <mentor@localhost>",
        global = true
    )]
    pub mail_from: String,
    /// Seconds that requests in flight may take to finish after a shutdown signal.
    #[arg(
        long,
        env = "MENTOR_SHUTDOWN_DEADLINE",
        default_value_t = 10,
        global = true
    )]
    pub shutdown_deadline: u64,
    /// Seconds a connection has to send a complete request head (also how long an idle
    /// keep-alive connection stays open).
    #[arg(
        long,
        env = "MENTOR_HEADER_TIMEOUT",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub header_timeout: u64,
    /// Seconds a request body (a form, an upload) has to arrive in full.
    #[arg(
        long,
        env = "MENTOR_BODY_TIMEOUT",
        default_value_t = 20,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub body_timeout: u64,
    /// Seconds a request may take before it is answered 503.
    #[arg(
        long,
        env = "MENTOR_REQUEST_TIMEOUT",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub request_timeout: u64,
    /// Connections served at once; more wait to be accepted.
    #[arg(
        long,
        env = "MENTOR_MAX_CONNECTIONS",
        default_value_t = 512,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub max_connections: u64,
    /// Page views and other reads served at once; more wait their turn, while form
    /// submissions and other writes never wait for them (0: four a core).
    #[arg(long, env = "MENTOR_READS_AT_ONCE", default_value_t = 0, global = true)]
    pub reads_at_once: u64,
    /// Seconds a results page may show figures computed before the latest change while
    /// they are recomputed behind it (0: recompute after every change).
    #[arg(
        long,
        env = "MENTOR_RESULTS_MAX_AGE",
        default_value_t = 300,
        global = true
    )]
    pub results_max_age: u64,
    /// Seconds a person's home page, the rankings of calls they read and the public pages
    /// kept for visitors may leave out others' latest changes (a person's own always show;
    /// 0: recompute after every change).
    #[arg(long, env = "MENTOR_HOME_MAX_AGE", default_value_t = 10, global = true)]
    pub home_max_age: u64,
    /// Longest request URI in bytes (longer: 414).
    #[arg(
        long,
        env = "MENTOR_MAX_URI_BYTES",
        default_value_t = 8192,
        value_parser = clap::value_parser!(u64).range(256..),
        global = true
    )]
    pub max_uri_bytes: u64,
    /// Largest total of a request's headers in bytes (larger: 431).
    #[arg(
        long,
        env = "MENTOR_MAX_HEADER_BYTES",
        default_value_t = 16384,
        value_parser = clap::value_parser!(u64).range(1024..),
        global = true
    )]
    pub max_header_bytes: u64,
    /// Header in which a trusted reverse proxy passes the client's address, e.g.
    /// X-Forwarded-For. The last comma-separated entry of its last occurrence is taken (the
    /// one the proxy appended). Unset: the TCP peer is the client, and no header is trusted.
    /// Set it only when clients cannot reach the server except through that proxy.
    #[arg(long, env = "MENTOR_CLIENT_IP_HEADER", global = true)]
    pub client_ip_header: Option<String>,
    /// Seconds an attempt to reach the database may take. Once one has failed, requests
    /// answer 503 at once instead of waiting for a connection.
    #[arg(
        long,
        env = "MENTOR_DB_CONNECT_TIMEOUT",
        default_value_t = 2,
        global = true
    )]
    pub db_connect_timeout: u64,
    /// Days a case deadline may be overdue before it is e-mailed (once) to the programme's
    /// coordinators.
    #[arg(
        long,
        env = "MENTOR_ESCALATE_AFTER_DAYS",
        default_value_t = app::cases::escalate::DEFAULT_AFTER_DAYS,
        value_parser = clap::value_parser!(i64).range(0..=365),
        global = true
    )]
    pub escalate_after_days: i64,
    /// File that the head of the audit chain is appended to at start-up, daily and with
    /// `mentor audit anchor`: on other storage than the data folder (refused inside it).
    #[arg(long, env = "MENTOR_AUDIT_ANCHOR", global = true)]
    pub audit_anchor: Option<PathBuf>,
    /// Also write the audit chain's anchors to the system log (/dev/log, facility auth).
    #[arg(long, env = "MENTOR_AUDIT_ANCHOR_SYSLOG", global = true)]
    pub audit_anchor_syslog: bool,
    /// Token a Prometheus scraper sends as `Authorization: Bearer <token>` to read
    /// /metrics: at least 24 printable characters (`openssl rand -hex 32`). Prefer the
    /// environment to the option, which other users of the machine can see. Unset:
    /// /metrics answers 404 to everyone.
    #[arg(
        long,
        env = "MENTOR_METRICS_TOKEN",
        global = true,
        hide_env_values = true
    )]
    pub metrics_token: Option<Secret>,
}

/// A setting that is a secret: `Debug` never prints it.
#[derive(Clone)]
pub struct Secret(String);

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

pub fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("MENTOR_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

impl Options {
    /// What a connection and a request may take, as configured.
    pub fn limits(&self) -> web::Limits {
        use std::time::Duration;
        let bytes = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
        web::Limits {
            max_uri_bytes: bytes(self.max_uri_bytes),
            max_header_bytes: bytes(self.max_header_bytes),
            header_timeout: Duration::from_secs(self.header_timeout),
            body_timeout: Duration::from_secs(self.body_timeout),
            request_timeout: Duration::from_secs(self.request_timeout),
            max_connections: bytes(self.max_connections),
            reads_at_once: match self.reads_at_once {
                0 => web::default_reads_at_once(),
                n => bytes(n),
            },
        }
    }

    pub fn https(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// The data folder, created if missing, readable only by us.
    pub fn ensure_data_dir(&self) -> Result<&Path> {
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("cannot create data folder {}", self.data_dir.display()))?;
        restrict(&self.data_dir, 0o700)?;
        Ok(&self.data_dir)
    }

    pub fn database_url(&self) -> Result<String> {
        match &self.database_url {
            Some(url) if !url.is_empty() => Ok(url.clone()),
            _ => {
                let path = self.ensure_data_dir()?.join("mentor.db");
                private_database(&path)?;
                Ok(path.to_string_lossy().into_owned())
            }
        }
    }

    /// The audit key lives in the data folder, outside the database, so that someone who
    /// can only change the database cannot rewrite the audit chain.
    pub fn audit_key(&self) -> Result<db::AuditKey> {
        let path = self.ensure_data_dir()?.join("audit.key");
        let key = load_or_create_key(&path)?;
        Ok(db::AuditKey::new(&key))
    }

    /// The keys of field-level encryption (passport numbers), in `field.key` in the data
    /// folder, outside the database: someone who steals the database alone reads no passport
    /// number. One key per line as `ID:HEX`, the current key first; older keys stay listed
    /// so values they sealed still open. Created with one key `k1` when missing.
    pub fn field_keys(&self) -> Result<domain::fieldcrypt::Keyring> {
        let path = self.ensure_data_dir()?.join("field.key");
        if !path.exists() {
            let mut key = [0u8; 32];
            getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
            write_private(&path, format!("k1:{}\n", hex::encode(key)).as_bytes())?;
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        parse_field_keys(&text)
            .with_context(|| format!("{} is not a list of ID:HEX keys", path.display()))
    }

    /// The outbox worker: SMTP when configured, otherwise `outbox.log` in the data folder.
    pub fn mail_worker(&self, db: db::Database) -> Result<mail::Worker> {
        let transport =
            mail::Transport::from_config(self.smtp_url.as_deref(), self.ensure_data_dir()?)?;
        Ok(mail::Worker::new(db, transport, &self.mail_from)?)
    }

    /// Opens the database (migrating it) with the audit key.
    /// The sealed documents of candidates: `documents/` in the data folder (mode 0700).
    pub fn document_store(&self) -> Result<app::files::DocumentStore> {
        let dir = self.ensure_data_dir()?.join("documents");
        app::files::DocumentStore::open(&dir)
            .with_context(|| format!("cannot create the documents folder {}", dir.display()))
    }

    /// The database as it is, for checking it: no folder created or its permissions changed,
    /// no migration run, no key made. Verifying a copy must not alter the copy.
    pub fn open_db_to_verify(&self) -> Result<db::Database> {
        let url = match &self.database_url {
            Some(url) if !url.is_empty() => url.clone(),
            _ => {
                let path = self.data_dir.join("mentor.db");
                anyhow::ensure!(path.is_file(), "no database at {}", path.display());
                path.to_string_lossy().into_owned()
            }
        };
        let key_path = self.data_dir.join("audit.key");
        let hex = std::fs::read_to_string(&key_path)
            .with_context(|| format!("cannot read {}", key_path.display()))?;
        let key = hex::decode(hex.trim())
            .with_context(|| format!("{} is not a hex key", key_path.display()))?;
        db::Database::open(&url, 1, db::AuditKey::new(&key)).context("cannot open the database")
    }

    pub fn open_db(&self) -> Result<db::Database> {
        let url = self.database_url()?;
        self.refuse_missing_keys(&url)?;
        let settings = db::Settings {
            connect_timeout: std::time::Duration::from_secs(self.db_connect_timeout.max(1)),
            ..db::Settings::default()
        };
        let db = db::Database::open_with(&url, self.db_pool, self.audit_key()?, settings)
            .context("cannot open the database")?;
        let applied = db.migrate().context("cannot migrate the database")?;
        for name in applied {
            tracing::info!(migration = %name, "applied");
        }
        Ok(db)
    }
}

impl Options {
    /// The scraper's token for `/metrics`, if one is set; a weak one stops the start.
    pub fn metrics_token(&self) -> Result<Option<web::MetricsToken>> {
        let configured = self.metrics_token.as_ref().map_or("", |s| s.0.as_str());
        web::MetricsToken::parse(configured).context("--metrics-token (MENTOR_METRICS_TOKEN)")
    }

    /// Where the audit chain's anchors go. An anchor file inside the data folder is
    /// refused: whoever can rewrite the database and `audit.key` there could rewrite it too.
    pub fn anchoring(&self) -> Result<app::audit_anchor::Anchoring> {
        use app::audit_anchor::Sink;
        let mut sinks = Vec::new();
        if let Some(path) = self
            .audit_anchor
            .as_ref()
            .filter(|p| !p.as_os_str().is_empty())
        {
            self.refuse_inside_data_dir(path)?;
            sinks.push(Sink::File(path.clone()));
        }
        if self.audit_anchor_syslog {
            sinks.push(Sink::Syslog(app::audit_anchor::SYSLOG_SOCKET.into()));
        }
        Ok(app::audit_anchor::Anchoring::new(sinks))
    }

    fn refuse_inside_data_dir(&self, anchor: &Path) -> Result<()> {
        let folder = anchor
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let folder = folder.canonicalize().with_context(|| {
            format!(
                "the folder of the audit anchor file {} does not exist",
                anchor.display()
            )
        })?;
        // The data folder may not exist yet; then compare with the path it will have.
        let data = self
            .data_dir
            .canonicalize()
            .or_else(|_| std::path::absolute(&self.data_dir))
            .with_context(|| format!("cannot resolve {}", self.data_dir.display()))?;
        anyhow::ensure!(
            !folder.starts_with(&data),
            "the audit anchor file {} is inside the data folder {}: put it on other storage \
             (an intruder who can rewrite the database and audit.key could rewrite it too)",
            anchor.display(),
            data.display()
        );
        Ok(())
    }

    /// A missing key is created only for a database that holds nothing it would have
    /// sealed or chained. A database restored without its `audit.key` or `field.key` would
    /// otherwise start with new keys: the audit chain would read as tampered and every
    /// passport and document would be unreadable.
    fn refuse_missing_keys(&self, url: &str) -> Result<()> {
        let dir = self.ensure_data_dir()?;
        let audit_missing = !dir.join("audit.key").exists();
        let field_missing = !dir.join("field.key").exists();
        if !audit_missing && !field_missing {
            return Ok(());
        }
        // The probe's key signs nothing: it only reads counts (after migrating, so that a
        // new database has its tables).
        let probe = db::Database::open(url, 1, db::AuditKey::new(b"probe: never writes"))
            .context("cannot open the database")?;
        probe.migrate().context("cannot migrate the database")?;
        let held = db::audit::keyed(&mut *probe.conn()?)?;
        if audit_missing && held.audit_entries > 0 {
            anyhow::bail!(
                "{} is missing, but the database holds {} audit entries chained with it: \
                 restore audit.key from the backup taken with the database (a new key would \
                 make the audit log read as tampered)",
                dir.join("audit.key").display(),
                held.audit_entries
            );
        }
        if field_missing && held.sealed_values > 0 {
            anyhow::bail!(
                "{} is missing, but the database holds {} sealed passports and documents: \
                 restore field.key from the backup taken with the database (a new key could \
                 open none of them)",
                dir.join("field.key").display(),
                held.sealed_values
            );
        }
        Ok(())
    }
}

/// Parses `ID:HEX` lines (32-byte keys), the first being the current key.
pub fn parse_field_keys(text: &str) -> Result<domain::fieldcrypt::Keyring> {
    let mut keys = Vec::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (id, hex_key) = line.split_once(':').context("a line lacks ID:")?;
        let bytes: [u8; 32] = hex::decode(hex_key.trim())
            .context("not hex")?
            .try_into()
            .map_err(|_| anyhow::anyhow!("a key is not 32 bytes"))?;
        keys.push(domain::fieldcrypt::FieldKey::new(id.trim(), bytes).context("bad key id")?);
    }
    let mut keys = keys.into_iter();
    let current = keys.next().context("no key")?;
    Ok(domain::fieldcrypt::Keyring::new(current, keys.collect()))
}

fn load_or_create_key(path: &Path) -> Result<Vec<u8>> {
    if path.exists() {
        let hex = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        return hex::decode(hex.trim())
            .with_context(|| format!("{} is not a hex key", path.display()));
    }
    let mut key = vec![0u8; 32];
    getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    write_private(path, hex::encode(&key).as_bytes())?;
    Ok(key)
}

/// Writes a new file readable by the owner only, and makes it durable with its folder's
/// entry before anyone relies on it: a key lost to a power cut would leave everything it
/// sealed unreadable.
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .with_context(|| format!("cannot sync {}", dir.display()))?;
    }
    Ok(())
}

/// The SQLite file exists, readable by the owner only, before SQLite opens it: SQLite gives
/// its `-wal` and `-shm` files the database file's permissions. Files left by an older
/// version are restricted too.
fn private_database(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if file.exists() {
            restrict(&file, 0o600)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("cannot set permissions of {}", path.display()))
}

#[cfg(not(unix))]
fn restrict(_: &Path, _: u32) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn field_keys_parse_current_first_and_refuse_bad_lines() {
        let k1 = format!("k1:{}", "11".repeat(32));
        let k2 = format!("k2:{}", "22".repeat(32));
        let ring =
            super::parse_field_keys(&format!("{k2}\n{k1}\n")).unwrap_or_else(|e| panic!("{e}"));
        let place = domain::fieldcrypt::Place {
            table: "t",
            column: "c",
            row: "r",
        };
        assert!(ring.seal(&place, [0; 24], "x").starts_with("k2:"));
        assert!(super::parse_field_keys("k1:abcd").is_err());
        assert!(super::parse_field_keys("").is_err());
    }

    #[test]
    fn a_secret_setting_is_never_printed() {
        let token: super::Secret = "scraper-token-0123456789abcdef".parse().unwrap();
        assert!(!format!("{token:?}").contains("scraper"));
    }
}
