//! Sign-in throttling (issue 10, defect 3): the count cannot be raced, the right password is
//! delayed but never locked out, a known device is not delayed by a stranger's failures,
//! and the client's address is the TCP peer unless a trusted proxy header is configured.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use chrono::{Duration, NaiveDateTime};

use crate::support::*;

/// A clock the test moves by hand.
pub struct ManualClock(Mutex<NaiveDateTime>);

impl ManualClock {
    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap();
        *now += by;
    }
}

impl app::Clock for ManualClock {
    fn now(&self) -> NaiveDateTime {
        *self.0.lock().unwrap()
    }
}

/// A server over `app`'s database whose time is `clock`, with `throttle` and, when given,
/// the trusted client-address header.
pub fn server(
    app: &TestApp,
    throttle: domain::throttle::LoginThrottle,
    header: Option<&'static str>,
) -> (Router, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock(Mutex::new(chrono::Utc::now().naive_utc())));
    let mut state = web::AppState::new(
        app.db.db().clone(),
        web::WebConfig::default(),
        testkit::field_keys(),
    )
    .with_clock(clock.clone())
    .with_throttle(throttle);
    if let Some(h) = header {
        state = state.with_client_ip_header(axum::http::HeaderName::from_static(h));
    }
    (web::app(state), clock)
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Signs in over a TCP connection from `peer`, with an `X-Forwarded-For` when given.
async fn sign_in_from(
    c: &mut Client,
    peer: &str,
    forwarded: Option<&str>,
    email: &str,
    password: &str,
) -> Resp {
    if !c.cookies.contains_key("mentor_csrf") {
        c.get("/login").await;
    }
    let body = format!(
        "csrf={}&email={}&password={}&next=%2F",
        c.csrf(),
        encode(email),
        encode(password)
    );
    let cookies: Vec<String> = c.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let peer: SocketAddr = format!("{peer}:40000").parse().unwrap();
    let mut b = Request::builder()
        .method("POST")
        .uri("/login")
        .header("host", "localhost")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookies.join("; "))
        .extension(ConnectInfo(peer));
    if let Some(f) = forwarded {
        b = b.header("x-forwarded-for", f);
    }
    c.send(b.body(Body::from(body)).unwrap()).await
}

