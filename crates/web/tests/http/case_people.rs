//! The people of a case (issue 14): the promoter gives a case its mediator and company
//! tutor among the accounts that may hold each duty; holding one opens the case to a
//! mediator (and only that case), taking it back closes it again; an account that may not
//! hold a duty is refused with nothing written, and a host may not assign at all.

use axum::http::StatusCode;
use db::Origin;
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

use crate::cases::{COMPANY_B, PROMOTER, host_email, setup};
use crate::support::{TestApp, msg, on_each_backend};

const MEDIATOR: &str = "mediator@ngo.example";
const OUTSIDER: &str = "mentor@elsewhere.example";

/// A mediator in an NGO of the programme, and an NGO mentor in an NGO outside it.
fn people(app: &TestApp) -> (String, String) {
    let d = app.db.db();
    let p1 = app.seed.p1.clone();
    let (inside, outside) = d
        .write_blocking(&Origin::system(), |tx| {
            let ngo = |tx: &mut db::Tx<'_>, name: &str| {
                db::organisations::create(
                    tx,
                    &db::organisations::OrganisationDraft {
                        name: name.into(),
                        kind: OrganisationKind::Ngo,
                        country: Country::IT,
                        territory_id: None,
                        city: "Milano".into(),
                    },
                )
            };
            let inside = ngo(tx, "Mediation NGO")?;
            db::programmes::add_organisation(tx, &p1, &inside)?;
            let outside = ngo(tx, "Elsewhere NGO")?;
            Ok((inside, outside))
        })
        .unwrap();
    (
        fixtures::user(d, MEDIATOR, &inside, Role::Mediator),
        fixtures::user(d, OUTSIDER, &outside, Role::NgoStaff),
    )
}

#[tokio::test]
async fn a_duty_opens_the_case_to_its_holder_and_only_fitting_accounts_hold_one() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let (mediator, outsider) = people(&app);
        let mut m = app.signed_in(MEDIATOR).await;
        assert_eq!(
            m.get(&format!("/cases/{}", s.own)).await.status,
            StatusCode::NOT_FOUND
        );
        let list = m.get("/cases").await;
        assert!(list.body.contains("data-total=\"0\""), "{}", list.body);

        let mut p = app.signed_in(PROMOTER).await;
        p.accept_language = Some("en".into());
        let page = p.get(&format!("/cases/{}/people", s.own)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("data-assign=\"mediator\""));
        assert!(
            page.body.contains(&format!("value=\"{mediator}\"")),
            "the mediator is offered"
        );
        assert!(
            !page.body.contains(&format!("value=\"{outsider}\"")),
            "an outsider is not"
        );

        // An account outside the programme may not hold the duty: nothing written.
        let before = app.audit_count();
        let url = format!("/cases/{}/people", s.own);
        let res = p
            .post(&url, &[("duty", "mentor"), ("user_id", &outsider)])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("case-people-error-holder")), "{}", res.body);
        assert_eq!(app.audit_count(), before);

        // The mediator assigned: the case opens to them, and only that one.
        let res = p
            .post(&url, &[("duty", "mediator"), ("user_id", &mediator)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.audit_count(), before + 1);
        assert_eq!(
            m.get(&format!("/cases/{}", s.own)).await.status,
            StatusCode::OK
        );
        assert_eq!(
            m.get(&format!("/cases/{}", s.other)).await.status,
            StatusCode::NOT_FOUND
        );
        let list = m.get("/cases").await;
        assert!(list.body.contains("data-total=\"1\""), "{}", list.body);
        let page = m.get(&format!("/cases/{}/people", s.own)).await;
        assert!(
            page.body.contains("data-duty=\"mediator\" data-held"),
            "{}",
            page.body
        );
        assert!(
            !page.body.contains("data-assign="),
            "a mediator does not assign"
        );

        // A company tutor must work for the host: the other host is refused.
        let other_host = {
            let mut conn = app.db.db().conn().unwrap();
            let email = domain::Email::parse(COMPANY_B).unwrap();
            db::users::find_by_email_unscoped(&mut conn, &email)
                .unwrap()
                .unwrap()
                .id
        };
        let own_host_email = host_email(&app, &s.hosts.0);
        let tutor = if own_host_email == COMPANY_B {
            None
        } else {
            let res = p
                .post(&url, &[("duty", "company_tutor"), ("user_id", &other_host)])
                .await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
            Some(own_host_email)
        };
        if let Some(email) = tutor {
            // A host may see its trainee's people but not assign them.
            let mut host = app.signed_in(email).await;
            let res = host
                .post(&url, &[("duty", "mediator"), ("user_id", &mediator)])
                .await;
            assert_eq!(res.status, StatusCode::FORBIDDEN);
        }

        // Taken back: the case closes to the mediator again.
        let res = p
            .post(&format!("{url}/remove"), &[("duty", "mediator")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            m.get(&format!("/cases/{}", s.own)).await.status,
            StatusCode::NOT_FOUND
        );
        // Nothing to take back: not found.
        let res = p
            .post(&format!("{url}/remove"), &[("duty", "mediator")])
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    })
    .await;
}
