//! Every OR-Library assignment instance reaches its known optimum.
//! The files live in the shared data folder beside the repository, never copied in.
#![expect(clippy::unwrap_used, reason = "tests")]

use std::path::PathBuf;

use matching::{OrlibInstance, parse_orlib, solve_orlib};

const KNOWN: &[(&str, i64)] = &[
    ("assign100.txt", 305),
    ("assign200.txt", 475),
    ("assign300.txt", 626),
    ("assign400.txt", 804),
    ("assign500.txt", 991),
    ("assign600.txt", 1176),
    ("assign700.txt", 1362),
    ("assign800.txt", 1552),
    ("assignp800.txt", 2239),
    ("assignp1500.txt", 5839),
    ("assignp3000.txt", 18696),
    ("assignp5000.txt", 48533),
];

fn read(name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/orlib");
    std::fs::read_to_string(dir.join(name)).unwrap()
}

fn check_assignment(text: &str, assignment: &[usize], cost: i64) {
    // Recompute the cost from the instance and check it is a permutation.
    let inst = parse_orlib(text).unwrap();
    let mut used = vec![false; assignment.len()];
    let mut total = 0i64;
    for (i, &j) in assignment.iter().enumerate() {
        assert!(!used[j], "column {j} used twice");
        used[j] = true;
        total += match &inst {
            OrlibInstance::Dense { n, costs } => i64::from(costs[i * n + j]),
            OrlibInstance::Sparse(csr) => {
                let r = csr.row_start[i]..csr.row_start[i + 1];
                let k = csr.col[r.clone()]
                    .iter()
                    .position(|&c| c as usize == j)
                    .unwrap();
                i64::from(csr.cost[r.start + k])
            }
        };
    }
    assert_eq!(total, cost);
}

#[test]
fn all_known_optima() {
    for &(name, optimum) in KNOWN {
        let text = read(name);
        let sol = solve_orlib(&text).unwrap();
        assert_eq!(sol.cost, optimum, "{name}");
        check_assignment(&text, &sol.assignment, sol.cost);
        let dense = matches!(parse_orlib(&text).unwrap(), OrlibInstance::Dense { .. });
        assert_eq!(dense, !name.starts_with("assignp"), "{name} format");
    }
}

/// Cross-check: the min-cost flow solver (every row must be assigned, capacity 1)
/// reaches the same optima on one dense and two sparse instances.
#[test]
fn flow_reaches_the_same_optima() {
    use matching::{Csr, FlowProblem, solve_flow};
    for &(name, optimum) in &[
        ("assign100.txt", 305),
        ("assignp800.txt", 2239),
        ("assignp3000.txt", 18696),
    ] {
        let arcs = match parse_orlib(&read(name)).unwrap() {
            OrlibInstance::Dense { n, costs } => {
                let t: Vec<_> = (0..n * n)
                    .map(|k| (k / n, k % n, i64::from(costs[k])))
                    .collect();
                Csr::from_triples(n, n, &t).unwrap()
            }
            OrlibInstance::Sparse(c) => Csr {
                n_rows: c.n_rows,
                n_cols: c.n_cols,
                row_start: c.row_start,
                col: c.col,
                cost: c.cost.into_iter().map(i64::from).collect(),
            },
        };
        let n = arcs.n_cols;
        let p = FlowProblem {
            arcs,
            col_cap: vec![1; n],
            col_groups: vec![],
            row_groups: vec![],
            optional_rows: false,
        };
        assert_eq!(solve_flow(&p).unwrap().cost, optimum, "{name}");
    }
}
