//! Issue 17, item 4: `/metrics` for the scraper holding the token and no one else, counting
//! requests by route template (never a requested path), the outbox backlog as it stands;
//! liveness apart from readiness when the database cannot be reached.

use std::collections::HashMap;

use axum::http::StatusCode;
use domain::candidate::Status;
use testkit::fixtures;

use crate::support::{ADMIN, COORDINATOR, Client, TestApp, on_each_backend};

const TOKEN: &str = "scraper-token-0123456789abcdef";

/// A server over `db` that serves `/metrics` to [`TOKEN`].
fn scraped_server(db: db::Database) -> axum::Router {
    let token = web::MetricsToken::parse(TOKEN).unwrap().unwrap();
    web::app(
        web::AppState::new(db, web::WebConfig::default(), testkit::field_keys())
            .with_metrics_token(token),
    )
}

fn scraper(app: &TestApp, router: &axum::Router) -> Client {
    let mut c = app.client().via(router);
    c.bearer = Some(TOKEN.to_owned());
    c
}

/// One sample line: `name{label="value",…} value`.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: HashMap<String, String>,
    value: f64,
}

/// Parses the text format strictly enough to catch a malformed line: every line is a
/// `# HELP` or `# TYPE` comment, or a sample of a family whose `# TYPE` came before it.
fn parse(text: &str) -> Vec<Sample> {
    let mut typed: Vec<String> = Vec::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            let words: Vec<&str> = comment.splitn(3, ' ').collect();
            assert!(words.len() == 3, "{line}");
            match words[0] {
                "HELP" => {}
                "TYPE" => {
                    assert!(
                        ["counter", "gauge", "histogram"].contains(&words[2]),
                        "{line}"
                    );
                    typed.push(words[1].to_owned());
                }
                _ => panic!("{line}"),
            }
            continue;
        }
        let (name, labels, value) = sample(line);
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
            "{line}"
        );
        let family_typed = typed.iter().any(|t| {
            name == *t
                || ["_bucket", "_sum", "_count"]
                    .iter()
                    .any(|s| name.strip_suffix(s) == Some(t.as_str()))
        });
        assert!(family_typed, "no # TYPE before {line}");
        let value = match value.as_str() {
            "+Inf" => f64::INFINITY,
            v => v
                .parse()
                .unwrap_or_else(|_| panic!("not a number in {line}")),
        };
        samples.push(Sample {
            name,
            labels,
            value,
        });
    }
    samples
}

/// Splits `name{k="v",…} value`, unescaping label values.
fn sample(line: &str) -> (String, HashMap<String, String>, String) {
    let mut chars = line.chars().peekable();
    let mut name = String::new();
    while let Some(&c) = chars.peek() {
        if c == '{' || c == ' ' {
            break;
        }
        name.push(c);
        chars.next();
    }
    let mut labels = HashMap::new();
    if chars.peek() == Some(&'{') {
        chars.next();
        loop {
            let mut key = String::new();
            for c in chars.by_ref() {
                if c == '=' {
                    break;
                }
                key.push(c);
            }
            assert_eq!(chars.next(), Some('"'), "{line}");
            let mut value = String::new();
            loop {
                match chars.next() {
                    Some('\\') => match chars.next() {
                        Some('n') => value.push('\n'),
                        Some(c @ ('\\' | '"')) => value.push(c),
                        _ => panic!("bad escape in {line}"),
                    },
                    Some('"') => break,
                    Some(c) => value.push(c),
                    None => panic!("unterminated label in {line}"),
                }
            }
            assert!(labels.insert(key, value).is_none(), "label twice in {line}");
            match chars.next() {
                Some(',') => continue,
                Some('}') => break,
                _ => panic!("{line}"),
            }
        }
    }
    assert_eq!(chars.next(), Some(' '), "{line}");
    let value: String = chars.collect();
    assert!(!value.is_empty() && !value.contains(' '), "{line}");
    (name, labels, value)
}

/// The value of the one sample of `name` with exactly these labels, if there is one.
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let wanted: HashMap<String, String> = labels
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let found: Vec<f64> = samples
        .iter()
        .filter(|s| s.name == name && s.labels == wanted)
        .map(|s| s.value)
        .collect();
    assert!(found.len() <= 1, "{name} {labels:?} twice");
    found.first().copied()
}

async fn scrape(c: &mut Client) -> Vec<Sample> {
    let res = c.get("/metrics").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        res.header("content-type"),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    parse(&res.body)
}

