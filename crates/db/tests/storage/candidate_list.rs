//! The candidate list's fast paths keep its answers: the French and English levels copied
//! onto the application (`french_english_rank`, which the list's indexes carry) follow
//! every write of a profile's languages.

use db::Origin;
use db::candidates::{Chosen, ListFilter};
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
