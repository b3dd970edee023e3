//! Password resets (issue 12): a link ends at its expiry, at its first use, and with the
//! account; using one closes the account's other open links.

use chrono::{Duration, Utc};
use db::{Database, Origin};
use domain::{OrganisationKind, Role};
use testkit::fixtures;

fn someone(db: &Database) -> String {
    let p = fixtures::programme(db, "pr");
    let org = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
    fixtures::user(db, "forgetful@example.it", &org, Role::Coordinator)
}

fn link(db: &Database, user: &str) -> String {
    db.write_blocking(&Origin::cli(), |tx| {
        db::password_resets::create(tx, user, tx.now + Duration::hours(1))
    })
    .unwrap()
}

fn opens(db: &Database, token: &str, minutes_from_now: i64) -> bool {
    let mut conn = db.conn().unwrap();
    let at = Utc::now().naive_utc() + Duration::minutes(minutes_from_now);
    db::password_resets::user_of(&mut conn, token, at)
        .unwrap()
        .is_some()
}

#[test]
fn a_link_ends_at_its_expiry_and_at_its_first_use() {
    testkit::on_each_backend(|db| {
        let user = someone(db);
        let (first, second) = (link(db, &user), link(db, &user));
        assert!(opens(db, &first, 0) && opens(db, &first, 55));
        assert!(!opens(db, &first, 65), "expired after an hour");
        assert!(!opens(db, &"f".repeat(64), 0));

        let taken = db
            .write_blocking(&Origin::cli(), |tx| db::password_resets::take(tx, &first))
            .unwrap();
        assert_eq!(taken.as_deref(), Some(user.as_str()));
        let again = db
            .write_blocking(&Origin::cli(), |tx| db::password_resets::take(tx, &first))
            .unwrap();
        assert_eq!(again, None, "once");
        assert!(
            !opens(db, &second, 0),
            "the account's other links close too"
        );
    });
}

#[test]
fn a_disabled_account_opens_no_link() {
    testkit::on_each_backend(|db| {
        let user = someone(db);
        let token = link(db, &user);
        db.write_blocking(&Origin::cli(), |tx| {
            db::users::set_disabled(tx, &user, true)
        })
        .unwrap();
        assert!(!opens(db, &token, 0));
    });
}
