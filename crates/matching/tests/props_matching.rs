//! Property tests of the problem-level API: scoring + locks + forbidden pairs +
//! quotas through `solve`, and stability of deferred acceptance.
#![expect(clippy::unwrap_used, reason = "tests")]
#![allow(
    clippy::manual_is_multiple_of,
    reason = "random draws read better as remainders"
)]
#![allow(
    clippy::needless_range_loop,
    reason = "brute force indexes several arrays"
)]

use matching::score::{check_hard, components};
use matching::{
    Candidate, Cefr, Error, GroupSpec, Method, PairFeatures, Position, Problem, Side, Weights,
    deferred_acceptance, solve,
};
use proptest::prelude::*;

fn lcg(seed: u64) -> impl FnMut() -> u64 {
    let mut s = seed;
    move || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        s >> 33
    }
}

fn random_problem(seed: u64) -> Problem {
    let mut next = lcg(seed);
    let nc = (next() % 5 + 1) as usize;
    let np = (next() % 4 + 1) as usize;
    let levels = [
        None,
        Some(Cefr::A1),
        Some(Cefr::A2),
        Some(Cefr::B1),
        Some(Cefr::B2),
    ];
    let candidates: Vec<Candidate> = (0..nc)
        .map(|i| Candidate {
            id: format!("c{i}"),
            italian: levels[(next() % 5) as usize],
            education: Some((next() % 5) as u8),
            available_from: Some((next() % 20) as i64),
            available_until: None,
            cities: if next() % 2 == 0 {
                vec!["A".into(), "B".into()]
            } else {
                vec![]
            },
            sectors: vec![],
            ranking: None,
        })
        .collect();
    let positions: Vec<Position> = (0..np)
        .map(|j| Position {
            id: format!("p{j}"),
            company: None,
            city: Some(["A", "B", "C"][(next() % 3) as usize].into()),
            sector: None,
            places: (next() % 3) as u32,
            min_italian: levels[(next() % 5) as usize],
            min_education: if next() % 3 == 0 { Some(2) } else { None },
            start: Some(10),
            end: Some(30),
            ranking: None,
        })
        .collect();
    let mut pairs = Vec::new();
    for c in &candidates {
        for p in &positions {
            if next() % 4 != 0 {
                pairs.push(PairFeatures {
                    candidate: c.id.clone(),
                    position: p.id.clone(),
                    occupation: [0, 50, 50, 100][(next() % 4) as usize],
                    skills: (next() % 3 * 50) as u8,
                });
            }
        }
    }
    let forbidden = pairs
        .iter()
        .filter(|_| next() % 8 == 0)
        .map(|f| (f.candidate.clone(), f.position.clone()))
        .collect::<Vec<_>>();
    let locked = if next() % 3 == 0 {
        vec![(
            format!("c{}", next() as usize % nc),
            format!("p{}", next() as usize % np),
        )]
    } else {
        vec![]
    };
    let mut groups = Vec::new();
    if next() % 2 == 0 {
        groups.push(GroupSpec {
            id: "company".into(),
            side: Side::Positions,
            members: (0..np)
                .filter(|j| j % 2 == 0)
                .map(|j| format!("p{j}"))
                .collect(),
            max: (next() % 3) as u32,
            min: 0,
        });
    }
    if next() % 2 == 0 {
        groups.push(GroupSpec {
            id: "country".into(),
            side: Side::Candidates,
            members: (0..nc)
                .filter(|i| i % 2 == 1)
                .map(|i| format!("c{i}"))
                .collect(),
            max: (next() % 3) as u32,
            min: 0,
        });
    }
    // Minimums (a third of the problems): on the groups above, and sometimes on a city
    // group crossing the company group, so both sides and crossing families are covered.
    if next() % 3 == 0 {
        for g in &mut groups {
            g.min = (next() % 2) as u32;
            g.max = g.max.max(g.min);
        }
        if next() % 2 == 0 {
            groups.push(GroupSpec {
                id: "city".into(),
                side: Side::Positions,
                members: (0..np)
                    .filter(|j| j % 3 != 1)
                    .map(|j| format!("p{j}"))
                    .collect(),
                max: (next() % 3 + 1) as u32,
                min: (next() % 2) as u32,
            });
        }
    }
    let crossing_quotas = if groups.iter().any(|g| g.id == "city") {
        matching::CrossingQuotas::Exact
    } else {
        matching::CrossingQuotas::Reject
    };
    Problem {
        method: Method::Optimal,
        weights: Weights {
            occupation: 3,
            skills: 2,
            language: 1,
            education: 1,
            city: 1,
            sector: 0,
            availability: 1,
        },
        start_delay_days: 5,
        candidates,
        positions,
        pairs: Some(pairs),
        groups,
        forbidden,
        locked,
        crossing_quotas,
        most_matches_first: next() % 4 == 0,
    }
}

