//! One case per binding reason, each built so that the reason is the only one that binds.

use serde_json::json;

use super::*;
use crate::score::Components;

fn problem(v: serde_json::Value) -> Problem {
    serde_json::from_value(v).unwrap()
}

/// Only occupation counts (weight 1): a pair's score is its occupation feature.
fn weights() -> serde_json::Value {
    json!({ "occupation": 1, "skills": 0, "language": 0, "education": 0, "city": 0,
            "sector": 0, "availability": 0 })
}

fn explained(p: &Problem) -> (Solution, Vec<Explanation>) {
    let s = solve(p).unwrap();
    let e = explain(p, &s).unwrap();
    (s, e)
}

fn of<'a>(e: &'a [Explanation], c: &str) -> &'a Explanation {
    e.iter().find(|x| x.candidate == c).unwrap()
}

#[test]
fn ties_share_a_rank() {
    let o = |s| ScoredPair {
        pos: 0,
        components: Components::default(),
        score: s,
    };
    let opts = [o(5), o(9), o(5), o(1)];
    assert_eq!(rank(&opts, 9), 1);
    assert_eq!(rank(&opts, 5), 2);
    assert_eq!(rank(&opts, 1), 4);
}

#[test]
fn the_place_went_to_someone_whose_pair_adds_more() {
    // Both prefer p; youssef loses more elsewhere (10 at q) than amina (60).
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 90 },
            { "candidate": "amina", "position": "q", "occupation": 60 },
            { "candidate": "youssef", "position": "p", "occupation": 80 },
            { "candidate": "youssef", "position": "q", "occupation": 10 }
        ]
    }));
    let (s, e) = explained(&p);
    // Youssef at p and amina at q (80 + 60) beat the other way round (90 + 10).
    assert_eq!(s.total_score, 140);
    assert_eq!(e.len(), 1, "only amina is below her best");
    let a = of(&e, "amina");
    assert_eq!(a.position.as_deref(), Some("q"));
    assert_eq!(a.best.as_deref(), Some("p"));
    assert_eq!(
        a.reason,
        Reason::Taken {
            by: "youssef".into(),
            score: 80
        }
    );
    assert_eq!(a.gain, 30);
    assert_eq!(a.total_change, Some(100 - 140));
}

#[test]
fn a_locked_pair_holds_the_place() {
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 10 },
            { "candidate": "youssef", "position": "p", "occupation": 90 },
            { "candidate": "youssef", "position": "q", "occupation": 20 }
        ],
        "locked": [["amina", "p"]]
    }));
    let (_, e) = explained(&p);
    let y = of(&e, "youssef");
    assert_eq!(y.reason, Reason::HeldByLock { by: "amina".into() });
    assert_eq!(y.gain, 70);
    // Youssef at p would need amina's lock released: impossible as the run stands.
    assert_eq!(y.total_change, None);
}

#[test]
fn a_releasable_lock_is_lifted_for_the_counterfactual() {
    // The same as above, the lock being the caller's own (a first round's pair): amina is
    // placed again, at q, when youssef takes p.
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 10 },
            { "candidate": "amina", "position": "q", "occupation": 5 },
            { "candidate": "youssef", "position": "p", "occupation": 90 },
            { "candidate": "youssef", "position": "q", "occupation": 20 }
        ],
        "locked": [["amina", "p"]]
    }));
    let s = solve(&p).unwrap();
    let e = explain_releasing(&p, &s, &[("amina".into(), "p".into())]).unwrap();
    let y = of(&e, "youssef");
    assert_eq!(y.reason, Reason::HeldByLock { by: "amina".into() });
    // 90 + 5 instead of 10 + 20.
    assert_eq!(y.total_change, Some(95 - 30));
}

#[test]
fn the_candidates_own_lock_keeps_them_below_their_best() {
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 90 },
            { "candidate": "amina", "position": "q", "occupation": 30 }
        ],
        "locked": [["amina", "q"]]
    }));
    let (_, e) = explained(&p);
    let a = of(&e, "amina");
    assert_eq!(a.reason, Reason::Locked);
    assert_eq!((a.gain, a.total_change), (60, Some(60)));
}

