use db::organisations::Filter;
use domain::permission::{Permission, Scope};
use domain::{OrganisationKind, Role};
use testkit::fixtures;

/// Users of one organisation cannot read another organisation's records; coordinators see
/// their programme and nothing of another programme.
#[test]
fn organisations_are_visible_only_within_scope() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let p2 = fixtures::programme(db, "p2");
        let lead =
            fixtures::organisation(db, &p1, "Comune di Milano", OrganisationKind::LeadPartner);
        let acme = fixtures::organisation(db, &p1, "Acme Srl", OrganisationKind::HostCompany);
        let beta = fixtures::organisation(db, &p1, "Beta Spa", OrganisationKind::HostCompany);
        let other = fixtures::organisation(db, &p2, "Elsewhere", OrganisationKind::LeadPartner);
        let coord = fixtures::user(db, "coord@example.it", &lead, Role::Coordinator);
        let hr = fixtures::user(db, "hr@acme.it", &acme, Role::Company);

        let mut conn = db.conn().unwrap();
        let actor = |c: &mut db::DbConn, id: &str| {
            db::memberships::load_actor(c, id)
                .ok()
                .flatten()
                .expect("actor")
        };
        let company = actor(&mut conn, &hr);
        let scope = company
            .scope(Permission::ViewOrganisations)
            .unwrap_or(Scope::OwnAccount);
        let seen =
            db::organisations::list(&mut conn, &scope, &Filter::default()).unwrap_or_default();
        assert_eq!(
            seen.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            vec![acme.as_str()]
        );
        assert!(matches!(
            db::organisations::find(&mut conn, &scope, &beta),
            Err(db::DbError::NotFound)
        ));

        let coordinator = actor(&mut conn, &coord);
        let scope = coordinator
            .scope(Permission::ViewOrganisations)
            .unwrap_or(Scope::OwnAccount);
        let seen =
            db::organisations::list(&mut conn, &scope, &Filter::default()).unwrap_or_default();
        assert_eq!(seen.len(), 3);
        assert!(db::organisations::find(&mut conn, &scope, &other).is_err());

        let programmes = db::programmes::list(
            &mut conn,
            &coordinator
                .scope(Permission::ViewProgrammes)
                .unwrap_or(Scope::OwnAccount),
        )
        .unwrap_or_default();
        assert_eq!(
            programmes.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            vec![p1.as_str()]
        );
        assert!(
            db::programmes::find(&mut conn, &Scope::Programmes(vec![p1.clone()]), &p2).is_err()
        );
    });
}

#[test]
fn user_lists_follow_the_scope() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let p2 = fixtures::programme(db, "p2");
        let lead = fixtures::organisation(db, &p1, "Lead", OrganisationKind::LeadPartner);
        let acme = fixtures::organisation(db, &p1, "Acme", OrganisationKind::HostCompany);
        let other = fixtures::organisation(db, &p2, "Other", OrganisationKind::LeadPartner);
        let coord = fixtures::user(db, "c@lead.it", &lead, Role::Coordinator);
        let hr = fixtures::user(db, "hr@acme.it", &acme, Role::Company);
        fixtures::user(db, "x@other.it", &other, Role::Coordinator);

        let mut conn = db.conn().unwrap();
        let coordinator = db::memberships::load_actor(&mut conn, &coord)
            .ok()
            .flatten()
            .unwrap();
        let scope = coordinator
            .scope(Permission::ManageUsers)
            .unwrap_or(Scope::OwnAccount);
        let emails: Vec<String> = db::users::list(&mut conn, &scope, &coord)
            .unwrap_or_default()
            .into_iter()
            .map(|u| u.email)
            .collect();
        assert_eq!(
            emails,
            vec!["c@lead.it".to_owned(), "hr@acme.it".to_owned()]
        );
        let own: Vec<String> = db::users::list(&mut conn, &Scope::OwnAccount, &hr)
            .unwrap_or_default()
            .into_iter()
            .map(|u| u.email)
            .collect();
        assert_eq!(own, vec!["hr@acme.it".to_owned()]);
        assert_eq!(
            db::users::count(&mut conn, &Scope::All, &coord).unwrap_or_default(),
            3
        );
    });
}
