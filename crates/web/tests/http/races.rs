//! Concurrent requests cannot both pass a rule that counts: the check and the write are one
//! transaction, and what the rule counts is locked. Requests go to two servers sharing the
//! database (two pools; on SQLite two writer turns), as two processes would.

use axum::http::StatusCode;

use crate::companies::{company_ready, position};
use crate::support::*;

/// Posts `fields` to each of `paths` at the same time, alternating between the two servers.
async fn post_all(
    app: &TestApp,
    c: &Client,
    paths: &[String],
    fields: &'static [(&'static str, &'static str)],
) -> Vec<StatusCode> {
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
            tokio::spawn(async move { client.post(&at, fields).await.status })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap_or_else(|e| panic!("request task: {e}")));
    }
    out
}

/// Submits each position at the same time.
async fn submit_all(app: &TestApp, c: &Client, positions: &[String]) -> Vec<StatusCode> {
    let paths: Vec<String> = positions
        .iter()
        .map(|p| format!("{p}/transition"))
        .collect();
    post_all(app, c, &paths, &[("action", "submit")]).await
}

fn count(statuses: &[StatusCode], s: StatusCode) -> usize {
    statuses.iter().filter(|x| **x == s).count()
}

/// Places the company's submitted positions hold, read from the database.
fn submitted_places(app: &TestApp) -> i32 {
    let mut conn = app.db.db().conn().unwrap();
    db::companies::places_held(&mut conn, &app.seed.company_a, None).unwrap()
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn runs_approved_at_once_never_place_a_participant_twice() {
    on_each_backend(|app| async move {
        let s = crate::matching::setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        let mut runs = Vec::new();
        for _ in 0..2 {
            let res = c
                .post(
                    &format!("/calls/{}/matching/runs", s.call),
                    &[("method", "optimal")],
                )
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
            runs.push(format!("{}/approve", res.location().unwrap_or_default()));
        }
        // Each run approved from both servers at once, both runs at the same time.
        let paths: Vec<String> = runs.iter().flat_map(|r| [r.clone(), r.clone()]).collect();
        let answers = post_all(&app, &c, &paths, &[("confirmed", "yes")]).await;
        assert_eq!(
            count(&answers, StatusCode::SEE_OTHER),
            2,
            "each run is approved once: {answers:?}"
        );
        assert_eq!(count(&answers, StatusCode::CONFLICT), 2, "{answers:?}");

        let mut conn = app.db.db().conn().unwrap();
        let active = db::matching::active_placements(&mut conn, &s.call).unwrap();
        let mut candidates: Vec<&str> = active.iter().map(|p| p.candidate_id.as_str()).collect();
        let all = candidates.len();
        candidates.sort_unstable();
        candidates.dedup();
        assert_eq!(candidates.len(), all, "no participant holds two placements");
        assert_eq!(all, 3, "the three places are proposed once");
    })
    .await;
}
