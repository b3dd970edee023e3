//! Benchmark runner for the matching engine (I/O lives here, not in the library).
//!
//! ```text
//! cargo run --release -p matching --example bench -- gen DIR
//!     writes the generated families (deterministic seeds) into DIR
//! cargo run --release -p matching --example bench -- run KIND PATH [REPS]
//!     KIND = orlib | dense | flow; prints one JSON line:
//!     {"solver":"mentor …","instance":…,"cost":…,"best_ms":…,"peak_mb":…}
//! ```
//! Times are solve only (parsing and building excluded), best of REPS (default 5).
//! Peak memory is the process high-water mark (VmHWM), so run one instance per process.
//!
//! Binary formats (little endian), shared with `bench/matching/peers.py`:
//! * dense `*.bin`: u64 rows, u64 cols, then rows×cols i32 costs row-major;
//! * flow directory: `meta.json` and raw arrays `arc_row.u32`, `arc_col.u32`,
//!   `arc_cost.i32` (sorted by row), `col_cap.u32`, `col_company.u32`,
//!   `company_cap.u32`, `row_country.u32`, `country_cap.u32`.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmark tool: fail loudly"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use matching::{
    Csr, FlowProblem, Group, OrlibInstance, parse_orlib, solve_dense, solve_flow, solve_sparse,
};

/// splitmix64: tiny, deterministic, good enough for instance generation.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
}

fn write_dense(path: &Path, rows: usize, cols: usize, lo: i64, hi: i64, seed: u64) {
    let mut rng = Rng(seed);
    let mut buf = Vec::with_capacity(16 + rows * cols * 4);
    buf.extend_from_slice(&(rows as u64).to_le_bytes());
    buf.extend_from_slice(&(cols as u64).to_le_bytes());
    for _ in 0..rows * cols {
        buf.extend_from_slice(&(rng.range(lo, hi) as i32).to_le_bytes());
    }
    fs::write(path, buf).unwrap();
}

fn write_u32(path: &Path, v: &[u32]) {
    fs::write(
        path,
        v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>(),
    )
    .unwrap();
}

fn read_u32(path: &Path) -> Vec<u32> {
    fs::read(path)
        .unwrap()
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Scheme-shaped flow: candidates, positions with 1–20 places, `density` eligible
/// pairs, companies capping their positions, countries capping their candidates.
fn write_scheme(dir: &Path, n_rows: usize, n_cols: usize, density_pct: u64, seed: u64) {
    fs::create_dir_all(dir).unwrap();
    let mut rng = Rng(seed);
    let (mut ar, mut ac, mut ak) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..n_rows {
        for j in 0..n_cols {
            if rng.next() % 1000 < density_pct * 10 {
                ar.push(i as u32);
                ac.push(j as u32);
                // Scores 1..=1000, many ties, as an integer scorer gives.
                ak.push(-(rng.range(1, 1000) as i32));
            }
        }
    }
    let col_cap: Vec<u32> = (0..n_cols).map(|_| rng.range(1, 20) as u32).collect();
    // Companies own 1..=10 consecutive positions; cap = about 60% of their places.
    let mut col_company = vec![0u32; n_cols];
    let mut company_cap = Vec::new();
    let mut j = 0;
    while j < n_cols {
        let k = (rng.range(1, 10) as usize).min(n_cols - j);
        let places: u32 = col_cap[j..j + k].iter().sum();
        for c in &mut col_company[j..j + k] {
            *c = company_cap.len() as u32;
        }
        company_cap.push((places * 6).div_ceil(10));
        j += k;
    }
    // Two countries of origin, 60% / 40%, each capped to 30% of the candidates.
    let row_country: Vec<u32> = (0..n_rows)
        .map(|_| u32::from(rng.next() % 10 >= 6))
        .collect();
    let country_cap = vec![(n_rows * 3 / 10) as u32; 2];
    write_u32(&dir.join("arc_row.u32"), &ar);
    write_u32(&dir.join("arc_col.u32"), &ac);
    fs::write(
        dir.join("arc_cost.i32"),
        ak.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>(),
    )
    .unwrap();
    write_u32(&dir.join("col_cap.u32"), &col_cap);
    write_u32(&dir.join("col_company.u32"), &col_company);
    write_u32(&dir.join("company_cap.u32"), &company_cap);
    write_u32(&dir.join("row_country.u32"), &row_country);
    write_u32(&dir.join("country_cap.u32"), &country_cap);
    let meta = serde_json::json!({
        "n_rows": n_rows, "n_cols": n_cols, "n_arcs": ar.len(),
        "n_companies": company_cap.len(), "n_countries": 2, "seed": seed,
    });
    fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
}

fn generate(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    let mut seed = 1;
    for n in [1000usize, 2000, 5000] {
        for (lo, hi, tag) in [(1, 100, "100"), (0, 1_000_000, "1e6")] {
            let p = dir.join(format!("dense_{n}_{tag}.bin"));
            if !p.exists() {
                write_dense(&p, n, n, lo, hi, seed);
            }
            seed += 1;
        }
    }
    let p = dir.join("rect_5000x2000_1e6.bin");
    if !p.exists() {
        write_dense(&p, 5000, 2000, 0, 1_000_000, 100);
    }
    let p = dir.join("rect_5000x2000_100.bin");
    if !p.exists() {
        write_dense(&p, 5000, 2000, 1, 100, 101);
    }
    let s = dir.join("scheme_small");
    if !s.exists() {
        write_scheme(&s, 10_000, 1_000, 5, 200);
    }
    let s = dir.join("scheme");
    if !s.exists() {
        write_scheme(&s, 100_000, 5_000, 5, 201);
    }
}

fn peak_mb() -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn best_of<T>(reps: usize, mut f: impl FnMut() -> T) -> (T, f64) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..reps.max(1) {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        out = Some(r);
    }
    (out.unwrap(), best)
}

