//! Who is on the return call's list and what each of them presented, so that the records
//! give DOMAIN.md §6 exactly: 44 eligible (24 Tunisian with 1 recovered, 20 Moroccan with
//! 2 recovered), 39 projects, 5 who did not apply. People are numbered 0–40 as in
//! `demo::cohort` and 41–43 for the recovered (one Tunisian, two Moroccans, at home).
//!
//! Where each is follows from the outcomes (`demo::outcomes::kind_of`): an extension or a
//! job contract keeps them in Italy. Tunisia's 4 non-applicants are the last four of its 20
//! in Italy; the first six of the others present an entrepreneurial project, the rest a
//! professional one; of Tunisia's four at home the first presents an entrepreneurial one.
//! Morocco's 9 in Italy all present professional projects; of its 11 at home the returnee
//! account's person does not apply, the first two present entrepreneurial projects.

use domain::Country;
use domain::grant::{ProjectOrigin, ProjectType};

/// Everyone on the list: the 41 trainees and the 3 recovered.
pub const PEOPLE: usize = 44;

/// The person given the account `returnee@demo.example`: Anass El Khattabi, back in
/// Morocco, who did not apply to the 2024 call.
pub const RETURNEE: usize = 38;

/// The recovered people: (given names, family name, female, country, the reason recorded).
pub const RECOVERED: [(&str, &str, bool, Country, &str); 3] = [
    (
        "Nour",
        "Jaziri",
        true,
        Country::TN,
        "Selected in 2022; her visa was refused at the consulate in Tunis. Recovered by the steering committee of 12 February 2024.",
    ),
    (
        "Meryem",
        "Ouazzani",
        true,
        Country::MA,
        "Placed in 2022; withdrew a week before departure for a family emergency. Recovered by the steering committee of 12 February 2024.",
    ),
    (
        "Karim",
        "Berrada",
        false,
        Country::MA,
        "On the 2022 waiting list; completed the pre-departure course and the A1 test. Recovered by the steering committee of 12 February 2024.",
    ),
];

pub fn country(i: usize) -> Country {
    match i {
        0..23 | 41 => Country::TN,
        _ => Country::MA,
    }
}

/// Whether person `i` is at home (returned, or recovered and never left).
pub fn at_home(i: usize) -> bool {
    i >= 41 || !super::super::outcomes::kind_of(i).in_italy()
}

/// What person `i` presented to the 2024 call, if anything.
pub fn presented(i: usize) -> Option<(ProjectType, ProjectOrigin)> {
    use ProjectOrigin::{Home, Italy};
    use ProjectType::{Entrepreneurial as E, Professional as P};
    let home = at_home(i);
    let rank = (0..i)
        .filter(|j| country(*j) == country(i) && at_home(*j) == home)
        .count();
    match (country(i) == Country::TN, home) {
        (true, false) if rank < 6 => Some((E, Italy)),
        (true, false) if rank < 16 => Some((P, Italy)),
        (true, false) => None,
        (true, true) if rank < 1 => Some((E, Home)),
        (true, true) => Some((P, Home)),
        (false, false) => Some((P, Italy)),
        (false, true) if i == RETURNEE => None,
        (false, true) if rank < 2 => Some((E, Home)),
        (false, true) => Some((P, Home)),
    }
}

/// The one application the cost check finds ineligible (a car is no eligible cost, and
/// without it the request falls under the minimum grant).
pub const INELIGIBLE: usize = 37;

/// The people who present a project to the open second round before the journeys run.
pub const SECOND_ROUND: [usize; 6] = [1, 7, 20, 24, 26, 42];

const ENTREPRENEURIAL: [(&str, &str); 5] = [
    (
        "Atelier de maintenance industrielle",
        "Un petit atelier de maintenance des machines pour les entreprises agroalimentaires de la région, avec l'expérience acquise pendant le stage.",
    ),
    (
        "Studio di sviluppo software",
        "Uno studio che sviluppa applicazioni per le piccole imprese, in collegamento con l'azienda ospitante di Milano.",
    ),
    (
        "Boulangerie artisanale",
        "Une boulangerie artisanale avec un four professionnel et la vente aux cafés du quartier.",
    ),
    (
        "Agence de logistique du dernier kilomètre",
        "Livraisons en ville pour les commerces en ligne, organisées avec les méthodes apprises en entrepôt.",
    ),
    (
        "Cucina mediterranea da asporto",
        "Un laboratorio di cucina da asporto con ricette tunisine e italiane.",
    ),
];

