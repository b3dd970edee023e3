//! `mentor generate` on both databases: the counts asked for, no sign-in account for a
//! generated applicant, one audit entry per batch (none per row), the same records for the
//! same seed, and the lists the pages run still answering on the generated data.

use chrono::NaiveDate;
use db::Database;
use db::schema::{
    audit_log, candidate_esco, candidate_profiles, candidate_terms, candidates, case_steps, cases,
    follow_ups, organisations, outcomes, placements, programme_organisations, selection_scores,
    traineeships,
};
use diesel::prelude::*;
use domain::permission::Scope;
use testkit::on_each_backend;

use super::{Plan, Summary, run};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn plan(seed: u64) -> Plan {
    Plan {
        candidates: 200,
        companies: 20,
        placements: 30,
        seed,
        programme: None,
        batch: 64,
        writers: 2,
    }
}

macro_rules! count {
    ($db:expr, $q:expr $(,)?) => {
        $q.get_result::<i64>(&mut *$db.conn().unwrap()).unwrap()
    };
}

/// What a generated application is, ids and stamps apart.
type Fingerprint = (
    String,
    String,
    Option<String>,
    Option<NaiveDate>,
    String,
    String,
    String,
    i64,
);

fn fingerprints(db: &Database, call_id: &str) -> Vec<Fingerprint> {
    candidates::table
        .filter(candidates::call_id.eq(call_id))
        .select((
            candidates::family_name,
            candidates::given_names,
            candidates::family_name_ar,
            candidates::birth_date,
            candidates::sex,
            candidates::status,
            candidates::email,
            candidates::italian_rank,
        ))
        .order(candidates::email)
        .load(&mut *db.conn().unwrap())
        .unwrap()
}

#[test]
fn generates_the_counts_asked_without_accounts_in_one_audit_entry_per_batch() {
    on_each_backend(|db| {
        let s: Summary = run(db, &plan(7), today(), false).unwrap();
        assert_eq!((s.candidates, s.companies, s.placements), (200, 20, 30));
        assert_eq!(s.batches, 4, "200 applications in batches of 64");
        let call = s.call_id.as_str();
        let in_call = || candidates::table.filter(candidates::call_id.eq(call));
        assert_eq!(count!(db, in_call().count()), 200);
        assert_eq!(
            count!(
                db,
                in_call().filter(candidates::user_id.is_not_null()).count()
            ),
            0,
            "a generated applicant has no sign-in account"
        );
        assert_eq!(
            count!(
                db,
                in_call()
                    .filter(candidates::family_name_ar.is_null())
                    .count()
            ),
            0,
            "names in both scripts"
        );
        // Every status of the selection but the merge, and all ages from 18 to 35.
        let statuses: Vec<String> = in_call()
            .select(candidates::status)
            .distinct()
            .load(&mut *db.conn().unwrap())
            .unwrap();
        for st in [
            "draft",
            "submitted",
            "eligible",
            "ineligible",
            "shortlisted",
            "waiting_list",
            "rejected",
        ] {
            assert!(statuses.iter().any(|x| x == st), "{st} in {statuses:?}");
        }
        // The French and English levels the list filters on, stored with each profile:
        // English from none to C1, French from A1 to C2, every level present.
        let ranks: Vec<(i64, i64)> = candidate_profiles::table
            .inner_join(candidates::table)
            .filter(candidates::call_id.eq(call))
            .select((
                candidate_profiles::french_rank,
                candidate_profiles::english_rank,
            ))
            .load(&mut *db.conn().unwrap())
            .unwrap();
        assert_eq!(ranks.len(), 200);
        for rank in 0..=5 {
            assert!(ranks.iter().any(|r| r.1 == rank), "English rank {rank}");
            assert!(
                ranks.iter().any(|r| r.0 == rank + 1),
                "French rank {}",
                rank + 1
            );
        }
        let born: Vec<Option<NaiveDate>> = in_call()
            .select(candidates::birth_date)
            .load(&mut *db.conn().unwrap())
            .unwrap();
        for b in born {
            let age = today().years_since(b.unwrap()).unwrap();
            assert!((18..=35).contains(&age), "{age}");
        }
        let hosts = count!(
            db,
            organisations::table
                .inner_join(
                    programme_organisations::table
                        .on(programme_organisations::organisation_id.eq(organisations::id)),
                )
                .filter(programme_organisations::programme_id.eq(&s.programme_id))
                .filter(organisations::kind.eq("host_company"))
                .count(),
        );
        assert_eq!(hosts, 20);
        assert_eq!(
            count!(
                db,
                placements::table
                    .filter(placements::call_id.eq(call))
                    .count()
            ),
            30
        );
        let accepted = count!(
            db,
            placements::table
                .filter(placements::call_id.eq(call))
                .filter(placements::status.eq("accepted"))
                .count(),
        );
        let opened = count!(db, cases::table.filter(cases::call_id.eq(call)).count());
        assert_eq!(opened, accepted, "every accepted placement has its case");
        assert_eq!(usize::try_from(opened).unwrap(), s.cases);
        assert!(opened > 0);
        assert!(count!(db, case_steps::table.count()) >= opened);
        assert!(count!(db, traineeships::table.count()) <= opened);
        assert_eq!(
            usize::try_from(count!(db, outcomes::table.count())).unwrap(),
            s.outcomes
        );
        assert!(s.outcomes > 0, "seed 7 completes some cases");
        assert!(count!(db, follow_ups::table.count()) > 0);
        assert!(count!(db, selection_scores::table.count()) > 0);
        assert!(count!(db, candidate_esco::table.count()) >= 200 * 4);
        assert!(count!(db, candidate_terms::table.count()) >= 200 * 5);
        // One entry per batch, and none per application, company or case.
        let entries = |action: &str| {
            count!(
                db,
                audit_log::table
                    .filter(audit_log::action.eq(action.to_owned()))
                    .count(),
            )
        };
        assert_eq!(entries("generate.batch"), 4);
        assert_eq!(entries("generate.companies"), 1);
        for per_row in [
            "candidate.create",
            "company.create",
            "position.create",
            "case.open",
        ] {
            assert_eq!(entries(per_row), 0, "{per_row}");
        }
    });
}