/// Attempts whose password was checked, and how many of them failed.
fn checked(app: &TestApp) -> (i64, i64) {
    let mut conn = app.db.db().conn().unwrap();
    let epoch = NaiveDateTime::default();
    db::login_attempts::checked_since(&mut conn, epoch).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_concurrent_wrong_passwords_get_only_the_free_tries_checked() {
    on_each_backend(|app| async move {
        let (router, _clock) = server(&app, Default::default(), None);
        let mut clients = Vec::new();
        for _ in 0..30 {
            let mut c = app.client().via(&router);
            c.accept_language = Some("en".into());
            c.get("/login").await;
            clients.push(c);
        }
        let tasks: Vec<_> = clients
            .into_iter()
            .map(|mut c| tokio::spawn(async move { c.login(COORDINATOR, "wrong password!").await }))
            .collect();
        let mut statuses = Vec::new();
        for t in tasks {
            let res = t.await.unwrap();
            if res.status == StatusCode::TOO_MANY_REQUESTS {
                assert_eq!(res.header("retry-after"), Some("1"));
                assert!(res.shows(&msg_n("error-sign-in-wait", "seconds", 1)));
            }
            statuses.push(res.status);
        }
        let count = |s| statuses.iter().filter(|x| **x == s).count();
        assert_eq!(count(StatusCode::UNAUTHORIZED), 5, "{statuses:?}");
        assert_eq!(count(StatusCode::TOO_MANY_REQUESTS), 25, "{statuses:?}");
        assert_eq!(checked(&app), (5, 5), "only five passwords were hashed");
    })
    .await;
}

#[tokio::test]
async fn the_right_password_is_delayed_never_locked_and_a_known_device_is_not_delayed() {
    on_each_backend(|app| async move {
        let (router, clock) = server(&app, Default::default(), None);
        // The owner's browser signed in once: it holds a known-device cookie.
        let mut owner = app.client().via(&router);
        assert_eq!(
            owner.login(COORDINATOR, PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
        assert!(owner.cookies.contains_key("mentor_device"));
        owner.cookies.remove("mentor_session");

        let mut stranger = app.client().via(&router);
        for _ in 0..5 {
            let res = stranger.login(COORDINATOR, "wrong password!").await;
            assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        }
        let mut elsewhere = app.client().via(&router);
        let res = elsewhere.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(res.header("retry-after"), Some("1"));
        assert!(!elsewhere.cookies.contains_key("mentor_session"));

        // The delay grows with each further failure: 1 s, then 2 s.
        clock.advance(Duration::seconds(1));
        let res = stranger.login(COORDINATOR, "wrong password!").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        let res = elsewhere.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.header("retry-after"), Some("2"));

        // The owner's known browser is not held back by the stranger's failures.
        let res = owner.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

        // And anyone with the right password gets in once the delay has passed.
        let mut again = app.client().via(&router);
        for _ in 0..6 {
            again.login(COORDINATOR, "wrong password!").await;
        }
        let res = elsewhere.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        let wait: i64 = res.header("retry-after").unwrap().parse().unwrap();
        clock.advance(Duration::seconds(wait));
        let res = elsewhere.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    })
    .await;
}

#[tokio::test]
async fn a_forged_device_cookie_is_no_exemption() {
    on_each_backend(|app| async move {
        let (router, _clock) = server(&app, Default::default(), None);
        // A device cookie of another account does not exempt this one.
        let mut c = app.client().via(&router);
        assert_eq!(c.login(ADMIN, PASSWORD).await.status, StatusCode::SEE_OTHER);
        c.cookies.remove("mentor_session");
        let mut stranger = app.client().via(&router);
        for _ in 0..5 {
            stranger.login(COORDINATOR, "wrong password!").await;
        }
        let res = c.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        c.cookies.insert(
            "mentor_device".into(),
            format!("{}.1.{}", "0".repeat(32), "0".repeat(64)),
        );
        let res = c.login(COORDINATOR, PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    })
    .await;
}

/// A throttle whose address limit bites after three failures and whose account limit
/// never does, to see the address limit alone.
fn address_only() -> domain::throttle::LoginThrottle {
    let mut t = domain::throttle::LoginThrottle::default();
    t.address.free_failures = 3;
    t.account.free_failures = 1000;
    t
}

#[tokio::test]
async fn a_forwarded_for_header_is_ignored_unless_configured() {
    on_each_backend(|app| async move {
        let (router, _clock) = server(&app, address_only(), None);
        let mut c = app.client().via(&router);
        for i in 0..3 {
            let spoofed = format!("192.0.2.{i}");
            let res = sign_in_from(&mut c, "198.51.100.7", Some(&spoofed), ADMIN, "wrong!").await;
            assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        }
        let res = sign_in_from(&mut c, "198.51.100.7", Some("192.0.2.99"), ADMIN, "wrong!").await;
        assert_eq!(
            res.status,
            StatusCode::TOO_MANY_REQUESTS,
            "a new X-Forwarded-For per attempt is not a new address"
        );
        let mut other = app.client().via(&router);
        let res = sign_in_from(&mut other, "198.51.100.8", None, ADMIN, "wrong!").await;
        assert_eq!(
            res.status,
            StatusCode::UNAUTHORIZED,
            "another peer is not held back"
        );
    })
    .await;
}

#[tokio::test]
async fn behind_a_configured_proxy_two_clients_are_limited_separately() {
    on_each_backend(|app| async move {
        let (router, _clock) = server(&app, address_only(), Some("x-forwarded-for"));
        let proxy = "10.0.0.1";
        let mut a = app.client().via(&router);
        for _ in 0..3 {
            let res = sign_in_from(&mut a, proxy, Some("203.0.113.1"), ADMIN, "wrong!").await;
            assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        }
        let res = sign_in_from(&mut a, proxy, Some("203.0.113.1"), ADMIN, "wrong!").await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        // What the client wrote before the proxy's entry changes nothing.
        let res = sign_in_from(&mut a, proxy, Some("192.0.2.5, 203.0.113.1"), ADMIN, "x").await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);

        let mut b = app.client().via(&router);
        let res = sign_in_from(&mut b, proxy, Some("203.0.113.2"), COORDINATOR, PASSWORD).await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "the other client behind the proxy"
        );
    })
    .await;
}
