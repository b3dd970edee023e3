//! The problem built from a call's data and the spread solve, against small cases.

use super::*;

/// Two candidates who both score higher at company A (two places) than at B (one).
fn problem(locked: &[(&str, &str)]) -> Problem {
    serde_json::from_value(serde_json::json!({
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [
            { "id": "a1", "company": "A", "places": 2 },
            { "id": "b1", "company": "B", "places": 1 }
        ],
        "pairs": [
            { "candidate": "amina", "position": "a1", "occupation": 90, "skills": 90 },
            { "candidate": "youssef", "position": "a1", "occupation": 80, "skills": 80 },
            { "candidate": "amina", "position": "b1", "occupation": 60, "skills": 60 },
            { "candidate": "youssef", "position": "b1", "occupation": 20, "skills": 20 }
        ],
        "locked": locked
    }))
    .unwrap()
}

fn companies(s: &Solution) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = s
        .pairs
        .iter()
        .map(|p| (p.candidate.clone(), p.position.clone()))
        .collect();
    v.sort();
    v
}

#[test]
fn spread_gives_each_company_one_trainee_before_a_second() {
    let p = problem(&[]);
    let plain = matching::solve(&p).unwrap();
    assert_eq!(
        companies(&plain),
        [
            ("amina".into(), "a1".into()),
            ("youssef".into(), "a1".into())
        ],
        "without spreading both go to the higher scores at A"
    );
    let spread = solve_spread(&p).unwrap();
    assert_eq!(
        companies(&spread),
        [
            ("amina".into(), "b1".into()),
            ("youssef".into(), "a1".into())
        ],
        "B gets one trainee too; the best one-per-company assignment is kept"
    );
    assert!(spread.pairs.iter().all(|p| !p.locked), "no lock shown");
}

#[test]
fn spread_covers_companies_before_scores() {
    // Youssef fits only at A; Amina scores far higher at A than at B. Score first would
    // put both at A; spreading gives B Amina and A Youssef.
    let p: Problem = serde_json::from_value(serde_json::json!({
        "candidates": [{ "id": "amina" }, { "id": "youssef" }],
        "positions": [
            { "id": "a1", "company": "A", "places": 2 },
            { "id": "b1", "company": "B", "places": 1 }
        ],
        "pairs": [
            { "candidate": "amina", "position": "a1", "occupation": 100, "skills": 100 },
            { "candidate": "amina", "position": "b1", "occupation": 5, "skills": 5 },
            { "candidate": "youssef", "position": "a1", "occupation": 20, "skills": 20 }
        ]
    }))
    .unwrap();
    let spread = solve_spread(&p).unwrap();
    assert_eq!(
        companies(&spread),
        [
            ("amina".into(), "b1".into()),
            ("youssef".into(), "a1".into())
        ]
    );
}

#[test]
fn spread_meets_a_minimum_the_first_round_alone_could_not() {
    // Both candidates must be placed; one place per company holds only one at first.
    let mut p = problem(&[]);
    p.positions.retain(|q| q.id == "a1");
    if let Some(pairs) = p.pairs.as_mut() {
        pairs.retain(|f| f.position == "a1");
    }
    p.groups.push(GroupSpec {
        id: "country:TN".into(),
        side: Side::Candidates,
        members: vec!["amina".into(), "youssef".into()],
        max: 2,
        min: 2,
    });
    let s = solve_spread(&p).unwrap();
    assert_eq!(s.pairs.len(), 2);
}

#[test]
fn spread_keeps_the_coordinators_locks_and_marks_only_them() {
    // Both locked to A: the first round allows A its two locked trainees.
    let p = problem(&[("amina", "a1"), ("youssef", "a1")]);
    let s = solve_spread(&p).unwrap();
    assert_eq!(s.pairs.len(), 2);
    assert!(s.pairs.iter().all(|p| p.position == "a1" && p.locked));
}