const PROFESSIONAL: [(&str, &str); 6] = [
    (
        "Certificazione di saldatore",
        "Un corso di saldatura certificato e l'attrezzatura per lavorare come tecnico qualificato.",
    ),
    (
        "Certification en cybersécurité",
        "Préparer et passer une certification reconnue pour un poste d'analyste.",
    ),
    (
        "Formation de chef de cuisine",
        "Une formation de chef de cuisine et les outils du métier.",
    ),
    (
        "Patente per carrelli elevatori e corso di logistica",
        "Le abilitazioni richieste dai magazzini e un corso di gestione delle scorte.",
    ),
    (
        "Outillage d'électricien indépendant",
        "L'outillage et l'assurance pour travailler comme électricien à son compte.",
    ),
    (
        "Corso di controllo qualità",
        "Un corso di controllo qualità ISO 9001 e la certificazione finale.",
    ),
];

/// The title and summary of person `i`'s project.
pub fn text(i: usize, kind: ProjectType) -> (&'static str, &'static str) {
    match kind {
        ProjectType::Entrepreneurial => ENTREPRENEURIAL[i % ENTREPRENEURIAL.len()],
        ProjectType::Professional => PROFESSIONAL[i % PROFESSIONAL.len()],
    }
}

/// The budget of person `i`'s project, in whole euros: (category, label, amount). An
/// entrepreneurial project asks 3,000–5,000, a professional one 1,500–3,500: together far
/// more than the fund, so the panel's ranking decides.
pub fn budget(i: usize, kind: ProjectType) -> Vec<(&'static str, &'static str, i64)> {
    let step = i64::try_from(i % 5).unwrap_or(0) * 500;
    match kind {
        ProjectType::Entrepreneurial => vec![
            ("equipment", "Machines and tools", 2_000 + step),
            ("rent", "Premises, first six months", 600),
            ("services", "Registration, accountant, insurance", 400),
        ],
        ProjectType::Professional => vec![
            ("training", "Course and examination fees", 1_000 + step),
            ("equipment", "Tools of the trade", 500),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_gives_the_table_of_domain_6() {
        let mut rows = std::collections::BTreeMap::new();
        for i in 0..PEOPLE {
            let c = if country(i) == Country::TN {
                "TN"
            } else {
                "MA"
            };
            *rows.entry((c, "eligible")).or_insert(0) += 1;
            match presented(i) {
                None => *rows.entry((c, "did not apply")).or_insert(0) += 1,
                Some((kind, origin)) => {
                    *rows.entry((c, "presented")).or_insert(0) += 1;
                    *rows.entry((c, kind.as_str())).or_insert(0) += 1;
                    let key = match (kind, origin) {
                        (ProjectType::Entrepreneurial, ProjectOrigin::Italy) => "e italy",
                        (ProjectType::Entrepreneurial, ProjectOrigin::Home) => "e home",
                        (ProjectType::Professional, ProjectOrigin::Italy) => "p italy",
                        (ProjectType::Professional, ProjectOrigin::Home) => "p home",
                    };
                    *rows.entry((c, key)).or_insert(0) += 1;
                }
            }
        }
        let get = |c, k| rows.get(&(c, k)).copied().unwrap_or(0);
        for (c, eligible, presented, not, e, ei, eh, p, pi, ph) in [
            ("TN", 24, 20, 4, 7, 6, 1, 13, 10, 3),
            ("MA", 20, 19, 1, 2, 0, 2, 17, 9, 8),
        ] {
            assert_eq!(get(c, "eligible"), eligible, "{c}");
            assert_eq!(get(c, "presented"), presented, "{c}");
            assert_eq!(get(c, "did not apply"), not, "{c}");
            assert_eq!(get(c, "entrepreneurial"), e, "{c}");
            assert_eq!((get(c, "e italy"), get(c, "e home")), (ei, eh), "{c}");
            assert_eq!(get(c, "professional"), p, "{c}");
            assert_eq!((get(c, "p italy"), get(c, "p home")), (pi, ph), "{c}");
        }
        assert!(presented(RETURNEE).is_none() && at_home(RETURNEE));
        assert!(presented(INELIGIBLE).is_some());
        assert!(SECOND_ROUND.iter().all(|i| *i != RETURNEE));
    }

    #[test]
    fn budgets_add_up_within_the_grant_bounds() {
        for i in 0..PEOPLE {
            for kind in ProjectType::ALL {
                let total: i64 = budget(i, kind).iter().map(|l| l.2).sum();
                assert!((1_000..=5_000).contains(&total), "{i} {kind}: {total}");
            }
        }
    }
}
