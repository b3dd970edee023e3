//! Issue 10, defects 6 and 19: when the database is down or refuses writes, and the audit
//! page's anchoring.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use domain::Locale;

use crate::support::{ADMIN, TestApp, msg, on_each_backend, translator};

fn server(db: db::Database) -> axum::Router {
    web::app(web::AppState::new(
        db,
        web::WebConfig::default(),
        testkit::field_keys(),
    ))
}

/// `/readyz` says whether writes work: a database opened read-only (as on a read-only file
/// system, or a PostgreSQL database set read-only) answers 503 while `/healthz`, the
/// liveness check, stays 200.
#[tokio::test]
async fn readiness_fails_when_the_database_refuses_writes_while_liveness_holds() {
    on_each_backend(|app| async move {
        assert_eq!(app.client().get("/readyz").await.status, StatusCode::OK);
        let read_only = match app.db.backend() {
            db::Backend::Sqlite => format!("file:{}?mode=ro", app.db.url()),
            db::Backend::Postgres => {
                use diesel::Connection;
                use diesel::connection::SimpleConnection;
                let url = app.db.url();
                let name = url.rsplit('/').next().unwrap().split('?').next().unwrap();
                let admin = std::env::var("TEST_DATABASE_URL").unwrap();
                diesel::PgConnection::establish(&admin)
                    .unwrap()
                    .batch_execute(&format!(
                        "ALTER DATABASE {name} SET default_transaction_read_only = on"
                    ))
                    .unwrap();
                url.to_owned()
            }
        };
        let db = db::Database::open(&read_only, 2, db::AuditKey::new(testkit::AUDIT_KEY)).unwrap();
        let mut c = app.client().via(&server(db));
        assert_eq!(c.get("/healthz").await.status, StatusCode::OK);
        assert_eq!(
            c.get("/readyz").await.status,
            StatusCode::SERVICE_UNAVAILABLE
        );
        // A write refused by the database is "try again later", not an internal error.
        c.accept_language = Some("en".into());
        let res = c.login(ADMIN, crate::support::PASSWORD).await;
        assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE, "{}", res.body);
        assert!(res.shows(&msg("error-unavailable")), "{}", res.body);
    })
    .await;
}

/// A TCP proxy in front of PostgreSQL, on threads of its own, that can be cut: every
/// connection through it closed and its port refusing, as when the server stops.
struct Proxy {
    addr: std::net::SocketAddr,
    stop: Arc<std::sync::atomic::AtomicBool>,
    open: Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Proxy {
    fn start(to: std::net::SocketAddr) -> Proxy {
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let open = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (stopping, streams) = (stop.clone(), open.clone());
        let thread = std::thread::spawn(move || {
            while !stopping.load(Ordering::SeqCst) {
                let Ok((inbound, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                };
                inbound.set_nonblocking(false).unwrap();
                let Ok(outbound) = std::net::TcpStream::connect(to) else {
                    continue;
                };
                let pipe = |mut from: std::net::TcpStream, mut to: std::net::TcpStream| {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut to);
                        let _ = to.shutdown(std::net::Shutdown::Both);
                    });
                };
                pipe(inbound.try_clone().unwrap(), outbound.try_clone().unwrap());
                pipe(outbound.try_clone().unwrap(), inbound.try_clone().unwrap());
                streams.lock().unwrap().extend([inbound, outbound]);
            }
            // The listener is dropped here: the port refuses from now on.
        });
        Proxy {
            addr,
            stop,
            open,
            thread: Some(thread),
        }
    }

    /// Closes the port and every connection.
    fn cut(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
        for s in self.open.lock().unwrap().drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.cut();
    }
}

/// `host:port` of a PostgreSQL URL.
fn authority(url: &str) -> &str {
    let rest = &url[url.find("://").map_or(0, |i| i + 3)..];
    let rest = rest.split('/').next().unwrap();
    rest.rsplit('@').next().unwrap()
}

