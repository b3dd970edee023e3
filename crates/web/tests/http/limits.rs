//! Sizes and times (issue 10, defects 17 and 18), over raw TCP against a real listener with
//! short limits: a long URI gets 414 and huge headers 431, in the request's language; a
//! client that never finishes its request head (as curl 7.88 does when a long URL makes it
//! drop its cookies: it sends `Cookie: ` and no blank line) is disconnected after the header
//! timeout, and so is an idle keep-alive connection; a trickled body is cut; with the
//! connection cap held by idle connections a new client is still answered; a request that
//! outlives its time limit is answered 503.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use domain::{Locale, OrganisationKind, Role};
use testkit::{TestDb, fixtures};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{escape_html, translator};

const HEADER_TIMEOUT: Duration = Duration::from_millis(400);

fn short_limits() -> web::Limits {
    web::Limits {
        max_uri_bytes: 8 * 1024,
        max_header_bytes: 16 * 1024,
        header_timeout: HEADER_TIMEOUT,
        body_timeout: Duration::from_millis(300),
        request_timeout: Duration::from_secs(5),
        max_connections: 64,
        reads_at_once: 8,
    }
}

/// A server on 127.0.0.1 over `db` with `limits`; it stops when the returned sender drops.
async fn serve(db: &TestDb, limits: web::Limits) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let state = web::AppState::new(
        db.db().clone(),
        web::WebConfig {
            https: false,
            limits,
            ..Default::default()
        },
        testkit::field_keys(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(web::serve(
        listener,
        state,
        async move {
            let _ = stopped.await;
        },
        Duration::from_millis(200),
    ));
    (addr, stop)
}

struct Answer {
    status: u16,
    head: String,
    body: String,
}

/// Reads one answer until the server closes the connection (requests say `Connection:
/// close`); `None` if nothing comes within `wait`.
async fn read_answer(stream: &mut TcpStream, wait: Duration) -> Option<Answer> {
    let mut bytes = Vec::new();
    let read = tokio::time::timeout(wait, stream.read_to_end(&mut bytes)).await;
    if read.is_err() && bytes.is_empty() {
        return None;
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some(Answer {
        status,
        head: head.to_lowercase(),
        body: body.to_owned(),
    })
}

async fn exchange(addr: SocketAddr, request: &[u8]) -> Option<Answer> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    read_answer(&mut stream, Duration::from_secs(5)).await
}

/// Whether the server closes `stream` (end of file or reset) within `wait`.
async fn closed_within(stream: &mut TcpStream, wait: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            // An answer (a 408 hyper may send) before the close.
            Ok(Ok(_)) => {}
        }
    }
}

fn get(path: &str, extra: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: mentor\r\n{extra}Connection: close\r\n\r\n").into_bytes()
}

