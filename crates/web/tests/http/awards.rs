//! Issue 15's panel and award through the router, on both databases: the coordinator
//! appoints partner staff of the programme (not a participant); a panellist sees only the
//! applicant's name and the project's title until they declare, never another panellist's
//! marks or comments before submitting their own (pages and API); a submitted score does
//! not change; a declared conflict takes the application off their list; the ranking waits
//! for their scores; the award follows the call's rule, records adjustments with their
//! reason, is accepted only once the call is closed, writes the grants and the e-mails, and
//! shows the fund's balance; the results export; out of reach is 404, without the role 403.

use axum::http::StatusCode;
use chrono::Duration;
use db::Origin;
use db::grants::applications::Draft;
use domain::grant::terms::{Criterion, Terms};
use domain::grant::{Basis, ProjectOrigin, ProjectType, SharesBy, Status};
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

use crate::support::{
    AGENCY_TN, COORDINATOR, Client, OTHER_COORDINATOR, PARTICIPANT, TestApp, msg, on_each_backend,
};

/// Staff of an Italian promoter of p1, who may sit on a panel.
const PANEL_IT: &str = "panel@afol.example";
/// NGO staff of p1, never appointed.
const OUTSIDER: &str = "staff@ngo.example";

async fn signed_in(app: &TestApp, email: &str) -> Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

fn acting(app: &TestApp, email: &str) -> app::Acting {
    let mut conn = app.db.db().conn().unwrap();
    let user = db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(email).unwrap())
        .unwrap()
        .unwrap();
    app::Acting {
        actor: db::memberships::load_actor(&mut conn, &user.id)
            .unwrap()
            .unwrap(),
        origin: Origin::user(&user.id, "test"),
    }
}

fn today() -> chrono::NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

struct World {
    call: String,
    /// The applications by applicant: Ben Salah, Alaoui, Trabelsi, Idrissi.
    apps: [String; 4],
}

/// A call of p1 (EUR 10,000, grants 1,000–5,000, threshold 60, partial last, two criteria)
/// open today, with four eligible applications (EUR 4,000, 4,000, 3,000, 2,000), and the
/// people around it.
fn world(app: &TestApp) -> World {
    let d = app.db.db();
    app.agencies_and_evaluator(&[Country::TN]);
    let afol = fixtures::organisation(d, &app.seed.p1, "AFOL", OrganisationKind::Promoter);
    fixtures::user(d, PANEL_IT, &afol, Role::PromoterStaff);
    let ngo = fixtures::organisation(d, &app.seed.p1, "ANOLF", OrganisationKind::Ngo);
    fixtures::user(d, OUTSIDER, &ngo, Role::NgoStaff);
    let cands = fixtures::call(d, &app.seed.p1, "Traineeships 2022");
    let terms = Terms {
        title: "Return projects".into(),
        description: String::new(),
        currency: "EUR".into(),
        fund_cents: 1_000_000,
        min_grant_cents: 100_000,
        max_grant_cents: 500_000,
        opens_on: today() - Duration::days(20),
        closes_on: today() + Duration::days(20),
        quality_threshold: 60,
        partial_last: true,
        entrepreneurial: true,
        professional: true,
        from_italy: true,
        from_home: true,
        shares_by: SharesBy::None,
        shares: vec![],
        criteria: vec![
            Criterion {
                label: "Feasibility".into(),
                weight: 60,
            },
            Criterion {
                label: "Impact".into(),
                weight: 40,
            },
        ],
    };
    let people = [
        ("Ben Salah", "TN", 400_000),
        ("Alaoui", "MA", 400_000),
        ("Trabelsi", "TN", 300_000),
        ("Idrissi", "MA", 200_000),
    ];
    let ids: Vec<String> = people
        .iter()
        .map(|(name, country, _)| {
            fixtures::candidate(
                d,
                &cands,
                name,
                country,
                domain::candidate::Status::Shortlisted,
            )
        })
        .collect();
    let p1 = app.seed.p1.clone();
    let (call, apps) = d
        .write_blocking(&Origin::system(), move |tx| {
            let call = db::grants::calls::create(tx, &p1, &terms, "u")?;
            let mut apps = Vec::new();
            for (who, (name, country, cents)) in ids.iter().zip(people) {
                let country = Country::parse(country).unwrap();
                db::grants::eligibles::add(tx, &call, who, Basis::Completed, "", country, "u")?;
                let draft = Draft {
                    project_type: ProjectType::Entrepreneurial,
                    origin: ProjectOrigin::Home,
                    title: format!("Workshop of {name}"),
                    summary: format!("Secret plan of {name}"),
                    requested_cents: cents,
                    lang: "fr".into(),
                    lines: vec![("equipment".into(), format!("Lathe for {name}"), cents)],
                };
                let a = db::grants::applications::create(tx, &call, who, &draft)?;
                db::grants::applications::set_status(tx, &a, Status::Draft, Status::Submitted)?;
                db::grants::applications::set_status(tx, &a, Status::Submitted, Status::Eligible)?;
                apps.push(a);
            }
            Ok((call, apps))
        })
        .unwrap();
    World {
        call,
        apps: apps.try_into().unwrap(),
    }
}

