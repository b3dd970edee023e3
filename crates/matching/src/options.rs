//! Each candidate's eligible positions with their scores, best first: on a run's page,
//! the positions a candidate could also have been given. Read from the solver's own
//! indexed model, so a page with hundreds of pairs costs one scoring of the problem, not a
//! search of every pair and every forbidden pair for each option shown.

use std::collections::HashMap;

use crate::Error;
use crate::problem::{Model, Problem};

/// A position a candidate is eligible for, with the pair's score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligible<'a> {
    pub position: &'a str,
    pub score: i64,
}

/// Each candidate's eligible positions (the hard constraints passed, not forbidden, and
/// listed when the problem lists its pairs), the best score first; ties keep the
/// problem's order of positions. Candidates without any have no entry.
pub fn eligible_by_candidate(problem: &Problem) -> Result<HashMap<&str, Vec<Eligible<'_>>>, Error> {
    let model = Model::build(problem)?;
    let mut by = HashMap::with_capacity(problem.candidates.len());
    for (c, options) in problem.candidates.iter().zip(model.options) {
        if options.is_empty() {
            continue;
        }
        let mut eligible: Vec<Eligible<'_>> = options
            .iter()
            .map(|o| Eligible {
                position: problem.positions[o.pos as usize].id.as_str(),
                score: o.score,
            })
            .collect();
        eligible.sort_by_key(|e| std::cmp::Reverse(e.score));
        by.insert(c.id.as_str(), eligible);
    }
    Ok(by)
}

#[cfg(test)]
#[path = "options_tests.rs"]
mod tests;