#[tokio::test]
async fn metrics_answer_only_the_scraper_with_the_token_and_everyone_else_404() {
    on_each_backend(|app| async move {
        // No token configured (the test app's own server): off, whoever asks.
        let mut configured_nowhere = app.client();
        configured_nowhere.bearer = Some(TOKEN.to_owned());
        assert_eq!(
            configured_nowhere.get("/metrics").await.status,
            StatusCode::NOT_FOUND
        );

        let router = scraped_server(app.db.db().clone());
        let mut anonymous = app.client().via(&router);
        let res = anonymous.get("/metrics").await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert!(!res.body.contains("http_requests_total"));

        let mut wrong = app.client().via(&router);
        wrong.bearer = Some("scraper-token-0123456789abcdeX".to_owned());
        assert_eq!(wrong.get("/metrics").await.status, StatusCode::NOT_FOUND);
        wrong.bearer = Some(TOKEN[..TOKEN.len() - 1].to_owned());
        assert_eq!(wrong.get("/metrics").await.status, StatusCode::NOT_FOUND);
        // An administrator's API token is a person's, not the scraper's.
        wrong.bearer = Some(app.token(ADMIN));
        assert_eq!(wrong.get("/metrics").await.status, StatusCode::NOT_FOUND);
        // Nor does signing in open it.
        let mut admin = app.signed_in(ADMIN).await.via(&router);
        assert_eq!(admin.get("/metrics").await.status, StatusCode::NOT_FOUND);

        let samples = scrape(&mut scraper(&app, &router)).await;
        assert_eq!(
            value(&samples, "mentor_metrics_database_up", &[]),
            Some(1.0)
        );
        assert_eq!(value(&samples, "mentor_db_reachable", &[]), Some(1.0));
        let backend = app.db.backend().name();
        assert_eq!(
            value(&samples, "mentor_db_info", &[("backend", backend)]),
            Some(1.0)
        );
        let max = value(&samples, "mentor_db_connections_max", &[]).unwrap();
        let in_use = value(&samples, "mentor_db_connections", &[("state", "in_use")]).unwrap();
        let idle = value(&samples, "mentor_db_connections", &[("state", "idle")]).unwrap();
        assert!(
            max >= 1.0 && in_use + idle <= max,
            "{in_use} + {idle} of {max}"
        );
        assert_eq!(value(&samples, "mentor_db_waiting_calls", &[]), Some(0.0));
        // The scrape takes no read's turn; nothing else is being read.
        assert_eq!(
            value(&samples, "mentor_reads", &[("state", "served")]),
            Some(0.0)
        );
        assert_eq!(
            value(&samples, "mentor_reads", &[("state", "waiting")]),
            Some(0.0)
        );
        assert!(value(&samples, "mentor_reads_at_once", &[]).unwrap() >= 1.0);
        // The scrape itself is in flight.
        assert_eq!(value(&samples, "http_requests_in_flight", &[]), Some(1.0));
        assert!(value(&samples, "process_start_time_seconds", &[]).unwrap() > 1.7e9);
        assert!(value(&samples, "mentor_uptime_seconds", &[]).unwrap() >= 0.0);
        assert!(
            samples
                .iter()
                .any(|s| s.name == "mentor_build_info" && s.labels.contains_key("version"))
        );
        // The refusals were counted, under the route's template.
        let refused = [("route", "/metrics"), ("method", "GET"), ("status", "4xx")];
        assert_eq!(value(&samples, "http_requests_total", &refused), Some(5.0));
    })
    .await;
}

