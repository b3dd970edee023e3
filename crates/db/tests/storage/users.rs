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
                .flatten()
                .map(|u| u.id),
            Some(user.clone())
        );
        assert_eq!(
            db::api_tokens::user_of(&mut conn, &token, now)
                .ok()
                .flatten()
                .map(|(u, _)| u.id),
            Some(user.clone())
        );
        assert_eq!(
            db::sessions::user_of(&mut conn, "forged", now)
                .ok()
                .flatten()
                .map(|u| u.id),
            None
        );

        db.write_blocking(&Origin::cli(), |tx| {
            db::users::set_disabled(tx, &user, true)
        })
        .unwrap();
        assert_eq!(
            db::sessions::user_of(&mut conn, &session, now)
                .ok()
                .flatten()
                .map(|u| u.id),
            None
        );
        assert_eq!(
            db::api_tokens::user_of(&mut conn, &token, now)
                .ok()
                .flatten()
                .map(|(u, _)| u.id),
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
                .flatten()
                .map(|u| u.id),
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

/// The policy's view, read in one statement: each membership once, with every programme of
/// its organisation, and a membership whose organisation is in no programme still there.
#[test]
fn the_actor_holds_each_membership_with_all_its_programmes() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let p2 = fixtures::programme(db, "p2");
        let lead = fixtures::organisation(db, &p1, "Lead", OrganisationKind::LeadPartner);
        let user = fixtures::user(db, "u@example.it", &lead, Role::Coordinator);
        let (ngo, lonely) = db
            .write_blocking(&Origin::cli(), |tx| {
                db::programmes::add_organisation(tx, &p2, &lead)?;
                let draft = |name: &str| db::organisations::OrganisationDraft {
                    name: name.into(),
                    kind: OrganisationKind::Ngo,
                    country: domain::Country::TN,
                    territory_id: None,
                    city: String::new(),
                };
                let ngo = db::organisations::create(tx, &draft("Ngo"))?;
                db::programmes::add_organisation(tx, &p2, &ngo)?;
                let lonely = db::organisations::create(tx, &draft("Alone"))?;
                db::memberships::add(tx, &user, &ngo, Role::Mediator)?;
                db::memberships::add(tx, &user, &lonely, Role::NgoStaff)?;
                Ok((ngo, lonely))
            })
            .unwrap();
        let mut conn = db.conn().unwrap();
        let actor = db::memberships::actor_of(&mut conn, &user).unwrap();
        let mut seen: Vec<(String, Role, Vec<String>)> = actor
            .memberships
            .iter()
            .map(|m| {
                let mut ps = m.programme_ids.clone();
                ps.sort();
                (m.organisation_id.clone(), m.role, ps)
            })
            .collect();
        seen.sort_by(|a, b| a.0.cmp(&b.0));
        let mut want = vec![
            (lead.clone(), Role::Coordinator, {
                let mut ps = vec![p1.clone(), p2.clone()];
                ps.sort();
                ps
            }),
            (ngo, Role::Mediator, vec![p2.clone()]),
            (lonely, Role::NgoStaff, Vec::new()),
        ];
        want.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(seen, want);
        assert_eq!(
            db::memberships::load_actor(&mut conn, &user)
                .unwrap()
                .map(|a| a.memberships.len()),
            Some(3)
        );
    });
}
