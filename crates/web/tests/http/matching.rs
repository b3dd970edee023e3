//! Matching through the router: runs with quotas and explanations, locks, comparison,
//! approval into placements, and companies answering only their own proposals.

use axum::http::StatusCode;
use db::Origin;
use domain::candidate::Status;
use domain::company::CompanyFields;
use domain::permission::Scope;
use domain::position::{PositionFields, PositionStatus};
use testkit::fixtures;

use crate::support::{COMPANY, COORDINATOR, TestApp, on_each_backend};
use crate::support::{msg, msg_nums};

pub(crate) struct Setup {
    pub(crate) call: String,
    position_b: String,
    tn2: String,
}

pub(crate) fn position(title: &str, places: &str) -> domain::position::PositionDraft {
    PositionFields {
        title: title.into(),
        occupation: "software developer".into(),
        min_italian: "A2".into(),
        education_level: "4".into(),
        city: "Milano".into(),
        starts_on: "2027-03-01".into(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        tutor_name: "Luca".into(),
        places: places.into(),
        ..Default::default()
    }
    .parse(chrono::Utc::now().date_naive())
    .unwrap()
}

/// Three shortlisted candidates (two from Tunisia, one from Morocco); company A offers two
/// places, company B one.
pub(crate) fn setup(app: &TestApp) -> Setup {
    let d = app.db.db();
    let call = fixtures::call(d, &app.seed.p1, "Matching call");
    fixtures::candidate(d, &call, "Ben Salah", "TN", Status::Shortlisted);
    let tn2 = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Shortlisted);
    fixtures::candidate(d, &call, "El Amrani", "MA", Status::Shortlisted);
    fixtures::candidate(d, &call, "Waiting", "MA", Status::WaitingList);
    let profile = |name: &str, employees: &str| {
        CompanyFields {
            name: name.into(),
            city: "Milano".into(),
            vat_number: "01234567897".into(),
            employees: employees.into(),
            region: "lombardia".into(),
            ..Default::default()
        }
        .parse()
        .unwrap()
    };
    let (a, b) = (app.seed.company_a.clone(), app.seed.company_b.clone());
    let p1 = app.seed.p1.clone();
    let position_b = d
        .write_blocking(&Origin::system(), |tx| {
            db::companies::save_profile(tx, &Scope::All, &a, &profile("Company A Srl", "12"))?;
            db::companies::save_profile(tx, &Scope::All, &b, &profile("Company B Srl", "3"))?;
            let pa = db::positions::create(tx, &p1, &a, &position("Developer A", "2"))?;
            db::positions::set_status(tx, &pa, PositionStatus::Open, "")?;
            let pb = db::positions::create(tx, &p1, &b, &position("Developer B", "1"))?;
            db::positions::set_status(tx, &pb, PositionStatus::Open, "")?;
            Ok(pb)
        })
        .unwrap();
    Setup {
        call,
        position_b,
        tn2,
    }
}

