//! The candidate list's fast paths keep its answers: the French and English levels copied
//! onto the application (`french_english_rank`) follow every write of a profile's
//! languages, and a search finds the same applications, counted and ordered the same,
//! whether the ids of its words and skill are bound into the query or stay subqueries.

use db::Origin;
use db::candidates::{Chosen, Concept, ListFilter, Sort};
use db::schema::candidates as cs;
use diesel::prelude::*;
use domain::candidate::{Education, LanguageLevels, Status};
use domain::cefr::Cefr;
use domain::permission::Scope;
use domain::{OrganisationKind, Role};
use testkit::fixtures;

fn rank_of(db: &db::Database, id: &str) -> i64 {
    cs::table
        .find(id)
        .select(cs::french_english_rank)
        .first(&mut *db.conn().unwrap())
        .unwrap()
}

/// How many applications a filter finds, in any scope.
fn count(db: &db::Database, f: ListFilter) -> i64 {
    let f = ListFilter { per_page: 5, ..f };
    db::candidates::list(&mut db.conn().unwrap(), &Scope::All, "", &f)
        .unwrap()
        .1
}

/// Languages with French and English at one level each (Italian B1).
fn speaking(french: Cefr, english: Cefr) -> LanguageLevels {
    let mut l = LanguageLevels::default();
    l.set("it", [Some(Cefr::B1); 3]);
    l.set("fr", [Some(french); 3]);
    l.set("en", [Some(english); 3]);
    l
}

/// A copy of the application `id` under a new id, with `languages` on its profile.
fn copy_of(
    db: &db::Database,
    id: &str,
    family: &str,
    languages: &LanguageLevels,
) -> (db::candidates::Candidate, db::candidates::Profile) {
    let mut conn = db.conn().unwrap();
    let mut row = db::candidates::find(&mut conn, &Scope::All, "", id).unwrap();
    let mut profile = db::candidates::profile(&mut conn, &row).unwrap().unwrap();
    row.id = db::id::new_id();
    row.family_name = family.to_owned();
    row.email = format!("{}@example.org", row.id);
    row.search_text = db::candidates::search_text(family, &row.given_names, None, None, &row.email);
    profile.candidate_id = row.id.clone();
    profile.languages = languages.encode();
    (row, profile)
}

#[test]
fn french_and_english_levels_on_the_application_follow_every_profile_write() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call_id = fixtures::call(db, &p, "Call");
        // Staff entry, imports and demo data (`insert_many`): Italian only here.
        let entered = fixtures::candidate(db, &call_id, "Trabelsi", "TN", Status::Submitted);
        assert_eq!(rank_of(db, &entered), 0);
        let (row, profile) = copy_of(db, &entered, "Gharbi", &speaking(Cefr::C1, Cefr::B1));
        let many = row.id.clone();
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::insert_many(tx, vec![row], &[profile])
        })
        .unwrap();
        assert_eq!(rank_of(db, &many), 53);
        // The generator's bulk writes.
        let (row, profile) = copy_of(db, &entered, "Jaziri", &speaking(Cefr::A2, Cefr::C2));
        let bulk = row.id.clone();
        db.write_blocking(&Origin::system(), |tx| {
            db::bulk::candidates(
                tx,
                db::bulk::Applications {
                    rows: vec![row],
                    profiles: vec![profile],
                    chosen: vec![Chosen {
                        occupations: vec![],
                        skills: vec![],
                    }],
                },
            )
        })
        .unwrap();
        assert_eq!(rank_of(db, &bulk), 26);
        // A candidate's own draft: created without levels, then step 2 of the form.
        let org = fixtures::organisation(db, &p, "Home", OrganisationKind::OriginAgency);
        let user = fixtures::user(db, "amina@example.org", &org, Role::Participant);
        let draft = db
            .write_blocking(&Origin::system(), |tx| {
                let call = db::calls::find_published(tx.conn, &call_id)?;
                db::candidates::create_draft(tx, &call, &user, "amina@example.org")
            })
            .unwrap();
        assert_eq!(rank_of(db, &draft), 0);
        let education = |languages| Education {
            isced_level: 6,
            field_of_study: "Nursing".into(),
            qualification_title: "Licence".into(),
            qualification_date: chrono::NaiveDate::from_ymd_opt(2022, 6, 30).unwrap(),
            languages,
        };
        let own = Scope::OwnAccount;
        for (levels, rank) in [
            (speaking(Cefr::B2, Cefr::A1), 41),
            (speaking(Cefr::A1, Cefr::B2), 14),
        ] {
            db.write_blocking(&Origin::system(), |tx| {
                db::candidates::save_education(tx, &own, &user, &draft, &education(levels))
            })
            .unwrap();
            assert_eq!(rank_of(db, &draft), rank);
        }
        // The filters read the copy (drafts included here): French ≥ C1 finds the entered
        // copy (53); English ≥ B2 the bulk one (26) and the draft (14); French ≥ A2 with
        // English ≥ B1 the two copies; French ≥ A1 all but the Italian-only application.
        let f = |fr: Option<i64>, en: Option<i64>| ListFilter {
            min_french: fr,
            min_english: en,
            ..Default::default()
        };
        assert_eq!(count(db, f(Some(5), None)), 1);
        assert_eq!(count(db, f(Some(6), None)), 0);
        assert_eq!(count(db, f(None, Some(4))), 2);
        assert_eq!(count(db, f(None, Some(6))), 1);
        assert_eq!(count(db, f(Some(2), Some(3))), 2);
        assert_eq!(count(db, f(Some(1), None)), 3);
    });
}

