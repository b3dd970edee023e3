//! The documented example problem solves, and the JSON API reports errors cleanly.

use matching::{Error, Solution, solve_json};

#[test]
fn example_problem_solves() {
    let text = include_str!("../examples/problem.json");
    let out = solve_json(text).unwrap();
    let s: Solution = serde_json::from_str(&out).unwrap();
    println!("{out}");
    // The hotel cap (2) and the Moroccan quota (2) both bind.
    let hotel = s
        .pairs
        .iter()
        .filter(|p| p.position.starts_with("hotel"))
        .count();
    assert!(hotel <= 2);
    let moroccans = s.pairs.iter().filter(|p| p.candidate != "salma").count();
    assert!(moroccans <= 2);
    assert_eq!(s.total_score, s.pairs.iter().map(|p| p.score).sum::<i64>());
    for p in &s.pairs {
        assert_eq!(p.score, p.components.total_check());
        assert!(p.rank >= 1 && p.rank <= p.alternatives);
    }
    // Karim fails the A2 minimum of the kitchen: no eligible option.
    let karim = s
        .unassigned_candidates
        .iter()
        .find(|u| u.id == "karim")
        .unwrap();
    assert_eq!(karim.eligible_options, 0);
    // 8100 + 6125 beats amina in the kitchen (5100) with salma at reception (8485).
    assert_eq!(s.total_score, 21875);
    let pairs: Vec<(&str, &str)> = s
        .pairs
        .iter()
        .map(|p| (p.candidate.as_str(), p.position.as_str()))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("amina", "hotel-milano-reception"),
            ("youssef", "officina-torino"),
            ("salma", "hotel-milano-kitchen")
        ]
    );
}

trait TotalCheck {
    fn total_check(&self) -> i64;
}
impl TotalCheck for matching::Components {
    fn total_check(&self) -> i64 {
        self.occupation
            + self.skills
            + self.language
            + self.education
            + self.city
            + self.sector
            + self.availability
    }
}

#[test]
fn errors_are_typed() {
    assert!(matches!(solve_json("{"), Err(Error::BadInput(_))));
    let unknown =
        r#"{"candidates":[{"id":"a"}],"positions":[],"pairs":[{"candidate":"a","position":"x"}]}"#;
    assert!(matches!(solve_json(unknown), Err(Error::BadInput(_))));
    let dup = r#"{"candidates":[{"id":"a"},{"id":"a"}],"positions":[]}"#;
    assert!(matches!(solve_json(dup), Err(Error::BadInput(_))));
    let over = r#"{"candidates":[{"id":"a"},{"id":"b"}],"positions":[{"id":"p"}],"locked":[["a","p"],["b","p"]]}"#;
    assert!(matches!(solve_json(over), Err(Error::Infeasible(_))));
    let empty = r#"{"candidates":[],"positions":[]}"#;
    assert!(solve_json(empty).is_ok());
}

#[test]
fn stable_method_and_locks() {
    let text = r#"{
      "method": "stable",
      "candidates": [{"id":"a"},{"id":"b"},{"id":"c"}],
      "positions": [{"id":"p","places":1},{"id":"q","places":1}],
      "pairs": [
        {"candidate":"a","position":"p","occupation":90},
        {"candidate":"b","position":"p","occupation":80},
        {"candidate":"b","position":"q","occupation":10},
        {"candidate":"c","position":"q","occupation":50}
      ],
      "locked": [["c","p"]]
    }"#;
    let s: Solution = serde_json::from_str(&solve_json(text).unwrap()).unwrap();
    let pairs: Vec<(&str, &str, bool)> = s
        .pairs
        .iter()
        .map(|p| (p.candidate.as_str(), p.position.as_str(), p.locked))
        .collect();
    // c is locked into p, so a (p only) stays out; b gets q.
    assert_eq!(pairs, vec![("b", "q", false), ("c", "p", true)]);
    assert_eq!(s.unassigned_candidates.len(), 1);
}