fn status_of(app: &TestApp, id: &str) -> Status {
    let mut conn = app.db.db().conn().unwrap();
    db::grants::applications::find(&mut conn, &db::grants::Reach::All, id)
        .unwrap()
        .status
}

fn user_id(app: &TestApp, email: &str) -> String {
    acting(app, email).actor.user_id
}

#[tokio::test]
async fn a_panellist_declares_then_scores_without_seeing_the_others_first() {
    on_each_backend(|app| async move {
        let w = world(&app);
        let [a, _, c, _] = &w.apps;
        let panel = format!("/grant-calls/{}/panel", w.call);
        let mut co = signed_in(&app, COORDINATOR).await;
        let res = co.get(&panel).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-appoint"));
        for who in [AGENCY_TN, PANEL_IT] {
            let res = co.post(&format!("{panel}/appoint"), &[("user", &user_id(&app, who))]).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        }
        let res = co
            .post(&format!("{panel}/appoint"), &[("user", &user_id(&app, PARTICIPANT))])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("award-error-panellist")));
        let res = co.get(&panel).await;
        assert_eq!(res.body.matches("data-member=").count(), 2);
        assert!(res.shows("ANETI") && res.shows("AFOL"), "organisations shown");

        // Someone of the programme not on the panel is refused; so is a participant.
        let mut outsider = signed_in(&app, OUTSIDER).await;
        assert_eq!(outsider.get(&panel).await.status, StatusCode::FORBIDDEN);
        let mut p = signed_in(&app, PARTICIPANT).await;
        assert_eq!(p.get(&panel).await.status, StatusCode::FORBIDDEN);

        // Before the declaration: the name and the title only.
        let mut tn = signed_in(&app, AGENCY_TN).await;
        let res = tn.get(&panel).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body.matches("data-state=\"undeclared\"").count(), 4);
        let review = format!("{panel}/{a}");
        let res = tn.get(&review).await;
        assert!(res.body.contains("data-review-state=\"undeclared\""));
        assert!(res.shows("Workshop of Ben Salah"));
        assert!(!res.shows("Secret plan of Ben Salah") && !res.shows("Lathe for Ben Salah"));
        let res = tn
            .post(&format!("{review}/score"), &[("mark-0", "7"), ("mark-1", "7"), ("action", "save")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("award-error-undeclared")));
        let res = tn.post(&format!("{review}/declare"), &[("conflict", "no")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = tn.get(&review).await;
        assert!(res.shows(&msg("flash-award-declared")));
        assert!(res.shows("Secret plan of Ben Salah") && res.shows("Lathe for Ben Salah"));

        // The other panellist submits first, with a comment.
        let mut it = signed_in(&app, PANEL_IT).await;
        it.post(&format!("{review}/declare"), &[("conflict", "no")]).await;
        let res = it
            .post(
                &format!("{review}/score"),
                &[("mark-0", "8"), ("mark-1", "6"), ("comment", "Strong market plan"), ("action", "submit"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(status_of(&app, a), Status::Scored, "the first submitted score");

        // Not seen before one's own is submitted: page and API.
        assert!(!tn.get(&review).await.shows("Strong market plan"));
        let token = app.token(AGENCY_TN);
        let mut api = app.client();
        api.bearer = Some(token);
        let res = api.get(&format!("/api/v1/grant-calls/{}/scores", w.call)).await;
        assert_eq!(res.status, StatusCode::OK);
        let lines = res.json();
        assert_eq!(lines.as_array().unwrap().len(), 1);
        assert_eq!(lines[0]["mine"], true);
        assert!(!res.body.contains("Strong market plan"));

        // A mark out of range; then the confirmation; then the submission.
        let res = tn
            .post(&format!("{review}/score"), &[("mark-0", "11"), ("mark-1", "7"), ("action", "submit")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("award-error-mark")));
        assert!(res.body.contains("value=\"11\""), "what was typed is kept");
        let res = tn
            .post(&format!("{review}/score"), &[("mark-0", "7"), ("mark-1", "7"), ("action", "submit")])
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"submit-score\""));
        let res = tn
            .post(
                &format!("{review}/score"),
                &[("mark-0", "7"), ("mark-1", "7"), ("action", "submit"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = tn.get(&review).await;
        assert!(res.shows(&msg("flash-award-submitted")));
        assert!(res.shows("Strong market plan"), "seen once one's own is submitted");
        let res = api.get(&format!("/api/v1/grant-calls/{}/scores", w.call)).await;
        assert!(res.body.contains("Strong market plan"));

        // A submitted score does not change.
        let res = tn
            .post(
                &format!("{review}/score"),
                &[("mark-0", "1"), ("mark-1", "1"), ("action", "submit"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.shows(&msg("award-error-score-submitted")));

        // A conflict is confirmed, final, and takes the application off the list.
        let res = tn.post(&format!("{panel}/{c}/declare"), &[("conflict", "yes")]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"declare-conflict\""));
        let res = tn
            .post(&format!("{panel}/{c}/declare"), &[("conflict", "yes"), ("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = tn.get(&panel).await;
        assert!(!res.body.contains(&format!("data-item=\"{c}\"")));
        assert_eq!(res.body.matches("data-item=").count(), 3);
        let res = tn.post(&format!("{panel}/{c}/declare"), &[("conflict", "no")]).await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert_eq!(app.last_audit().0, "grant_review.conflict");

        // The ranking waits for all their scores; the API score needs an appointment.
        let ranking = format!("/grant-calls/{}/ranking", w.call);
        assert_eq!(tn.get(&ranking).await.status, StatusCode::FORBIDDEN);
        assert_eq!(co.get(&ranking).await.status, StatusCode::OK);
        let mut outsider_api = app.client();
        outsider_api.bearer = Some(app.token(OUTSIDER));
        let res = outsider_api
            .post_json(
                &format!("/api/v1/grant-applications/{a}/score"),
                r#"{"declaration": "no_conflict", "submit": false}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        // The API declares and scores in one request.
        let d_app = &w.apps[3];
        let res = api
            .post_json(
                &format!("/api/v1/grant-applications/{d_app}/score"),
                r#"{"declaration": "no_conflict", "marks": [5, 9], "comment": "From the API", "submit": false}"#,
            )
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert_eq!(res.json()["marks"], serde_json::json!([5, 9]));
        assert_eq!(res.json()["submitted"], false);
    })
    .await;
}

/// Both panellists appointed and every application scored through the use cases: marks per
/// application for the agency's officer and the promoter's staff.
async fn scored(app: &TestApp, w: &World, marks: [[i64; 2]; 4]) {
    let co = acting(app, COORDINATOR);
    let clock = app::SystemClock;
    for who in [AGENCY_TN, PANEL_IT] {
        app::awards::appoint(app.db.db(), &clock, &co, &w.call, &user_id(app, who))
            .await
            .unwrap();
    }
    for who in [AGENCY_TN, PANEL_IT] {
        let me = acting(app, who);
        for (a, m) in w.apps.iter().zip(marks) {
            let input = app::awards::ScoreInput {
                marks: m.iter().map(i64::to_string).collect(),
                comment: String::new(),
                submit: true,
            };
            app::awards::work(
                app.db.db(),
                &clock,
                &me,
                &w.call,
                a,
                Some(false),
                Some(input),
            )
            .await
            .unwrap();
        }
    }
}

#[tokio::test]
async fn the_award_follows_the_rule_and_is_accepted_once_the_call_is_closed() {
    on_each_backend(|app| async move {
        let w = world(&app);
        // 80, 70, 65 and 50 points.
        scored(&app, &w, [[8, 8], [7, 7], [6, 7], [5, 5]]).await;
        let [a, b, c, d] = &w.apps;
        let award = format!("/grant-calls/{}/award", w.call);
        let mut co = signed_in(&app, COORDINATOR).await;
        let res = co.get(&award).await;
        assert_eq!(res.status, StatusCode::OK);
        // A and B in full (8,000), C the 2,000 left in part, D under the threshold.
        for (id, outcome) in [
            (a, "funded"),
            (b, "funded"),
            (c, "partial"),
            (d, "below_threshold"),
        ] {
            assert!(
                res.body
                    .contains(&format!("data-line=\"{id}\" data-outcome=\"{outcome}\"")),
                "{outcome}"
            );
        }
        assert!(res.shows(&msg("award-blocked-open")));

        // Not while the call is open.
        let res = co
            .post(&format!("{award}/accept"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("award-error-not-ready")));

        // An adjustment needs its reason, and stays within the rule.
        let res = co
            .post(
                &format!("{award}/adjust"),
                &[
                    ("application", a.as_str()),
                    ("kind", "reduce"),
                    ("amount", "3000"),
                    ("reason", ""),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-required")));
        let res = co
            .post(
                &format!("{award}/adjust"),
                &[
                    ("application", a.as_str()),
                    ("kind", "reduce"),
                    ("amount", "500"),
                    ("reason", "Too low"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("award-error-reduce")));
        let res = co
            .post(
                &format!("{award}/adjust"),
                &[
                    ("application", d.as_str()),
                    ("kind", "include"),
                    ("reason", "Liked it"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("award-error-include")));
        let res = co
            .post(
                &format!("{award}/adjust"),
                &[
                    ("application", a.as_str()),
                    ("kind", "reduce"),
                    ("amount", "3000"),
                    ("reason", "The lathe is second-hand"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = co.get(&award).await;
        assert!(res.shows(&msg("flash-award-adjusted")));
        assert!(res.shows("The lathe is second-hand"));
        assert!(
            res.body
                .contains(&format!("data-line=\"{c}\" data-outcome=\"funded\""))
        );

        // Close the call (confirmed), then accept (confirmed).
        let res = co.post(&format!("{award}/close"), &[]).await;
        assert!(res.body.contains("data-confirm=\"close-call\""));
        let res = co
            .post(&format!("{award}/close"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = co.post(&format!("{award}/accept"), &[]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"accept-award\""));
        let res = co
            .post(&format!("{award}/accept"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = co.get(&award).await;
        assert!(res.shows(&msg("flash-award-accepted")));
        assert_eq!(res.body.matches("data-grant>").count(), 3);
        assert!(
            res.body.contains("data-balance=\"0\""),
            "3,000 + 4,000 + 3,000 of 10,000"
        );
        for (id, s) in [
            (a, Status::Awarded),
            (b, Status::Awarded),
            (c, Status::Awarded),
            (d, Status::NotAwarded),
        ] {
            assert_eq!(status_of(&app, id), s);
        }
        let mut conn = app.db.db().conn().unwrap();
        let grant = db::grants::awards::of_application(&mut conn, a)
            .unwrap()
            .unwrap();
        assert_eq!(grant.amount_cents, 300_000, "the reduced amount");
        let mails = db::outbox::to_recipient(&mut conn, "ben.salah@example.org").unwrap();
        assert_eq!(mails.len(), 1, "the applicant is told");
        // No account: the applicant is written to in French, with the reduced amount.
        let amount = domain::format::money(domain::Locale::Fr, 300_000, "EUR");
        assert!(mails[0].body.contains(&amount), "{}", mails[0].body);
        assert_eq!(
            db::outbox::to_recipient(&mut conn, "idrissi@example.org")
                .unwrap()
                .len(),
            1
        );
        drop(conn);

        // Accepted once; no change after.
        let res = co
            .post(&format!("{award}/accept"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        let res = co
            .post(
                &format!("{award}/adjust"),
                &[
                    ("application", b.as_str()),
                    ("kind", "exclude"),
                    ("reason", "Late"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.shows(&msg("award-error-accepted")));

        // The API says the same; the results export, audited.
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let res = api
            .get(&format!("/api/v1/grant-calls/{}/award-proposal", w.call))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        let j = res.json();
        assert_eq!(j["balance_cents"], 0);
        assert_eq!(j["awarded_cents"], 1_000_000);
        assert_eq!(j["adjustments"][0]["reason"], "The lathe is second-hand");
        assert!(j["accepted_at"].is_string());
        let res = co
            .get(&format!("/grant-calls/{}/results.xlsx", w.call))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.header("content-type")
                .unwrap()
                .contains("spreadsheetml")
        );
        assert_eq!(app.last_audit().0, "grant_call.export");

        // Out of reach: another programme's coordinator; without the role: a panellist.
        let mut other = signed_in(&app, OTHER_COORDINATOR).await;
        assert_eq!(other.get(&award).await.status, StatusCode::NOT_FOUND);
        let mut other_api = app.client();
        other_api.bearer = Some(app.token(OTHER_COORDINATOR));
        let res = other_api
            .get(&format!("/api/v1/grant-calls/{}/award-proposal", w.call))
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let mut tn = signed_in(&app, AGENCY_TN).await;
        assert_eq!(tn.get(&award).await.status, StatusCode::FORBIDDEN);
        // The panellist, all scores submitted, sees the ranking.
        let res = tn.get(&format!("/grant-calls/{}/ranking", w.call)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body.matches("data-rank=").count(), 4);
    })
    .await;
}

#[tokio::test]
async fn the_panels_work_shows_as_tasks() {
    on_each_backend(|app| async move {
        let w = world(&app);
        let co = acting(&app, COORDINATOR);
        app::awards::appoint(
            app.db.db(),
            &app::SystemClock,
            &co,
            &w.call,
            &user_id(&app, AGENCY_TN),
        )
        .await
        .unwrap();
        let mut tn = signed_in(&app, AGENCY_TN).await;
        let res = tn.get("/").await;
        assert!(
            res.body.contains("data-task=\"grant-panel-waiting\""),
            "{}",
            res.body
        );
        let mut c = signed_in(&app, COORDINATOR).await;
        assert!(
            !c.get("/")
                .await
                .body
                .contains("data-task=\"grant-award-ready\"")
        );
        scored(&app, &w, [[8, 8], [7, 7], [6, 7], [5, 5]]).await;
        assert!(
            !tn.get("/")
                .await
                .body
                .contains("data-task=\"grant-panel-waiting\"")
        );
        assert!(
            c.get("/")
                .await
                .body
                .contains("data-task=\"grant-award-ready\"")
        );
    })
    .await;
}
