//! Three art. 27 cases with deadlines, for the tests of the cases API, the deadlines'
//! tasks, digests and escalations, and the calendar feed.
//!
//! In p1, territories Milano (company A) and Torino (company B), each with a promoter
//! (AFOL, APL) and its staff; a promoter in Bergamo, a territory without companies; a user
//! of company B. The three placements of `interviews::setup` are accepted by the
//! coordinator, which opens their cases:
//! - `mine` (the participant's, company A, Milano): visa requested 100 days ago, so the
//!   consulate's decision (90 days, the promoter's) is 10 days overdue;
//! - `theirs` (company B, Torino): arrived 30 days ago, so the hospitality declaration
//!   (48 hours, the company's) and the permit request (8 working days, the promoter's)
//!   are overdue;
//! - `other` (company A): in regional review, no deadline running.

use chrono::{Duration, NaiveDate};
use db::Origin;
use domain::ids::PlacementId;
use domain::placement::PlacementStatus;
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

use crate::support::{COORDINATOR, TestApp};

pub(crate) const PROMOTER_MI: &str = "afol@milano.example";
pub(crate) const PROMOTER_TO: &str = "apl@torino.example";
pub(crate) const PROMOTER_BG: &str = "promoter@bergamo.example";
pub(crate) const COMPANY_B: &str = "hr@company-b.example";

pub(crate) struct World {
    pub(crate) mine: String,
    pub(crate) theirs: String,
    pub(crate) other: String,
    pub(crate) today: NaiveDate,
    pub(crate) coordinator: app::Acting,
}

impl World {
    pub(crate) fn case(&self, app: &TestApp, id: &str) -> db::cases::Case {
        let mut conn = app.db.db().conn().unwrap();
        db::cases::find(&mut conn, &domain::permission::Scope::All, "", id).unwrap()
    }

    pub(crate) fn reference(&self, app: &TestApp, id: &str) -> String {
        self.case(app, id).reference
    }
}

pub(crate) fn user_id(app: &TestApp, email: &str) -> String {
    let mut conn = app.db.db().conn().unwrap();
    db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(email).unwrap())
        .unwrap()
        .unwrap()
        .id
}

pub(crate) fn acting(app: &TestApp, email: &str) -> app::Acting {
    let id = user_id(app, email);
    let mut conn = app.db.db().conn().unwrap();
    app::Acting {
        actor: db::memberships::load_actor(&mut conn, &id)
            .unwrap()
            .unwrap(),
        origin: Origin::user(&id, "test"),
    }
}

/// Today as the deadlines count it.
pub(crate) fn rome_today() -> NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

/// Moves a case along `steps` (entered today), as a fixture: the template's checks are
/// the use case's business, tested there; here only the position matters.
fn walk(app: &TestApp, case_id: &str, by: &str, steps: &[&str]) {
    let d = app.db.db();
    let (case_id, by) = (case_id.to_owned(), by.to_owned());
    let steps: Vec<String> = steps.iter().map(|s| (*s).to_owned()).collect();
    let today = rome_today();
    d.write_blocking(&Origin::system(), move |tx| {
        let mut from =
            db::cases::find(tx.conn, &domain::permission::Scope::All, "", &case_id)?.step;
        for to in &steps {
            db::cases::record_step(
                tx,
                &case_id,
                &by,
                &db::cases::Move {
                    from: &from,
                    to,
                    on: today,
                    at: None,
                    note: "",
                    closes: false,
                },
            )?;
            from = to.clone();
        }
        Ok(())
    })
    .unwrap();
}

/// Records a fact through the use case (a step's date corrected: its deadlines move).
pub(crate) async fn record(app: &TestApp, w: &World, case_id: &str, field: &str, value: &str) {
    app::cases::facts::record(
        app.db.db(),
        &app::SystemClock,
        &testkit::field_keys(),
        &w.coordinator,
        case_id,
        field,
        value,
    )
    .await
    .unwrap();
}

