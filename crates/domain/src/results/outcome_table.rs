//! The outcome table of DOMAIN.md §6, whole: per country of origin (Tunisia, Morocco, …)
//! and in total, the traineeships, the host companies per territory, where the
//! participants were at the end, and what the return call received.
//!
//! One definition per figure, reused rather than restated:
//! - *traineeships*, *in Italy at the end* and *returned home* are
//!   `domain::outcome::summary` over the outcomes recorded in the programme (a
//!   traineeship counts once its outcome is recorded; in Italy = an extension or a job
//!   contract);
//! - *host companies* are the distinct companies of those traineeships, per territory of
//!   the host (Milan, Turin), counted by the database;
//! - the call rows (*eligible* incl. *recovered*, *presented*, *did not apply*, the projects
//!   by type and by where they were presented from) are `domain::grant::table` over the
//!   list of **the programme's first call for proposals** (the earliest to open: the
//!   return call of the cohort whose outcomes are counted). A later round (the demo's
//!   open second round) lists the same people again and is not added to it.
//!
//! Computed from the records on every read, never stored.

use serde::Serialize;

use crate::Country;
use crate::grant::table::{Column, Table as GrantTable};
use crate::outcome::OutcomeKind;
use crate::outcome::summary::{Figures, tally};

/// A row of the table, in the order §6 lists them. `as_str` is the stable key the page,
/// the spreadsheets and the API name it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    Traineeships,
    InItaly,
    ReturnedHome,
    Eligible,
    Recovered,
    Presented,
    DidNotApply,
    Entrepreneurial,
    EntrepreneurialFromItaly,
    EntrepreneurialFromOrigin,
    Professional,
    ProfessionalFromItaly,
    ProfessionalFromOrigin,
}

impl Line {
    pub const ALL: [Line; 13] = [
        Line::Traineeships,
        Line::InItaly,
        Line::ReturnedHome,
        Line::Eligible,
        Line::Recovered,
        Line::Presented,
        Line::DidNotApply,
        Line::Entrepreneurial,
        Line::EntrepreneurialFromItaly,
        Line::EntrepreneurialFromOrigin,
        Line::Professional,
        Line::ProfessionalFromItaly,
        Line::ProfessionalFromOrigin,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Line::Traineeships => "traineeships",
            Line::InItaly => "in_italy",
            Line::ReturnedHome => "returned_home",
            Line::Eligible => "eligible",
            Line::Recovered => "recovered",
            Line::Presented => "presented",
            Line::DidNotApply => "did_not_apply",
            Line::Entrepreneurial => "entrepreneurial",
            Line::EntrepreneurialFromItaly => "entrepreneurial_from_italy",
            Line::EntrepreneurialFromOrigin => "entrepreneurial_from_origin",
            Line::Professional => "professional",
            Line::ProfessionalFromItaly => "professional_from_italy",
            Line::ProfessionalFromOrigin => "professional_from_origin",
        }
    }

    /// A part of the row above it (shown indented: "of which").
    pub const fn is_part(self) -> bool {
        matches!(
            self,
            Line::Recovered
                | Line::EntrepreneurialFromItaly
                | Line::EntrepreneurialFromOrigin
                | Line::ProfessionalFromItaly
                | Line::ProfessionalFromOrigin
        )
    }

    fn of_outcomes(self, f: &Figures) -> Option<i64> {
        match self {
            Line::Traineeships => Some(f.total()),
            Line::InItaly => Some(f.in_italy),
            Line::ReturnedHome => Some(f.returned_home),
            _ => None,
        }
    }

    fn of_call(self, c: &Column) -> i64 {
        match self {
            Line::Eligible => c.eligible,
            Line::Recovered => c.recovered,
            Line::Presented => c.presented,
            Line::DidNotApply => c.did_not_apply,
            Line::Entrepreneurial => c.entrepreneurial(),
            Line::EntrepreneurialFromItaly => c.entrepreneurial_italy,
            Line::EntrepreneurialFromOrigin => c.entrepreneurial_home,
            Line::Professional => c.professional(),
            Line::ProfessionalFromItaly => c.professional_italy,
            Line::ProfessionalFromOrigin => c.professional_home,
            Line::Traineeships | Line::InItaly | Line::ReturnedHome => 0,
        }
    }
}

