//! Writes are scoped like reads (issue 10, defects 8 and 9): a business association works
//! in its own city only, and every reference a form or API body carries is checked — an
//! unknown one and one beyond reach are both refused with 422 naming the field, and
//! nothing is written.

use axum::http::StatusCode;
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

use crate::support::{COORDINATOR, Client, Resp, TestApp, msg, on_each_backend};

/// Promos Italia (Milan) and CEIPiemonte (Turin), business associations of p1.
const BUSINESS_MI: &str = "business.mi@test.example";
const BUSINESS_TO: &str = "business.to@test.example";

/// The two cities of p1, a company in each, and a city of p2.
struct Cities {
    milano: String,
    torino: String,
    /// A territory of the other programme.
    elsewhere: String,
    /// A host company of p1 in Turin.
    company_to: String,
}

fn cities(app: &TestApp) -> Cities {
    let d = app.db.db();
    let (p1, p2) = (app.seed.p1.clone(), app.seed.p2.clone());
    let (milano, torino, elsewhere) = d
        .write_blocking(&db::Origin::system(), |tx| {
            Ok((
                db::territories::create(tx, &p1, "Milano", Country::IT)?,
                db::territories::create(tx, &p1, "Torino", Country::IT)?,
                db::territories::create(tx, &p2, "Genova", Country::IT)?,
            ))
        })
        .unwrap();
    let org = |name: &str, kind: OrganisationKind, territory: &str| {
        let draft = db::organisations::OrganisationDraft {
            name: name.into(),
            kind,
            country: Country::IT,
            territory_id: Some(territory.to_owned()),
            city: String::new(),
        };
        d.write_blocking(&db::Origin::system(), |tx| {
            let id = db::organisations::create(tx, &draft)?;
            db::programmes::add_organisation(tx, &p1, &id)?;
            Ok(id)
        })
        .unwrap()
    };
    let mi = org(
        "Promos Italia",
        OrganisationKind::BusinessAssociation,
        &milano,
    );
    let to = org(
        "CEIPiemonte",
        OrganisationKind::BusinessAssociation,
        &torino,
    );
    fixtures::user(d, BUSINESS_MI, &mi, Role::BusinessStaff);
    fixtures::user(d, BUSINESS_TO, &to, Role::BusinessStaff);
    let company_to = org(
        "Torino Meccanica Srl",
        OrganisationKind::HostCompany,
        &torino,
    );
    Cities {
        milano,
        torino,
        elsewhere,
        company_to,
    }
}

/// Whether the form control `id` is marked invalid.
fn marked(res: &Resp, id: &str) -> bool {
    let tag = format!("id=\"{id}\"");
    res.body.split('<').any(|el| {
        el.contains(&tag)
            && el
                .split('>')
                .next()
                .is_some_and(|t| t.contains("aria-invalid=\"true\""))
    })
}

/// A 422 form naming `field`, in the reader's language, with nothing written.
fn refused_form(app: &TestApp, res: &Resp, field: &str, key: &str, before: i64) {
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(marked(res, field), "{field} is marked: {}", res.body);
    assert!(res.shows(&msg(key)), "the reason {key} is shown");
    assert_eq!(app.audit_count(), before, "nothing was written");
}

/// A 422 JSON error naming `field`, with nothing written.
fn refused_json(app: &TestApp, res: &Resp, field: &str, before: i64) {
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    let e = &res.json()["error"];
    assert_eq!(e["field"], field, "{}", res.body);
    assert!(e["code"].as_str().is_some_and(|c| c.starts_with("error-")));
    assert_eq!(app.audit_count(), before, "nothing was written");
}

async fn english(app: &TestApp, email: &str) -> Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

/// Posts the campaign form with `(programme, territory)`.
async fn campaign(c: &mut Client, (programme, territory): (&str, &str)) -> Resp {
    c.post(
        "/outreach/campaigns",
        &[
            ("name", "Spring"),
            ("starts_on", "2022-03-01"),
            ("programme_id", programme),
            ("territory_id", territory),
        ],
    )
    .await
}

fn company<'a>(programme: &'a str, territory: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("programme_id", programme),
        ("name", "Navigli Software Srl"),
        ("city", "Milano"),
        ("territory_id", territory),
    ]
}