fn territory_org(app: &TestApp, name: &str, kind: OrganisationKind, territory: &str) -> String {
    let draft = db::organisations::OrganisationDraft {
        name: name.into(),
        kind,
        country: Country::IT,
        territory_id: Some(territory.to_owned()),
        city: String::new(),
    };
    let p1 = app.seed.p1.clone();
    app.db
        .db()
        .write_blocking(&Origin::system(), |tx| {
            let id = db::organisations::create(tx, &draft)?;
            db::programmes::add_organisation(tx, &p1, &id)?;
            Ok(id)
        })
        .unwrap()
}

/// Puts a host company in a territory and a city (before its cases open: a case keeps
/// the territory its host had).
fn place(app: &TestApp, company: &str, name: &str, territory: &str, city: &str) {
    let draft = db::organisations::OrganisationDraft {
        name: name.into(),
        kind: OrganisationKind::HostCompany,
        country: Country::IT,
        territory_id: Some(territory.to_owned()),
        city: city.into(),
    };
    let company = company.to_owned();
    app.db
        .db()
        .write_blocking(&Origin::system(), |tx| {
            db::organisations::update(tx, &domain::permission::Scope::All, &company, &draft)
        })
        .unwrap();
}

pub(crate) async fn world(app: &TestApp) -> World {
    app.agencies_and_evaluator(&[Country::TN, Country::MA]);
    let s = crate::interviews::setup(app);
    let d = app.db.db();
    let p1 = app.seed.p1.clone();
    let (milano, torino, bergamo) = d
        .write_blocking(&Origin::system(), |tx| {
            Ok((
                db::territories::create(tx, &p1, "Milano", Country::IT)?,
                db::territories::create(tx, &p1, "Torino", Country::IT)?,
                db::territories::create(tx, &p1, "Bergamo", Country::IT)?,
            ))
        })
        .unwrap();
    place(app, &app.seed.company_a, "Company A Srl", &milano, "Milano");
    place(app, &app.seed.company_b, "Company B Srl", &torino, "Torino");
    for (name, territory, email) in [
        ("AFOL Metropolitana", &milano, PROMOTER_MI),
        ("APL Piemonte", &torino, PROMOTER_TO),
        ("Promoter Bergamo", &bergamo, PROMOTER_BG),
    ] {
        let org = territory_org(app, name, OrganisationKind::Promoter, territory);
        fixtures::user(d, email, &org, Role::PromoterStaff);
    }
    fixtures::user(d, COMPANY_B, &app.seed.company_b, Role::Company);
    let coordinator = acting(app, COORDINATOR);
    let mut opened = Vec::new();
    for placement in [&s.mine, &s.theirs, &s.other] {
        app::placements::answer(
            d,
            &app::SystemClock,
            &coordinator,
            &PlacementId::new(placement.clone()),
            PlacementStatus::Accepted,
            "",
        )
        .await
        .unwrap();
        let mut conn = d.conn().unwrap();
        opened.push(
            db::cases::of_placement(&mut conn, placement)
                .unwrap()
                .unwrap()
                .id,
        );
    }
    let today = rome_today();
    let w = World {
        mine: opened[0].clone(),
        theirs: opened[1].clone(),
        other: opened[2].clone(),
        today,
        coordinator,
    };
    let by = app.seed.coordinator.clone();
    walk(
        app,
        &w.mine,
        &by,
        &[
            "training_project",
            "regional_review",
            "regional_approved",
            "visa_requested",
        ],
    );
    let requested = (today - Duration::days(100)).to_string();
    record(app, &w, &w.mine, "visa_requested_on", &requested).await;
    walk(
        app,
        &w.theirs,
        &by,
        &[
            "training_project",
            "regional_review",
            "regional_approved",
            "visa_requested",
            "visa_issued",
            "ready_to_depart",
            "arrived",
        ],
    );
    let arrived = format!("{}T10:00", today - Duration::days(30));
    record(app, &w, &w.theirs, "arrived_at", &arrived).await;
    walk(app, &w.other, &by, &["training_project", "regional_review"]);
    w
}
