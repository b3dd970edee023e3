//! The databases a run times: temporary ones seeded afresh, or — with
//! `MENTOR_BENCH_REUSE=<folder>` — ones kept between runs (a SQLite file in that folder, a
//! PostgreSQL database `mentor_bench_candidates_<n>` in the `TEST_DATABASE_URL` cluster).
//! Seeding 100,000 applications takes minutes, and studying a query takes many runs; a kept
//! database is migrated (new migrations and their backfills apply to it) and analysed again
//! before each run.

use std::path::PathBuf;

use db::{AuditKey, Database};
use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use testkit::TestDb;

use crate::seed::{Setup, seed};

/// A database being timed; a temporary one is dropped with it.
pub enum Handle {
    Temporary(TestDb),
    Kept(Database),
}

impl Handle {
    pub fn db(&self) -> &Database {
        match self {
            Handle::Temporary(t) => t.db(),
            Handle::Kept(db) => db,
        }
    }
}

/// The SQLite database (`postgres` false) or the PostgreSQL one, seeded with `n`
/// applications; `None` when no PostgreSQL cluster is configured.
pub fn prepare(postgres: bool, n: usize) -> Option<(Handle, Setup)> {
    let Ok(folder) = std::env::var("MENTOR_BENCH_REUSE") else {
        let t = if postgres {
            TestDb::postgres()?
        } else {
            TestDb::sqlite()
        };
        let s = seed(t.db(), n);
        return Some((Handle::Temporary(t), s));
    };
    let folder = PathBuf::from(folder);
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let backend = if postgres { "postgres" } else { "sqlite" };
    let setup_file = folder.join(format!("setup-{backend}-{n}.txt"));
    let kept = std::fs::read_to_string(&setup_file)
        .ok()
        .and_then(|text| parse(&text));
    let url = if postgres {
        let admin = std::env::var("TEST_DATABASE_URL").ok()?;
        let name = format!("mentor_bench_candidates_{n}");
        if kept.is_none() {
            let mut c = PgConnection::establish(&admin).unwrap_or_else(|e| panic!("{e}"));
            for sql in [
                format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                format!("CREATE DATABASE {name}"),
            ] {
                c.batch_execute(&sql)
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
            }
        }
        with_database(&admin, &name)
    } else {
        let path = folder.join(format!("candidates-{n}.db"));
        if kept.is_none() {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
        path.to_string_lossy().into_owned()
    };
    let db = Database::open(&url, 4, AuditKey::new(testkit::AUDIT_KEY))
        .unwrap_or_else(|e| panic!("open {backend}: {e}"));
    db.migrate()
        .unwrap_or_else(|e| panic!("migrate {backend}: {e}"));
    let setup = match kept {
        Some(s) => {
            let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
            crate::seed::analyse(&mut conn);
            eprintln!("reusing the {backend} database of {n} applications ({url})");
            s
        }
        None => {
            let s = seed(&db, n);
            let mut text = format!("{}\n{}\n", s.programme, s.agency_tn);
            for (id, code) in &s.territories {
                text.push_str(&format!("{id} {code}\n"));
            }
            std::fs::write(&setup_file, text).unwrap_or_else(|e| panic!("setup file: {e}"));
            s
        }
    };
    Some((Handle::Kept(db), setup))
}

/// A setup written by [`prepare`]: the programme, the agency, then `territory code` lines.
fn parse(text: &str) -> Option<Setup> {
    let mut lines = text.lines();
    let programme = lines.next()?.to_owned();
    let agency_tn = lines.next()?.to_owned();
    let territories = lines
        .filter_map(|l| l.split_once(' '))
        .map(|(id, code)| (id.to_owned(), if code == "TN" { "TN" } else { "MA" }))
        .collect::<Vec<_>>();
    (!territories.is_empty()).then_some(Setup {
        programme,
        agency_tn,
        territories,
    })
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let root = base.rsplit_once('/').map_or(base, |(root, _)| root);
    match query {
        Some(q) => format!("{root}/{name}?{q}"),
        None => format!("{root}/{name}"),
    }
}
