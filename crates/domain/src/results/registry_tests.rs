use chrono::NaiveDate;

use super::*;
use crate::results::facts::{Company, GrantPerson, StepSpent};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Three people: a Tunisian woman who went all the way and stayed in Italy, a Moroccan man
/// placed who returned home, a Tunisian man who only applied (no territory, no birth date).
fn facts() -> Facts {
    let stayed = Person {
        seq: 1,
        country: "TN".into(),
        territory: Some("t-sfax".into()),
        sex: "F".into(),
        age_band: Some("25-29".into()),
        applied_on: Some(d(2022, 3, 1)),
        selected_on: Some(d(2022, 5, 1)),
        placed_on: Some(d(2022, 7, 1)),
        course_completed_on: Some(d(2022, 9, 1)),
        traineeship_started_on: Some(d(2022, 11, 1)),
        traineeship_completed_on: Some(d(2023, 5, 1)),
        outcome: Some((OutcomeKind::JobContract, d(2023, 5, 2))),
        follow_ups: vec![d(2023, 11, 2), d(2024, 5, 2)],
    };
    let returned = Person {
        seq: 2,
        country: "MA".into(),
        territory: Some("t-tangier".into()),
        sex: "M".into(),
        age_band: Some("30-35".into()),
        applied_on: Some(d(2022, 3, 2)),
        selected_on: Some(d(2022, 5, 1)),
        placed_on: Some(d(2022, 7, 2)),
        course_completed_on: Some(d(2022, 9, 1)),
        traineeship_started_on: Some(d(2022, 11, 1)),
        traineeship_completed_on: Some(d(2023, 5, 1)),
        outcome: Some((OutcomeKind::ReturnedHome, d(2023, 6, 1))),
        follow_ups: vec![],
    };
    let applied = Person {
        seq: 3,
        country: "TN".into(),
        sex: "M".into(),
        applied_on: Some(d(2024, 3, 1)),
        ..Person::default()
    };
    let step = |seq, step: &str, left_on, days| StepSpent {
        seq,
        step: step.into(),
        left_on,
        days,
    };
    Facts {
        people: vec![stayed, returned, applied],
        steps: vec![
            step(1, "nulla_osta", d(2022, 8, 1), 30),
            step(1, "visa", d(2022, 10, 1), 21),
            step(2, "nulla_osta", d(2022, 8, 11), 41),
        ],
        companies: vec![
            Company {
                seq: 1,
                territory: Some("t-milan".into()),
                stage: Stage::Hosting,
                engaged_on: Some(d(2022, 1, 10)),
                hosting_since: Some(d(2022, 11, 1)),
            },
            Company {
                seq: 2,
                territory: Some("t-turin".into()),
                stage: Stage::Interested,
                engaged_on: Some(d(2023, 2, 1)),
                hosting_since: None,
            },
            Company {
                seq: 3,
                territory: None,
                stage: Stage::Identified,
                engaged_on: None,
                hosting_since: None,
            },
        ],
        grants: vec![
            GrantPerson {
                seq: 1,
                country: "TN".into(),
                eligible_on: d(2023, 9, 1),
                presented_on: Some(d(2023, 10, 1)),
                awarded: Some((d(2023, 12, 1), 1_000_000)),
                paid: vec![(d(2024, 1, 10), 400_000), (d(2024, 6, 10), 300_000)],
            },
            GrantPerson {
                seq: 2,
                country: "MA".into(),
                eligible_on: d(2023, 9, 1),
                presented_on: None,
                awarded: None,
                paid: vec![],
            },
        ],
    }
}

/// (rule, as of, expected total raw value)
#[test]
fn each_rule_counts_what_it_says_up_to_the_day() {
    let f = facts();
    let end_2022 = d(2022, 12, 31);
    let end_2023 = d(2023, 12, 31);
    let end_2024 = d(2024, 12, 31);
    let cases: &[(&str, NaiveDate, i64)] = &[
        (rule::APPLICATIONS, end_2022, 2),
        (rule::APPLICATIONS, end_2024, 3),
        (rule::SELECTED, end_2024, 2),
        (rule::PLACED, d(2022, 7, 1), 1),
        (rule::PLACED, d(2022, 7, 2), 2),
        (rule::COURSES_COMPLETED, end_2022, 2),
        (rule::TRAINEESHIPS_STARTED, end_2022, 2),
        (rule::TRAINEESHIPS_COMPLETED, end_2022, 0),
        (rule::TRAINEESHIPS_COMPLETED, end_2023, 2),
        (rule::IN_ITALY, end_2023, 1),
        (rule::RETURNED_HOME, d(2023, 5, 31), 0),
        (rule::RETURNED_HOME, end_2023, 1),
        (rule::FOLLOW_UPS, end_2023, 1),
        (rule::FOLLOW_UPS, end_2024, 2),
        // Person 1 spent 51 days, person 2 spent 41: a mean of 46 days a person.
        (rule::PROCEDURE_DAYS, end_2022, 460),
        (rule::COMPANIES_ENGAGED, end_2022, 1),
        (rule::COMPANIES_ENGAGED, end_2023, 2),
        (rule::HOST_COMPANIES, end_2023, 1),
        (rule::GRANT_ELIGIBLE, end_2023, 2),
        (rule::GRANT_PRESENTED, end_2023, 1),
        (rule::GRANTS_AWARDED, end_2023, 1),
        (rule::GRANT_EUROS_AWARDED, end_2023, 1_000_000),
        (rule::GRANT_EUROS_PAID, end_2023, 0),
        (rule::GRANT_EUROS_PAID, d(2024, 3, 1), 400_000),
        (rule::GRANT_EUROS_PAID, end_2024, 700_000),
    ];
    for (code, as_of, want) in cases {
        let got = compute(code, &f, *as_of).unwrap();
        assert_eq!(got.total.raw, *want, "{code} as of {as_of}");
        assert_eq!(got.total.unit, find(code).unwrap().unit, "{code}");
    }
}

