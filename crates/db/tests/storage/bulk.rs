//! `db::bulk` writes on both backends what the single-record paths would (PostgreSQL by
//! `COPY`, SQLite by multi-row inserts): every column of the row, the profile with its
//! French and English ranks, one `created` event, the search terms, the ESCO concepts once
//! each; constraints still hold (a batch naming a missing call writes nothing); and the
//! bulk session setting ends with its transaction.

use chrono::{NaiveDate, NaiveDateTime};
use db::bulk::{Applications, NewScore};
use db::candidates::{Candidate, Chosen, Concept, Profile, search_text};
use db::schema::{
    candidate_esco as ce, candidate_events as ev, candidate_profiles as cp, candidate_terms as ct,
    candidates as cs, selection_scores as ss,
};
use db::{Backend, Database, Origin};
use diesel::prelude::*;
use domain::candidate::Status;
use testkit::fixtures;

fn at() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 2)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

fn concept(uri: &str, label: &str) -> Concept {
    Concept {
        uri: uri.into(),
        label: label.into(),
    }
}

/// Application `n` to `call_id`: the first a draft with blanks, the others complete.
fn application(programme_id: &str, call_id: &str, n: usize) -> (Candidate, Profile, Chosen) {
    let id = db::id::new_id();
    let draft = n == 0;
    let email = format!("amal.haddad.{n}@example.org");
    let row = Candidate {
        id: id.clone(),
        programme_id: programme_id.into(),
        call_id: call_id.into(),
        user_id: None,
        status: if draft {
            Status::Draft
        } else {
            Status::Eligible
        },
        step: if draft { 1 } else { 3 },
        family_name: "Haddad".into(),
        given_names: "Amal".into(),
        family_name_ar: Some("الحداد".into()),
        given_names_ar: (!draft).then(|| "أمل".into()),
        birth_date: NaiveDate::from_ymd_opt(2001, 4, 9),
        sex: "f".into(),
        nationality: (!draft).then_some(domain::Country::TN),
        residence_country: (!draft).then_some(domain::Country::TN),
        residence_territory_id: None,
        search_text: search_text("Haddad", "Amal", Some("الحداد"), Some("أمل"), &email),
        email,
        phone: "+21620000000".into(),
        whatsapp: (!draft).then(|| "+21620000001".into()),
        passport_sealed: None,
        passport_index: None,
        italian_rank: 3,
        consent_version: None,
        consent_at: Some(at()),
        submitted_at: (!draft).then(at),
        eligibility: "[]".into(),
        eligible: !draft,
        override_reason: None,
        decision_reason: Some("it's \"quoted\"\ttabbed\nand on two lines \\ too".into()),
        created_at: at(),
        updated_at: at(),
    };
    let profile = Profile {
        candidate_id: id,
        isced_level: (!draft).then_some(6),
        field_of_study: "Électrotechnique".into(),
        qualification_title: "Licence".into(),
        qualification_date: NaiveDate::from_ymd_opt(2022, 7, 1),
        languages: if draft {
            String::new()
        } else {
            "it=B1/B1/B1;fr=C1/B2/C1;en=A2/A2/A2".into()
        },
        experience: String::new(),
        sectors: String::new(),
        cities: "Milano".into(),
        available_from: None,
        updated_at: at(),
    };
    let chosen = Chosen {
        occupations: vec![concept("http://o/1", "Électricien")],
        // The same skill twice is stored once.
        skills: vec![
            concept("http://s/1", "Câblage"),
            concept("http://s/2", "Sécurité"),
            concept("http://s/1", "Câblage"),
        ],
    };
    (row, profile, chosen)
}

fn batch(programme_id: &str, call_id: &str, n: usize) -> Applications {
    let mut apps = Applications {
        rows: Vec::new(),
        profiles: Vec::new(),
        chosen: Vec::new(),
    };
    for k in 0..n {
        let (row, profile, chosen) = application(programme_id, call_id, k);
        apps.rows.push(row);
        apps.profiles.push(profile);
        apps.chosen.push(chosen);
    }
    apps
}