#[tokio::test]
async fn requests_are_counted_and_timed_by_route_template_never_by_path() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        let call = fixtures::call(d, &app.seed.p1, "MENTOR II call");
        let candidate = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Submitted);
        let router = scraped_server(d.clone());

        let mut visitor = app.client().via(&router);
        for _ in 0..3 {
            assert_eq!(visitor.get("/open-calls").await.status, StatusCode::OK);
        }
        assert_eq!(
            visitor.get(&format!("/open-calls/{call}")).await.status,
            StatusCode::OK
        );
        assert_eq!(
            visitor.get("/no-such-page/trabelsi").await.status,
            StatusCode::NOT_FOUND
        );
        let mut coordinator = app.signed_in(COORDINATOR).await.via(&router);
        let page = coordinator.get(&format!("/candidates/{candidate}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let missing = "00000000-0000-4000-8000-00000000dead";
        let res = coordinator.get(&format!("/candidates/{missing}")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);

        let mut scraper = scraper(&app, &router);
        let text = scraper.get("/metrics").await.body;
        for leak in [
            candidate.as_str(),
            call.as_str(),
            missing,
            "Trabelsi",
            "trabelsi",
        ] {
            assert!(!text.contains(leak), "{leak} in the metrics");
        }
        let samples = parse(&text);
        let total = |route: &str, status: &str| {
            value(
                &samples,
                "http_requests_total",
                &[("route", route), ("method", "GET"), ("status", status)],
            )
        };
        assert_eq!(total("/open-calls", "2xx"), Some(3.0));
        assert_eq!(total("/open-calls/{id}", "2xx"), Some(1.0));
        assert_eq!(total("/candidates/{id}", "2xx"), Some(1.0));
        assert_eq!(total("/candidates/{id}", "4xx"), Some(1.0));
        assert_eq!(total("unmatched", "4xx"), Some(1.0));
        assert_eq!(total("/candidates", "2xx"), None, "never requested here");

        // The histogram: cumulative buckets ending in +Inf, which equals the count.
        let route = [("route", "/open-calls"), ("method", "GET")];
        let count = value(&samples, "http_request_duration_seconds_count", &route);
        assert_eq!(count, Some(3.0));
        let mut buckets: Vec<(f64, f64)> = samples
            .iter()
            .filter(|s| {
                s.name == "http_request_duration_seconds_bucket"
                    && s.labels["route"] == "/open-calls"
                    && s.labels["method"] == "GET"
            })
            .map(|s| (s.labels["le"].parse::<f64>().unwrap(), s.value))
            .collect();
        assert_eq!(buckets.len(), 14);
        buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(buckets.first().map(|b| b.0), Some(0.001));
        assert_eq!(buckets.last(), Some(&(f64::INFINITY, 3.0)));
        assert!(buckets.windows(2).all(|w| w[0].1 <= w[1].1), "{buckets:?}");
        let sum = value(&samples, "http_request_duration_seconds_sum", &route).unwrap();
        assert!(sum > 0.0, "{sum}");

        // A second scrape sees the first one, answered.
        let again = scrape(&mut scraper).await;
        let scrapes = [("route", "/metrics"), ("method", "GET"), ("status", "2xx")];
        assert_eq!(value(&again, "http_requests_total", &scrapes), Some(1.0));
    })
    .await;
}

#[tokio::test]
async fn the_outbox_backlog_shows_a_mail_enqueued() {
    on_each_backend(|app| async move {
        let router = scraped_server(app.db.db().clone());
        let mut scraper = scraper(&app, &router);
        let due = |s: &[Sample]| value(s, "mentor_outbox_messages", &[("state", "due")]);
        let before = scrape(&mut scraper).await;
        let due_before = due(&before).unwrap();
        assert_eq!(
            value(&before, "mentor_outbox_messages", &[("state", "failed")]),
            Some(0.0)
        );

        app.db
            .db()
            .write_blocking(&db::Origin::system(), |tx| {
                db::outbox::enqueue(
                    tx,
                    db::outbox::NewMail {
                        recipient: "amina@example.tn".into(),
                        subject: "Decision".into(),
                        body: "…".into(),
                        locale: "ar".into(),
                        kind: "candidate.decision".into(),
                    },
                )
            })
            .unwrap();
        let after = scrape(&mut scraper).await;
        assert_eq!(due(&after), Some(due_before + 1.0));
        assert!(value(&after, "mentor_outbox_oldest_due_seconds", &[]).unwrap() >= 0.0);
        let text = scraper.get("/metrics").await.body;
        assert!(!text.contains("amina"), "no address in the metrics");
    })
    .await;
}

