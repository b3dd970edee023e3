//! Duplicates and documents in storage: flags raised once per pair and never blocking,
//! dismissed pairs left alone, a merge that moves documents and timeline and hides the
//! merged record, and flags out of reach answered as missing.

use db::Origin;
use db::candidates::ListFilter;
use db::documents::Document;
use db::duplicates::MergeChoices;
use domain::candidate::Status;
use domain::document::Kind;
use domain::duplicate::{FlagStatus, Reason};
use domain::permission::Scope;
use domain::{Country, OrganisationKind};
use testkit::fixtures;

fn write<T>(db: &db::Database, f: impl FnOnce(&mut db::Tx<'_>) -> db::DbResult<T>) -> T {
    db.write_blocking(&Origin::system(), f).unwrap()
}

fn listed(db: &db::Database) -> Vec<String> {
    let mut conn = db.conn().unwrap();
    let f = ListFilter {
        per_page: 50,
        ..Default::default()
    };
    db::candidates::list(&mut conn, &Scope::All, "", &f)
        .unwrap()
        .0
        .into_iter()
        .map(|c| c.id)
        .collect()
}

fn document(candidate_id: &str, kind: Kind) -> Document {
    Document {
        id: db::id::new_id(),
        candidate_id: candidate_id.to_owned(),
        kind,
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
        let mut conn = db.conn().unwrap();
        let pairs = db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 100).unwrap();
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
            Err(db::DbError::Conflict(domain::Conflict::DuplicateDecided))
        ));
        assert_eq!(
            write(db, |tx| db::duplicates::flag_for(tx, &a)),
            0,
            "a dismissed pair is not raised again"
        );

        // A third application: flagged against both, then merged into the first.
        let d = fixtures::candidate(db, &call, "Ben Salah Bis", "TN", Status::Submitted);
        assert_eq!(write(db, |tx| db::duplicates::flag_for(tx, &d)), 2);
        let doc = document(&d, Kind::Cv);
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
        let kept = db::candidates::find(&mut conn, &Scope::All, "", &a).unwrap();
        let gone = db::candidates::find(&mut conn, &Scope::All, "", &d).unwrap();
        assert_eq!(
            kept.email, "ben.salah.bis@example.org",
            "the chosen value is kept"
        );
        assert_eq!(kept.family_name, "Ben Salah", "other values stay");
        assert_eq!(gone.status, Status::Merged, "the row stays, marked merged");
        assert!(!listed(db).contains(&d), "merged records leave the lists");
        // The list's search finds the kept record by the e-mail it took over.
        let search = ListFilter {
            q: "ben.salah.bis".into(),
            per_page: 50,
            ..Default::default()
        };
        let found: Vec<String> = db::candidates::list(&mut conn, &Scope::All, "", &search)
            .unwrap()
            .0
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(
            found,
            std::slice::from_ref(&a),
            "search words follow a merge"
        );
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
        let pair = db::duplicates::find(&mut conn, &Scope::All, "", &ad).unwrap();
        assert_eq!(pair.flag.status, FlagStatus::Merged);
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
                &document(&d, Kind::Cv)
            )),
            Err(db::DbError::Conflict(domain::Conflict::CandidateMerged))
        ));
    });
}

fn entered(
    db: &db::Database,
    call_id: &str,
    email: &str,
    passport: Option<&str>,
    keys: &domain::fieldcrypt::Keyring,
) -> String {
    use domain::candidate::{EducationFields, IdentityFields, PreferenceFields};
    use domain::fieldcrypt::{Place, normalise_document_number};
    let today = chrono::Utc::now().date_naive();
    let identity = IdentityFields {
        family_name: "El Idrissi".into(),
        given_names: "Hajar".into(),
        birth_date: "1998-07-21".into(),
        sex: "f".into(),
        nationality: "MA".into(),
        residence_country: "MA".into(),
        passport_number: passport.unwrap_or("").into(),
        email: email.into(),
        phone: "+212661204518".into(),
        ..Default::default()
    }
    .parse(today)
    .unwrap();
    let education = EducationFields {
        isced_level: "6".into(),
        field_of_study: "Logistique".into(),
        qualification_title: "Licence".into(),
        qualification_date: "2025-06-30".into(),
        it_understanding: "A2".into(),
        it_speaking: "A2".into(),
        it_writing: "A2".into(),
        ..Default::default()
    }
    .parse(today)
    .unwrap();
    let preferences = PreferenceFields::default().parse().unwrap();
    let id = db::id::new_id();
    let sealed = identity
        .passport_number
        .as_ref()
        .map(|n| db::candidates::SealedPassport {
            sealed: keys.seal(
                &Place {
                    table: "candidates",
                    column: "passport",
                    row: &id,
                },
                [7; 24],
                n,
            ),
            index: keys.blind_index("passport", &normalise_document_number(n)),
        });
    let mut conn = db.conn().unwrap();
    let call = db::calls::find_published(&mut conn, call_id).unwrap();
    let (row, profile) = db::candidates::new_submitted(
        &id,
        &call,
        &identity,
        sealed,
        &education,
        &preferences,
        chrono::Utc::now().naive_utc(),
    );
    write(db, |tx| {
        db::candidates::create_submitted(tx, &Scope::All, "", &call, row, profile, today)
    })
}