#[test]
fn a_bulk_batch_stores_what_the_single_paths_would() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "bulk");
        let call = fixtures::call(db, &p, "Call");
        let apps = batch(&p, &call, 3);
        let sent: Vec<(Candidate, Profile)> = apps
            .rows
            .iter()
            .cloned()
            .zip(apps.profiles.iter().cloned())
            .collect();
        let draft_id = sent[0].0.id.clone();
        let full_id = sent[1].0.id.clone();
        db.write_blocking_at(&Origin::system(), at(), |tx| {
            db::bulk::candidates(tx, apps)?;
            tx.audit("generate.batch", "call", &call)
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        for (row, profile) in &sent {
            let stored: Candidate = cs::table
                .find(&row.id)
                .select(Candidate::as_select())
                .first(&mut *c)
                .unwrap();
            assert_eq!(format!("{stored:?}"), format!("{row:?}"), "every column");
            let back: Profile = cp::table
                .find(&row.id)
                .select(Profile::as_select())
                .first(&mut *c)
                .unwrap();
            assert_eq!(format!("{back:?}"), format!("{profile:?}"));
        }
        let ranks = |id: &str, c: &mut db::DbConn| {
            cp::table
                .find(id)
                .select((cp::french_rank, cp::english_rank))
                .first::<(i64, i64)>(c)
                .unwrap()
        };
        // fr=C1/B2/C1 is B2 (rank 4), en=A2/A2/A2 is A2 (rank 2); no levels, rank 0.
        assert_eq!(ranks(&full_id, &mut c), (4, 2));
        assert_eq!(ranks(&draft_id, &mut c), (0, 0));
        // And on the application's row, French × 10 + English (the list's indexes).
        let on_row = |id: &str, c: &mut db::DbConn| {
            db::schema::candidates::table
                .find(id)
                .select(db::schema::candidates::french_english_rank)
                .first::<i64>(c)
                .unwrap()
        };
        assert_eq!(on_row(&full_id, &mut c), 42);
        assert_eq!(on_row(&draft_id, &mut c), 0);
        let events: Vec<(String, Option<String>, NaiveDateTime)> = ev::table
            .filter(ev::candidate_id.eq(&full_id))
            .select((ev::kind, ev::to_status, ev::at))
            .load(&mut *c)
            .unwrap();
        assert_eq!(
            events,
            vec![("created".into(), Some("eligible".into()), at())]
        );
        let mut terms: Vec<String> = ct::table
            .filter(ct::candidate_id.eq(&full_id))
            .select(ct::term)
            .load(&mut *c)
            .unwrap();
        terms.sort();
        let mut expected = db::candidates::terms_of(&sent[1].0.search_text);
        expected.sort();
        assert!(expected.contains(&"حداد".to_owned()), "{expected:?}");
        assert_eq!(terms, expected);
        let mut esco: Vec<(String, String, String, String)> = ce::table
            .filter(ce::candidate_id.eq(&full_id))
            .select((ce::kind, ce::uri, ce::label, ce::label_lower))
            .load(&mut *c)
            .unwrap();
        esco.sort();
        let row = |k: &str, u: &str, l: &str| (k.into(), u.into(), l.into(), l.to_lowercase());
        assert_eq!(
            esco,
            vec![
                row("occupation", "http://o/1", "Électricien"),
                row("skill", "http://s/1", "Câblage"),
                row("skill", "http://s/2", "Sécurité"),
            ]
        );
        let all: i64 = ce::table.count().get_result(&mut *c).unwrap();
        assert_eq!(all, 9, "three concepts for each of three applications");
    });
}

#[test]
fn a_bulk_batch_breaking_a_constraint_writes_nothing() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "bulk");
        let call = fixtures::call(db, &p, "Call");
        let good = batch(&p, &call, 2);
        let id = good.rows[0].id.clone();
        db.write_blocking_at(&Origin::system(), at(), |tx| db::bulk::candidates(tx, good))
            .unwrap();
        // A score of an application for an assessor who does not exist.
        let score = NewScore {
            id: db::id::new_id(),
            candidate_id: id,
            criterion_id: "no-such-criterion".into(),
            assessor_id: "no-such-user".into(),
            score: 3,
            note: None,
            created_at: at(),
            updated_at: at(),
        };
        let missing_call = batch(&p, "no-such-call", 2);
        let failed = db.write_blocking_at(&Origin::system(), at(), |tx| {
            db::bulk::candidates(tx, missing_call)
        });
        assert!(failed.is_err(), "a row naming a missing call is refused");
        let failed = db.write_blocking_at(&Origin::system(), at(), |tx| {
            db::bulk::scores(tx, std::slice::from_ref(&score))
        });
        assert!(
            failed.is_err(),
            "a score naming a missing criterion is refused"
        );
        let mut c = db.conn().unwrap();
        let rows: i64 = cs::table.count().get_result(&mut *c).unwrap();
        let profiles: i64 = cp::table.count().get_result(&mut *c).unwrap();
        let scores: i64 = ss::table.count().get_result(&mut *c).unwrap();
        assert_eq!((rows, profiles, scores), (2, 2, 0));
    });
}

#[test]
fn the_bulk_setting_ends_with_its_transaction() {
    testkit::on_each_backend(|db: &Database| {
        if db.backend() != Backend::Postgres {
            return;
        }
        let p = fixtures::programme(db, "bulk");
        let call = fixtures::call(db, &p, "Call");
        let mode = |c: &mut db::DbConn| {
            #[derive(QueryableByName)]
            struct Mode {
                #[diesel(sql_type = diesel::sql_types::Text)]
                plan_cache_mode: String,
            }
            diesel::sql_query("SHOW plan_cache_mode")
                .get_result::<Mode>(c)
                .unwrap()
                .plan_cache_mode
        };
        let inside = db
            .write_blocking_at(&Origin::system(), at(), |tx| {
                db::bulk::candidates(tx, batch(&p, &call, 1))?;
                Ok::<_, db::DbError>(mode(tx.conn))
            })
            .unwrap();
        assert_eq!(inside, "auto");
        // Every pooled connection is back on the pool's setting.
        let held: Vec<_> = (0..2).map(|_| db.conn().unwrap()).collect();
        for mut c in held {
            assert_eq!(mode(&mut c), "force_custom_plan");
        }
    });
}
