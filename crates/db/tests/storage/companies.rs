use db::Origin;
use domain::candidate::Status;
use domain::company::CompanyFields;
use domain::host_rules::Declarations;
use domain::outreach::Stage;
use domain::permission::Scope;
use domain::position::{PositionFields, PositionStatus};
use testkit::fixtures;

fn company(name: &str, vat: &str, territory: Option<&str>) -> domain::company::CompanyDraft {
    CompanyFields {
        name: name.into(),
        city: "Milano".into(),
        territory_id: territory.unwrap_or_default().into(),
        vat_number: vat.into(),
        employees: "12".into(),
        region: "lombardia".into(),
        ..Default::default()
    }
    .parse()
    .unwrap()
}

fn position(places: &str) -> domain::position::PositionDraft {
    PositionFields {
        title: "Junior developer".into(),
        occupation: "software developer".into(),
        min_italian: "A2".into(),
        education_level: "6".into(),
        city: "Milano".into(),
        starts_on: "2023-03-01".into(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        tutor_name: "Luca Verdi".into(),
        places: places.into(),
        ..Default::default()
    }
    .parse(chrono::Utc::now().date_naive())
    .unwrap()
}

#[test]
fn companies_carry_profile_checklist_stage_and_held_places() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pp");
        let (a, b, pos) = db
            .write_blocking(&Origin::system(), |tx| {
                let a = db::companies::create(
                    tx,
                    &p,
                    &company("Alfa Srl", "01234567897", None),
                    Stage::Contacted,
                    None,
                )?;
                let b = db::companies::create(
                    tx,
                    &p,
                    &company("Beta Srl", "01234567897", None),
                    Stage::Identified,
                    None,
                )?;
                let d = Declarations {
                    safety_compliant: Some(true),
                    ..Default::default()
                };
                db::companies::save_declarations(tx, &Scope::All, &a, &d)?;
                db::companies::set_stage(tx, &Scope::All, &a, Stage::Hosting)?;
                let pos = db::positions::create(tx, &p, &a, &position("2"))?;
                db::positions::set_status(tx, &pos, PositionStatus::Submitted, "")?;
                db::positions::create(tx, &p, &a, &position("1"))?;
                Ok((a, b, pos))
            })
            .unwrap();
        let mut c = db.conn().unwrap();
        let found = db::companies::find(&mut c, &Scope::All, &a).unwrap();
        assert_eq!(found.stage(), Stage::Hosting);
        assert_eq!(
            found.profile.as_ref().and_then(|p| p.safety_compliant),
            Some(true)
        );
        // The draft does not hold places; the submitted position does.
        assert_eq!(db::companies::places_held(&mut c, &a, None).ok(), Some(2));
        assert_eq!(
            db::companies::places_held(&mut c, &a, Some(&pos)).ok(),
            Some(0)
        );
        let dup =
            db::companies::same_vat(&mut c, &Scope::All, "01234567897", &a).unwrap_or_default();
        assert_eq!(dup, vec![(b.clone(), "Beta Srl".to_owned())]);
        let only_a = Scope::Organisations(vec![a.clone()]);
        let hidden =
            db::companies::same_vat(&mut c, &only_a, "01234567897", &a).unwrap_or_default();
        assert_eq!(
            hidden.len(),
            1,
            "a duplicate out of reach is flagged without its name"
        );
        assert!(hidden[0].1.is_empty());
        let hosting = db::companies::list(
            &mut c,
            &Scope::All,
            &db::companies::Filter {
                stage: Some(Stage::Hosting),
                ..Default::default()
            },
        )
        .unwrap_or_default();
        assert_eq!(hosting.len(), 1);
        let prospects = db::companies::list(
            &mut c,
            &Scope::All,
            &db::companies::Filter {
                stage: Some(Stage::Identified),
                ..Default::default()
            },
        )
        .unwrap_or_default();
        assert_eq!(
            prospects
                .iter()
                .map(|x| x.organisation.name.as_str())
                .collect::<Vec<_>>(),
            vec!["Beta Srl"]
        );
        assert!(
            db::positions::find(&mut c, &Scope::Organisations(vec![b.clone()]), &pos).is_err(),
            "another company's position is out of reach"
        );
        assert_eq!(
            db::rules::find(&mut c, "piemonte")
                .ok()
                .flatten()
                .map(|r| r.min_allowance_cents),
            Some(60_000)
        );
    });
}

#[test]
fn territorial_scope_reaches_only_that_citys_companies() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pp");
        let (milano, torino) = db
            .write_blocking(&Origin::system(), |tx| {
                let m = db::territories::create(tx, &p, "Milano", domain::Country::IT)?;
                let t = db::territories::create(tx, &p, "Torino", domain::Country::IT)?;
                db::companies::create(
                    tx,
                    &p,
                    &company("Milanese Srl", "", Some(&m)),
                    Stage::Identified,
                    None,
                )?;
                db::companies::create(
                    tx,
                    &p,
                    &company("Torinese Srl", "", Some(&t)),
                    Stage::Identified,
                    None,
                )?;
                Ok((m, t))
            })
            .unwrap();
        let mut c = db.conn().unwrap();
        let names = |scope: &Scope, c: &mut db::DbConn| -> Vec<String> {
            db::companies::list(c, scope, &Default::default())
                .unwrap_or_default()
                .into_iter()
                .map(|x| x.organisation.name)
                .collect()
        };
        assert_eq!(
            names(&Scope::Territories(vec![milano]), &mut c),
            vec!["Milanese Srl".to_owned()]
        );
        assert_eq!(
            names(&Scope::Territories(vec![torino]), &mut c),
            vec!["Torinese Srl".to_owned()]
        );
    });
}

/// A status this build does not know (a hand edit, a newer version's value) is an error when
/// the row is read, never silently the first state of the workflow.
#[test]
fn an_unknown_stored_status_reads_as_an_error_not_a_default() {
    use diesel::RunQueryDsl;
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pp");
        let call = fixtures::call(db, &p, "Call");
        let candidate = fixtures::candidate(db, &call, "Amina", "TN", Status::Submitted);
        let pos = db
            .write_blocking(&Origin::system(), |tx| {
                let a = db::companies::create(
                    tx,
                    &p,
                    &company("Alfa Srl", "01234567897", None),
                    Stage::Contacted,
                    None,
                )?;
                db::positions::create(tx, &p, &a, &position("1"))
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let mut c = db.conn().unwrap_or_else(|e| panic!("{e}"));
        db::positions::find(&mut c, &Scope::All, &pos).unwrap_or_else(|e| panic!("{e}"));

        diesel::sql_query(format!(
            "UPDATE positions SET status = 'archived' WHERE id = '{pos}'"
        ))
        .execute(&mut *c)
        .unwrap_or_else(|e| panic!("{e}"));
        diesel::sql_query(format!(
            "UPDATE candidates SET status = 'Submitted' WHERE id = '{candidate}'"
        ))
        .execute(&mut *c)
        .unwrap_or_else(|e| panic!("{e}"));

        let read = db::positions::find(&mut c, &Scope::All, &pos);
        let Err(e @ db::DbError::Query(_)) = read else {
            panic!("an unknown position status was read as {read:?}");
        };
        assert!(
            e.to_string()
                .contains(r#"unknown PositionStatus "archived""#),
            "the error names the value: {e}"
        );
        let read = db::candidates::find(&mut c, &Scope::All, "", &candidate);
        let Err(e @ db::DbError::Query(_)) = read else {
            panic!("an unknown candidate status was read as {read:?}");
        };
        assert!(
            e.to_string().contains(r#"unknown Status "Submitted""#),
            "{e}"
        );
    });
}