/// One row: a cell per country (in the order of [`OutcomeTable::countries`]) and the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub line: Line,
    pub cells: Vec<i64>,
    pub total: i64,
}

/// The host companies of one territory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hosts {
    pub territory: String,
    pub companies: i64,
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeTable {
    /// The columns: countries of origin, Tunisia and Morocco first (as §6), then by code.
    pub countries: Vec<Country>,
    pub rows: Vec<Row>,
    /// Host companies per territory, by name.
    pub hosts: Vec<Hosts>,
    pub hosts_total: i64,
}

impl OutcomeTable {
    /// The row of a line.
    pub fn row(&self, line: Line) -> Option<&Row> {
        self.rows.iter().find(|r| r.line == line)
    }

    /// One cell: a country's (`Some`) or the total (`None`).
    pub fn cell(&self, line: Line, country: Option<Country>) -> Option<i64> {
        let row = self.row(line)?;
        match country {
            None => Some(row.total),
            Some(c) => {
                let i = self.countries.iter().position(|x| *x == c)?;
                row.cells.get(i).copied()
            }
        }
    }
}

/// What the table is counted from: the outcomes per (country of residence, kind), the
/// host companies per territory, and the first call's table (none when the programme has
/// no call for proposals yet: its rows are zeros).
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub outcomes: Vec<(String, OutcomeKind, i64)>,
    pub hosts: Vec<(String, i64)>,
    pub call: Option<GrantTable>,
}

