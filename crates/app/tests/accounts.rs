//! Roles given and taken away through `app::accounts`, called directly with a fixed clock:
//! the grant rules and the rule that only administrators take roles from administrators.

#![expect(clippy::unwrap_used, reason = "test set-up fails loudly")]

use app::accounts;
use app::clock::FixedClock;
use app::{Acting, Error};
use chrono::NaiveDateTime;
use domain::ids::{OrganisationId, UserId};
use domain::{OrganisationKind, Role};
use testkit::{fixtures, on_each_backend};

fn clock() -> FixedClock {
    FixedClock(NaiveDateTime::parse_from_str("2024-03-01 09:00:00", "%F %T").unwrap())
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

fn acting(db: &db::Database, user: &str) -> Acting {
    Acting {
        actor: db::memberships::load_actor(&mut db.conn().unwrap(), user)
            .unwrap()
            .unwrap(),
        origin: db::Origin::user(user, "test"),
    }
}

fn roles_of(db: &db::Database, user: &str) -> Vec<(String, Role)> {
    db::memberships::of_user(&mut db.conn().unwrap(), user)
        .unwrap()
        .into_iter()
        .map(|m| (m.id, m.role))
        .collect()
}

#[test]
fn a_coordinator_grants_within_reach_and_cannot_take_a_role_from_an_administrator() {
    on_each_backend(|db| {
        let programme = fixtures::programme(db, "p-roles");
        let lead = fixtures::organisation(db, &programme, "Lead", OrganisationKind::LeadPartner);
        let coordinator = fixtures::user(db, "coord@example.it", &lead, Role::Coordinator);
        let admin = fixtures::user(db, "admin@example.it", &lead, Role::Admin);
        let participant = fixtures::user(db, "amina@example.tn", &lead, Role::Participant);
        let (by_coordinator, by_admin) = (acting(db, &coordinator), acting(db, &admin));
        let lead_id = OrganisationId::new(lead.clone());

        // Only administrators make administrators; a role must fit the organisation.
        let grant = |who: &Acting, role| {
            block_on(accounts::add_membership(
                db,
                &clock(),
                who,
                &UserId::new(participant.clone()),
                &lead_id,
                role,
            ))
        };
        assert!(
            matches!(grant(&by_coordinator, Role::Admin), Err(Error::Invalid(i)) if i.key == "error-invalid-role")
        );
        assert!(
            matches!(grant(&by_coordinator, Role::Company), Err(Error::Invalid(i)) if i.key == "error-role-not-for-organisation")
        );
        grant(&by_coordinator, Role::Evaluator).unwrap();
        assert_eq!(roles_of(db, &participant).len(), 2);

        let remove = |who: &Acting, target: &str, membership: &str| {
            block_on(accounts::remove_membership(
                db,
                &clock(),
                who,
                &UserId::new(target),
                membership,
            ))
        };
        let (admins, _) = roles_of(db, &admin).into_iter().next().unwrap();
        assert!(
            matches!(
                remove(&by_coordinator, &admin, &admins),
                Err(Error::NotFound)
            ),
            "an administrator's role is beyond a coordinator"
        );
        assert_eq!(roles_of(db, &admin).len(), 1, "nothing was taken away");

        // A membership of another account cannot be removed through this one.
        let (evaluator, _) = roles_of(db, &participant)
            .into_iter()
            .find(|(_, r)| *r == Role::Evaluator)
            .unwrap();
        assert!(matches!(
            remove(&by_admin, &coordinator, &evaluator),
            Err(Error::NotFound)
        ));
        remove(&by_coordinator, &participant, &evaluator).unwrap();
        assert_eq!(roles_of(db, &participant).len(), 1);

        remove(&by_admin, &admin, &admins).unwrap();
        assert!(roles_of(db, &admin).is_empty(), "administrators may");
    });
}
