//! From the records of a call to a matching problem: shortlisted candidates (staged or
//! published, `db::matching::shortlisted`) without an active placement, open positions
//! with their free places, company caps, quotas per country of origin and per city, and
//! the locks and forbids people decided.
//!
//! A pair's occupation and skills features come from ESCO where both sides carry it, from
//! the words the texts share otherwise. [`run_detached`] reads the inputs, solves on the
//! blocking pool with no transaction open (a long solve never holds SQLite's write lock)
//! and stores the run in a short write; with `spread` it solves twice (`solve_spread`).
//! [`approve_run`] turns a run's pairs into placements proposed to the companies.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use domain::cefr::Cefr;
use domain::permission::Scope;
use matching::{CrossingQuotas, GroupSpec, Method, PairFeatures, Problem, Side, Solution};
use serde::Deserialize;

mod approval;
mod esco;
mod load;
pub mod settings;
mod why;

pub use approval::{approve, approve_run};
use esco::esco_features;
pub use load::{Overview, load_inputs, overview};
pub use settings::{MAX_QUOTA, MAX_WEIGHT, Settings, SettingsError};
pub use why::{Failure, Why, binding_groups, why};

/// Everything the problem is built from, already loaded.
pub struct Inputs {
    pub candidates: Vec<(db::candidates::Candidate, Option<db::candidates::Profile>)>,
    pub positions: Vec<db::positions::Listed>,
    pub companies: Vec<db::companies::Company>,
    pub rules: Vec<domain::host_rules::RegionalRules>,
    pub placements: Vec<db::matching::Placement>,
    /// (candidate, position, kind)
    pub constraints: Vec<(String, String, String)>,
    /// Stated preferences, used by stable matching.
    pub rankings: Vec<db::matching::Ranking>,
    /// The candidates' ESCO occupations and skills, by candidate id.
    pub esco: HashMap<String, db::candidates::Chosen>,
    /// The ISCO-08 code of each of their ESCO occupations, by URI.
    pub isco: HashMap<String, String>,
}

fn day(d: NaiveDate) -> i64 {
    d.signed_duration_since(NaiveDate::default()).num_days()
}

/// The one conversion between our CEFR type and `matching`'s (which depends on nothing of
/// ours, so the conversion cannot live there).
fn cefr(c: Cefr) -> matching::Cefr {
    match c {
        Cefr::A1 => matching::Cefr::A1,
        Cefr::A2 => matching::Cefr::A2,
        Cefr::B1 => matching::Cefr::B1,
        Cefr::B2 => matching::Cefr::B2,
        Cefr::C1 => matching::Cefr::C1,
        Cefr::C2 => matching::Cefr::C2,
    }
}

/// The names bounded in either map, once each, in order.
fn keys(a: &BTreeMap<String, u32>, b: &BTreeMap<String, u32>) -> Vec<String> {
    let mut k: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
    k.sort();
    k.dedup();
    k
}