/// Makes the database unreachable for `handle`, whose pool holds one connection, as when
/// the database server goes away: on PostgreSQL the database refuses connections and its
/// open ones are ended; on SQLite the file's folder is moved away and the pooled connection
/// (whose open file would still work) is discarded — a connection left inside a
/// transaction is never handed out again — so the next call must open one, and cannot.
/// Returns what undoes it, for the clean-up.
fn cut_off(app: &TestApp, handle: &db::Database) -> Box<dyn FnOnce()> {
    use diesel::connection::{Connection, SimpleConnection, TransactionManager};
    match app.db.backend() {
        db::Backend::Postgres => {
            let url = app.db.url();
            let name = url.rsplit('/').next().unwrap().split('?').next().unwrap();
            let name = name.to_owned();
            let admin_url = std::env::var("TEST_DATABASE_URL").unwrap();
            let mut admin = diesel::PgConnection::establish(&admin_url).unwrap();
            admin
                .batch_execute(&format!(
                    "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
                     SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = '{name}' AND pid <> pg_backend_pid()"
                ))
                .unwrap();
            Box::new(move || {
                let allow = format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true");
                let _ = admin.batch_execute(&allow);
            })
        }
        db::Backend::Sqlite => {
            let dir = std::path::Path::new(app.db.url()).parent().unwrap();
            let dir = dir.to_owned();
            let away = dir.with_extension("away");
            std::fs::rename(&dir, &away).unwrap();
            let mut conn = handle.conn().unwrap();
            <db::DbConn as Connection>::TransactionManager::begin_transaction(&mut *conn).unwrap();
            drop(conn);
            Box::new(move || {
                let _ = std::fs::rename(&away, &dir);
            })
        }
    }
}

#[tokio::test]
async fn with_the_database_unreachable_readiness_fails_while_liveness_and_metrics_answer() {
    on_each_backend(|app| async move {
        let handle =
            db::Database::open(app.db.url(), 1, db::AuditKey::new(testkit::AUDIT_KEY)).unwrap();
        let router = scraped_server(handle.clone());
        let mut anyone = app.client().via(&router);
        assert_eq!(anyone.get("/readyz").await.status, StatusCode::OK);
        assert_eq!(anyone.get("/livez").await.status, StatusCode::OK);

        let undo = cut_off(&app, &handle);
        assert_eq!(
            anyone.get("/readyz").await.status,
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(anyone.get("/livez").await.status, StatusCode::OK);
        assert_eq!(anyone.get("/healthz").await.status, StatusCode::OK);
        assert_eq!(
            anyone.get("/open-calls").await.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "a page that needs the database"
        );
        // The scrape answers without the database, and says what it could not read.
        let samples = scrape(&mut scraper(&app, &router)).await;
        assert_eq!(
            value(&samples, "mentor_metrics_database_up", &[]),
            Some(0.0)
        );
        assert_eq!(value(&samples, "mentor_db_reachable", &[]), Some(0.0));
        assert_eq!(
            value(&samples, "mentor_outbox_messages", &[("state", "due")]),
            None
        );
        let unavailable = [("route", "/readyz"), ("method", "GET"), ("status", "5xx")];
        assert_eq!(
            value(&samples, "http_requests_total", &unavailable),
            Some(1.0)
        );
        undo();
    })
    .await;
}

/// A database server that ends its connections (a restart) costs the request that finds
/// its connection gone, not the ones after: once a connection was found lost, the pool
/// checks the others before handing them out and replaces the dead ones.
#[tokio::test]
async fn connections_the_server_ended_are_replaced_after_the_first_is_found() {
    on_each_backend(|app| async move {
        if app.db.backend() != db::Backend::Postgres {
            return; // a SQLite connection is a file handle: nothing ends it
        }
        let handle =
            db::Database::open(app.db.url(), 1, db::AuditKey::new(testkit::AUDIT_KEY)).unwrap();
        let router = scraped_server(handle.clone());
        let mut anyone = app.client().via(&router);
        assert_eq!(anyone.get("/readyz").await.status, StatusCode::OK);
        let before = handle.queries_run();
        assert_eq!(anyone.get("/readyz").await.status, StatusCode::OK);
        let ping = handle.queries_run() - before;

        use diesel::connection::{Connection, SimpleConnection};
        let name = app
            .db
            .url()
            .rsplit('/')
            .next()
            .unwrap()
            .split('?')
            .next()
            .unwrap();
        let admin_url = std::env::var("TEST_DATABASE_URL").unwrap();
        let mut admin = diesel::PgConnection::establish(&admin_url).unwrap();
        admin
            .batch_execute(&format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            ))
            .unwrap();
        assert_eq!(
            anyone.get("/readyz").await.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "the request that finds it gone"
        );
        let before = handle.queries_run();
        assert_eq!(anyone.get("/readyz").await.status, StatusCode::OK);
        assert!(
            handle.queries_run() - before > ping,
            "checked before use, since one was lost"
        );
    })
    .await;
}
