//! A candidate's own ranking of positions: only a shortlisted application of theirs may
//! rank, only the open positions of its programme, each rank once. (The company side is
//! covered through its page by the HTTP tests.)

#![expect(clippy::unwrap_used, reason = "test set-up fails loudly")]

use app::clock::FixedClock;
use app::{Acting, Error};
use chrono::{NaiveDate, NaiveDateTime};
use domain::candidate::Status;
use domain::ids::CandidateId;
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
fn a_candidate_ranks_only_open_positions_of_their_own_shortlisted_application() {
    on_each_backend(|db| {
        let clock = FixedClock(NaiveDateTime::new(
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
            chrono::NaiveTime::MIN,
        ));
        let programme = fixtures::programme(db, "p-rank");
        let lead = fixtures::organisation(db, &programme, "Lead", OrganisationKind::LeadPartner);
        let call = fixtures::call(db, &programme, "Ranking call");
        let user = fixtures::user(db, "amina@example.tn", &lead, Role::Participant);
        let other = fixtures::user(db, "youssef@example.tn", &lead, Role::Participant);
        let of = |u: &str, status, name| {
            CandidateId::new(fixtures::candidate_of(
                db,
                &call,
                name,
                "TN",
                status,
                Some(u),
            ))
        };
        // One application per account and call: the second person's is only submitted.
        let shortlisted = of(&user, Status::Shortlisted, "Ben Salah");
        let submitted = of(&other, Status::Submitted, "Trabelsi");
        let acting = |u: &str| Acting {
            actor: db::memberships::load_actor(&mut db.conn().unwrap(), u)
                .unwrap()
                .unwrap(),
            origin: db::Origin::user(u, "test"),
        };
        let rank = |who: &Acting, c: &CandidateId, ranked: Vec<(String, i32)>| {
            block_on(app::rankings::rank_positions(db, &clock, who, c, ranked))
        };
        let me = acting(&user);

        // A position it may not rank is an unknown reference (issue 10, defect 9).
        assert!(matches!(
            rank(&me, &shortlisted, vec![("no-such-position".into(), 1)]),
            Err(Error::Invalid(domain::Invalid {
                field: "rank",
                key: "error-reference-unknown"
            }))
        ));
        assert!(
            matches!(
                rank(&acting(&other), &submitted, vec![]),
                Err(Error::NotFound)
            ),
            "not shortlisted"
        );
        assert!(
            matches!(
                rank(&acting(&other), &shortlisted, vec![]),
                Err(Error::NotFound)
            ),
            "not theirs"
        );
        let repeated = rank(&me, &shortlisted, vec![("a".into(), 1), ("b".into(), 1)]);
        assert!(
            matches!(repeated, Err(Error::Invalid(ref i)) if i.key == "error-ranking-repeated"),
            "{repeated:?}"
        );
        assert!(rank(&me, &shortlisted, vec![]).is_ok());
    });
}
