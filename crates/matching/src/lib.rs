//! Mentor matching engine: pure (no I/O, no database types), exact solvers.
//!
//! # What is in here
//!
//! | need | function | method |
//! |---|---|---|
//! | match candidates to positions (JSON) | [`solve_json`] | scorer + one of the below |
//! | same, typed | [`solve`] on a [`Problem`] | |
//! | dense linear assignment | [`solve_dense`] | LAPJV (Jonker–Volgenant 1987); rectangular: sparse on the cheapest pairs, certified by prices |
//! | sparse linear assignment | [`solve_sparse`] on a [`Csr`] | JV, shortest paths over a bucket queue |
//! | capacities + nested quotas | [`solve_flow`] on a [`FlowProblem`] | min-cost flow: cost-scaling push-relabel on pruned arcs, certified by potentials (successive shortest paths as fallback) |
//! | crossing quotas | [`solve_exact`] | branch and bound over the flow |
//! | minimum quotas (at least `min` per group) | [`solve`] | 0–1 integer program, `microlp` branch and bound (only when a minimum is set) |
//! | stable matching | [`deferred_acceptance`] | Gale–Shapley, candidates propose |
//! | OR-Library benchmark files | [`solve_orlib`] | dense or sparse LAP |
//! | why a candidate is not at their best option | [`explain()`] | counterfactual re-solves |
//!
//! Errors are typed ([`Error`]): `BadInput` for malformed input, `Infeasible`
//! when no solution satisfies the hard requirements, `Limit` when the exact
//! crossing-quota search gives up. Nothing panics on bad input.
//!
//! # Scoring
//!
//! Each eligible pair gets an integer score, the sum of seven components, each
//! `weight × feature` with the feature in 0..=100:
//!
//! * `occupation`, `skills`: given per pair by the caller (e.g. ESCO match);
//! * `language`: Italian CEFR level; meeting the position's minimum is worth 50,
//!   each level above it a share of the other 50 (no minimum: level / C2);
//! * `education`: ISCED level, same rule over 0..=8;
//! * `city`, `sector`: 100 for the candidate's first preference, decreasing with
//!   the rank, 0 if not listed, 100 if the candidate lists none;
//! * `availability`: share of the position's `start..end` the candidate covers.
//!
//! Hard constraints remove a pair: Italian below `min_italian`, education below
//! `min_education`, not available at `start` (+ `start_delay_days`) or leaving
//! before it. Forbidden pairs are removed; locked pairs are fixed first (and
//! count against capacities and quotas).
//!
//! `optimal` maximises the total score, then the number of matches among equal
//! totals; candidates may stay unmatched and places unfilled. `stable` returns
//! the candidate-optimal stable matching (preferences by score, or the explicit
//! `ranking` lists); it does not take quotas.
//!
//! # JSON problem format
//!
//! ```json
//! {
//!   "method": "optimal",                  // or "stable"; default "optimal"
//!   "weights": { "occupation": 40, "skills": 25, "language": 10, "education": 5,
//!                "city": 10, "sector": 5, "availability": 5 },   // defaults shown
//!   "start_delay_days": 7,                 // default 0
//!   "candidates": [
//!     { "id": "amina", "italian": "B1",    // A1..C2, optional
//!       "education": 4,                    // ISCED 0..=8, optional
//!       "available_from": 20450, "available_until": 20700,  // day numbers, optional
//!       "cities": ["Milano", "Torino"],    // preferences, best first
//!       "sectors": ["hospitality"],
//!       "ranking": ["p1", "p2"] }          // stable only, optional
//!   ],
//!   "positions": [
//!     { "id": "p1", "company": "grand-hotel", "city": "Milano", "sector": "hospitality",
//!       "places": 2,                       // default 1
//!       "min_italian": "A2", "min_education": 3,
//!       "start": 20454, "end": 20635,
//!       "ranking": ["amina"] }             // stable only, optional
//!   ],
//!   "pairs": [                             // optional: when present only these pairs are eligible
//!     { "candidate": "amina", "position": "p1", "occupation": 90, "skills": 70 }
//!   ],
//!   "groups": [                            // quotas: at most `max` matches among the members
//!     { "id": "grand-hotel-cap", "side": "positions", "members": ["p1", "p2"], "max": 2 },
//!     { "id": "morocco", "side": "candidates", "members": ["amina"], "max": 30,
//!       "min": 1 }                         // optional: at least `min`; default 0
//!   ],
//!   "forbidden": [["amina", "p2"]],
//!   "locked": [["youssef", "p3"]],
//!   "crossing_quotas": "reject",           // or "exact" (branch and bound, small problems)
//!   "most_matches_first": false            // optional: most matches, then score
//! }
//! ```
//! (Comments are for this page only; JSON has none.) Unknown fields are
//! rejected. Groups of one side must be nested or disjoint (company cap inside
//! city cap, region inside country) unless `crossing_quotas` is `"exact"`.
//! When any group has a minimum, the whole problem is solved as a 0–1 integer
//! program (any groups, crossing or not); a minimum that cannot be met is
//! `Infeasible`, a search that cannot prove the optimum within its node limit is
//! `Limit` — never a solution that is not proven best.
//!
//! # JSON result format
//!
//! ```json
//! {
//!   "method": "optimal",
//!   "total_score": 21875,
//!   "pairs": [
//!     { "candidate": "amina", "position": "hotel-milano-reception", "score": 8100,
//!       "components": { "occupation": 3600, "skills": 1750, "language": 500, "education": 250,
//!                       "city": 1000, "sector": 500, "availability": 500 },
//!       "rank": 1,            // 1 = the candidate's best eligible option (ties share)
//!       "alternatives": 2,    // eligible options the candidate had
//!       "locked": false }
//!   ],
//!   "unassigned_candidates": [ { "id": "karim", "eligible_options": 0 } ],
//!   "unfilled_positions": [ { "id": "hotel-milano-kitchen", "free_places": 1 } ],
//!   "explanations": [     // filled by explain(), absent when empty
//!     { "candidate": "karim", "position": null, "best": "hotel-milano-kitchen",
//!       "best_score": 4200, "gain": 4200, "total_change": -800,
//!       "reason": { "kind": "quota", "group": "morocco" } }
//!   ]
//! }
//! ```
//! [`explain()`] names, for each candidate below their best option or without a place, what
//! binds (`taken` by another pair, `held_by_lock`, `locked`, `forbidden`, a `quota` at its
//! maximum, `no_option`) and the exact counterfactual: the run solved again with the
//! candidate at that option. [`binding_when_infeasible`] names the minimums and locks
//! without which an infeasible problem would be solvable.
//! A complete example is `examples/problem.json` beside this crate.
//!
//! ```
//! let out = matching::solve_json(r#"{
//!   "candidates": [{ "id": "a", "italian": "B1" }],
//!   "positions": [{ "id": "p", "min_italian": "A2" }],
//!   "pairs": [{ "candidate": "a", "position": "p", "occupation": 80 }]
//! }"#)?;
//! assert!(out.contains(r#""position": "p""#));
//! # Ok::<(), matching::Error>(())
//! ```

mod cost_scaling;
mod error;
pub mod explain;
pub mod flow;
mod json;
mod laminar;
pub mod lap_dense;
pub mod lap_sparse;
mod mip;
mod options;
pub mod orlib;
pub mod problem;
pub mod quotas;
pub mod score;
mod solve;
pub mod stable;

pub use error::Error;
pub use explain::{
    Binding, Explanation, Reason, binding_when_infeasible, explain, explain_releasing,
};
pub use flow::{FlowProblem, FlowSolution, solve_flow};
pub use json::solve_json;
pub use laminar::Group;
pub use lap_dense::{Assignment, solve_dense};
pub use lap_sparse::{Csr, solve_sparse};
pub use options::{Eligible, eligible_by_candidate};
pub use orlib::{OrlibInstance, OrlibSolution, parse_orlib, solve_orlib};
pub use problem::{
    Candidate, CrossingQuotas, GroupSpec, Method, PairFeatures, Position, Problem, Side,
};
pub use quotas::solve_exact;
pub use score::{Cefr, Components, Weights};
pub use solve::{MatchedPair, Solution, UnassignedCandidate, UnfilledPosition, solve};
pub use stable::deferred_acceptance;