#[test]
fn the_same_seed_gives_the_same_records_and_another_seed_others() {
    on_each_backend(|db| {
        let a = run(db, &plan(11), today(), false).unwrap();
        let b = run(db, &plan(11), today(), false).unwrap();
        let c = run(db, &plan(12), today(), false).unwrap();
        assert_ne!(a.call_id, b.call_id, "each run its own call");
        let (fa, fb, fc) = (
            fingerprints(db, &a.call_id),
            fingerprints(db, &b.call_id),
            fingerprints(db, &c.call_id),
        );
        assert_eq!(fa.len(), 200);
        assert_eq!(fa, fb);
        assert_ne!(fa, fc);
        let steps = |call: &str| -> Vec<(String, i64)> {
            cases::table
                .filter(cases::call_id.eq(call))
                .select((cases::step, cases::step_since))
                .load::<(String, NaiveDate)>(&mut *db.conn().unwrap())
                .unwrap()
                .into_iter()
                .map(|(s, d)| (s, (today() - d).num_days()))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect()
        };
        assert_eq!(steps(&a.call_id), steps(&b.call_id));
    });
}

#[test]
fn the_pages_lists_answer_on_generated_data() {
    on_each_backend(|db| {
        let s = run(db, &plan(3), today(), false).unwrap();
        let mut conn = db.conn().unwrap();
        let f = db::candidates::ListFilter {
            call_id: Some(s.call_id.clone()),
            per_page: 25,
            ..Default::default()
        };
        let (page, total) = db::candidates::list(&mut conn, &Scope::All, "", &f).unwrap();
        assert_eq!((page.len(), total), (25, 200));
        // Found by a name typed in Arabic script, and by the Italian level.
        let first = &page[0];
        let by_name = db::candidates::ListFilter {
            q: first.family_name_ar.clone().unwrap(),
            ..f.clone()
        };
        let (found, _) = db::candidates::list(&mut conn, &Scope::All, "", &by_name).unwrap();
        assert!(found.iter().any(|c| c.id == first.id));
        let b1 = db::candidates::ListFilter {
            min_italian: Some(3),
            ..f.clone()
        };
        let (_, at_b1) = db::candidates::list(&mut conn, &Scope::All, "", &b1).unwrap();
        assert!(at_b1 > 0 && at_b1 < 200, "{at_b1}");
        let (rows, cases_total) = db::cases::list(
            &mut conn,
            &Scope::All,
            "",
            &db::cases::CaseFilter {
                closed: true,
                today: Some(today()),
                ..Default::default()
            },
            0,
            50,
        )
        .unwrap();
        assert_eq!(usize::try_from(cases_total).unwrap(), s.cases);
        assert_eq!(rows.len(), s.cases.min(50));
        let companies =
            db::companies::list(&mut conn, &Scope::All, &db::companies::Filter::default()).unwrap();
        assert_eq!(companies.len(), 20);
    });
}

#[test]
fn more_placements_than_applications_is_refused_before_any_write() {
    let t = testkit::TestDb::sqlite();
    let err = run(
        t.db(),
        &Plan {
            placements: 300,
            ..plan(1)
        },
        today(),
        false,
    )
    .unwrap_err();
    assert!(err.to_string().contains("--placements"), "{err}");
    let n: i64 = db::schema::programmes::table
        .count()
        .get_result(&mut *t.db().conn().unwrap())
        .unwrap();
    assert_eq!(n, 0);
}
