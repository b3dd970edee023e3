//! The table of DOMAIN.md §6, from the records: per country of origin and in total, the
//! people eligible (of which recovered), those who presented a project and those who did
//! not, and the projects presented by type and by where they were presented from.
//!
//! "Presented" is `Status::presented`: submitted and not withdrawn (an ineligible project
//! was still presented). A person withdrawing counts as not having applied.

use std::collections::BTreeMap;

use super::{Basis, ProjectOrigin, ProjectType};
use crate::Country;

/// One person on a call's list, with the project they presented, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub country: Country,
    pub basis: Basis,
    pub presented: Option<(ProjectType, ProjectOrigin)>,
}

/// A column of the table: one country, or the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Column {
    pub eligible: i64,
    pub recovered: i64,
    pub presented: i64,
    pub did_not_apply: i64,
    pub entrepreneurial_italy: i64,
    pub entrepreneurial_home: i64,
    pub professional_italy: i64,
    pub professional_home: i64,
}

impl Column {
    pub fn entrepreneurial(&self) -> i64 {
        self.entrepreneurial_italy + self.entrepreneurial_home
    }

    pub fn professional(&self) -> i64 {
        self.professional_italy + self.professional_home
    }

    fn count(&mut self, p: &Person) {
        self.eligible += 1;
        if p.basis == Basis::Recovered {
            self.recovered += 1;
        }
        let Some((kind, from)) = p.presented else {
            self.did_not_apply += 1;
            return;
        };
        self.presented += 1;
        *match (kind, from) {
            (ProjectType::Entrepreneurial, ProjectOrigin::Italy) => &mut self.entrepreneurial_italy,
            (ProjectType::Entrepreneurial, ProjectOrigin::Home) => &mut self.entrepreneurial_home,
            (ProjectType::Professional, ProjectOrigin::Italy) => &mut self.professional_italy,
            (ProjectType::Professional, ProjectOrigin::Home) => &mut self.professional_home,
        } += 1;
    }
}

/// The table: a column per country (the most eligible first, then by code) and the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub countries: Vec<(Country, Column)>,
    pub total: Column,
}

/// Counts the table from the list of a call.
pub fn table(people: &[Person]) -> Table {
    let mut by: BTreeMap<Country, Column> = BTreeMap::new();
    let mut total = Column::default();
    for p in people {
        by.entry(p.country).or_default().count(p);
        total.count(p);
    }
    let mut countries: Vec<_> = by.into_iter().collect();
    countries.sort_by(|(a, x), (b, y)| y.eligible.cmp(&x.eligible).then(a.cmp(b)));
    Table { countries, total }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` people of `country` on `basis` who presented `presented`.
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

    fn row(c: &Column) -> [i64; 9] {
        [
            c.eligible,
            c.recovered,
            c.presented,
            c.did_not_apply,
            c.entrepreneurial(),
            c.entrepreneurial_italy,
            c.entrepreneurial_home,
            c.professional(),
            c.professional_italy,
        ]
    }

    #[test]
    fn mentor_ii_gives_the_table_of_domain_section_6() {
        use Basis::{Completed as C, Recovered as R};
        use ProjectOrigin::{Home, Italy};
        use ProjectType::{Entrepreneurial as E, Professional as P};
        let (tn, ma) = (Country::TN, Country::MA);
        let all = [
            // Tunisia: 16 from Italy, 3 returned and the recovered one from home, 4 silent.
            people(6, tn, C, Some((E, Italy))),
            people(10, tn, C, Some((P, Italy))),
            people(1, tn, C, Some((E, Home))),
            people(2, tn, C, Some((P, Home))),
            people(1, tn, R, Some((P, Home))),
            people(4, tn, C, None),
            // Morocco: 9 from Italy, 8 returned and 2 recovered from home, 1 silent at home.
            people(9, ma, C, Some((P, Italy))),
            people(2, ma, R, Some((E, Home))),
            people(8, ma, C, Some((P, Home))),
            people(1, ma, C, None),
        ]
        .concat();
        let t = table(&all);
        let names: Vec<_> = t.countries.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(names, ["TN", "MA"]);
        assert_eq!(row(&t.countries[0].1), [24, 1, 20, 4, 7, 6, 1, 13, 10]);
        assert_eq!(t.countries[0].1.professional_home, 3);
        assert_eq!(row(&t.countries[1].1), [20, 2, 19, 1, 2, 0, 2, 17, 9]);
        assert_eq!(t.countries[1].1.professional_home, 8);
        assert_eq!(row(&t.total), [44, 3, 39, 5, 9, 6, 3, 30, 19]);
    }

    #[test]
    fn an_empty_list_gives_an_empty_table() {
        assert_eq!(table(&[]), Table::default());
    }
}