#[test]
fn a_forbidden_best_option_is_named() {
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 90 },
            { "candidate": "amina", "position": "q", "occupation": 30 }
        ],
        "forbidden": [["amina", "p"]]
    }));
    let (s, e) = explained(&p);
    assert_eq!(s.pairs[0].rank, 1, "rank counts eligible options only");
    let a = of(&e, "amina");
    assert_eq!(a.reason, Reason::Forbidden);
    assert_eq!(a.best.as_deref(), Some("p"));
    assert_eq!((a.gain, a.total_change), (60, Some(60)));
}

#[test]
fn a_company_cap_closes_a_free_place() {
    // The company of p1 and p2 takes one trainee; p2 is free but the cap is reached.
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [{ "id": "p1" }, { "id": "p2" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p1", "occupation": 90 },
            { "candidate": "youssef", "position": "p2", "occupation": 80 },
            { "candidate": "youssef", "position": "q", "occupation": 20 }
        ],
        "groups": [{ "id": "company:A", "side": "positions", "members": ["p1", "p2"], "max": 1 }]
    }));
    let (_, e) = explained(&p);
    let y = of(&e, "youssef");
    assert_eq!(
        y.reason,
        Reason::Quota {
            group: "company:A".into()
        }
    );
    // Youssef at p2 pushes amina out of the company: 80 instead of 90 + 20.
    assert_eq!(y.total_change, Some(80 - 110));
}

#[test]
fn a_full_country_quota_leaves_a_candidate_without_a_place() {
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 90 },
            { "candidate": "youssef", "position": "q", "occupation": 50 }
        ],
        "groups": [{ "id": "country:TN", "side": "candidates",
                     "members": ["amina", "youssef"], "max": 1 }]
    }));
    let (_, e) = explained(&p);
    let y = of(&e, "youssef");
    assert_eq!(y.position, None);
    assert_eq!(
        y.reason,
        Reason::Quota {
            group: "country:TN".into()
        }
    );
    assert_eq!((y.gain, y.total_change), (50, Some(-40)));
}

#[test]
fn no_eligible_option_is_said_so() {
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina", "italian": "A1" }],
        "positions": [{ "id": "p", "min_italian": "B2" }]
    }));
    let (_, e) = explained(&p);
    assert_eq!(of(&e, "amina").reason, Reason::NoOption);
    assert_eq!(of(&e, "amina").best, None);
}

#[test]
fn a_candidate_at_their_best_needs_no_explanation() {
    let p = problem(json!({
        "weights": weights(),
        "candidates": [{ "id": "amina" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 90 },
            { "candidate": "amina", "position": "q", "occupation": 30 }
        ]
    }));
    assert!(explained(&p).1.is_empty());
}

#[test]
fn an_unmeetable_minimum_and_an_excess_lock_are_named() {
    let mut p = problem(json!({
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [{ "id": "p" }, { "id": "q" }],
        "groups": [{ "id": "city:Milano", "side": "positions", "members": ["p"], "max": 2,
                     "min": 2 }]
    }));
    assert!(matches!(solve(&p), Err(Error::Infeasible(_))));
    assert_eq!(
        binding_when_infeasible(&p),
        [Binding::Minimum {
            group: "city:Milano".into()
        }]
    );
    p.groups = vec![
        serde_json::from_value(json!({
            "id": "country:TN", "side": "candidates", "members": ["amina", "youssef"], "max": 1
        }))
        .unwrap(),
    ];
    p.locked = vec![("amina".into(), "p".into()), ("youssef".into(), "q".into())];
    assert!(matches!(solve(&p), Err(Error::Infeasible(_))));
    assert_eq!(
        binding_when_infeasible(&p).len(),
        2,
        "either lock alone binds"
    );
}