#[tokio::test]
async fn a_business_association_registers_companies_in_its_own_city_only() {
    on_each_backend(|app| async move {
        let t = cities(&app);
        let p1 = app.seed.p1.clone();
        let mut c = english(&app, BUSINESS_MI).await;
        let form = c.get("/companies/new").await;
        assert!(
            form.body
                .contains(&format!("<option value=\"{}\" selected>", t.milano)),
            "their city is chosen for them"
        );
        assert!(
            !form.body.contains(&t.torino),
            "the other city is not offered"
        );

        let before = app.audit_count();
        let res = c.post("/companies", &company(&p1, &t.torino)).await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        let res = c.post("/companies", &company(&p1, "bogus")).await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        // Nowhere would be beyond their city too.
        let res = c.post("/companies", &company(&p1, "")).await;
        refused_form(&app, &res, "territory_id", "error-required", before);
        // No programme, an unknown one and another programme: refused, no fallback.
        let res = c.post("/companies", &company("", &t.milano)).await;
        refused_form(&app, &res, "programme_id", "error-required", before);
        let res = c.post("/companies", &company("bogus", &t.milano)).await;
        refused_form(
            &app,
            &res,
            "programme_id",
            "error-reference-unknown",
            before,
        );
        let res = c
            .post("/companies", &company(&app.seed.p2, &t.milano))
            .await;
        refused_form(
            &app,
            &res,
            "programme_id",
            "error-reference-unknown",
            before,
        );
        let mut bad_region = company(&p1, &t.milano);
        bad_region.push(("region", "atlantide"));
        let res = c.post("/companies", &bad_region).await;
        refused_form(&app, &res, "region", "error-reference-unknown", before);

        let res = c.post("/companies", &company(&p1, &t.milano)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let own = res.location().unwrap_or_default().to_owned();

        // Moving its own company to the other city is refused; the other city's company
        // is not found at all.
        let before = app.audit_count();
        let res = c.post(&own, &company(&p1, &t.torino)).await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        let theirs = format!("/companies/{}", t.company_to);
        let res = c.post(&theirs, &company(&p1, &t.milano)).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(app.audit_count(), before);
        // Turin's association still reaches its own company, Milan's does not.
        let mut to = english(&app, BUSINESS_TO).await;
        assert_eq!(to.get(&theirs).await.status, StatusCode::OK);
        assert_eq!(to.get(&own).await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn a_business_association_runs_campaigns_in_its_own_city_only() {
    on_each_backend(|app| async move {
        let t = cities(&app);
        let p1 = app.seed.p1.clone();
        let mut c = english(&app, BUSINESS_MI).await;
        let form = c.get("/outreach/campaigns/new").await;
        assert!(
            !form.body.contains(&t.torino),
            "the other city is not offered"
        );
        let before = app.audit_count();
        let res = campaign(&mut c, (&p1, &t.torino)).await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        let res = campaign(&mut c, (&p1, "bogus")).await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        let res = campaign(&mut c, (&p1, "")).await;
        refused_form(&app, &res, "territory_id", "error-required", before);
        let res = campaign(&mut c, (&app.seed.p2, &t.milano)).await;
        refused_form(
            &app,
            &res,
            "programme_id",
            "error-reference-unknown",
            before,
        );
        let res = campaign(&mut c, (&p1, &t.milano)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let milan_campaign = res
            .location()
            .unwrap_or_default()
            .trim_start_matches("/outreach/campaigns/")
            .to_owned();

        // Turin's association cannot log a contact under Milan's campaign, nor an unknown one.
        let mut to = english(&app, BUSINESS_TO).await;
        let contacts = format!("/companies/{}/contacts", t.company_to);
        let before = app.audit_count();
        for campaign_id in [milan_campaign.as_str(), "bogus"] {
            let res = to
                .post(
                    &contacts,
                    &[
                        ("kind", "call"),
                        ("happened_on", "2022-03-02"),
                        ("campaign_id", campaign_id),
                    ],
                )
                .await;
            refused_form(&app, &res, "campaign_id", "error-reference-unknown", before);
        }

        // A coordinator may start one for the whole programme, not with a city of another.
        let mut coord = english(&app, COORDINATOR).await;
        let before = app.audit_count();
        let res = campaign(&mut coord, (&p1, &t.elsewhere)).await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        let res = campaign(&mut coord, (&p1, "")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    })
    .await;
}

#[tokio::test]
async fn the_api_names_the_field_of_an_unknown_or_unreachable_reference() {
    on_each_backend(|app| async move {
        let t = cities(&app);
        let p1 = app.seed.p1.clone();
        let mut mi = app.client();
        mi.bearer = Some(app.token(BUSINESS_MI));
        let before = app.audit_count();
        let body = |programme: &str, territory: &str| {
            serde_json::json!({"programme_id": programme, "name": "Acme Srl", "territory_id": territory})
                .to_string()
        };
        let res = mi
            .post_json("/api/v1/companies", &body(&p1, &t.torino))
            .await;
        refused_json(&app, &res, "territory_id", before);
        let res = mi.post_json("/api/v1/companies", &body(&p1, "bogus")).await;
        refused_json(&app, &res, "territory_id", before);
        let res = mi
            .post_json("/api/v1/companies", &body("bogus", &t.milano))
            .await;
        refused_json(&app, &res, "programme_id", before);
        let res = mi
            .post_json("/api/v1/companies", &body(&p1, &t.milano))
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);

        let mut coord = app.client();
        coord.bearer = Some(app.token(COORDINATOR));
        let before = app.audit_count();
        let res = coord
            .post_json("/api/v1/companies", &body(&p1, &t.elsewhere))
            .await;
        refused_json(&app, &res, "territory_id", before);
        let res = coord
            .post_json(
                "/api/v1/positions",
                &serde_json::Value::Object(
                    crate::companies::position("bogus", "700", "1")
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), serde_json::Value::from(v)))
                        .collect(),
                )
                .to_string(),
            )
            .await;
        refused_json(&app, &res, "company_id", before);
        let call = serde_json::json!({
            "programme_id": app.seed.p2, "title": "Call", "opens_on": "2022-01-01",
            "closes_on": "2022-02-01", "places": 10
        });
        let res = coord.post_json("/api/v1/calls", &call.to_string()).await;
        refused_json(&app, &res, "programme_id", before);
        let res = coord
            .post_json(
                "/api/v1/placements",
                &serde_json::json!({"call_id": "bogus", "candidate_id": "x", "position_id": "y"})
                    .to_string(),
            )
            .await;
        refused_json(&app, &res, "call_id", before);
    })
    .await;
}

#[tokio::test]
async fn organisations_are_placed_in_territories_within_reach() {
    on_each_backend(|app| async move {
        let t = cities(&app);
        let mut c = english(&app, COORDINATOR).await;
        let before = app.audit_count();
        for (territory, key) in [
            ("bogus", "error-reference-unknown"),
            (t.elsewhere.as_str(), "error-reference-unknown"),
        ] {
            let res = c
                .post(
                    "/organisations",
                    &[
                        ("name", "Caritas"),
                        ("kind", "ngo"),
                        ("country", "IT"),
                        ("territory_id", territory),
                        ("programme_id", &app.seed.p1),
                    ],
                )
                .await;
            refused_form(&app, &res, "territory_id", key, before);
        }
        let res = c
            .post(
                "/organisations",
                &[
                    ("name", "Caritas"),
                    ("kind", "ngo"),
                    ("country", "IT"),
                    ("territory_id", &t.torino),
                    ("programme_id", &app.seed.p2),
                ],
            )
            .await;
        refused_form(
            &app,
            &res,
            "programme_id",
            "error-reference-unknown",
            before,
        );
        // Moving an organisation of the programme to another programme's city.
        let lead = format!("/organisations/{}", app.seed.lead);
        let res = c
            .post(
                &lead,
                &[
                    ("name", "Lead Municipality"),
                    ("kind", "lead_partner"),
                    ("country", "IT"),
                    ("territory_id", &t.elsewhere),
                ],
            )
            .await;
        refused_form(
            &app,
            &res,
            "territory_id",
            "error-reference-unknown",
            before,
        );
        let res = c
            .post(
                &lead,
                &[
                    ("name", "Lead Municipality"),
                    ("kind", "lead_partner"),
                    ("country", "IT"),
                    ("territory_id", &t.milano),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    })
    .await;
}

#[tokio::test]
async fn scores_name_only_criteria_of_the_application_s_call() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        let call = fixtures::call(d, &app.seed.p1, "Call");
        let other_call = fixtures::call(d, &app.seed.p1, "Other call");
        let candidate =
            fixtures::candidate(d, &call, "Ammar", "TN", domain::candidate::Status::Eligible);
        let mut c = english(&app, COORDINATOR).await;
        let res = c
            .post(
                &format!("/calls/{other_call}/criteria"),
                &[
                    ("name", "Motivation"),
                    ("weight", "100"),
                    ("max_score", "10"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let foreign = {
            let mut conn = d.conn().unwrap();
            db::selection::criteria(&mut conn, &other_call).unwrap()[0]
                .id
                .clone()
        };
        let before = app.audit_count();
        for criterion in ["bogus", foreign.as_str()] {
            let res = c
                .post(
                    &format!("/candidates/{candidate}/scores"),
                    &[(format!("score-{criterion}").as_str(), "5")],
                )
                .await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
            assert!(res.shows(&msg("error-reference-unknown")));
        }
        // A pair to lock names an application of the call and a position of its programme.
        for (cand, pos) in [("bogus", "bogus"), (candidate.as_str(), "bogus")] {
            let res = c
                .post(
                    &format!("/calls/{other_call}/matching/constraints"),
                    &[("kind", "lock"), ("candidate", cand), ("position", pos)],
                )
                .await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        }
        assert_eq!(app.audit_count(), before, "nothing was written");
    })
    .await;
}
