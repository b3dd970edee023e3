//! Use cases called directly, as the command line and the demo do, with a fixed clock:
//! the clock decides what "today" is for the rules, and stamps what is written.

#![expect(clippy::unwrap_used, reason = "test set-up fails loudly")]

use app::applications::{self, Applied};
use app::clock::FixedClock;
use app::{Acting, Error};
use chrono::{NaiveDate, NaiveDateTime};
use domain::ids::CallId;
use domain::{Conflict, OrganisationKind, Role};
use testkit::{fixtures, on_each_backend};

fn at(y: i32, m: u32, d: u32) -> FixedClock {
    let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    FixedClock(NaiveDateTime::new(day, chrono::NaiveTime::MIN))
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn applying_follows_the_calls_dates_on_the_clock_and_is_stamped_with_it() {
    on_each_backend(|db| {
        let programme = fixtures::programme(db, "p-clock");
        let lead = fixtures::organisation(db, &programme, "Lead", OrganisationKind::LeadPartner);
        // The fixture's call is open from 2022-01-10 to five years from now.
        let call = CallId::new(fixtures::call(db, &programme, "Clock call"));
        let user = fixtures::user(db, "amina@example.tn", &lead, Role::Participant);
        let who = Acting {
            actor: db::memberships::load_actor(&mut db.conn().unwrap(), &user)
                .unwrap()
                .unwrap(),
            origin: db::Origin::user(&user, "test"),
        };
        let apply = |clock: FixedClock| {
            block_on(applications::apply(
                db,
                &clock,
                &who,
                "amina@example.tn",
                &call,
            ))
        };

        for closed in [at(2022, 1, 9), at(2100, 1, 1)] {
            assert!(
                matches!(apply(closed), Err(Error::Conflict(Conflict::CallClosed))),
                "closed on {:?}",
                closed.0
            );
        }
        let Ok(Applied::Started(id)) = apply(at(2023, 5, 4)) else {
            panic!("open on 2023-05-04");
        };
        let again = apply(at(2023, 5, 5));
        assert!(
            matches!(again, Ok(Applied::Existing(ref x)) if *x == id),
            "{again:?}"
        );

        let mine = db::candidates::of_user(&mut db.conn().unwrap(), &user).unwrap();
        assert_eq!(mine.len(), 1, "one application per account and call");
        assert_eq!(mine[0].created_at, at(2023, 5, 4).0, "stamped by the clock");
    });
}
