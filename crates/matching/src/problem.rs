//! The matching problem as given by the caller (serde), and its indexed form.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::error::bad;
use crate::score::{Cefr, Components, MAX_WEIGHT, Weights, check_hard, components};

/// How to match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Maximise the total score (min-cost flow; partial assignment allowed).
    #[default]
    Optimal,
    /// Candidate-proposing deferred acceptance (Gale–Shapley) with capacities.
    Stable,
}

/// What to do when quotas of one side cross (neither nested nor disjoint).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrossingQuotas {
    /// Refuse the problem with a `BadInput` error.
    #[default]
    Reject,
    /// Solve exactly by branch and bound over the flow (small problems).
    Exact,
}

/// Which side a group's members are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Candidates,
    Positions,
}

/// A young person looking for a traineeship.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub id: String,
    #[serde(default)]
    pub italian: Option<Cefr>,
    /// ISCED level 0..=8.
    #[serde(default)]
    pub education: Option<u8>,
    /// Day number (any fixed epoch, e.g. days since 1970-01-01).
    #[serde(default)]
    pub available_from: Option<i64>,
    #[serde(default)]
    pub available_until: Option<i64>,
    /// Preferred cities, best first.
    #[serde(default)]
    pub cities: Vec<String>,
    /// Preferred sectors, best first.
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Stable method only: explicit preference order over position ids
    /// (unlisted positions are unacceptable). Default: by score.
    #[serde(default)]
    pub ranking: Option<Vec<String>>,
}

fn one() -> u32 {
    1
}

/// A traineeship position offered by a host company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub id: String,
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    /// Number of trainees the position takes.
    #[serde(default = "one")]
    pub places: u32,
    #[serde(default)]
    pub min_italian: Option<Cefr>,
    #[serde(default)]
    pub min_education: Option<u8>,
    #[serde(default)]
    pub start: Option<i64>,
    #[serde(default)]
    pub end: Option<i64>,
    /// Stable method only: explicit preference order over candidate ids.
    #[serde(default)]
    pub ranking: Option<Vec<String>>,
}

/// Caller-computed features of one pair, 0..=100 each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairFeatures {
    pub candidate: String,
    pub position: String,
    #[serde(default)]
    pub occupation: u8,
    #[serde(default)]
    pub skills: u8,
}

/// A quota: at most `max` assigned members (candidates) or filled places (positions),
/// and at least `min` (default 0). A minimum makes the problem an integer program
/// (see `mip.rs`): infeasible when it cannot be met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSpec {
    pub id: String,
    pub side: Side,
    pub members: Vec<String>,
    pub max: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min: u32,
}

fn is_zero(x: &u32) -> bool {
    *x == 0
}

/// A whole matching problem. See the crate documentation for the JSON form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    #[serde(default)]
    pub method: Method,
    #[serde(default)]
    pub weights: Weights,
    /// Days a candidate may start after the position's start.
    #[serde(default)]
    pub start_delay_days: i64,
    pub candidates: Vec<Candidate>,
    pub positions: Vec<Position>,
    /// Eligible pairs with their features. When absent every pair is considered
    /// (occupation and skills 0); when present, only listed pairs are eligible.
    #[serde(default)]
    pub pairs: Option<Vec<PairFeatures>>,
    #[serde(default)]
    pub groups: Vec<GroupSpec>,
    /// `[candidate, position]` pairs that must not be matched.
    #[serde(default)]
    pub forbidden: Vec<(String, String)>,
    /// `[candidate, position]` pairs that must be matched (hard constraints are
    /// not checked for them: a lock is a human decision).
    #[serde(default)]
    pub locked: Vec<(String, String)>,
    #[serde(default)]
    pub crossing_quotas: CrossingQuotas,
    /// `optimal` only: the most matches first, then the highest total score (default: the
    /// score first, then the matches) — e.g. to give as many companies a trainee as can be.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub most_matches_first: bool,
}

/// An eligible pair with its score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScoredPair {
    pub pos: u32,
    pub components: Components,
    pub score: i64,
}

/// The problem indexed for the solvers.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// Eligible pairs of each candidate, forbidden ones removed, sorted by position
    /// (kept for locked candidates too, to explain their lock).
    pub options: Vec<Vec<ScoredPair>>,
    /// Locked (candidate, position) pairs with their components.
    pub locked: Vec<(usize, usize, Components)>,
    /// Groups resolved to indices.
    pub groups: Vec<(Side, Vec<usize>, u32)>,
}

