//! A hand-built report like MENTOR II's (DOMAIN.md §6), for the tests: the real one is
//! computed by `app::results` from the records.

use chrono::{NaiveDate, TimeZone, Utc};
use domain::results::{
    Dimension, Figure, Indicator, Measured, Objective, Part, PeriodStatus, PeriodValue, Programme,
    Report, ReportPeriod, ResultArea, Source, Unit, Value, rule,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn parts(dimension: Dimension, values: &[(&str, Value)]) -> Vec<Part> {
    values
        .iter()
        .map(|(key, value)| Part {
            dimension,
            key: (*key).to_owned(),
            value: *value,
        })
        .collect()
}

fn count(total: i64) -> Figure {
    Figure::new(Value::count(total))
}

fn by_country(tn: i64, ma: i64) -> Figure {
    Figure {
        total: Value::count(tn + ma),
        parts: parts(
            Dimension::Country,
            &[("TN", Value::count(tn)), ("MA", Value::count(ma))],
        ),
    }
}

pub(super) fn indicator(
    code: &str,
    title: &str,
    unit: Unit,
    current: i64,
    target: i64,
) -> Indicator {
    Indicator {
        id: format!("ind-{code}"),
        code: code.to_owned(),
        title: title.to_owned(),
        unit,
        ascending: true,
        source: Source::Computed(rule::PLACED.to_owned()),
        baseline: Some(Measured {
            year: 2022,
            value: Value::new(unit, 0),
            comment: None,
        }),
        target: Some(Measured {
            year: 2024,
            value: Value::new(unit, target),
            comment: None,
        }),
        current: Some(Figure::new(Value::new(unit, current))),
        periods: vec![PeriodValue {
            period_id: "p2023".to_owned(),
            starts_on: day(2023, 1, 1),
            ends_on: day(2023, 12, 31),
            target: None,
            actual: Some(Figure::new(Value::new(unit, current - 1))),
            corrected: Some(Value::new(unit, current)),
        }],
    }
}

fn period(submitted: bool) -> ReportPeriod {
    ReportPeriod {
        id: "p2023".to_owned(),
        label: "2023".to_owned(),
        starts_on: day(2023, 1, 1),
        ends_on: day(2023, 12, 31),
        status: if submitted {
            PeriodStatus::Submitted {
                at: Utc.with_ymd_and_hms(2024, 2, 15, 9, 30, 0).unwrap(),
            }
        } else {
            PeriodStatus::Open
        },
        narrative: vec![(
            "Attività svolte".to_owned(),
            "Quarantuno tirocini completati a Milano e Torino.".to_owned(),
        )],
    }
}

/// The report, live (no period) or for the 2023 period (submitted or not).
pub(super) fn report(period_of: Option<bool>) -> Report {
    Report {
        programme: Programme {
            id: "prog-1".to_owned(),
            name: "MENTOR II".to_owned(),
            slug: "mentor-ii".to_owned(),
            starts_on: day(2022, 1, 1),
            ends_on: day(2024, 12, 31),
            budget_cents: 326_007_484,
            currency: "EUR".to_owned(),
            countries: vec!["TN".to_owned(), "MA".to_owned()],
        },
        period: period_of.map(period),
        periods: vec![period(true)],
        objectives: vec![Objective {
            id: "os1".to_owned(),
            code: "OS1".to_owned(),
            title: "Mobilità circolare dei giovani qualificati".to_owned(),
            overall: false,
            indicators: vec![indicator(
                "OS1.I1",
                "Aziende coinvolte",
                Unit::Count,
                36,
                300,
            )],
            results: vec![ResultArea {
                id: "r1".to_owned(),
                code: "OS1.R1".to_owned(),
                title: "Tirocini in Italia".to_owned(),
                indicators: vec![
                    indicator("OS1.R1.I1", "Tirocinanti collocati", Unit::Count, 41, 40),
                    indicator(
                        "OS1.R1.I2",
                        "Quota rimasta in Italia",
                        Unit::Percent,
                        7073,
                        5000,
                    ),
                ],
            }],
        }],
        computed: vec![
            (rule::APPLICATIONS.to_owned(), count(1234)),
            (rule::SELECTED.to_owned(), count(60)),
            (rule::PLACED.to_owned(), by_country(23, 18)),
            (rule::COURSES_COMPLETED.to_owned(), count(41)),
            (rule::TRAINEESHIPS_STARTED.to_owned(), count(41)),
            (rule::TRAINEESHIPS_COMPLETED.to_owned(), count(41)),
            (rule::IN_ITALY.to_owned(), by_country(20, 9)),
            (rule::RETURNED_HOME.to_owned(), by_country(3, 9)),
            (
                rule::PROCEDURE_DAYS.to_owned(),
                Figure {
                    total: Value::new(Unit::Days, 1100),
                    parts: parts(
                        Dimension::Step,
                        &[
                            ("training_project", Value::new(Unit::Days, 124)),
                            ("regional_review", Value::new(Unit::Days, 456)),
                            ("visa_issued", Value::new(Unit::Days, 0)),
                        ],
                    ),
                },
            ),
            (
                rule::COMPANIES_ENGAGED.to_owned(),
                Figure {
                    total: Value::count(80),
                    parts: parts(
                        Dimension::Stage,
                        &[
                            ("hosting", Value::count(36)),
                            ("identified", Value::count(30)),
                            ("contacted", Value::count(14)),
                        ],
                    ),
                },
            ),
        ],
    }
}