#[tokio::test]
async fn the_coordinator_runs_explains_locks_compares_and_approves() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let page = c.get(&format!("/calls/{}/matching", s.call)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.shows(&msg_nums(
                "matching-summary",
                &[("candidates", 3), ("placed", 0), ("places", 3)]
            )),
            "{}",
            page.body
        );

        // At most one placement for Tunisia: two pairs only.
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal"), ("country_TN", "1")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let first = res.location().unwrap_or_default().to_owned();
        let run = c.get(&first).await;
        assert!(run.body.contains("data-pairs=\"2\""), "{}", run.body);
        assert!(
            run.body.contains("<details class=\"explain\">")
                && run.shows(&msg("component-occupation")),
            "each pair is explained, component by component"
        );
        assert!(
            !run.body.contains("Waiting"),
            "only shortlisted candidates are matched"
        );

        // Spread across companies: with two pairs, one goes to each company, and the
        // setting is remembered on the page.
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal"), ("country_TN", "1"), ("spread", "1")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let run = c.get(res.location().unwrap_or_default()).await;
        assert!(run.body.contains("2 pairs"), "{}", run.body);
        assert!(
            run.body.contains("Company A Srl") && run.body.contains("Company B Srl"),
            "{}",
            run.body
        );
        let page = c.get(&format!("/calls/{}/matching", s.call)).await;
        assert!(page.body.contains(r#"name="spread" value="1" checked"#));

        // Minimums: two from Morocco cannot be met (one Moroccan candidate): refused with
        // a message and no run stored; two from Tunisia and none from Morocco can.
        let runs_before = c
            .get(&format!("/calls/{}/matching", s.call))
            .await
            .body
            .matches("/matching-runs/")
            .count();
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal"), ("countrymin_MA", "2")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-matching-infeasible")), "{}", res.body);
        let page = c.get(&format!("/calls/{}/matching", s.call)).await;
        assert_eq!(page.body.matches("/matching-runs/").count(), runs_before);
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[
                    ("method", "optimal"),
                    ("countrymin_TN", "2"),
                    ("country_MA", "0"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let run = c.get(res.location().unwrap_or_default()).await;
        assert!(run.body.contains("2 pairs"), "{}", run.body);
        assert!(run.body.contains("Ben Salah") && run.body.contains("Trabelsi"));
        let page = c.get(&format!("/calls/{}/matching", s.call)).await;
        assert!(page.body.contains(r#"name="countrymin_TN" value="2""#));

        // Lock Trabelsi to company B, then the quota lifted: three pairs, the lock kept.
        let res = c
            .post(
                &format!("/calls/{}/matching/constraints", s.call),
                &[
                    ("candidate", &s.tn2),
                    ("position", &s.position_b),
                    ("kind", "lock"),
                    ("back", "/"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal")],
            )
            .await;
        let second = res.location().unwrap_or_default().to_owned();
        let run = c.get(&second).await;
        assert!(run.body.contains("data-pairs=\"3\""), "{}", run.body);
        assert!(run.body.contains("Trabelsi") && run.body.contains("data-locked"));

        let a = first.trim_start_matches("/matching-runs/");
        let b = second.trim_start_matches("/matching-runs/");
        let cmp = c.get(&format!("/matching-runs/compare?a={a}&b={b}")).await;
        assert_eq!(cmp.status, StatusCode::OK);
        assert!(cmp.shows(&msg("matching-only-b")));

        let res = c
            .post(&format!("{second}/approve"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some("/placements?proposed=3"));
        assert_eq!(
            c.post(&format!("{second}/approve"), &[("confirmed", "yes")])
                .await
                .status,
            StatusCode::CONFLICT,
            "a run is approved once"
        );
        // Placed candidates are not matched again.
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal")],
            )
            .await;
        assert!(
            c.get(res.location().unwrap_or_default())
                .await
                .body
                .contains("data-pairs=\"0\"")
        );

        // A company has no matching.
        assert_eq!(
            app.signed_in(COMPANY)
                .await
                .get(&format!("/calls/{}/matching", s.call))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}

#[tokio::test]
async fn companies_answer_only_their_own_proposals_and_a_decline_feeds_the_next_run() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal")],
            )
            .await;
        let run = res.location().unwrap_or_default().to_owned();
        c.post(&format!("{run}/approve"), &[("confirmed", "yes")])
            .await;

        let mut company = app.signed_in(COMPANY).await;
        company.accept_language = Some("en".into());
        let list = company.get("/placements").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(
            list.body.contains("Developer A") && !list.body.contains("Developer B"),
            "only company A's proposals"
        );
        let mine: Vec<db::matching::PlacementView> = {
            let mut conn = app.db.db().conn().unwrap();
            db::matching::placements(&mut conn, &Scope::All, &Default::default())
                .unwrap_or_default()
        };
        let (ours, theirs): (Vec<_>, Vec<_>) = mine
            .into_iter()
            .partition(|p| p.placement.company_id == app.seed.company_a);
        assert_eq!(ours.len(), 2);
        let other = &theirs[0].placement.id;
        assert_eq!(
            company
                .post(
                    &format!("/placements/{other}/answer"),
                    &[("status", "accepted")]
                )
                .await
                .status,
            StatusCode::NOT_FOUND
        );

        let accept = &ours[0].placement.id;
        // An interview is planned with times, not by a bare status (`interviews.rs`).
        assert_eq!(
            company
                .post(
                    &format!("/placements/{accept}/answer"),
                    &[("status", "interview")]
                )
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        // Accepting is final: asked first, nothing changed until confirmed.
        let asked = company
            .post(
                &format!("/placements/{accept}/answer"),
                &[("status", "accepted"), ("note", "Starts in March")],
            )
            .await;
        assert_eq!(asked.status, StatusCode::OK);
        assert!(asked.body.contains(r#"data-confirm="accept-placement""#));
        assert!(
            asked
                .body
                .contains(r#"name="note" value="Starts in March""#)
        );
        assert_eq!(
            company
                .post(
                    &format!("/placements/{accept}/answer"),
                    &[
                        ("status", "accepted"),
                        ("note", "Starts in March"),
                        ("confirmed", "yes")
                    ]
                )
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            company
                .post(
                    &format!("/placements/{accept}/answer"),
                    &[("status", "declined")]
                )
                .await
                .status,
            StatusCode::CONFLICT,
            "an acceptance is final"
        );
        let decline = &ours[1];
        assert_eq!(
            company
                .post(
                    &format!("/placements/{}/answer", decline.placement.id),
                    &[("status", "declined"), ("note", "Too far from home")]
                )
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let list = company.get("/placements").await;
        assert!(
            list.shows(&msg("placement-status-accepted"))
                && list.shows(&msg("placement-status-declined"))
        );

        // The declined pair is forbidden next time.
        let mut conn = app.db.db().conn().unwrap();
        let constraints = db::matching::constraints(&mut conn, &s.call).unwrap_or_default();
        assert!(constraints.contains(&(
            decline.placement.candidate_id.clone(),
            decline.placement.position_id.clone(),
            "forbid".to_owned()
        )));

        let mut api = app.client();
        api.bearer = Some(app.token(COMPANY));
        let placements = api.get("/api/v1/placements").await.json();
        assert_eq!(placements.as_array().map(Vec::len), Some(2));
        assert!(
            placements[0].get("passport_sealed").is_none(),
            "no identity documents for companies"
        );
        let mut coord_api = app.client();
        coord_api.bearer = Some(app.token(COORDINATOR));
        let res = coord_api
            .post_json(
                &format!("/api/v1/calls/{}/matching-runs", s.call),
                r#"{"method":"optimal"}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        // The only free place is the one the company declined for this candidate: forbidden.
        let result = &res.json()["result"];
        assert_eq!(result["pairs"].as_array().map(Vec::len), Some(0));
        assert_eq!(
            result["unassigned_candidates"][0]["id"],
            decline.placement.candidate_id.as_str()
        );
        assert_eq!(result["unassigned_candidates"][0]["eligible_options"], 0);
        let bad = coord_api
            .post_json(
                &format!("/api/v1/calls/{}/matching-runs", s.call),
                "not json",
            )
            .await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert_eq!(bad.json()["error"]["code"], "error-invalid-json");
    })
    .await;
}

#[tokio::test]
async fn stable_matching_follows_the_stated_rankings() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let d = app.db.db();
        let (shortlist, positions) = {
            let mut conn = d.conn().unwrap();
            let shortlist = db::matching::shortlisted(&mut conn, &s.call).unwrap_or_default();
            let positions = db::positions::list(&mut conn, &Scope::All, &Default::default())
                .unwrap_or_default();
            (shortlist, positions)
        };
        let position_a = positions
            .iter()
            .find(|l| l.position.company_id == app.seed.company_a)
            .map(|l| l.position.id.clone())
            .unwrap_or_default();
        // Company A ranks through its page, where candidates have no names.
        let mut company = app.signed_in(COMPANY).await;
        company.accept_language = Some("en".into());
        let page = company
            .get(&format!("/positions/{position_a}/ranking"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("#1")
                && !page.body.contains("Ben Salah")
                && !page.body.contains("Trabelsi")
        );
        let morocco = shortlist
            .iter()
            .find(|(c, _)| c.residence_country == Some(domain::Country::MA))
            .map(|(c, _)| c.id.clone())
            .unwrap_or_default();
        let field = format!("rank_{morocco}");
        assert_eq!(
            company
                .post(
                    &format!("/positions/{position_a}/ranking"),
                    &[(field.as_str(), "1")]
                )
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let bad = company
            .post(
                &format!("/positions/{position_a}/ranking"),
                &[(field.as_str(), "first")],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Every candidate wants company B most; B prefers Trabelsi.
        d.write_blocking(&Origin::system(), |tx| {
            for (c, _) in &shortlist {
                db::matching::set_rankings(
                    tx,
                    &s.call,
                    db::matching::Side::Candidate,
                    &c.id,
                    &[(s.position_b.clone(), 1), (position_a.clone(), 2)],
                )?;
            }
            db::matching::set_rankings(
                tx,
                &s.call,
                db::matching::Side::Company,
                &s.position_b,
                &[(s.tn2.clone(), 1)],
            )
        })
        .unwrap();
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let res = api
            .post_json(
                &format!("/api/v1/calls/{}/matching-runs", s.call),
                r#"{"method":"stable"}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        let pairs = res.json()["result"]["pairs"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(pairs.len(), 3);
        let at_b: Vec<&str> = pairs
            .iter()
            .filter(|p| p["position"] == s.position_b.as_str())
            .filter_map(|p| p["candidate"].as_str())
            .collect();
        assert_eq!(
            at_b,
            vec![s.tn2.as_str()],
            "company B gets the candidate it ranked first"
        );
    })
    .await;
}