fn index<'a>(
    ids: impl Iterator<Item = &'a String>,
    what: &str,
) -> Result<HashMap<&'a str, usize>, Error> {
    let mut map = HashMap::new();
    for (k, id) in ids.enumerate() {
        if map.insert(id.as_str(), k).is_some() {
            return Err(bad(format!("duplicate {what} id {id:?}")));
        }
    }
    Ok(map)
}

fn lookup(map: &HashMap<&str, usize>, id: &str, what: &str) -> Result<usize, Error> {
    map.get(id)
        .copied()
        .ok_or_else(|| bad(format!("unknown {what} id {id:?}")))
}

impl Model {
    pub fn build(p: &Problem) -> Result<Model, Error> {
        let w = &p.weights;
        let ws = [
            w.occupation,
            w.skills,
            w.language,
            w.education,
            w.city,
            w.sector,
            w.availability,
        ];
        if ws.iter().any(|&x| x > MAX_WEIGHT) {
            return Err(bad(format!("weights must be at most {MAX_WEIGHT}")));
        }
        let cidx = index(p.candidates.iter().map(|c| &c.id), "candidate")?;
        let pidx = index(p.positions.iter().map(|q| &q.id), "position")?;
        let (nc, np) = (p.candidates.len(), p.positions.len());
        let mut features: Vec<Vec<(u32, Option<&PairFeatures>)>> = vec![Vec::new(); nc];
        match &p.pairs {
            Some(pairs) => {
                for f in pairs {
                    if f.occupation > 100 || f.skills > 100 {
                        return Err(bad(format!(
                            "pair ({}, {}): features must be 0..=100",
                            f.candidate, f.position
                        )));
                    }
                    let c = lookup(&cidx, &f.candidate, "candidate")?;
                    let q = lookup(&pidx, &f.position, "position")?;
                    features[c].push((q as u32, Some(f)));
                }
            }
            None => {
                let all: Vec<(u32, Option<&PairFeatures>)> =
                    (0..np as u32).map(|q| (q, None)).collect();
                features.fill(all);
            }
        }
        let mut forbidden = Vec::with_capacity(p.forbidden.len());
        for (c, q) in &p.forbidden {
            forbidden.push((
                lookup(&cidx, c, "candidate")?,
                lookup(&pidx, q, "position")? as u32,
            ));
        }
        forbidden.sort_unstable();
        let mut locked = Vec::new();
        let mut locked_cand = vec![false; nc];
        for (c, q) in &p.locked {
            let (ci, qi) = (
                lookup(&cidx, c, "candidate")?,
                lookup(&pidx, q, "position")?,
            );
            if std::mem::replace(&mut locked_cand[ci], true) {
                return Err(Error::Infeasible(format!(
                    "candidate {c:?} is locked more than once"
                )));
            }
            if forbidden.binary_search(&(ci, qi as u32)).is_ok() {
                return Err(Error::Infeasible(format!(
                    "pair ({c:?}, {q:?}) is both locked and forbidden"
                )));
            }
            let f = features[ci]
                .iter()
                .find(|x| x.0 as usize == qi)
                .and_then(|x| x.1);
            locked.push((
                ci,
                qi,
                components(w, &p.candidates[ci], &p.positions[qi], f),
            ));
        }
        let mut options = Vec::with_capacity(nc);
        for (ci, feats) in features.iter_mut().enumerate() {
            feats.sort_by_key(|x| x.0);
            feats.dedup_by_key(|x| x.0);
            let cand = &p.candidates[ci];
            let mut opts = Vec::new();
            for &(q, f) in feats.iter() {
                let pos = &p.positions[q as usize];
                if forbidden.binary_search(&(ci, q)).is_ok()
                    || check_hard(cand, pos, p.start_delay_days).is_err()
                {
                    continue;
                }
                let k = components(w, cand, pos, f);
                opts.push(ScoredPair {
                    pos: q,
                    components: k,
                    score: k.total(),
                });
            }
            options.push(opts);
        }
        let mut groups = Vec::with_capacity(p.groups.len());
        for g in &p.groups {
            let members = g
                .members
                .iter()
                .map(|m| match g.side {
                    Side::Candidates => lookup(&cidx, m, "candidate"),
                    Side::Positions => lookup(&pidx, m, "position"),
                })
                .collect::<Result<Vec<_>, _>>()?;
            if g.min > g.max {
                return Err(bad(format!(
                    "quota {:?}: minimum {} above maximum {}",
                    g.id, g.min, g.max
                )));
            }
            groups.push((g.side, members, g.max));
        }
        Ok(Model {
            options,
            locked,
            groups,
        })
    }
}