/// Counts the table.
pub fn outcome_table(counts: &Counts) -> OutcomeTable {
    let (by_country, outcome_total) = tally(&counts.outcomes);
    let grant = counts.call.clone().unwrap_or_default();
    let mut countries: Vec<Country> = by_country
        .iter()
        .filter_map(|f| Country::parse(&f.country).ok())
        .collect();
    for (c, _) in &grant.countries {
        if !countries.contains(c) {
            countries.push(*c);
        }
    }
    let rank = |c: &Country| match *c {
        Country::TN => 0,
        Country::MA => 1,
        _ => 2,
    };
    countries.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    let empty_figures = Figures::default();
    let empty_column = Column::default();
    let rows = Line::ALL
        .into_iter()
        .map(|line| {
            let cells = countries
                .iter()
                .map(|c| {
                    let figures = by_country
                        .iter()
                        .find(|f| f.country == c.as_str())
                        .unwrap_or(&empty_figures);
                    let column = grant
                        .countries
                        .iter()
                        .find(|(x, _)| x == c)
                        .map_or(&empty_column, |(_, col)| col);
                    line.of_outcomes(figures)
                        .unwrap_or_else(|| line.of_call(column))
                })
                .collect();
            let total = line
                .of_outcomes(&outcome_total)
                .unwrap_or_else(|| line.of_call(&grant.total));
            Row { line, cells, total }
        })
        .collect();
    let mut hosts: Vec<Hosts> = counts
        .hosts
        .iter()
        .map(|(territory, companies)| Hosts {
            territory: territory.clone(),
            companies: *companies,
        })
        .collect();
    hosts.sort_by(|a, b| a.territory.cmp(&b.territory));
    OutcomeTable {
        countries,
        rows,
        hosts_total: hosts.iter().map(|h| h.companies).sum(),
        hosts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::table::{Person, table};
    use crate::grant::{Basis, ProjectOrigin, ProjectType};

    fn people(
        n: usize,
        country: Country,
        basis: Basis,
        presented: Option<(ProjectType, ProjectOrigin)>,
    ) -> Vec<Person> {
        vec![
            Person {
                country,
                basis,
                presented
            };
            n
        ]
    }

    /// The records of DOMAIN.md §6, as counts.
    fn mentor_ii() -> Counts {
        use Basis::{Completed as C, Recovered as R};
        use OutcomeKind::*;
        use ProjectOrigin::{Home, Italy};
        use ProjectType::{Entrepreneurial as E, Professional as P};
        let (tn, ma) = (Country::TN, Country::MA);
        let list = [
            people(6, tn, C, Some((E, Italy))),
            people(10, tn, C, Some((P, Italy))),
            people(1, tn, C, Some((E, Home))),
            people(2, tn, C, Some((P, Home))),
            people(1, tn, R, Some((P, Home))),
            people(4, tn, C, None),
            people(9, ma, C, Some((P, Italy))),
            people(2, ma, R, Some((E, Home))),
            people(8, ma, C, Some((P, Home))),
            people(1, ma, C, None),
        ]
        .concat();
        Counts {
            outcomes: vec![
                ("MA".into(), ReturnedHome, 9),
                ("TN".into(), Extension, 8),
                ("MA".into(), JobContract, 2),
                ("TN".into(), JobContract, 12),
                ("TN".into(), ReturnedHome, 3),
                ("MA".into(), Extension, 7),
            ],
            hosts: vec![("Turin".into(), 17), ("Milan".into(), 19)],
            call: Some(table(&list)),
        }
    }

    #[test]
    fn mentor_ii_gives_every_row_of_domain_section_6() {
        let t = outcome_table(&mentor_ii());
        assert_eq!(t.countries, [Country::TN, Country::MA]);
        let got: Vec<(&str, Vec<i64>, i64)> = t
            .rows
            .iter()
            .map(|r| (r.line.as_str(), r.cells.clone(), r.total))
            .collect();
        let want: Vec<(&str, Vec<i64>, i64)> = vec![
            ("traineeships", vec![23, 18], 41),
            ("in_italy", vec![20, 9], 29),
            ("returned_home", vec![3, 9], 12),
            ("eligible", vec![24, 20], 44),
            ("recovered", vec![1, 2], 3),
            ("presented", vec![20, 19], 39),
            ("did_not_apply", vec![4, 1], 5),
            ("entrepreneurial", vec![7, 2], 9),
            ("entrepreneurial_from_italy", vec![6, 0], 6),
            ("entrepreneurial_from_origin", vec![1, 2], 3),
            ("professional", vec![13, 17], 30),
            ("professional_from_italy", vec![10, 9], 19),
            ("professional_from_origin", vec![3, 8], 11),
        ];
        assert_eq!(got, want);
        let hosts: Vec<_> = t
            .hosts
            .iter()
            .map(|h| (h.territory.as_str(), h.companies))
            .collect();
        assert_eq!(hosts, [("Milan", 19), ("Turin", 17)]);
        assert_eq!(t.hosts_total, 36);
        assert_eq!(t.cell(Line::InItaly, Some(Country::MA)), Some(9));
        assert_eq!(t.cell(Line::Presented, None), Some(39));
    }

    #[test]
    fn a_programme_without_a_call_has_zero_call_rows() {
        let mut counts = mentor_ii();
        counts.call = None;
        let t = outcome_table(&counts);
        assert_eq!(t.cell(Line::Traineeships, None), Some(41));
        assert_eq!(t.cell(Line::Eligible, Some(Country::TN)), Some(0));
        assert_eq!(t.cell(Line::Presented, None), Some(0));
    }

    #[test]
    fn a_country_only_on_the_call_gets_a_column() {
        let counts = Counts {
            call: Some(table(&people(
                2,
                Country::parse("EG").unwrap(),
                Basis::Recovered,
                None,
            ))),
            ..Counts::default()
        };
        let t = outcome_table(&counts);
        assert_eq!(t.countries.len(), 1);
        assert_eq!(
            t.cell(Line::Eligible, t.countries.first().copied()),
            Some(2)
        );
        assert_eq!(t.cell(Line::Traineeships, None), Some(0));
    }
}
