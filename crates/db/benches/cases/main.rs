//! The case list and the coordinator's board on 10,000 art. 27 cases (issue 13, item 10).
//!
//! Seeds `MENTOR_BENCH_CASES` (default 10,000) cases — each with its application and
//! accepted placement, at 200 host companies in Milan and Turin, on the shipped Lombardy
//! and Piedmont templates; a path of one to thirteen steps (three in ten completed, some
//! extended, some visas refused and filed again), the facts and document rows its steps
//! ask for, and its nearest deadline computed by the domain's rules on the cities' working
//! calendars — into a temporary SQLite database, and into a temporary PostgreSQL database
//! when `TEST_DATABASE_URL` names a cluster. Then it times what the pages ask of storage:
//!
//! - the case list (`db::cases::list`: the count plus a page of 25, most urgent first) for
//!   a coordinator (their programme) and a promoter (their territory), unfiltered, overdue
//!   only, and by city;
//! - the coordinator's board, as `app::cases::board::board` computes it: every path within
//!   reach (`db::cases::paths`), the step order, the figures per step and the bottleneck
//!   (`domain::procedure::board`), and the counts (`db::cases::counts`); for all and for
//!   one city.
//!
//! Prints the median and the slowest of `MENTOR_BENCH_RUNS` (default 7) runs after one
//! warm-up, as a Markdown table. Run: `cargo bench -p db --bench cases` (BENCHMARKS.md).

mod seed;

use std::time::Instant;

use chrono::{NaiveDate, Utc};
use db::cases::CaseFilter;
use domain::permission::Scope;
use domain::procedure::board::{self, Path};
use testkit::TestDb;

use seed::seed;

/// The coordinator's board, as `app::cases::board::board` reads and computes it (the
/// database sums the days kept per passage); returns the passages over and the
/// bottleneck's step.
fn board(
    conn: &mut db::DbConn,
    scope: &Scope,
    f: &CaseFilter,
    today: NaiveDate,
) -> (usize, String) {
    let now =
        db::cases::standing_by_step(conn, scope, "", f).unwrap_or_else(|e| panic!("now: {e}"));
    let times = db::cases::step_times(conn, scope, "", f).unwrap_or_else(|e| panic!("times: {e}"));
    let order = db::cases::step_order(conn).unwrap_or_else(|e| panic!("order: {e}"));
    let order: Vec<&str> = order.iter().map(String::as_str).collect();
    let steps = board::from_totals(&order, &now, &times);
    let not_waiting =
        db::cases::not_waiting_steps(conn).unwrap_or_else(|e| panic!("not waiting: {e}"));
    let bottleneck = board::bottleneck(&steps, &not_waiting)
        .map(|s| s.step.clone())
        .unwrap_or_default();
    let counts =
        db::cases::counts(conn, scope, "", f, today).unwrap_or_else(|e| panic!("counts: {e}"));
    assert!(counts.open + counts.closed > 0);
    (steps.iter().map(|s| s.passed).sum(), bottleneck)
}

/// The board as it was computed before the days were kept: every path read and added up
/// in Rust (the comparison's other side, in the same run).
fn board_from_paths(conn: &mut db::DbConn, scope: &Scope, f: &CaseFilter) -> (usize, String) {
    let all = CaseFilter {
        closed: true,
        overdue: false,
        ..f.clone()
    };
    let paths: Vec<Path> =
        db::cases::paths(conn, scope, "", &all).unwrap_or_else(|e| panic!("paths: {e}"));
    let order = db::cases::step_order(conn).unwrap_or_else(|e| panic!("order: {e}"));
    let order: Vec<&str> = order.iter().map(String::as_str).collect();
    let steps = board::figures(&order, &paths);
    let not_waiting =
        db::cases::not_waiting_steps(conn).unwrap_or_else(|e| panic!("not waiting: {e}"));
    let bottleneck = board::bottleneck(&steps, &not_waiting)
        .map(|s| s.step.clone())
        .unwrap_or_default();
    (steps.iter().map(|s| s.passed).sum(), bottleneck)
}