/// Issue 10, defect 19: with PostgreSQL gone, a page answers 503 within the connect
/// timeout (not after 10 s), as the translated error page in the language asked for, and
/// the API answers its JSON error object with 503 (not 500).
#[tokio::test]
async fn with_postgresql_down_pages_and_the_api_answer_503_fast_in_the_asked_language() {
    let Some(tdb) = testkit::TestDb::postgres() else {
        return;
    };
    let app = TestApp::new(tdb);
    let url = app.db.url().to_owned();
    let target = authority(&url).to_owned();
    let to = std::net::ToSocketAddrs::to_socket_addrs(&target)
        .unwrap()
        .next()
        .unwrap();
    let mut proxy = Proxy::start(to);
    let proxied = url.replacen(&target, &proxy.addr.to_string(), 1);
    let db = db::Database::open(&proxied, 2, db::AuditKey::new(testkit::AUDIT_KEY)).unwrap();
    let router = server(db);

    let admin = app.signed_in(ADMIN).await;
    let mut page = admin.via(&router);
    assert_eq!(page.get("/").await.status, StatusCode::OK, "up: served");
    let mut api = app.client();
    api.bearer = Some(app.token(ADMIN));
    let mut api = api.via(&router);
    assert_eq!(
        api.get("/api/v1/organisations").await.status,
        StatusCode::OK
    );

    proxy.cut();
    for (locale, tag) in [(Locale::Fr, "fr"), (Locale::Ar, "ar")] {
        page.accept_language = Some(tag.to_owned());
        let started = Instant::now();
        let res = page.get("/").await;
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "answered in {:?}",
            started.elapsed()
        );
        assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(
            res.header("content-type")
                .is_some_and(|t| t.starts_with("text/html")),
            "the error page"
        );
        assert!(
            res.shows(&translator(locale).t("error-unavailable")),
            "in {tag}: {}",
            res.body
        );
        assert!(
            res.body.contains(&format!("lang=\"{tag}\"")),
            "{}",
            res.body
        );
    }
    // The language asked in the query wins over the header, as when the database is up.
    let res = page.get("/?lang=it").await;
    assert!(res.shows(&translator(Locale::It).t("error-unavailable")));

    let started = Instant::now();
    let res = api.get("/api/v1/organisations").await;
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    let body = res.json();
    assert_eq!(body["error"]["code"], "error-unavailable");
    assert!(body["error"]["request_id"].is_string());

    let mut anyone = app.client().via(&router);
    assert_eq!(
        anyone.get("/readyz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

/// Issue 10, defect 6: the audit page calls a chain without an anchor consistent, not
/// intact; with anchoring configured, "anchor now" writes the head and the page checks
/// against it, and the newest entries deleted afterwards show as missing.
#[tokio::test]
async fn the_audit_page_checks_against_the_latest_anchor_and_anchors_on_demand() {
    use app::audit_anchor::{Anchoring, Sink};

    on_each_backend(|app| async move {
        let mut admin = app.signed_in(ADMIN).await;
        let res = admin.get("/audit").await;
        assert!(
            res.body.contains("data-verdict=\"unanchored\""),
            "{}",
            res.body
        );
        assert!(
            !res.body.contains("data-anchor-form"),
            "nowhere to anchor to"
        );
        assert_eq!(
            admin.post("/audit/anchor", &[]).await.status,
            StatusCode::NOT_FOUND
        );

        let dir = std::env::temp_dir().join(format!("mentor-anchors-{}", db::id::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("anchors.log");
        let anchored = web::app(
            web::AppState::new(
                app.db.db().clone(),
                web::WebConfig::default(),
                testkit::field_keys(),
            )
            .with_anchoring(Arc::new(Anchoring::new(vec![Sink::File(file.clone())]))),
        );
        let mut admin = admin.via(&anchored);
        let res = admin.get("/audit").await;
        assert!(res.body.contains("data-anchor-form"));
        let res = admin.post("/audit/anchor", &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(app.last_audit().0, "audit.anchor");
        let res = admin.get("/audit?anchored=1").await;
        assert!(res.body.contains("data-anchored"));
        assert!(res.body.contains("data-verdict=\"intact\""), "{}", res.body);
        let anchor = app::audit_anchor::latest_in(&file, app.db.db().audit_key())
            .unwrap()
            .unwrap();
        let n = anchor.count;

        // The newest entries are deleted behind the server's back.
        let sql = match app.db.backend() {
            db::Backend::Sqlite => "DROP TRIGGER audit_log_no_delete;",
            db::Backend::Postgres => "DROP TRIGGER audit_log_append_only ON audit_log;",
        };
        let mut conn = app.db.db().conn().unwrap();
        diesel::connection::SimpleConnection::batch_execute(&mut *conn, sql).unwrap();
        diesel::connection::SimpleConnection::batch_execute(
            &mut *conn,
            &format!("DELETE FROM audit_log WHERE seq > {}", n - 2),
        )
        .unwrap();
        drop(conn);
        let res = admin.get("/audit").await;
        assert!(
            res.body.contains("data-verdict=\"tampered\""),
            "{}",
            res.body
        );
        // In the administrator's own language (the fixture's default, Italian).
        let missing = translator(Locale::default())
            .t_with(
                "audit-missing",
                &[
                    ("seq", i18n::FluentArg::Num(n - 2)),
                    ("count", i18n::FluentArg::Num(n)),
                ],
            )
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(res.shows(&missing), "{}", res.part("data-verdict", "</p>"));
        let _ = std::fs::remove_dir_all(&dir);
    })
    .await;
}
