//! JSON in, JSON out (the format is documented at the crate root).

use crate::Error;
use crate::error::bad;
use crate::problem::Problem;
use crate::solve::solve;

/// Solves a problem given as JSON and returns the solution as JSON.
pub fn solve_json(problem_json: &str) -> Result<String, Error> {
    let problem: Problem =
        serde_json::from_str(problem_json).map_err(|e| bad(format!("problem JSON: {e}")))?;
    let solution = solve(&problem)?;
    serde_json::to_string_pretty(&solution).map_err(|e| bad(format!("solution JSON: {e}")))
}
