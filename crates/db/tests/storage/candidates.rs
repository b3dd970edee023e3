//! Applications: who reaches which, the steps of the form, screening, and the audit of
//! sensitive reads.

use db::Origin;
use db::candidates::{ListFilter, Sort};
use domain::candidate::Status;
use domain::permission::{Permission, Scope};
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

fn names(db: &db::Database, scope: &Scope, actor: &str) -> Vec<String> {
    let mut conn = db.conn().unwrap();
    let f = ListFilter {
        per_page: 50,
        ..Default::default()
    };
    db::candidates::list(&mut conn, scope, actor, &f)
        .unwrap()
        .0
        .into_iter()
        .map(|c| c.family_name)
        .collect()
}

#[test]
fn agencies_reach_the_candidates_of_their_country_in_their_programmes() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let p2 = fixtures::programme(db, "p2");
        let aneti = fixtures::organisation_in(
            db,
            &p1,
            "ANETI",
            OrganisationKind::OriginAgency,
            Country::TN,
        );
        let c1 = fixtures::call(db, &p1, "Call 1");
        let c2 = fixtures::call(db, &p2, "Call 2");
        fixtures::candidate(db, &c1, "Trabelsi", "TN", Status::Submitted);
        fixtures::candidate(db, &c1, "Alaoui", "MA", Status::Submitted);
        fixtures::candidate(db, &c2, "Jaziri", "TN", Status::Submitted);
        let officer = fixtures::user(db, "officer@aneti.tn", &aneti, Role::AgencyStaff);
        let mut conn = db.conn().unwrap();
        let actor = db::memberships::load_actor(&mut conn, &officer)
            .ok()
            .flatten()
            .expect("actor");
        let scope = actor
            .scope(Permission::ViewCandidates)
            .unwrap_or(Scope::OwnAccount);
        assert_eq!(names(db, &scope, &officer), vec!["Trabelsi".to_owned()]);
        assert_eq!(names(db, &Scope::All, "").len(), 3);
        assert_eq!(
            names(db, &Scope::Programmes(vec![p2.clone()]), ""),
            vec!["Jaziri".to_owned()]
        );
        assert!(names(db, &Scope::OwnAccount, &officer).is_empty());
        assert!(names(db, &Scope::Organisations(vec![aneti.clone()]), "").is_empty());
    });
}

#[test]
fn the_list_searches_both_scripts_filters_sorts_and_pages() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        for (name, country) in [("Zribi", "TN"), ("Amrani", "MA"), ("Mansouri", "TN")] {
            fixtures::candidate(db, &call, name, country, Status::Submitted);
        }
        fixtures::candidate(db, &call, "Bennani", "MA", Status::Shortlisted);
        let mut conn = db.conn().unwrap();
        let run = |conn: &mut db::DbConn, f: ListFilter| {
            let (rows, total) = db::candidates::list(conn, &Scope::All, "", &f).unwrap();
            (
                rows.into_iter().map(|c| c.family_name).collect::<Vec<_>>(),
                total,
            )
        };
        let page = |p| ListFilter {
            per_page: 2,
            page: p,
            sort: Sort::Name,
            ..Default::default()
        };
        assert_eq!(
            run(&mut conn, page(1)),
            (vec!["Amrani".into(), "Bennani".into()], 4)
        );
        assert_eq!(
            run(&mut conn, page(2)),
            (vec!["Mansouri".into(), "Zribi".into()], 4)
        );
        let f = ListFilter {
            q: "zRIB".into(),
            per_page: 10,
            ..Default::default()
        };
        assert_eq!(run(&mut conn, f).0, vec!["Zribi".to_owned()]);
        let f = ListFilter {
            q: "اختبار".into(),
            per_page: 10,
            ..Default::default()
        };
        assert_eq!(run(&mut conn, f).1, 4);
        let f = ListFilter {
            residence_country: Some("MA".into()),
            status: Some("shortlisted".into()),
            per_page: 10,
            ..Default::default()
        };
        assert_eq!(run(&mut conn, f).0, vec!["Bennani".to_owned()]);
        let f = ListFilter {
            min_italian: Some(4),
            per_page: 10,
            ..Default::default()
        };
        assert_eq!(run(&mut conn, f).1, 0);
    });
}

