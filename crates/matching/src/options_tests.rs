use serde_json::json;

use super::*;

fn problem(v: serde_json::Value) -> Problem {
    serde_json::from_value(v).unwrap()
}

fn ids<'a>(e: &[Eligible<'a>]) -> Vec<(&'a str, i64)> {
    e.iter().map(|x| (x.position, x.score)).collect()
}

#[test]
fn best_first_ties_in_order_forbidden_and_unlisted_pairs_left_out() {
    // Only occupation counts (weight 1): a pair's score is its occupation feature.
    let p = problem(json!({
        "weights": { "occupation": 1, "skills": 0, "language": 0, "education": 0,
                     "city": 0, "sector": 0, "availability": 0 },
        "candidates": [{ "id": "amina" }, { "id": "youssef" }, { "id": "karim" }],
        "positions": [{ "id": "p" }, { "id": "q" }, { "id": "r" }, { "id": "s" }],
        "pairs": [
            { "candidate": "amina", "position": "p", "occupation": 40 },
            { "candidate": "amina", "position": "q", "occupation": 90 },
            { "candidate": "amina", "position": "r", "occupation": 40 },
            { "candidate": "amina", "position": "s", "occupation": 99 },
            { "candidate": "youssef", "position": "q", "occupation": 10 },
            { "candidate": "karim", "position": "p", "occupation": 50 }
        ],
        "forbidden": [["amina", "s"], ["karim", "p"]]
    }));
    let by = eligible_by_candidate(&p).unwrap();
    assert_eq!(ids(&by["amina"]), [("q", 90), ("p", 40), ("r", 40)]);
    // Youssef's unlisted pairs are not eligible: only q.
    assert_eq!(ids(&by["youssef"]), [("q", 10)]);
    // Karim's one pair is forbidden: no entry.
    assert!(!by.contains_key("karim"));
}

#[test]
fn a_problem_the_solver_refuses_is_refused_here_too() {
    let p = problem(json!({
        "candidates": [{ "id": "amina" }, { "id": "amina" }],
        "positions": [{ "id": "p" }]
    }));
    assert!(eligible_by_candidate(&p).is_err());
}
