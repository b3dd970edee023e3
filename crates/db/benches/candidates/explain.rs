//! Query plans of hand-written statements, to study the list's SQL on the seeded data.

use std::time::Instant;

use db::Database;
use diesel::RunQueryDsl;

#[derive(diesel::QueryableByName)]
struct PlanRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    detail: String,
}

/// Prints SQLite's plan of each statement of the file `MENTOR_BENCH_EXPLAIN` names (one per
/// line, `$P` standing for the programme id), as the bundled SQLite plans it.
pub fn explain(db: &Database, programme: &str) {
    let Ok(path) = std::env::var("MENTOR_BENCH_EXPLAIN") else {
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.replace("$P", programme);
        // `SQL -- binds: a|b|25`: text values, or numbers when they read as one.
        let (sql, binds) = match line.split_once(" -- binds: ") {
            Some((sql, b)) => (sql.to_owned(), b.split('|').map(str::to_owned).collect()),
            None => (line.clone(), Vec::<String>::new()),
        };
        let query = |prefix: &str| {
            let mut q =
                diesel::sql_query(format!("{prefix}{sql}")).into_boxed::<diesel::sqlite::Sqlite>();
            for b in &binds {
                q = match b.parse::<i64>() {
                    Ok(n) => q.bind::<diesel::sql_types::BigInt, _>(n),
                    Err(_) => q.bind::<diesel::sql_types::Text, _>(b.clone()),
                };
            }
            q
        };
        let raw = match &mut *conn {
            db::DbConn::Sqlite(raw) => raw,
            db::DbConn::Postgres(pg) => {
                #[derive(diesel::QueryableByName)]
                struct PgPlan {
                    #[diesel(sql_type = diesel::sql_types::Text, column_name = "QUERY PLAN")]
                    line: String,
                }
                let rows: Vec<PgPlan> = diesel::sql_query(format!("EXPLAIN ANALYZE {sql}"))
                    .load(pg)
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
                println!("{sql}");
                for r in rows {
                    println!("  {}", r.line);
                }
                continue;
            }
        };
        let rows: Vec<PlanRow> = query("EXPLAIN QUERY PLAN ")
            .load(raw)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        let t0 = Instant::now();
        query("")
            .execute(raw)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        println!("{sql}\n  {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0);
        for r in rows {
            println!("  {}", r.detail);
        }
    }
}
