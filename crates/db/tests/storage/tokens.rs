//! API tokens (issue 10, defect 5): each way a token dies, and a person's reach over tokens.

use chrono::{Duration, NaiveDateTime, Utc};
use db::{Database, Origin};
use domain::{OrganisationKind, Role};
use testkit::fixtures;

fn two_users(db: &Database) -> (String, String) {
    let p = fixtures::programme(db, "pp");
    let org = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
    (
        fixtures::user(db, "owner@example.it", &org, Role::Coordinator),
        fixtures::user(db, "other@example.it", &org, Role::Coordinator),
    )
}

fn token(db: &Database, user: &str, days: i64) -> db::api_tokens::NewToken {
    db.write_blocking(&Origin::cli(), |tx| {
        db::api_tokens::create(tx, user, "ci", tx.now + Duration::days(days))
    })
    .unwrap()
}

fn works(db: &Database, secret: &str, at: NaiveDateTime) -> bool {
    let mut conn = db.conn().unwrap();
    db::api_tokens::user_of(&mut conn, secret, at)
        .unwrap()
        .is_some()
}

#[test]
fn a_token_dies_when_it_expires() {
    testkit::on_each_backend(|db| {
        let (owner, _) = two_users(db);
        let t = token(db, &owner, 30);
        let now = Utc::now().naive_utc();
        assert!(works(db, &t.secret, now));
        assert!(works(db, &t.secret, now + Duration::days(29)));
        assert!(!works(db, &t.secret, now + Duration::days(31)));
    });
}

#[test]
fn a_token_dies_with_a_password_change_and_stays_dead_after_reenabling() {
    testkit::on_each_backend(|db| {
        let (owner, other) = two_users(db);
        let now = Utc::now().naive_utc();
        let t = token(db, &owner, 30);
        let others = token(db, &other, 30);
        db.write_blocking(&Origin::cli(), |tx| {
            db::users::set_password(tx, &owner, "new hash")
        })
        .unwrap();
        assert!(!works(db, &t.secret, now));
        assert!(
            works(db, &others.secret, now),
            "only the owner's tokens die"
        );

        let t = token(db, &owner, 30);
        db.write_blocking(&Origin::cli(), |tx| {
            db::users::set_disabled(tx, &owner, true)
        })
        .unwrap();
        db.write_blocking(&Origin::cli(), |tx| {
            db::users::set_disabled(tx, &owner, false)
        })
        .unwrap();
        assert!(!works(db, &t.secret, now), "enabling brings no token back");
        let mut conn = db.conn().unwrap();
        assert!(
            db::api_tokens::of_user(&mut conn, &owner)
                .unwrap()
                .is_empty()
        );
    });
}

#[test]
fn a_person_lists_and_revokes_only_their_own_tokens() {
    testkit::on_each_backend(|db| {
        let (owner, other) = two_users(db);
        let now = Utc::now().naive_utc();
        let mine = token(db, &owner, 30);
        let theirs = token(db, &other, 30);
        let mut conn = db.conn().unwrap();
        let listed = db::api_tokens::of_user(&mut conn, &owner).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (listed[0].id.as_str(), listed[0].name.as_str()),
            (mine.id.as_str(), "ci")
        );
        assert!(matches!(
            db::api_tokens::find_own(&mut conn, &owner, &theirs.id),
            Err(db::DbError::NotFound)
        ));
        let r = db.write_blocking(&Origin::cli(), |tx| {
            db::api_tokens::revoke(tx, &owner, &theirs.id)
        });
        assert!(matches!(r, Err(db::DbError::NotFound)), "{r:?}");
        assert!(works(db, &theirs.secret, now));

        db.write_blocking(&Origin::cli(), |tx| {
            db::api_tokens::revoke(tx, &owner, &mine.id)
        })
        .unwrap();
        assert!(!works(db, &mine.secret, now));
        assert!(
            db::api_tokens::of_user(&mut conn, &owner)
                .unwrap()
                .is_empty()
        );
    });
}
