//! Concurrent requests cannot both pass a rule that counts: the check and the write are one
//! transaction, and what the rule counts is locked. Requests go to two servers sharing the
//! database (two pools; on SQLite two writer turns), as two processes would.

use axum::http::StatusCode;

use crate::companies::{company_ready, position};
use crate::support::*;

/// Submits each of `paths` at the same time, alternating between the two servers.
async fn submit_all(app: &TestApp, c: &Client, paths: &[String]) -> Vec<StatusCode> {
    let second = app.second_server();
    let tasks: Vec<_> = paths
        .iter()
        .enumerate()
        .map(|(i, at)| {
            let mut client = if i % 2 == 0 {
                c.via(&app.router)
            } else {
                c.via(&second)
            };
            let at = at.clone();
            tokio::spawn(async move {
                client
                    .post(&format!("{at}/transition"), &[("action", "submit")])
                    .await
                    .status
            })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap_or_else(|e| panic!("submit task: {e}")));
    }
    out
}

fn count(statuses: &[StatusCode], s: StatusCode) -> usize {
    statuses.iter().filter(|x| **x == s).count()
}

/// Places the company's submitted positions hold, read from the database.
fn submitted_places(app: &TestApp) -> i32 {
    let mut conn = app.db.db().conn().unwrap_or_else(|e| panic!("{e}"));
    db::companies::places_held(&mut conn, &app.seed.company_a, None)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_submits_never_pass_the_headcount_cap() {
    on_each_backend(|app| async move {
        // 12 employees in Lombardia: the company may host 2 trainees.
        let mut c = company_ready(&app).await;
        let a = app.seed.company_a.clone();
        let mut drafts = Vec::new();
        for _ in 0..8 {
            let res = c.post("/positions", &position(&a, "600", "1")).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
            drafts.push(res.location().unwrap_or_default().to_owned());
        }

        let answers = submit_all(&app, &c, &drafts).await;
        assert_eq!(count(&answers, StatusCode::SEE_OTHER), 2, "{answers:?}");
        assert_eq!(
            count(&answers, StatusCode::UNPROCESSABLE_ENTITY),
            6,
            "the others are refused by the cap: {answers:?}"
        );
        assert_eq!(submitted_places(&app), 2, "the cap holds in the data");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_position_submitted_at_once_from_two_servers_moves_once() {
    on_each_backend(|app| async move {
        let mut c = company_ready(&app).await;
        let a = app.seed.company_a.clone();
        let res = c.post("/positions", &position(&a, "600", "1")).await;
        let at = res.location().unwrap_or_default().to_owned();
        let before = app.audit_count();

        let answers = submit_all(&app, &c, &vec![at.clone(); 6]).await;
        assert_eq!(count(&answers, StatusCode::SEE_OTHER), 1, "{answers:?}");
        assert_eq!(
            count(&answers, StatusCode::CONFLICT),
            5,
            "a submitted position cannot be submitted again: {answers:?}"
        );
        assert_eq!(
            app.audit_count(),
            before + 1,
            "one status change was written"
        );
        assert_eq!(submitted_places(&app), 1);
    })
    .await;
}