fn main() {
    let n: usize = std::env::var("MENTOR_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let runs: usize = std::env::var("MENTOR_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let today = Utc::now().date_naive();
    for t in [Some(TestDb::sqlite()), TestDb::postgres()]
        .into_iter()
        .flatten()
    {
        let db = &t.db().clone();
        let backend = db.backend().name();
        let s = seed(db, n);
        let coordinator = Scope::Programmes(vec![s.programme.clone()]);
        let promoter = Scope::Territories(vec![s.milan.clone()]);
        let base = CaseFilter {
            today: Some(today),
            ..Default::default()
        };
        let overdue = CaseFilter {
            overdue: true,
            ..base.clone()
        };
        let turin = CaseFilter {
            city: Some("Torino".into()),
            ..base.clone()
        };
        let milan = CaseFilter {
            city: Some("Milano".into()),
            ..base.clone()
        };
        let lists: Vec<(&str, &Scope, CaseFilter, i64)> = vec![
            (
                "coordinator: first page by urgency",
                &coordinator,
                base.clone(),
                0,
            ),
            ("coordinator: overdue", &coordinator, overdue.clone(), 0),
            ("coordinator: city = Torino", &coordinator, turin.clone(), 0),
            (
                "coordinator: closed too, page 100",
                &coordinator,
                CaseFilter {
                    closed: true,
                    ..base.clone()
                },
                2_475,
            ),
            ("promoter (Milan): first page", &promoter, base.clone(), 0),
            ("promoter (Milan): overdue", &promoter, overdue.clone(), 0),
            (
                "promoter (Milan): city = Milano",
                &promoter,
                milan.clone(),
                0,
            ),
        ];
        println!("\n{backend}, {n} cases, median / slowest of {runs} runs (ms):\n");
        println!("| query | median | slowest | matches |");
        println!("|---|---:|---:|---:|");
        let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
        let time = |conn: &mut db::DbConn, f: &mut dyn FnMut(&mut db::DbConn) -> String| {
            let _ = f(conn);
            let mut times = Vec::with_capacity(runs);
            let mut out = String::new();
            for _ in 0..runs {
                let t0 = Instant::now();
                out = f(conn);
                times.push(t0.elapsed().as_secs_f64() * 1000.0);
            }
            times.sort_by(f64::total_cmp);
            (times[times.len() / 2], times[times.len() - 1], out)
        };
        for (name, scope, f, offset) in lists {
            let (median, slowest, total) = time(&mut conn, &mut |c| {
                let (rows, total) = db::cases::list(c, scope, "", &f, offset, 25)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(rows.len() <= 25);
                total.to_string()
            });
            println!("| {name} | {median:.1} | {slowest:.1} | {total} |");
        }
        for (name, scope, f) in [
            ("coordinator's board", &coordinator, base.clone()),
            (
                "coordinator's board, city = Torino",
                &coordinator,
                turin.clone(),
            ),
            ("promoter's board (Milan)", &promoter, base.clone()),
        ] {
            let (median, slowest, out) = time(&mut conn, &mut |c| {
                let (passages, bottleneck) = board(c, scope, &f, today);
                format!("{passages} passages, bottleneck {bottleneck}")
            });
            println!("| {name} | {median:.1} | {slowest:.1} | {out} |");
        }
        // The same board read the way it was before (every path), for the ratio.
        let (median, slowest, out) = time(&mut conn, &mut |c| {
            let (passages, bottleneck) = board_from_paths(c, &coordinator, &base);
            format!("{passages} passages, bottleneck {bottleneck}")
        });
        println!(
            "| coordinator's board from every path (before) | {median:.1} | {slowest:.1} | {out} |"
        );
        // Where the board's time goes.
        let all = CaseFilter {
            closed: true,
            ..base.clone()
        };
        let loaded = db::cases::paths(&mut conn, &coordinator, "", &all)
            .unwrap_or_else(|e| panic!("paths: {e}"));
        let order = db::cases::step_order(&mut conn).unwrap_or_else(|e| panic!("{e}"));
        let order: Vec<&str> = order.iter().map(String::as_str).collect();
        for (name, part) in [
            ("board part: paths (db::cases::paths, before)", 0),
            ("board part: step times (db::cases::step_times)", 4),
            (
                "board part: cases per step (db::cases::standing_by_step)",
                5,
            ),
            ("board part: figures (domain::procedure::board)", 3),
            ("board part: step order (db::cases::step_order)", 1),
            ("board part: counts (db::cases::counts)", 2),
        ] {
            let (median, slowest, out) = time(&mut conn, &mut |c| match part {
                0 => db::cases::paths(c, &coordinator, "", &all)
                    .map(|p| format!("{} paths", p.len()))
                    .unwrap_or_else(|e| panic!("{e}")),
                1 => db::cases::step_order(c)
                    .map(|p| format!("{} steps", p.len()))
                    .unwrap_or_else(|e| panic!("{e}")),
                3 => format!("{} steps", board::figures(&order, &loaded).len()),
                4 => db::cases::step_times(c, &coordinator, "", &base)
                    .map(|t| format!("{} steps", t.len()))
                    .unwrap_or_else(|e| panic!("{e}")),
                5 => db::cases::standing_by_step(c, &coordinator, "", &base)
                    .map(|t| format!("{} steps", t.len()))
                    .unwrap_or_else(|e| panic!("{e}")),
                _ => db::cases::counts(c, &coordinator, "", &base, today)
                    .map(|k| format!("{} open", k.open))
                    .unwrap_or_else(|e| panic!("{e}")),
            });
            println!("| {name} | {median:.1} | {slowest:.1} | {out} |");
        }
        if std::env::var("MENTOR_BENCH_KEEP").is_ok() {
            eprintln!("kept the {backend} database; programme {}", s.programme);
            std::mem::forget(t);
        }
    }
}