/// Best (total score, matches) by enumeration; None when the locks cannot hold.
fn brute(p: &Problem) -> Option<(i64, usize)> {
    let (nc, np) = (p.candidates.len(), p.positions.len());
    let mut opts: Vec<Vec<(usize, i64)>> = vec![Vec::new(); nc];
    let pairs = p.pairs.as_ref().unwrap();
    if p.locked.iter().any(|l| p.forbidden.contains(l)) {
        return None;
    }
    for (i, c) in p.candidates.iter().enumerate() {
        if let Some(l) = p.locked.iter().find(|l| l.0 == c.id) {
            let j = p.positions.iter().position(|q| q.id == l.1).unwrap();
            let f = pairs
                .iter()
                .find(|f| f.candidate == c.id && f.position == l.1);
            opts[i] = vec![(j, components(&p.weights, c, &p.positions[j], f).total())];
            continue;
        }
        opts[i].push((usize::MAX, 0));
        for f in pairs.iter().filter(|f| f.candidate == c.id) {
            let j = p.positions.iter().position(|q| q.id == f.position).unwrap();
            let forbidden = p.forbidden.iter().any(|x| x.0 == c.id && x.1 == f.position);
            if !forbidden && check_hard(c, &p.positions[j], p.start_delay_days).is_ok() {
                opts[i].push((
                    j,
                    components(&p.weights, c, &p.positions[j], Some(f)).total(),
                ));
            }
        }
    }
    let mut best = None;
    let mut choice = vec![usize::MAX; nc];
    fn rec(
        i: usize,
        p: &Problem,
        opts: &[Vec<(usize, i64)>],
        choice: &mut Vec<usize>,
        acc: (i64, usize),
        best: &mut Option<(i64, usize)>,
    ) {
        if i == opts.len() {
            let np = p.positions.len();
            let mut load = vec![0u32; np];
            for &j in choice.iter() {
                if j != usize::MAX {
                    load[j] += 1;
                }
            }
            if load.iter().zip(&p.positions).any(|(l, q)| *l > q.places) {
                return;
            }
            for g in &p.groups {
                let used: u32 = match g.side {
                    Side::Positions => g
                        .members
                        .iter()
                        .map(|m| load[m[1..].parse::<usize>().unwrap()])
                        .sum(),
                    Side::Candidates => g
                        .members
                        .iter()
                        .filter(|m| choice[m[1..].parse::<usize>().unwrap()] != usize::MAX)
                        .count() as u32,
                };
                if used > g.max || used < g.min {
                    return;
                }
            }
            // Compared as the solver ranks them: score then matches, or the reverse.
            let key = |x: (i64, usize)| {
                if p.most_matches_first {
                    (x.1 as i64, x.0)
                } else {
                    (x.0, x.1 as i64)
                }
            };
            if best.is_none_or(|b| key(acc) > key(b)) {
                *best = Some(acc);
            }
            return;
        }
        for &(j, s) in &opts[i] {
            choice[i] = j;
            let add = usize::from(j != usize::MAX);
            rec(i + 1, p, opts, choice, (acc.0 + s, acc.1 + add), best);
        }
    }
    rec(0, p, &opts, &mut choice, (0, 0), &mut best);
    let _ = np;
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn optimal_solve_matches_brute_force(seed in any::<u64>()) {
        let p = random_problem(seed);
        match (solve(&p), brute(&p)) {
            (Ok(s), Some((score, count))) => {
                prop_assert_eq!(s.total_score, score);
                prop_assert_eq!(s.pairs.len(), count);
                prop_assert_eq!(s.pairs.len() + s.unassigned_candidates.len(), p.candidates.len());
                for l in &p.locked {
                    prop_assert!(s.pairs.iter().any(|x| x.candidate == l.0 && x.position == l.1 && x.locked));
                }
                for x in &s.pairs {
                    prop_assert!(!p.forbidden.iter().any(|f| f.0 == x.candidate && f.1 == x.position));
                    prop_assert!(x.rank >= 1);
                }
            }
            (Err(Error::Infeasible(_)), None) => {}
            (got, want) => prop_assert!(false, "got {:?}, want {:?}", got, want),
        }
    }

    #[test]
    fn deferred_acceptance_is_stable_and_candidate_optimal(seed in any::<u64>()) {
        let mut next = lcg(seed);
        let n = (next() % 5 + 1) as usize;
        let m = (next() % 3 + 1) as usize;
        let cap: Vec<u32> = (0..m).map(|_| (next() % 3) as u32).collect();
        // Random acceptability and strict preferences on both sides (ties broken by a shuffle).
        let mut row_prefs: Vec<Vec<u32>> = Vec::new();
        for _ in 0..n {
            let mut cols: Vec<u32> = (0..m as u32).filter(|_| next() % 4 != 0).collect();
            for k in (1..cols.len()).rev() { cols.swap(k, next() as usize % (k + 1)); }
            row_prefs.push(cols);
        }
        let mut col_rank: Vec<Vec<(u32, u32)>> = Vec::new();
        for _ in 0..m {
            let mut rows: Vec<u32> = (0..n as u32).filter(|_| next() % 4 != 0).collect();
            for k in (1..rows.len()).rev() { rows.swap(k, next() as usize % (k + 1)); }
            col_rank.push(rows.iter().enumerate().map(|(k, &r)| (r, k as u32)).collect());
        }
        let rank_of = |j: usize, i: usize| col_rank[j].iter().find(|x| x.0 as usize == i).map(|x| x.1);
        let pref_of = |i: usize, j: Option<usize>| match j {
            None => usize::MAX,
            Some(j) => row_prefs[i].iter().position(|&c| c as usize == j).unwrap_or(usize::MAX),
        };
        let stable = |a: &[Option<usize>]| -> bool {
            for j in 0..m {
                let held: Vec<usize> = (0..n).filter(|&i| a[i] == Some(j)).collect();
                if held.len() > cap[j] as usize { return false; }
                for &i in &held {
                    if rank_of(j, i).is_none() || pref_of(i, Some(j)) == usize::MAX { return false; }
                }
                for i in 0..n {
                    let Some(r) = rank_of(j, i) else { continue };
                    if a[i] == Some(j) || pref_of(i, Some(j)) >= pref_of(i, a[i]) { continue; }
                    let worst = held.iter().filter_map(|&k| rank_of(j, k)).max();
                    if held.len() < cap[j] as usize || worst.is_some_and(|w| r < w) { return false; }
                }
            }
            true
        };
        let da = deferred_acceptance(&row_prefs, &col_rank, &cap).unwrap();
        prop_assert!(stable(&da));
        // Every stable matching is weakly worse for every row.
        let mut a = vec![None; n];
        fn all(i: usize, n: usize, m: usize, a: &mut Vec<Option<usize>>, f: &mut dyn FnMut(&[Option<usize>])) {
            if i == n { f(a); return; }
            a[i] = None;
            all(i + 1, n, m, a, f);
            for j in 0..m { a[i] = Some(j); all(i + 1, n, m, a, f); }
            a[i] = None;
        }
        let mut ok = true;
        all(0, n, m, &mut a, &mut |s| {
            if stable(s) && (0..n).any(|i| pref_of(i, s[i]) < pref_of(i, da[i])) { ok = false; }
        });
        prop_assert!(ok, "a stable matching is better for some row than deferred acceptance");
    }
}