#[test]
fn a_search_finds_the_same_with_its_ids_bound_or_as_subqueries() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call_id = fixtures::call(db, &p, "Call");
        let first = fixtures::candidate(db, &call_id, "Ben Salah", "TN", Status::Submitted);
        let mut rows = Vec::new();
        let mut profiles = Vec::new();
        let mut esco = Vec::new();
        let skill = |label: &str| Concept {
            uri: format!(
                "http://data.europa.eu/esco/skill/{}",
                label.replace(' ', "-")
            ),
            label: label.to_owned(),
        };
        for (i, family) in [
            "Ben Ali",
            "Ben Salah",
            "Bennani",
            "Salhi",
            "Ben Salem",
            "Trabelsi",
            "Ben Salah",
        ]
        .into_iter()
        .enumerate()
        {
            let (mut row, profile) = copy_of(db, &first, family, &speaking(Cefr::B1, Cefr::A2));
            if i == 4 {
                row.status = Status::Draft;
            }
            let skills = if i % 2 == 0 {
                vec![
                    skill("Python (computer programming)"),
                    skill("work in teams"),
                ]
            } else {
                vec![skill("welding")]
            };
            esco.push((
                row.id.clone(),
                Chosen {
                    occupations: vec![],
                    skills,
                },
            ));
            rows.push(row);
            profiles.push(profile);
        }
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::insert_many(tx, rows, &profiles)?;
            db::candidates::insert_esco(tx, &esco)
        })
        .unwrap();
        let mut conn = db.conn().unwrap();
        let base = ListFilter {
            submitted_only: true,
            page: 1,
            per_page: 2,
            ..Default::default()
        };
        // (filter, matches): words intersect, each starts a word; a skill by its start.
        let cases = [
            (
                ListFilter {
                    q: "ben sal".into(),
                    ..base.clone()
                },
                3,
            ),
            (
                ListFilter {
                    q: "sal ben".into(),
                    ..base.clone()
                },
                3,
            ),
            (
                ListFilter {
                    q: "ben".into(),
                    ..base.clone()
                },
                5,
            ),
            (
                ListFilter {
                    q: "ben trab".into(),
                    ..base.clone()
                },
                0,
            ),
            (
                ListFilter {
                    q: "nobody".into(),
                    ..base.clone()
                },
                0,
            ),
            (
                ListFilter {
                    skill: "pyth".into(),
                    ..base.clone()
                },
                3,
            ),
            (
                ListFilter {
                    q: "ben".into(),
                    skill: "work in".into(),
                    sort: Sort::Italian,
                    ..base.clone()
                },
                3,
            ),
            (
                ListFilter {
                    q: "ben".into(),
                    page: 3,
                    ..base.clone()
                },
                5,
            ),
            (
                ListFilter {
                    q: "ben".into(),
                    page: 9,
                    ..base.clone()
                },
                5,
            ),
            (
                ListFilter {
                    q: "sal".into(),
                    sort: Sort::Submitted,
                    ..base.clone()
                },
                4,
            ),
        ];
        for (f, matches) in cases {
            let ids = |(rows, total): (Vec<db::candidates::Candidate>, i64)| {
                (rows.into_iter().map(|c| c.id).collect::<Vec<_>>(), total)
            };
            let bound =
                ids(db::candidates::list_binding(&mut conn, &Scope::All, "", &f, 100).unwrap());
            let subqueries =
                ids(db::candidates::list_binding(&mut conn, &Scope::All, "", &f, 0).unwrap());
            assert_eq!(bound.1, matches, "{f:?}");
            assert_eq!(bound, subqueries, "{f:?}");
            let on_page = usize::try_from((matches - (f.page - 1) * 2).clamp(0, 2)).unwrap();
            assert_eq!(bound.0.len(), on_page, "{f:?}");
        }
    });
}