#[test]
fn a_passport_taken_from_the_merged_record_is_sealed_again_for_the_kept_one() {
    testkit::on_each_backend(|db| {
        let keys = testkit::field_keys();
        let p1 = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p1, "Call 1");
        let first = entered(db, &call, "hajar.elidrissi@example.ma", None, &keys);
        // Entering the second flags the pair at once (name and birth date, phone).
        let second = entered(
            db,
            &call,
            "h.idrissi98@example.com",
            Some("UF 441 0273"),
            &keys,
        );
        let mut conn = db.conn().unwrap();
        let pairs =
            db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 10).unwrap_or_default();
        assert_eq!(pairs.len(), 1);
        let reasons = pairs[0].flag.reasons();
        assert!(reasons.contains(&Reason::NameAndBirthDate) && reasons.contains(&Reason::Phone));
        let take = vec!["passport".to_owned()];
        write(db, |tx| {
            db::duplicates::merge(
                tx,
                &Scope::All,
                Some(&Scope::All),
                "",
                &pairs[0].flag.id,
                &MergeChoices {
                    keep: &first,
                    take_from_other: &take,
                },
                &keys,
            )
        });
        let sealed = write(db, |tx| {
            db::candidates::read_passport(tx, &Scope::All, "", &first)
        })
        .unwrap_or_default();
        let opened = keys.open(
            &domain::fieldcrypt::Place {
                table: "candidates",
                column: "passport",
                row: &first,
            },
            &sealed,
        );
        assert_eq!(opened.as_deref(), Ok("UF4410273"));
        let kept = db::candidates::find(&mut conn, &Scope::All, "", &first).unwrap();
        let gone = db::candidates::find(&mut conn, &Scope::All, "", &second).unwrap();
        assert_eq!(
            kept.passport_index, gone.passport_index,
            "the blind index follows"
        );
        // Reading the merged record's number was audited.
        let actions: Vec<String> = db::audit::recent(&mut conn, 20, None)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.action)
            .collect();
        assert!(
            actions
                .iter()
                .filter(|a| *a == "candidate.passport.read")
                .count()
                >= 2
        );
    });
}

#[test]
fn a_placed_record_is_never_merged_away() {
    testkit::on_each_backend(|db| {
        use domain::position::{PositionFields, PositionStatus};
        let keys = testkit::field_keys();
        let p1 = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p1, "Call 1");
        let company = fixtures::organisation(
            db,
            &p1,
            "Company A Srl",
            domain::OrganisationKind::HostCompany,
        );
        let first = entered(db, &call, "hajar.elidrissi@example.ma", None, &keys);
        let second = entered(db, &call, "h.idrissi98@example.com", None, &keys);
        let draft = PositionFields {
            title: "Developer".into(),
            occupation: "software developer".into(),
            min_italian: "A2".into(),
            education_level: "4".into(),
            city: "Milano".into(),
            starts_on: "2027-03-01".into(),
            duration_months: "6".into(),
            hours_per_week: "30".into(),
            allowance: "600".into(),
            tutor_name: "Luca".into(),
            places: "1".into(),
            ..Default::default()
        }
        .parse(chrono::Utc::now().date_naive())
        .unwrap();
        write(db, |tx| {
            let position = db::positions::create(tx, &p1, &company, &draft)?;
            db::positions::set_status(tx, &position, PositionStatus::Open, "")?;
            db::matching::propose(
                tx,
                &call,
                &db::matching::Proposal {
                    candidate_id: second.clone(),
                    position_id: position,
                    company_id: company.clone(),
                    score: 10,
                },
            )
        });
        let mut conn = db.conn().unwrap();
        let pair = db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 10)
            .unwrap_or_default()
            .into_iter()
            .next()
            .expect("flagged");
        let merge = |keep: &str| {
            let none: Vec<String> = Vec::new();
            db.write_blocking(&Origin::system(), |tx| {
                db::duplicates::merge(
                    tx,
                    &Scope::All,
                    Some(&Scope::All),
                    "",
                    &pair.flag.id,
                    &MergeChoices {
                        keep,
                        take_from_other: &none,
                    },
                    &keys,
                )
            })
        };
        assert!(matches!(
            merge(&first),
            Err(db::DbError::Conflict(domain::Conflict::DuplicatePlaced))
        ));
        // Keeping the placed record is fine.
        merge(&second).unwrap();
    });
}

#[test]
fn an_application_holds_at_most_twenty_documents_and_sixty_megabytes() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p1, "Call 1");
        let keys = testkit::field_keys();
        let c = entered(db, &call, "quota@example.ma", None, &keys);
        let add = |doc: &Document| {
            db.write_blocking(&Origin::system(), |tx| {
                db::documents::add(tx, &Scope::All, "", doc)
            })
        };
        let mut big = document(&c, Kind::Cv);
        big.size_bytes = domain::document::MAX_BYTES_PER_CANDIDATE - 5;
        add(&big).unwrap();
        assert!(matches!(
            add(&document(&c, Kind::Diploma)),
            Err(db::DbError::Conflict(domain::Conflict::DocumentsQuota))
        ));
        let other = entered(db, &call, "quota2@example.ma", None, &keys);
        for _ in 0..domain::document::MAX_DOCUMENTS_PER_CANDIDATE {
            add(&document(&other, Kind::Other)).unwrap();
        }
        assert!(matches!(
            add(&document(&other, Kind::Other)),
            Err(db::DbError::Conflict(domain::Conflict::DocumentsQuota))
        ));
    });
}
