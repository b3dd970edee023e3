//! A shutdown waits for requests in flight only up to its deadline: a client that sends
//! half a request and stalls does not hold the server (or a deployment) for long.

use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_client_does_not_hold_the_shutdown_past_its_deadline() {
    let db = testkit::TestDb::sqlite();
    let state = web::AppState::new(
        db.db().clone(),
        web::WebConfig::default(),
        testkit::field_keys(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(web::serve(
        listener,
        state,
        async move {
            let _ = stopped.await;
        },
        Duration::from_secs(1),
    ));

    // Half a request, then nothing.
    let slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.writable().await.unwrap();
    let half = b"GET /healthz HTTP/1.1\r\nHost: mentor\r\nX-Slow: ";
    assert_eq!(slow.try_write(half).unwrap(), half.len());
    tokio::time::sleep(Duration::from_millis(200)).await;

    let asked = Instant::now();
    stop.send(()).unwrap();
    let served = tokio::time::timeout(Duration::from_secs(10), server).await;
    assert!(served.is_ok(), "the server stopped");
    let took = asked.elapsed();
    assert!(took < Duration::from_secs(5), "stopped after {took:?}");
    drop(slow);
}
