//! OR-Library linear assignment instances (J.E. Beasley), parsed from text.
//!
//! Dense files: `n`, then the `n × n` costs row by row. Sparse files (`assignp*`):
//! `n`, then triples `i j c` (1-based), unlisted pairs being forbidden. Line breaks
//! carry no meaning in either format. Parsing is pure (`&str` in), the caller reads
//! the file.

use crate::Error;
use crate::error::bad;
use crate::lap_dense::{Assignment, solve_dense};
use crate::lap_sparse::{Csr, solve_sparse};

/// A parsed OR-Library assignment instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrlibInstance {
    /// `n × n` row-major costs.
    Dense { n: usize, costs: Vec<i32> },
    /// Only the listed pairs are allowed.
    Sparse(Csr<i32>),
}

/// The optimum of an OR-Library instance: a perfect assignment of minimum cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrlibSolution {
    /// Minimum total cost.
    pub cost: i64,
    /// 0-based column of each 0-based row.
    pub assignment: Vec<usize>,
}

fn numbers(text: &str) -> Result<Vec<i64>, Error> {
    text.split_ascii_whitespace()
        .map(|t| {
            t.parse::<i64>()
                .map_err(|_| bad(format!("not an integer: {t:?}")))
        })
        .collect()
}

fn to_i32(x: i64) -> Result<i32, Error> {
    i32::try_from(x).map_err(|_| bad(format!("cost {x} does not fit in 32 bits")))
}

/// Parses either format: a body of exactly `n²` numbers is dense, otherwise triples.
pub fn parse_orlib(text: &str) -> Result<OrlibInstance, Error> {
    let nums = numbers(text)?;
    let (&n, body) = nums.split_first().ok_or_else(|| bad("empty instance"))?;
    let n = usize::try_from(n).map_err(|_| bad(format!("bad size {n}")))?;
    if n > 1 << 20 {
        return Err(bad(format!("size {n} too large")));
    }
    if body.len() == n * n {
        let costs = body.iter().map(|&c| to_i32(c)).collect::<Result<_, _>>()?;
        return Ok(OrlibInstance::Dense { n, costs });
    }
    if body.len() % 3 != 0 {
        return Err(bad(format!(
            "{} numbers after n={n}: neither n² costs nor triples",
            body.len()
        )));
    }
    let mut triples = Vec::with_capacity(body.len() / 3);
    for t in body.chunks_exact(3) {
        let idx = |x: i64| {
            usize::try_from(x)
                .ok()
                .filter(|&k| (1..=n).contains(&k))
                .map(|k| k - 1)
                .ok_or_else(|| bad(format!("index {x} outside 1..={n}")))
        };
        triples.push((idx(t[0])?, idx(t[1])?, to_i32(t[2])?));
    }
    Ok(OrlibInstance::Sparse(Csr::from_triples(n, n, &triples)?))
}

/// Parses and solves an OR-Library instance (dense LAPJV or sparse LAP).
pub fn solve_orlib(text: &str) -> Result<OrlibSolution, Error> {
    solve_instance(&parse_orlib(text)?)
}

/// Solves an already parsed instance.
pub fn solve_instance(inst: &OrlibInstance) -> Result<OrlibSolution, Error> {
    let a = match inst {
        OrlibInstance::Dense { n, costs } => solve_dense(*n, *n, costs)?,
        OrlibInstance::Sparse(csr) => solve_sparse(csr)?,
    };
    into_solution(a)
}

pub(crate) fn into_solution(a: Assignment) -> Result<OrlibSolution, Error> {
    let assignment = a
        .row_to_col
        .into_iter()
        .map(|c| c.ok_or_else(|| Error::Infeasible("a row is unassigned".into())))
        .collect::<Result<_, _>>()?;
    Ok(OrlibSolution {
        cost: a.cost,
        assignment,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_and_sparse_small() {
        let d = solve_orlib("2\n 1 2\n 3 1\n").map(|s| s.cost);
        assert_eq!(d, Ok(2));
        let s = solve_orlib("2 1 1 5 1 2 1 2 1 1").map(|s| (s.cost, s.assignment));
        assert_eq!(s, Ok((2, vec![1, 0])));
    }

    #[test]
    fn bad_inputs() {
        assert!(matches!(parse_orlib(""), Err(Error::BadInput(_))));
        assert!(matches!(parse_orlib("2 1 x"), Err(Error::BadInput(_))));
        assert!(matches!(parse_orlib("2 1 1"), Err(Error::BadInput(_))));
        assert!(matches!(parse_orlib("2 3 1 1"), Err(Error::BadInput(_))));
        assert!(matches!(parse_orlib("-2"), Err(Error::BadInput(_))));
        assert!(matches!(solve_orlib("2 1 1 1"), Err(Error::Infeasible(_))));
    }
}