/// A coordinator's API token (may create applications through the API).
fn coordinator_token(db: &TestDb) -> String {
    let d = db.db();
    let p = fixtures::programme(d, "p-limits");
    let lead = fixtures::organisation(d, &p, "Lead", OrganisationKind::LeadPartner);
    let user = fixtures::user(d, "coordinator@limits.example", &lead, Role::Coordinator);
    d.write_blocking(&db::Origin::cli(), |tx| {
        let expires = tx.now + chrono::Duration::days(90);
        db::api_tokens::create(tx, &user, "limits", expires)
    })
    .unwrap()
    .secret
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_uri_is_answered_414_in_the_request_language() {
    for db in testkit::backends() {
        let (addr, _stop) = serve(&db, short_limits()).await;
        let long = "a".repeat(9 * 1024);
        let fr = translator(Locale::Fr).t("error-uri-too-long");

        let page = exchange(
            addr,
            &get(&format!("/candidates?q={long}"), "Accept-Language: fr\r\n"),
        )
        .await
        .expect("an answer");
        assert_eq!(page.status, 414);
        assert!(page.body.contains(&escape_html(&fr)), "{}", page.body);

        let api = exchange(
            addr,
            &get(
                &format!("/api/v1/candidates?q={long}"),
                "Accept-Language: fr\r\n",
            ),
        )
        .await
        .expect("an answer");
        assert_eq!(api.status, 414);
        let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        assert_eq!(json["error"]["code"], "error-uri-too-long");
        assert_eq!(json["error"]["message"], fr.as_str());
        assert!(
            json["error"]["request_id"]
                .as_str()
                .is_some_and(|id| !id.is_empty())
        );

        // Under the limit, the same search is answered (here: sent to sign in).
        let short = exchange(
            addr,
            &get(&format!("/candidates?q={}", "a".repeat(7 * 1024)), ""),
        )
        .await
        .expect("an answer");
        assert_eq!(short.status, 303);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_headers_are_answered_431() {
    for db in testkit::backends() {
        let (addr, _stop) = serve(&db, short_limits()).await;
        // Over the header limit: our own answer, translated.
        let filler = format!("X-Filler: {}\r\n", "b".repeat(20 * 1024));
        let ours = exchange(
            addr,
            &get("/healthz", &format!("Accept-Language: it\r\n{filler}")),
        )
        .await
        .expect("an answer");
        assert_eq!(ours.status, 431);
        let it = translator(Locale::It).t("error-headers-too-large");
        assert!(ours.body.contains(&escape_html(&it)), "{}", ours.body);
        // Far over it: hyper refuses the head before it is parsed.
        let filler = format!("X-Filler: {}\r\n", "b".repeat(200 * 1024));
        let theirs = exchange(addr, &get("/healthz", &filler))
            .await
            .expect("an answer");
        assert_eq!(theirs.status, 431);
        // A normal request on the same server is answered.
        let ok = exchange(addr, &get("/healthz", ""))
            .await
            .expect("an answer");
        assert_eq!(ok.status, 200);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_finishes_its_head_is_disconnected() {
    for db in testkit::backends() {
        let (addr, _stop) = serve(&db, short_limits()).await;
        // What curl 7.88 sends for a search URL over 8 KB with cookies: the head never ends.
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let head = format!(
            "GET /candidates?q={} HTTP/1.1\r\nHost: mentor\r\nAccept: */*\r\nCookie: \r\n",
            "a".repeat(8 * 1024)
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let started = Instant::now();
        assert!(
            closed_within(&mut stream, HEADER_TIMEOUT * 4).await,
            "the half-sent request was not closed"
        );
        assert!(
            started.elapsed() >= HEADER_TIMEOUT / 2,
            "closed before its time"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_keep_alive_connection_is_closed() {
    for db in testkit::backends() {
        let (addr, _stop) = serve(&db, short_limits()).await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: mentor\r\n\r\n")
            .await
            .unwrap();
        let mut buf = [0u8; 4096];
        let n = stream.read(&mut buf).await.unwrap();
        assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
        // Kept alive, then idle: closed after the header timeout.
        assert!(
            closed_within(&mut stream, HEADER_TIMEOUT * 4).await,
            "the idle connection stayed open"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickled_body_is_cut() {
    for db in testkit::backends() {
        let (addr, _stop) = serve(&db, short_limits()).await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(
                b"POST /login HTTP/1.1\r\nHost: mentor\r\nAccept-Language: fr\r\n\
                  Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\
                  Connection: close\r\n\r\n",
            )
            .await
            .unwrap();
        // Ten bytes every 50 ms: 4000 bytes would take 20 s.
        let started = Instant::now();
        let trickle = async {
            loop {
                if stream.write_all(b"email=aaaa").await.is_err() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(2), trickle).await;
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "the body was never cut"
        );
        let answer = read_answer(&mut stream, Duration::from_secs(1))
            .await
            .expect("an answer");
        assert_eq!(answer.status, 408);
        let fr = translator(Locale::Fr).t("error-body-timeout");
        assert!(answer.body.contains(&escape_html(&fr)), "{}", answer.body);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_cap_held_by_idle_connections_a_new_client_is_answered() {
    for db in testkit::backends() {
        let limits = web::Limits {
            max_connections: 3,
            ..short_limits()
        };
        let (addr, _stop) = serve(&db, limits).await;
        let mut idle = Vec::new();
        for _ in 0..3 {
            idle.push(TcpStream::connect(addr).await.unwrap());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        let started = Instant::now();
        let answer = exchange(addr, &get("/healthz", ""))
            .await
            .expect("an answer");
        let took = started.elapsed();
        assert_eq!(answer.status, 200);
        // It waited for a slot (the cap holds) and got one when the idle ones were closed.
        assert!(
            took >= HEADER_TIMEOUT / 2,
            "answered at once: no cap ({took:?})"
        );
        assert!(took < HEADER_TIMEOUT * 3, "answered after {took:?}");
        for mut s in idle {
            assert!(closed_within(&mut s, Duration::from_millis(100)).await);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_past_its_time_limit_is_answered_503() {
    for db in testkit::backends() {
        let token = coordinator_token(&db);
        // The body may take long; the request may not.
        let limits = web::Limits {
            body_timeout: Duration::from_secs(30),
            request_timeout: Duration::from_millis(300),
            ..short_limits()
        };
        let (addr, _stop) = serve(&db, limits).await;
        for (request, api) in [
            (
                "POST /login HTTP/1.1\r\nHost: mentor\r\nAccept-Language: ar\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\n"
                    .to_owned(),
                false,
            ),
            (
                format!(
                    "POST /api/v1/candidates HTTP/1.1\r\nHost: mentor\r\nAccept-Language: ar\r\n\
                     Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                ),
                true,
            ),
        ] {
            let mut stream = TcpStream::connect(addr).await.unwrap();
            let head = format!("{request}Content-Length: 4000\r\nConnection: close\r\n\r\n");
            stream.write_all(head.as_bytes()).await.unwrap();
            stream.write_all(b"{\"a\":").await.unwrap();
            let answer = read_answer(&mut stream, Duration::from_secs(3))
                .await
                .expect("an answer within the time limit");
            assert_eq!(answer.status, 503);
            let ar = translator(Locale::Ar).t("error-request-timeout");
            if api {
                assert!(answer.head.contains("content-type: application/json"));
                let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
                assert_eq!(json["error"]["code"], "error-request-timeout");
                assert_eq!(
                    json["error"]["message"]
                        .as_str()
                        .map(|m| m.replace(['\u{2068}', '\u{2069}'], "")),
                    Some(ar.replace(['\u{2068}', '\u{2069}'], ""))
                );
                assert!(json["error"]["request_id"].as_str().is_some());
            } else {
                assert!(answer.head.contains("content-type: text/html"));
                assert!(answer.body.contains(&escape_html(&ar)), "{}", answer.body);
            }
        }
    }
}
