//! The candidate list on 100,000 applications.
//!
//! Seeds `MENTOR_BENCH_CANDIDATES` (default 100,000) fictional applications — with profiles
//! and three ESCO skills each — into a temporary SQLite database, and into a temporary
//! PostgreSQL database when `TEST_DATABASE_URL` names a cluster, then times the list's
//! typical queries (each `db::candidates::list` call is a count plus one page of 25, as the
//! page runs it). Prints the median and the slowest of `MENTOR_BENCH_RUNS` (default 7) runs
//! after one warm-up, as a Markdown table.
//!
//! `MENTOR_BENCH_REUSE=<folder>` keeps the seeded databases between runs (`keep.rs`).
//!
//! Run: `cargo bench -p db --bench candidates` (see BENCHMARKS.md).

mod explain;
mod keep;
mod seed;

use std::time::Instant;

use db::candidates::{ListFilter, Sort};
use diesel::RunQueryDsl;
use domain::permission::Scope;

use explain::explain;

fn main() {
    let n: usize = std::env::var("MENTOR_BENCH_CANDIDATES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let runs: usize = std::env::var("MENTOR_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    // `cargo bench` passes `--bench`; nothing else is read from the command line.
    for postgres in [false, true] {
        let Some((t, s)) = keep::prepare(postgres, n) else {
            continue;
        };
        let db = &t.db().clone();
        let backend = db.backend().name();
        explain(db, &s.programme);
        let coordinator = Scope::Programmes(vec![s.programme.clone()]);
        let agency = Scope::Residence(vec![s.agency_tn.clone()]);
        let base = ListFilter {
            submitted_only: true,
            page: 1,
            per_page: 25,
            ..Default::default()
        };
        let cases: Vec<(&str, &Scope, ListFilter)> = vec![
            (
                "first page, unfiltered (by name)",
                &coordinator,
                base.clone(),
            ),
            (
                "status = eligible",
                &coordinator,
                ListFilter {
                    status: Some("eligible".into()),
                    ..base.clone()
                },
            ),
            (
                "territory + status",
                &coordinator,
                ListFilter {
                    territory_id: Some(s.territories[0].0.clone()),
                    status: Some("submitted".into()),
                    ..base.clone()
                },
            ),
            (
                "name search \"trabelsi\"",
                &coordinator,
                ListFilter {
                    q: "trabelsi".into(),
                    ..base.clone()
                },
            ),
            (
                "name search \"ben sal\" (two words)",
                &coordinator,
                ListFilter {
                    q: "ben sal".into(),
                    ..base.clone()
                },
            ),
            (
                "ESCO skill \"python\"",
                &coordinator,
                ListFilter {
                    skill: "python".into(),
                    ..base.clone()
                },
            ),
            (
                "Italian ≥ B1",
                &coordinator,
                ListFilter {
                    min_italian: Some(3),
                    ..base.clone()
                },
            ),
            (
                "French ≥ C1",
                &coordinator,
                ListFilter {
                    min_french: Some(5),
                    ..base.clone()
                },
            ),
            (
                "sort by submission, first page",
                &coordinator,
                ListFilter {
                    sort: Sort::Submitted,
                    ..base.clone()
                },
            ),
            (
                "sort by Italian level, first page",
                &coordinator,
                ListFilter {
                    sort: Sort::Italian,
                    ..base.clone()
                },
            ),
            (
                "deep page (offset 50,000, by name)",
                &coordinator,
                ListFilter {
                    page: 2_001,
                    ..base.clone()
                },
            ),
            ("agency (Tunisia) first page", &agency, base.clone()),
            (
                "agency: status + Italian ≥ B1 + skill",
                &agency,
                ListFilter {
                    status: Some("eligible".into()),
                    min_italian: Some(3),
                    skill: "work in".into(),
                    ..base.clone()
                },
            ),
        ];
        println!("\n{backend}, {n} applications, median / slowest of {runs} runs (ms), matches:\n");
        println!("| query | median | slowest | matches |");
        println!("|---|---:|---:|---:|");
        let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
        // PostgreSQL's plans of slow statements, in the server's log (superuser only).
        if std::env::var("MENTOR_BENCH_AUTO_EXPLAIN").is_ok()
            && db.backend() == db::Backend::Postgres
        {
            diesel::sql_query("LOAD 'auto_explain'")
                .execute(&mut *conn)
                .unwrap_or_else(|e| panic!("auto_explain: {e}"));
            for set in [
                "SET auto_explain.log_min_duration = 100",
                "SET auto_explain.log_analyze = on",
            ] {
                diesel::sql_query(set)
                    .execute(&mut *conn)
                    .unwrap_or_else(|e| panic!("{set}: {e}"));
            }
        }
        for (name, scope, f) in cases {
            let _ = db::candidates::list(&mut conn, scope, "", &f);
            let mut times = Vec::with_capacity(runs);
            let mut total = 0;
            for _ in 0..runs {
                let t0 = Instant::now();
                let (_, count) = db::candidates::list(&mut conn, scope, "", &f)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                times.push(t0.elapsed().as_secs_f64() * 1000.0);
                total = count;
            }
            times.sort_by(f64::total_cmp);
            println!(
                "| {name} | {:.1} | {:.1} | {total} |",
                times[times.len() / 2],
                times[times.len() - 1]
            );
        }
        // Leaves the database in place to study its plans (`psql`, `sqlite3`).
        if let (Ok(_), keep::Handle::Temporary(t)) = (std::env::var("MENTOR_BENCH_KEEP"), t) {
            eprintln!("kept the {backend} database; programme {}", s.programme);
            std::mem::forget(t);
        }
    }
}
