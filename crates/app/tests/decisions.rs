//! The reversal of a published decision is the coordinator's alone, whatever route calls
//! the use case: those who screen (and may stage) are refused before anything is read, and
//! a reason is required; the refusals write nothing and queue no message.

#![expect(clippy::unwrap_used, reason = "test set-up fails loudly")]

use app::clock::FixedClock;
use app::{Acting, Error};
use chrono::{NaiveDate, NaiveDateTime};
use domain::candidate::Status;
use domain::ids::CandidateId;
use domain::permission::Scope;
use domain::{OrganisationKind, Role};
use testkit::{fixtures, on_each_backend};

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn only_the_coordinator_reverses_and_only_with_a_reason() {
    on_each_backend(|db| {
        let clock = FixedClock(NaiveDateTime::new(
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
            chrono::NaiveTime::MIN,
        ));
        let programme = fixtures::programme(db, "p-dec");
        let lead = fixtures::organisation(db, &programme, "Lead", OrganisationKind::LeadPartner);
        let agency = fixtures::organisation_in(
            db,
            &programme,
            "ANETI",
            OrganisationKind::OriginAgency,
            domain::Country::TN,
        );
        let coordinator = fixtures::user(db, "coord@example.it", &lead, Role::Coordinator);
        let officer = fixtures::user(db, "officer@aneti.example", &agency, Role::AgencyStaff);
        let call = fixtures::call(db, &programme, "Call");
        let id = CandidateId::new(fixtures::candidate(
            db,
            &call,
            "Trabelsi",
            "TN",
            Status::Shortlisted,
        ));
        let acting = |u: &str| Acting {
            actor: db::memberships::load_actor(&mut db.conn().unwrap(), u)
                .unwrap()
                .unwrap(),
            origin: db::Origin::user(u, "test"),
        };
        let reverse = |who: &Acting, reason: &str| {
            block_on(app::decisions::reverse(db, &clock, who, &id, reason))
        };
        let status = || {
            db::candidates::find(&mut db.conn().unwrap(), &Scope::All, "", id.as_str())
                .unwrap()
                .status
        };
        let mails = || {
            db::outbox::to_recipient(&mut db.conn().unwrap(), "trabelsi@example.org")
                .unwrap()
                .len()
        };

        // The officer reaches the application and may stage on others, not reverse.
        assert!(matches!(
            reverse(&acting(&officer), "Appeal upheld"),
            Err(Error::Forbidden)
        ));
        match reverse(&acting(&coordinator), " ") {
            Err(Error::Invalid(e)) => {
                assert_eq!((e.field, e.key), ("reason", "error-reason-required"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!((status(), mails()), (Status::Shortlisted, 0));

        reverse(&acting(&coordinator), "Appeal upheld").unwrap();
        assert_eq!((status(), mails()), (Status::Eligible, 1));
    });
}
