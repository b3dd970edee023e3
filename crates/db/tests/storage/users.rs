use chrono::Utc;
use db::Origin;
use domain::{Email, OrganisationKind, Role};
use testkit::fixtures;

#[test]
fn the_same_email_cannot_register_twice() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pp");
        let org = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        fixtures::user(db, "amina@example.tn", &org, Role::Coordinator);
        let email = Email::parse("AMINA@example.tn").unwrap();
        let r = db.write_blocking(&Origin::cli(), |tx| {
            db::users::create(tx, &email, "A", "h", None)
        });
        assert!(
            matches!(r, Err(db::DbError::Conflict(domain::Conflict::EmailTaken))),
            "{r:?}"
        );
    });
}

#[test]
fn disabling_a_user_ends_sessions_and_tokens() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pp");
        let org = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let user = fixtures::user(db, "u@example.it", &org, Role::Coordinator);
        let (session, token) = db
            .write_blocking(&Origin::cli(), |tx| {
                Ok((
                    db::sessions::create(tx, &user)?,
                    db::api_tokens::create(tx, &user, "t", tx.now + chrono::Duration::days(1))?
                        .secret,
                ))
            })
            .unwrap();
        let now = Utc::now().naive_utc();
        let mut conn = db.conn().unwrap();
        assert_eq!(
            db::sessions::user_of(&mut conn, &session, now)
                .ok()
                .flatten(),
            Some(user.clone())
        );
        assert_eq!(
            db::api_tokens::user_of(&mut conn, &token, now)
                .ok()
                .flatten()
                .map(|(u, _)| u),
            Some(user.clone())
        );
        assert_eq!(
            db::sessions::user_of(&mut conn, "forged", now)
                .ok()
                .flatten(),
            None
        );

        db.write_blocking(&Origin::cli(), |tx| {
            db::users::set_disabled(tx, &user, true)
        })
        .unwrap();
        assert_eq!(
            db::sessions::user_of(&mut conn, &session, now)
                .ok()
                .flatten(),
            None
        );
        assert_eq!(
            db::api_tokens::user_of(&mut conn, &token, now)
                .ok()
                .flatten()
                .map(|(u, _)| u),
            None
        );
        assert!(
            db::memberships::load_actor(&mut conn, &user)
                .ok()
                .flatten()
                .is_none()
        );
    });
}

#[test]
fn sessions_expire_and_sign_out_ends_them() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pp");
        let org = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let user = fixtures::user(db, "u@example.it", &org, Role::Coordinator);
        let session = db
            .write_blocking(&Origin::cli(), |tx| db::sessions::create(tx, &user))
            .unwrap();
        let mut conn = db.conn().unwrap();
        let later = Utc::now().naive_utc() + db::sessions::LIFETIME + chrono::Duration::minutes(1);
        assert_eq!(
            db::sessions::user_of(&mut conn, &session, later)
                .ok()
                .flatten(),
            None
        );
        db.write_blocking(&Origin::cli(), |tx| db::sessions::delete(tx, &session))
            .unwrap();
        assert_eq!(
            db::sessions::count_for_user(&mut conn, &user).unwrap_or(-1),
            0
        );
    });
}