#[test]
fn every_rule_code_has_one_entry_and_unknown_codes_none() {
    let f = facts();
    for r in RULES {
        assert_eq!(RULES.iter().filter(|x| x.code == r.code).count(), 1);
        assert!(compute(r.code, &f, d(2024, 12, 31)).is_some());
    }
    for code in rule::FUNNEL {
        assert!(find(code).is_some(), "{code}");
    }
    assert!(compute("nonsense", &f, d(2024, 1, 1)).is_none());
    assert_eq!(compute_all(&f, d(2024, 1, 1)).len(), RULES.len());
}

#[test]
fn people_break_down_by_country_territory_sex_and_age_band_adding_up() {
    let fig = compute(rule::APPLICATIONS, &facts(), d(2024, 12, 31)).unwrap();
    assert_eq!(fig.part(Dimension::Country, "TN"), Some(Value::count(2)));
    assert_eq!(fig.part(Dimension::Country, "MA"), Some(Value::count(1)));
    let countries: Vec<_> = fig.by(Dimension::Country).map(|p| p.key.as_str()).collect();
    assert_eq!(countries, ["TN", "MA"]);
    assert_eq!(fig.part(Dimension::Sex, "F"), Some(Value::count(1)));
    assert_eq!(
        fig.part(Dimension::Territory, UNKNOWN),
        Some(Value::count(1))
    );
    assert_eq!(fig.part(Dimension::AgeBand, "30-35"), Some(Value::count(1)));
    for dim in PEOPLE {
        let sum: i64 = fig.by(*dim).map(|p| p.value.raw).sum();
        assert_eq!(sum, fig.total.raw, "{dim:?}");
    }
}

#[test]
fn the_outcome_rules_map_kinds_as_the_outcome_summary_does() {
    use crate::outcome::summary::tally;
    let f = facts();
    let as_of = d(2024, 12, 31);
    let counts: Vec<_> = f
        .people
        .iter()
        .filter_map(|p| p.outcome.map(|(k, _)| (p.country.clone(), k, 1)))
        .collect();
    let (_, total) = tally(&counts);
    assert_eq!(
        compute(rule::IN_ITALY, &f, as_of).unwrap().total.raw,
        total.in_italy
    );
    assert_eq!(
        compute(rule::RETURNED_HOME, &f, as_of).unwrap().total.raw,
        total.returned_home
    );
}

#[test]
fn a_figure_is_the_aggregate_of_its_records() {
    let f = facts();
    let as_of = d(2024, 12, 31);
    for r in RULES {
        let rows = records(r.code, &f, as_of).unwrap();
        assert_eq!(compute(r.code, &f, as_of).unwrap(), aggregate(&r, &rows));
        assert!(rows.iter().all(|x| x.on <= as_of), "{}", r.code);
    }
    let rows = records(rule::IN_ITALY, &f, as_of).unwrap();
    assert_eq!(rows.iter().map(|r| r.seq).collect::<Vec<_>>(), [1]);
}

#[test]
fn durations_are_means_per_step_and_companies_count_by_furthest_stage() {
    let f = facts();
    let days = compute(rule::PROCEDURE_DAYS, &f, d(2022, 12, 31)).unwrap();
    // nulla_osta: (30 + 41) / 2 = 35.5 days; visa: 21.
    assert_eq!(
        days.part(Dimension::Step, "nulla_osta"),
        Some(Value::new(Unit::Days, 355))
    );
    assert_eq!(
        days.part(Dimension::Step, "visa"),
        Some(Value::new(Unit::Days, 210))
    );
    let engaged = compute(rule::COMPANIES_ENGAGED, &f, d(2024, 12, 31)).unwrap();
    let stages: Vec<_> = engaged
        .by(Dimension::Stage)
        .map(|p| p.key.as_str())
        .collect();
    assert_eq!(stages, ["interested", "hosting"]);
}