fn load_flow(dir: &Path) -> FlowProblem {
    let rows = read_u32(&dir.join("arc_row.u32"));
    let cols = read_u32(&dir.join("arc_col.u32"));
    let cost: Vec<i64> = fs::read(dir.join("arc_cost.i32"))
        .unwrap()
        .chunks_exact(4)
        .map(|c| i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])))
        .collect();
    let meta: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("meta.json")).unwrap()).unwrap();
    let n_rows = meta["n_rows"].as_u64().unwrap() as usize;
    let n_cols = meta["n_cols"].as_u64().unwrap() as usize;
    let mut row_start = vec![0usize; n_rows + 1];
    for &r in &rows {
        row_start[r as usize + 1] += 1;
    }
    for i in 0..n_rows {
        row_start[i + 1] += row_start[i];
    }
    let col_company = read_u32(&dir.join("col_company.u32"));
    let company_cap = read_u32(&dir.join("company_cap.u32"));
    let row_country = read_u32(&dir.join("row_country.u32"));
    let country_cap = read_u32(&dir.join("country_cap.u32"));
    let mut col_groups: Vec<Group> = company_cap
        .iter()
        .map(|&cap| Group {
            members: vec![],
            cap,
        })
        .collect();
    for (j, &c) in col_company.iter().enumerate() {
        col_groups[c as usize].members.push(j);
    }
    let mut row_groups: Vec<Group> = country_cap
        .iter()
        .map(|&cap| Group {
            members: vec![],
            cap,
        })
        .collect();
    for (i, &c) in row_country.iter().enumerate() {
        row_groups[c as usize].members.push(i);
    }
    FlowProblem {
        arcs: Csr {
            n_rows,
            n_cols,
            row_start,
            col: cols,
            cost,
        },
        col_cap: read_u32(&dir.join("col_cap.u32")),
        col_groups,
        row_groups,
        optional_rows: true,
    }
}

fn run(kind: &str, path: &Path, reps: usize) {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let (solver, cost, ms) = match kind {
        "orlib" => match parse_orlib(&fs::read_to_string(path).unwrap()).unwrap() {
            OrlibInstance::Dense { n, costs } => {
                let (a, ms) = best_of(reps, || solve_dense(n, n, &costs).unwrap());
                ("mentor lap_dense", a.cost, ms)
            }
            OrlibInstance::Sparse(csr) => {
                let (a, ms) = best_of(reps, || solve_sparse(&csr).unwrap());
                ("mentor lap_sparse", a.cost, ms)
            }
        },
        "dense" => {
            let bytes = fs::read(path).unwrap();
            let rows = u64::from_le_bytes(bytes[0..8].try_into().unwrap()) as usize;
            let cols = u64::from_le_bytes(bytes[8..16].try_into().unwrap()) as usize;
            let costs: Vec<i32> = bytes[16..]
                .chunks_exact(4)
                .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            drop(bytes);
            let (a, ms) = best_of(reps, || solve_dense(rows, cols, &costs).unwrap());
            ("mentor lap_dense", a.cost, ms)
        }
        "flow" => {
            let mut p = load_flow(path);
            // Diagnostics: MENTOR_BENCH_DROP=rows|cols|both drops a quota family;
            match std::env::var("MENTOR_BENCH_DROP").as_deref() {
                Ok("rows") => p.row_groups.clear(),
                Ok("cols") => p.col_groups.clear(),
                Ok("both") => {
                    p.row_groups.clear();
                    p.col_groups.clear();
                }
                _ => {}
            }
            // MENTOR_BENCH_FLOW=ssp: successive shortest paths, unpruned (the old solver).
            let ssp = std::env::var("MENTOR_BENCH_FLOW").as_deref() == Ok("ssp");
            let (s, ms) = best_of(reps, || {
                if ssp {
                    matching::flow::solve_flow_with(&p, 0, matching::flow::Method::ShortestPaths)
                        .unwrap()
                } else {
                    solve_flow(&p).unwrap()
                }
            });
            ("mentor flow", s.cost, ms)
        }
        _ => panic!("unknown kind {kind}"),
    };
    let line = serde_json::json!({
        "solver": solver, "instance": name, "cost": cost, "best_ms": ms, "peak_mb": peak_mb(),
    });
    println!("{line}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") => generate(&PathBuf::from(args.get(1).expect("gen DIR"))),
        Some("run") => {
            let kind = args.get(1).expect("run KIND PATH [REPS]");
            let path = PathBuf::from(args.get(2).expect("run KIND PATH [REPS]"));
            let reps = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(5);
            run(kind, &path, reps);
        }
        _ => eprintln!("usage: bench gen DIR | bench run orlib|dense|flow PATH [REPS]"),
    }
}
