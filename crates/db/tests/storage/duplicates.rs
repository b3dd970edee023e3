//! Duplicates and documents in storage: flags raised once per pair and never blocking,
//! dismissed pairs left alone, a merge that moves documents and timeline and hides the
//! merged record, and flags out of reach answered as missing.

use db::Origin;
use db::candidates::ListFilter;
use db::documents::Document;
use db::duplicates::MergeChoices;
use domain::candidate::Status;
use domain::duplicate::{FlagStatus, Reason};
use domain::permission::Scope;
use domain::{Country, OrganisationKind};
use testkit::fixtures;

fn write<T>(db: &db::Database, f: impl FnOnce(&mut db::Tx<'_>) -> db::DbResult<T>) -> T {
    db.write_blocking(&Origin::system(), f)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn listed(db: &db::Database) -> Vec<String> {
    let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
    let f = ListFilter {
        per_page: 50,
        ..Default::default()
    };
    db::candidates::list(&mut conn, &Scope::All, "", &f)
        .unwrap_or_else(|e| panic!("{e}"))
        .0
        .into_iter()
        .map(|c| c.id)
        .collect()
}

fn document(candidate_id: &str, kind: &str) -> Document {
    Document {
        id: db::id::new_id(),
        candidate_id: candidate_id.to_owned(),
        kind: kind.to_owned(),
        issued_on: None,
        expires_on: None,
        size_bytes: 10,
        sha256: "00".repeat(32),
        content_type: "application/pdf".to_owned(),
        original_name: "cv.pdf".to_owned(),
        stored_name: db::id::new_id(),
        uploaded_by: "system".to_owned(),
        uploaded_at: chrono::Utc::now().naive_utc(),
    }
}

#[test]
fn pairs_are_flagged_once_dismissed_for_good_and_merged_with_their_documents() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let p2 = fixtures::programme(db, "p2");
        let call = fixtures::call(db, &p1, "Call 1");
        let other_call = fixtures::call(db, &p2, "Call 2");
        // The fixtures share one family phone number.
        let a = fixtures::candidate(db, &call, "Ben Salah", "TN", Status::Submitted);
        let b = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Eligible);
        fixtures::candidate(db, &other_call, "Jaziri", "TN", Status::Submitted);
        fixtures::candidate(db, &call, "Draft", "TN", Status::Draft);

        assert_eq!(
            write(db, |tx| db::duplicates::flag_for(tx, &a)),
            1,
            "one pair, same programme, sent only"
        );
        assert_eq!(
            write(db, |tx| db::duplicates::flag_for(tx, &b)),
            0,
            "the pair is flagged once"
        );
        let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
        let pairs = db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 100)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pairs.len(), 1);
        assert!(pairs[0].flag.reasons().contains(&Reason::Phone));
        let ab = pairs[0].flag.id.clone();
        // Both records are still listed: a flag never blocks.
        assert!(listed(db).contains(&a) && listed(db).contains(&b));

        // Out of reach: a Moroccan agency neither lists nor finds the Tunisian pair.
        let anapec = fixtures::organisation_in(
            db,
            &p1,
            "ANAPEC",
            OrganisationKind::OriginAgency,
            Country::MA,
        );
        let morocco = Scope::Residence(vec![anapec]);
        assert!(
            db::duplicates::open_in_scope(&mut conn, &morocco, "", 100)
                .unwrap_or_default()
                .is_empty()
        );
        assert!(matches!(
            db::duplicates::find(&mut conn, &morocco, "", &ab),
            Err(db::DbError::NotFound)
        ));

        write(db, |tx| db::duplicates::dismiss(tx, &Scope::All, "", &ab));
        assert!(matches!(
            db.write_blocking(&Origin::system(), |tx| db::duplicates::dismiss(
                tx,
                &Scope::All,
                "",
                &ab
            )),
            Err(db::DbError::Conflict("duplicates.decided"))
        ));
        assert_eq!(
            write(db, |tx| db::duplicates::flag_for(tx, &a)),
            0,
            "a dismissed pair is not raised again"
        );

        // A third application: flagged against both, then merged into the first.
        let d = fixtures::candidate(db, &call, "Ben Salah Bis", "TN", Status::Submitted);
        assert_eq!(write(db, |tx| db::duplicates::flag_for(tx, &d)), 2);
        let doc = document(&d, "cv");
        write(db, |tx| db::documents::add(tx, &Scope::All, "", &doc));
        let ad = db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 100)
            .unwrap_or_default()
            .into_iter()
            .find(|p| [&p.a.id, &p.b.id].contains(&&a) && [&p.a.id, &p.b.id].contains(&&d))
            .map(|p| p.flag.id)
            .unwrap_or_default();
        let take = vec!["email".to_owned()];
        write(db, |tx| {
            db::duplicates::merge(
                tx,
                &Scope::All,
                Some(&Scope::All),
                "",
                &ad,
                &MergeChoices {
                    keep: &a,
                    take_from_other: &take,
                },
                &testkit::field_keys(),
            )
        });
        let kept =
            db::candidates::find(&mut conn, &Scope::All, "", &a).unwrap_or_else(|e| panic!("{e}"));
        let gone =
            db::candidates::find(&mut conn, &Scope::All, "", &d).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            kept.email, "ben.salah.bis@example.org",
            "the chosen value is kept"
        );
        assert_eq!(kept.family_name, "Ben Salah", "other values stay");
        assert_eq!(
            gone.status(),
            Status::Merged,
            "the row stays, marked merged"
        );
        assert!(!listed(db).contains(&d), "merged records leave the lists");
        let docs = db::documents::of_candidate(&mut conn, &kept).unwrap_or_default();
        assert_eq!(docs.len(), 1, "the documents follow the kept record");
        let events: Vec<String> = db::candidates::events(&mut conn, &kept)
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert!(events.contains(&"merged_from".to_owned()), "{events:?}");
        assert!(
            events.contains(&"document_added".to_owned()),
            "the timeline moves too"
        );
        let gone_events: Vec<String> = db::candidates::events(&mut conn, &gone)
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(gone_events, vec!["merged_into".to_owned()]);
        let pair =
            db::duplicates::find(&mut conn, &Scope::All, "", &ad).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pair.flag.status(), FlagStatus::Merged);
        assert_eq!(pair.flag.kept_id.as_deref(), Some(a.as_str()));
        // The merged record's other flag (with Trabelsi) is settled by the merge.
        assert!(
            db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 100)
                .unwrap_or_default()
                .is_empty()
        );
        // A merged record takes no more documents.
        assert!(matches!(
            db.write_blocking(&Origin::system(), |tx| db::documents::add(
                tx,
                &Scope::All,
                "",
                &document(&d, "cv")
            )),
            Err(db::DbError::Conflict("candidates.merged"))
        ));
    });
}