fn list(s: &str) -> Vec<String> {
    s.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

pub fn build(inputs: &Inputs, settings: &Settings) -> Problem {
    let placed: Vec<&str> = inputs
        .placements
        .iter()
        .map(|p| p.candidate_id.as_str())
        .collect();
    let candidates: Vec<matching::Candidate> = inputs
        .candidates
        .iter()
        .filter(|(c, _)| !placed.contains(&c.id.as_str()))
        .map(|(c, p)| matching::Candidate {
            id: c.id.clone(),
            italian: Cefr::from_rank(c.italian_rank).map(cefr),
            education: p
                .as_ref()
                .and_then(|p| p.isced_level)
                .and_then(|l| u8::try_from(l).ok()),
            available_from: p.as_ref().and_then(|p| p.available_from).map(day),
            available_until: None,
            cities: p.as_ref().map(|p| list(&p.cities)).unwrap_or_default(),
            sectors: p.as_ref().map(|p| list(&p.sectors)).unwrap_or_default(),
            ranking: None,
        })
        .collect();
    let mut positions = Vec::new();
    // Positions whose places are all taken by active placements are left out.
    let free_of = |p: &db::positions::Position| {
        let taken = inputs
            .placements
            .iter()
            .filter(|x| x.position_id == p.id)
            .count();
        u32::try_from(p.places)
            .unwrap_or(0)
            .saturating_sub(u32::try_from(taken).unwrap_or(u32::MAX))
    };
    let open: Vec<&db::positions::Listed> = inputs
        .positions
        .iter()
        .filter(|l| free_of(&l.position) > 0)
        .collect();
    for l in &open {
        let p = &l.position;
        let free = free_of(p);
        let start = day(p.starts_on);
        positions.push(matching::Position {
            id: p.id.clone(),
            company: Some(p.company_id.clone()),
            city: Some(p.city.clone()),
            sector: None,
            places: free,
            min_italian: Some(cefr(p.min_italian)),
            min_education: u8::try_from(p.education_level).ok(),
            start: Some(start),
            end: Some(start + i64::from(p.duration_months) * 30),
            ranking: None,
        });
    }
    // Occupation and skills: how the candidate's studies and experience read against the
    // position (words in common); every pair is listed so that only the hard rules exclude.
    let mut pairs = Vec::with_capacity(candidates.len() * positions.len());
    for (c, profile) in inputs
        .candidates
        .iter()
        .filter(|(c, _)| !placed.contains(&c.id.as_str()))
    {
        let studies = profile
            .as_ref()
            .map(|p| format!("{} {}", p.qualification_title, p.field_of_study))
            .unwrap_or_default();
        let experience = profile
            .as_ref()
            .map(|p| format!("{} {}", p.experience, p.field_of_study))
            .unwrap_or_default();
        for l in &open {
            let p = &l.position;
            let (esco_occupation, esco_skills) =
                esco_features(inputs.esco.get(&c.id), p, &inputs.isco);
            // The ESCO match or the words the texts share, whichever is higher: a position's
            // skills may be free text (the picker works without JavaScript too), and
            // choosing ESCO concepts must never lower a candidate's score.
            let words_occupation =
                domain::similarity::overlap(&studies, &format!("{} {}", p.title, p.occupation));
            let words_skills = domain::similarity::overlap(
                &experience,
                &format!("{} {}", p.required_skills, p.desired_skills),
            );
            pairs.push(PairFeatures {
                candidate: c.id.clone(),
                position: p.id.clone(),
                occupation: esco_occupation.map_or(words_occupation, |e| e.max(words_occupation)),
                skills: esco_skills.map_or(words_skills, |e| e.max(words_skills)),
            });
        }
    }
    let mut groups = Vec::new();
    // Company caps: the region's headcount cap less the places already placed there.
    for company in &inputs.companies {
        let members: Vec<String> = open
            .iter()
            .filter(|l| l.position.company_id == company.organisation.id)
            .map(|l| l.position.id.clone())
            .collect();
        let Some(profile) = &company.profile else {
            continue;
        };
        let rules = profile
            .region
            .as_ref()
            .and_then(|r| inputs.rules.iter().find(|x| &x.region == r));
        if members.is_empty() {
            continue;
        }
        if let (Some(rules), Some(employees)) = (rules, profile.employees) {
            let held = inputs
                .placements
                .iter()
                .filter(|p| p.company_id == company.organisation.id)
                .count();
            let cap = u32::try_from(rules.headcount_cap(employees))
                .unwrap_or(0)
                .saturating_sub(u32::try_from(held).unwrap_or(u32::MAX));
            groups.push(GroupSpec {
                id: format!("company:{}", company.organisation.id),
                side: Side::Positions,
                members,
                max: cap,
                min: 0,
            });
        }
    }
    // Quotas per city and per country: at most `max`, at least `min`, net of the
    // placements already held (a bound set on only one side leaves the other open).
    let net = |x: u32, held: usize| x.saturating_sub(u32::try_from(held).unwrap_or(u32::MAX));
    for city in keys(&settings.city_max, &settings.city_min) {
        let members: Vec<String> = positions
            .iter()
            .filter(|p| p.city.as_deref() == Some(city.as_str()))
            .map(|p| p.id.clone())
            .collect();
        let held = inputs
            .placements
            .iter()
            .filter(|pl| {
                inputs
                    .positions
                    .iter()
                    .any(|l| l.position.id == pl.position_id && l.position.city == city)
            })
            .count();
        let places: u32 = positions
            .iter()
            .filter(|p| p.city.as_deref() == Some(city.as_str()))
            .map(|p| p.places)
            .sum();
        // Without a maximum, one that never binds (and never falls below the minimum,
        // so an unreachable minimum reads as infeasible, not as contradictory input).
        let min = settings.city_min.get(&city).map_or(0, |m| net(*m, held));
        let max = settings
            .city_max
            .get(&city)
            .map_or(places.max(min), |m| net(*m, held));
        groups.push(GroupSpec {
            id: format!("city:{city}"),
            side: Side::Positions,
            members,
            min,
            max,
        });
    }
    for country in keys(&settings.country_max, &settings.country_min) {
        let members: Vec<String> = inputs
            .candidates
            .iter()
            .filter(|(c, _)| {
                c.residence_country.is_some_and(|k| k.as_str() == country)
                    && !placed.contains(&c.id.as_str())
            })
            .map(|(c, _)| c.id.clone())
            .collect();
        let held = inputs
            .placements
            .iter()
            .filter(|pl| {
                inputs.candidates.iter().any(|(c, _)| {
                    c.id == pl.candidate_id
                        && c.residence_country.is_some_and(|k| k.as_str() == country)
                })
            })
            .count();
        let all = u32::try_from(members.len()).unwrap_or(u32::MAX);
        let min = settings
            .country_min
            .get(&country)
            .map_or(0, |m| net(*m, held));
        let max = settings
            .country_max
            .get(&country)
            .map_or(all.max(min), |m| net(*m, held));
        groups.push(GroupSpec {
            id: format!("country:{country}"),
            side: Side::Candidates,
            members,
            min,
            max,
        });
    }
    // Deferred acceptance takes places per position but no group quotas; it uses the
    // stated rankings: what a side ranked comes first, in its order, then the rest by score.
    let mut candidates = candidates;
    if settings.method == Method::Stable {
        groups.clear();
        let pair_of = |c: &str, p: &str| pairs.iter().find(|f| f.candidate == c && f.position == p);
        let score = |c: &matching::Candidate, p: &matching::Position| {
            matching::score::components(&settings.weights, c, p, pair_of(&c.id, &p.id)).total()
        };
        let rank_of = |side: &str, c: &str, p: &str| {
            inputs
                .rankings
                .iter()
                .find(|r| r.side == side && r.candidate_id == c && r.position_id == p)
                .map_or(i32::MAX, |r| r.rank)
        };
        let snapshot_positions = positions.clone();
        let snapshot_candidates = candidates.clone();
        for c in &mut candidates {
            if inputs
                .rankings
                .iter()
                .any(|r| r.side == "candidate" && r.candidate_id == c.id)
            {
                let mut order: Vec<(i32, i64, String)> = snapshot_positions
                    .iter()
                    .map(|p| {
                        (
                            rank_of("candidate", &c.id, &p.id),
                            -score(c, p),
                            p.id.clone(),
                        )
                    })
                    .collect();
                order.sort();
                c.ranking = Some(order.into_iter().map(|x| x.2).collect());
            }
        }
        for p in &mut positions {
            if inputs
                .rankings
                .iter()
                .any(|r| r.side == "company" && r.position_id == p.id)
            {
                let mut order: Vec<(i32, i64, String)> = snapshot_candidates
                    .iter()
                    .map(|c| (rank_of("company", &c.id, &p.id), -score(c, p), c.id.clone()))
                    .collect();
                order.sort();
                p.ranking = Some(order.into_iter().map(|x| x.2).collect());
            }
        }
    }
    // A company with positions in two cities crosses the city quotas: solve exactly then.
    let crossing = !(settings.city_max.is_empty() && settings.city_min.is_empty())
        && inputs.companies.iter().any(|c| {
            let mut cities: Vec<&str> = inputs
                .positions
                .iter()
                .filter(|l| l.position.company_id == c.organisation.id)
                .map(|l| l.position.city.as_str())
                .collect();
            cities.sort_unstable();
            cities.dedup();
            cities.len() > 1
        });
    let present = |c: &str, p: &str| {
        candidates.iter().any(|x| x.id == c) && positions.iter().any(|x| x.id == p)
    };
    let pick = |kind: &str| -> Vec<(String, String)> {
        inputs
            .constraints
            .iter()
            .filter(|(c, p, k)| k == kind && present(c, p))
            .map(|(c, p, _)| (c.clone(), p.clone()))
            .collect()
    };
    Problem {
        method: settings.method,
        weights: settings.weights,
        start_delay_days: 30,
        forbidden: pick("forbid"),
        locked: pick("lock"),
        candidates,
        positions,
        pairs: Some(pairs),
        groups,
        crossing_quotas: if crossing {
            CrossingQuotas::Exact
        } else {
            CrossingQuotas::Reject
        },
        most_matches_first: false,
    }
}

/// Builds and solves the problem of `inputs`, with the explanations of every candidate
/// not at their best option: pure, and possibly long (an integer program when minimums
/// are set, a counterfactual solve per explanation), so callers run it outside any
/// database transaction. A failure names the constraints that bind.
pub fn solve(inputs: &Inputs, settings: &Settings) -> (Problem, Result<Solution, Failure>) {
    let problem = build(inputs, settings);
    let solved = if settings.spread && settings.method == Method::Optimal {
        solve_spread(&problem)
    } else {
        matching::solve(&problem).and_then(|mut s| {
            s.explanations = matching::explain(&problem, &s)?;
            Ok(s)
        })
    };
    let solved = solved.map_err(|e| Failure::of(&problem, e));
    (problem, solved)
}

/// Stores a solved run for `call_id`; returns its id.
pub fn store(
    tx: &mut db::Tx<'_>,
    call_id: &str,
    settings: &Settings,
    problem: Problem,
    solution: &Solution,
) -> Result<String, db::DbError> {
    let stored = StoredProblem {
        settings: settings.clone(),
        problem,
    };
    let problem_json =
        serde_json::to_string(&stored).map_err(|e| db::DbError::Migration(e.to_string()))?;
    let result_json =
        serde_json::to_string(solution).map_err(|e| db::DbError::Migration(e.to_string()))?;
    db::matching::create_run(
        tx,
        &db::matching::NewRun {
            call_id,
            method: if settings.method == Method::Stable {
                "stable"
            } else {
                "optimal"
            },
            problem: &problem_json,
            result: &result_json,
            total_score: solution.total_score,
            pair_count: i32::try_from(solution.pairs.len()).unwrap_or(i32::MAX),
        },
    )
}

/// Builds, solves and stores a run in one transaction (the demo's seeding; requests use
/// [`run_detached`]); returns its id.
pub fn run(
    tx: &mut db::Tx<'_>,
    scope: &Scope,
    call_id: &str,
    settings: &Settings,
) -> Result<Result<String, Failure>, db::DbError> {
    let (call, inputs) = load_inputs(tx.conn, scope, call_id)?;
    let (problem, solved) = solve(&inputs, settings);
    match solved {
        Ok(solution) => store(tx, &call.id, settings, problem, &solution).map(Ok),
        Err(e) => Ok(Err(e)),
    }
}

/// A run for a request: inputs read, the problem solved on the blocking pool with no
/// transaction open (so a long solve never holds SQLite's write lock), then stored in a
/// short write. Returns the run's id, or why no run was made.
pub async fn run_detached(
    db: &db::Database,
    origin: db::Origin,
    scope: Scope,
    call_id: String,
    settings: Settings,
) -> Result<Result<String, Failure>, db::DbError> {
    let (call, inputs) = db.read(move |c| load_inputs(c, &scope, &call_id)).await?;
    let s = settings.clone();
    let (problem, solved) = tokio::task::spawn_blocking(move || solve(&inputs, &s))
        .await
        .map_err(|e| db::DbError::Migration(format!("matching task: {e}")))?;
    let solution = match solved {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let id = db
        .write(origin, move |tx| {
            store(tx, &call.id, &settings, problem, &solution)
        })
        .await?;
    Ok(Ok(id))
}

/// Solves `problem` in two rounds (see [`Settings::spread`]). The first round's pairs are
/// held as locks in the second, then shown as ordinary pairs: only the coordinator's own
/// locks are marked as locked.
fn solve_spread(problem: &Problem) -> Result<Solution, matching::Error> {
    let mut first = problem.clone();
    // Round one puts coverage first: as many companies as can be get their trainee, then
    // the best scores among such assignments.
    first.most_matches_first = true;
    // Minimums bind in the second round only: with one place per company the first could
    // not meet them, though the full problem can.
    for g in &mut first.groups {
        g.min = 0;
    }
    let mut companies: Vec<&str> = problem
        .positions
        .iter()
        .filter_map(|p| p.company.as_deref())
        .collect();
    companies.sort_unstable();
    companies.dedup();
    for company in companies {
        let members: Vec<String> = problem
            .positions
            .iter()
            .filter(|p| p.company.as_deref() == Some(company))
            .map(|p| p.id.clone())
            .collect();
        let locked = problem
            .locked
            .iter()
            .filter(|(_, p)| members.contains(p))
            .count();
        let one = u32::try_from(locked.max(1)).unwrap_or(u32::MAX);
        let id = format!("company:{company}");
        match first.groups.iter_mut().find(|g| g.id == id) {
            Some(g) => g.max = g.max.min(one),
            None => first.groups.push(GroupSpec {
                id,
                side: Side::Positions,
                members,
                max: one,
                min: 0,
            }),
        }
    }
    let round_one = matching::solve(&first)?;
    let mut second = problem.clone();
    let own_locks = problem.locked.clone();
    for pair in &round_one.pairs {
        let key = (pair.candidate.clone(), pair.position.clone());
        if !second.locked.contains(&key) {
            second.locked.push(key);
        }
    }
    let mut solution = matching::solve(&second)?;
    // Explained against the second round, where the first round's pairs are locks: `why`
    // tells them from the coordinator's by the problem stored with the run.
    let first_round: Vec<(String, String)> = second
        .locked
        .iter()
        .filter(|l| !own_locks.contains(l))
        .cloned()
        .collect();
    solution.explanations = matching::explain_releasing(&second, &solution, &first_round)?;
    for pair in &mut solution.pairs {
        pair.locked = own_locks
            .iter()
            .any(|(c, p)| *c == pair.candidate && *p == pair.position);
    }
    Ok(solution)
}

#[derive(serde::Serialize, Deserialize)]
pub struct StoredProblem {
    pub settings: Settings,
    pub problem: Problem,
}

/// Only the settings of a stored problem (the rest of its JSON is skipped, not built).
pub fn settings_of(problem: &str) -> Result<Settings, String> {
    #[derive(Deserialize)]
    struct Only {
        settings: Settings,
    }
    serde_json::from_str::<Only>(problem)
        .map(|o| o.settings)
        .map_err(|e| e.to_string())
}

pub fn decode(run: &db::matching::Run) -> Result<(StoredProblem, Solution), String> {
    let p: StoredProblem = serde_json::from_str(&run.problem).map_err(|e| e.to_string())?;
    let s: Solution = serde_json::from_str(&run.result).map_err(|e| e.to_string())?;
    Ok((p, s))
}

#[cfg(test)]
mod tests;