#[test]
fn status_changes_follow_the_rules_and_land_on_the_timeline() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let id = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Submitted);
        let change = |to: Status, reason: &str| {
            db.write_blocking(&Origin::system(), |tx| {
                db::candidates::set_status(tx, &Scope::All, "", &id, to, reason)
            })
            .unwrap()
        };
        assert!(
            change(Status::Shortlisted, "").is_err(),
            "must be eligible first"
        );
        assert!(change(Status::Eligible, "").is_ok());
        assert_eq!(
            change(Status::Ineligible, "").map_err(|e| e.key),
            Err("error-reason-required")
        );
        // A selection decision is staged and published, never set directly.
        assert_eq!(
            change(Status::Shortlisted, "").map_err(|e| e.key),
            Err("decisions-error-stage-instead")
        );
        assert!(change(Status::Ineligible, "Not resident").is_ok());
        let mut conn = db.conn().unwrap();
        let c = db::candidates::find(&mut conn, &Scope::All, "", &id).unwrap();
        assert_eq!(c.status, Status::Ineligible);
        let events = db::candidates::events(&mut conn, &c).unwrap_or_default();
        let kinds: Vec<(String, Option<String>)> =
            events.into_iter().map(|e| (e.kind, e.to_status)).collect();
        assert_eq!(
            kinds,
            vec![
                ("created".into(), Some("submitted".into())),
                ("status".into(), Some("eligible".into())),
                ("status".into(), Some("ineligible".into())),
            ]
        );
        // Only the two successful changes were audited.
        let statuses = db::audit::recent(&mut conn, 50, None)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.action == "candidate.status")
            .count();
        assert_eq!(statuses, 2);
    });
}

#[test]
fn reading_a_passport_is_audited_and_out_of_scope_is_not_found() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let id = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Submitted);
        let r = db.write_blocking(&Origin::system(), |tx| {
            db::candidates::read_passport(tx, &Scope::Programmes(vec!["other".into()]), "", &id)
        });
        assert!(matches!(r, Err(db::DbError::NotFound)));
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::read_passport(tx, &Scope::All, "", &id)
        })
        .unwrap();
        let mut conn = db.conn().unwrap();
        let last = db::audit::recent(&mut conn, 1, None).unwrap_or_default();
        assert_eq!(
            last.first()
                .map(|r| (r.action.as_str(), r.object_id.as_str())),
            Some(("candidate.passport.read", id.as_str()))
        );
    });
}

#[test]
fn a_search_of_several_words_finds_the_applications_with_every_one_of_them() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        for name in ["Ben Salah", "Ben Ali", "Salhi", "Bensaid Saleh"] {
            fixtures::candidate(db, &call, name, "TN", Status::Submitted);
        }
        let mut conn = db.conn().unwrap();
        let mut found = |q: &str| {
            let f = ListFilter {
                q: q.into(),
                per_page: 10,
                ..Default::default()
            };
            let (rows, total) = db::candidates::list(&mut conn, &Scope::All, "", &f).unwrap();
            let mut names: Vec<String> = rows.into_iter().map(|c| c.family_name).collect();
            names.sort();
            assert_eq!(total, names.len() as i64, "{q}");
            names
        };
        let both = vec!["Ben Salah".to_owned(), "Bensaid Saleh".to_owned()];
        assert_eq!(found("ben sal"), both);
        assert_eq!(found("SAL ben"), both, "in any order");
        assert_eq!(found("ben sal test"), both, "a third word");
        assert_eq!(found("ben ali"), vec!["Ben Ali".to_owned()]);
        assert_eq!(found("ben sal ali"), Vec::<String>::new());
        assert_eq!(found("ben zzz"), Vec::<String>::new());
    });
}
