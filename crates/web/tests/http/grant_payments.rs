//! Grants after the award through the router (issue 15 item 5): the coordinator records
//! the agreement with its plan (refused whole when the tranches do not add up), pays the
//! released tranche in dinars with the rate (refused when the rate does not make the euro
//! amount, when the tranche is not released or overpaid), sees the fund's balance; the
//! grantee files the final report with a document, staff ask for more then accept it,
//! the last payment completes the grant; the plan changes with a reason; a cancelled
//! grant takes no payment; the API lists within reach and records a payment once per
//! `Idempotency-Key`. Out of reach is 404, without the permission 403.

use axum::http::StatusCode;
use db::grants::Reach;
use domain::Country;
use domain::candidate::Status;
use domain::grant::payment::disbursement::PayCurrency;
use domain::grant::{GrantState, ProjectOrigin, ProjectType};
use testkit::fixtures;
use testkit::grant_payments::{grant, grant_call};

mod api;

use crate::documents::{PDF, upload};
use crate::outcomes::{english, today};
use crate::support::{
    COMPANY, COORDINATOR, EVALUATOR, OTHER_COORDINATOR, PARTICIPANT, TestApp, msg, on_each_backend,
};

pub(super) struct Grants {
    pub(super) call: String,
    /// The participant's own grant: EUR 5,000, Tunisia, entrepreneurial, from home.
    pub(super) own: String,
    /// Another person's: EUR 2,500, Morocco, professional, from Italy.
    pub(super) other: String,
}

pub(super) fn setup(app: &TestApp) -> Grants {
    app.agencies_and_evaluator(&[Country::TN, Country::MA]);
    let d = app.db.db();
    let participant = {
        let mut conn = d.conn().unwrap();
        db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(PARTICIPANT).unwrap())
            .unwrap()
            .unwrap()
            .id
    };
    let call = fixtures::call(d, &app.seed.p1, "MENTOR II call");
    let mine = fixtures::candidate_of(
        d,
        &call,
        "Haddad",
        "TN",
        Status::Shortlisted,
        Some(&participant),
    );
    let theirs = fixtures::candidate(d, &call, "Alaoui", "MA", Status::Shortlisted);
    let gc = grant_call(d, &app.seed.p1, "Return projects 2024");
    Grants {
        own: grant(
            d,
            &gc,
            &mine,
            Country::TN,
            ProjectType::Entrepreneurial,
            ProjectOrigin::Home,
            500_000,
        ),
        other: grant(
            d,
            &gc,
            &theirs,
            Country::MA,
            ProjectType::Professional,
            ProjectOrigin::Italy,
            250_000,
        ),
        call: gc,
    }
}

pub(super) fn view(app: &TestApp, id: &str) -> (GrantState, Vec<(i64, i64)>) {
    let mut conn = app.db.db().conn().unwrap();
    let g = db::grants::payments::listing::find(&mut conn, &Reach::All, id).unwrap();
    let paid = db::grants::payments::paid_by_tranche(&mut conn, id).unwrap();
    let tranches = db::grants::payments::tranches(&mut conn, id)
        .unwrap()
        .into_iter()
        .map(|t| {
            let p = paid.iter().find(|(i, _)| *i == t.id).map_or(0, |(_, c)| *c);
            (t.amount_cents, p)
        })
        .collect();
    (g.award.state, tranches)
}

pub(super) fn tranche_ids(app: &TestApp, id: &str) -> Vec<String> {
    let mut conn = app.db.db().conn().unwrap();
    db::grants::payments::tranches(&mut conn, id)
        .unwrap()
        .into_iter()
        .map(|t| t.id)
        .collect()
}

fn plan(signed: &str, rows: &[(&str, &str, &str, &str)]) -> Vec<(String, String)> {
    let mut out = vec![("signed_on".to_owned(), signed.to_owned())];
    for (i, (label, amount, due, m)) in rows.iter().enumerate() {
        out.push((format!("label_{i}"), (*label).into()));
        out.push((format!("amount_{i}"), (*amount).into()));
        out.push((format!("due_on_{i}"), (*due).into()));
        out.push((format!("milestone_{i}"), (*m).into()));
    }
    out
}

fn fields(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, x)| (k.as_str(), x.as_str())).collect()
}

/// Records the default 60/40 agreement on `id` as the coordinator, confirmed.
pub(super) async fn agree(app: &TestApp, id: &str, amount: (&str, &str)) {
    let mut c = english(app, COORDINATOR).await;
    let t = today().to_string();
    let mut p = plan(
        &t,
        &[
            ("At signature", amount.0, &t, "signature"),
            ("After the final report", amount.1, "2030-01-31", "final"),
        ],
    );
    p.push(("confirmed".into(), "yes".into()));
    let res = c
        .post(&format!("/grants/{id}/agreement"), &fields(&p))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

#[tokio::test]
async fn the_coordinator_agrees_pays_in_dinars_and_the_grantee_reports_until_the_grant_is_completed()
 {
    on_each_backend(|app| async move {
        let g = setup(&app);
        let mut coord = english(&app, COORDINATOR).await;
        // The grant's page proposes the default plan: 60 % at signature, 40 % after the final report.
        let res = coord.get(&format!("/grants/{}", g.own)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-agreement-form"));
        assert!(
            res.body.contains("value=\"3000.00\"") && res.body.contains("value=\"2000.00\""),
            "{}",
            res.body
        );
        assert!(res.shows(&msg("grant-plan-default-signature")));

        // Asked first; then refused whole when the tranches do not add up, nothing written.
        let t = today().to_string();
        let mut bad = plan(
            &t,
            &[
                ("At signature", "3000", &t, "signature"),
                ("", "1500", "2030-01-31", "final"),
            ],
        );
        let res = coord
            .post(&format!("/grants/{}/agreement", g.own), &fields(&bad))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"grant-agreement\""));
        bad.push(("confirmed".into(), "yes".into()));
        let res = coord
            .post(&format!("/grants/{}/agreement", g.own), &fields(&bad))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-required")), "{}", res.body);
        assert!(
            res.body.contains("value=\"1500\""),
            "what was typed comes back"
        );
        assert_eq!(view(&app, &g.own), (GrantState::Awarded, vec![]));

        agree(&app, &g.own, ("3000", "2000")).await;
        assert_eq!(app.last_audit(), ("grant.agreed".into(), g.own.clone()));
        assert_eq!(
            view(&app, &g.own),
            (GrantState::Agreed, vec![(300_000, 0), (200_000, 0)])
        );
        let ids = tranche_ids(&app, &g.own);

        // The final tranche is not released; the rate must make the euro amount.
        let pay = |tranche: &str, amount: &str, cur: &str, local: &str, rate: &str| {
            vec![
                ("tranche".to_owned(), tranche.to_owned()),
                ("paid_on".to_owned(), today().to_string()),
                ("amount".to_owned(), amount.to_owned()),
                ("currency".to_owned(), cur.to_owned()),
                ("local_amount".to_owned(), local.to_owned()),
                ("rate".to_owned(), rate.to_owned()),
                ("confirmed".to_owned(), "yes".to_owned()),
            ]
        };
        let path = format!("/grants/{}/disbursements", g.own);
        let res = coord
            .post(&path, &fields(&pay(&ids[1], "2000", "EUR", "", "")))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-pay-error-not-released")));
        let res = coord
            .post(
                &path,
                &fields(&pay(&ids[0], "3000", "TND", "10113.600", "3.4")),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-pay-error-rate-mismatch")));
        let res = coord
            .post(&path, &fields(&pay(&ids[0], "3000.01", "EUR", "", "")))
            .await;
        assert!(res.shows(&msg("grant-pay-error-too-much")));
        assert_eq!(view(&app, &g.own).1, vec![(300_000, 0), (200_000, 0)]);
        // Asked first, then recorded with the rate exactly.
        let mut unconfirmed = pay(&ids[0], "3000", "TND", "10113.600", "3.3712");
        unconfirmed.pop();
        let res = coord.post(&path, &fields(&unconfirmed)).await;
        assert!(res.body.contains("data-confirm=\"grant-disbursement\""));
        let res = coord
            .post(
                &path,
                &fields(&pay(&ids[0], "3000", "TND", "10113.600", "3.3712")),
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            app.last_audit(),
            ("grant.disbursement".into(), g.own.clone())
        );
        let d = {
            let mut conn = app.db.db().conn().unwrap();
            db::grants::payments::disbursements::of_grant(&mut conn, &g.own).unwrap()
        };
        assert_eq!(
            (d[0].currency, d[0].local_milli, d[0].rate_micro),
            (PayCurrency::Tnd, Some(10_113_600), Some(3_371_200))
        );
        let res = coord.get(&format!("/grants/{}", g.own)).await;
        assert!(res.shows(&msg("flash-grant-paid")));
        assert!(res.body.contains("3.3712"), "the rate is shown");

        // The balance: EUR 7,500 committed, 3,000 paid, 4,500 unpaid, 92,500 left.
        let res = coord.get(&format!("/grant-calls/{}/grants", g.call)).await;
        assert_eq!(res.status, StatusCode::OK);
        for (attr, amount) in [
            ("committed", "€7,500.00"),
            ("paid", "€3,000.00"),
            ("unpaid", "€4,500.00"),
            ("uncommitted", "€92,500.00"),
        ] {
            let cell = res.part(&format!("data-fund-{attr}>"), "</dd>");
            assert!(cell.contains(amount), "{attr}: {cell}");
        }
        assert!(res.body.contains(&format!("data-grant-id=\"{}\"", g.other)));

        // The grantee sees their own grant only, and files the final report with a document.
        let mut me = english(&app, PARTICIPANT).await;
        let res = me.get(&format!("/my/funding/{}", g.own)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-report-form"));
        assert_eq!(
            me.get(&format!("/my/funding/{}", g.other)).await.status,
            StatusCode::NOT_FOUND
        );
        let report = format!("/my/funding/{}/reports", g.own);
        let res = upload(
            &mut me,
            &report,
            &[("milestone", "final"), ("done", ""), ("spent", "-1")],
            "r.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-required")) && res.shows(&msg("error-invalid-amount")));
        let res = upload(
            &mut me,
            &report,
            &[
                ("milestone", "final"),
                ("done", "The workshop is open"),
                ("spent", "4800"),
            ],
            "r.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = upload(
            &mut me,
            &report,
            &[("milestone", "final"), ("done", "Again"), ("spent", "1")],
            "r.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-report-error-filed")));
        let rid = {
            let mut conn = app.db.db().conn().unwrap();
            db::grants::payments::reports::of_grant(&mut conn, &g.own).unwrap()[0]
                .id
                .clone()
        };
        let res = coord
            .get(&format!("/grants/{}/reports/{rid}/document", g.own))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("content-type"), Some("application/pdf"));
        assert_eq!(
            app.last_audit(),
            ("grant.report.download".into(), g.own.clone())
        );

        // Staff ask for more (a note is required), the grantee files again, staff accept.
        let review = format!("/grants/{}/reports/{rid}", g.own);
        let res = coord
            .post(&review, &[("decision", "more"), ("note", " ")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = coord
            .post(
                &review,
                &[("decision", "more"), ("note", "Add the invoices")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = me.get(&format!("/my/funding/{}", g.own)).await;
        assert!(res.body.contains("Add the invoices"));
        let res = upload(
            &mut me,
            &report,
            &[
                ("milestone", "final"),
                ("done", "Invoices attached"),
                ("spent", "5000"),
            ],
            "r.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let rid2 = {
            let mut conn = app.db.db().conn().unwrap();
            db::grants::payments::reports::of_grant(&mut conn, &g.own).unwrap()[1]
                .id
                .clone()
        };
        let review = format!("/grants/{}/reports/{rid2}", g.own);
        let res = coord.post(&review, &[("decision", "accept")]).await;
        assert!(res.body.contains("data-confirm=\"grant-report-accept\""));
        let res = coord
            .post(&review, &[("decision", "accept"), ("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        // The final tranche is released: paying it in euros completes the grant.
        let res = coord
            .post(&path, &fields(&pay(&ids[1], "2000", "EUR", "", "")))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            view(&app, &g.own),
            (
                GrantState::Completed,
                vec![(300_000, 300_000), (200_000, 200_000)]
            )
        );
        let res = coord.get(&format!("/grants/{}", g.own)).await;
        assert!(res.shows(&msg("flash-grant-completed")));
    })
    .await;
}

#[tokio::test]
async fn the_plan_changes_with_a_reason_and_a_cancelled_grant_takes_no_payment() {
    on_each_backend(|app| async move {
        let g = setup(&app);
        agree(&app, &g.other, ("1500", "1000")).await;
        let mut coord = english(&app, COORDINATOR).await;
        let ids = tranche_ids(&app, &g.other);
        let res = coord
            .post(
                &format!("/grants/{}/disbursements", g.other),
                &[
                    ("tranche", &ids[0]),
                    ("paid_on", &today().to_string()),
                    ("amount", "1500"),
                    ("currency", "EUR"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        // The paid tranche stays; the rest becomes a mid-term and a final tranche.
        let mut p = plan(
            "",
            &[
                ("Mid-term", "500", "2029-06-30", "midterm"),
                ("Final", "500", "2030-01-31", "final"),
            ],
        );
        p.remove(0);
        p.push(("confirmed".into(), "yes".into()));
        let res = coord
            .post(&format!("/grants/{}/plan", g.other), &fields(&p))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "no reason");
        assert!(res.body.contains("data-confirm=\"grant-plan\""));
        p.push((
            "reason".into(),
            "The grantee bought the tools in two steps".into(),
        ));
        let res = coord
            .post(&format!("/grants/{}/plan", g.other), &fields(&p))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            view(&app, &g.other).1,
            vec![(150_000, 150_000), (50_000, 0), (50_000, 0)]
        );
        let res = coord.get(&format!("/grants/{}", g.other)).await;
        assert!(
            res.body
                .contains("The grantee bought the tools in two steps")
        );
        // A plan that no longer adds up is refused.
        let mut p = plan("", &[("Final", "900", "2030-01-31", "final")]);
        p.remove(0);
        p.extend([
            ("confirmed".into(), "yes".into()),
            ("reason".into(), "Less".into()),
        ]);
        let res = coord
            .post(&format!("/grants/{}/plan", g.other), &fields(&p))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-plan-error-sum")));

        // Cancelled with its reason; no payment after.
        let cancel = format!("/grants/{}/cancel", g.other);
        let res = coord.post(&cancel, &[]).await;
        assert!(res.body.contains("data-confirm=\"grant-cancel\""));
        let res = coord
            .post(&cancel, &[("confirmed", "yes"), ("reason", "")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = coord
            .post(
                &cancel,
                &[("confirmed", "yes"), ("reason", "The grantee renounced")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(view(&app, &g.other).0, GrantState::Cancelled);
        let ids = tranche_ids(&app, &g.other);
        let res = coord
            .post(
                &format!("/grants/{}/disbursements", g.other),
                &[
                    ("tranche", &ids[1]),
                    ("paid_on", &today().to_string()),
                    ("amount", "500"),
                    ("currency", "EUR"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        // The balance counts only what was paid of a cancelled grant.
        let res = coord.get(&format!("/grant-calls/{}/grants", g.call)).await;
        assert!(
            res.part("data-fund-committed>", "</dd>")
                .contains("€6,500.00")
        );
    })
    .await;
}

#[tokio::test]
async fn grants_are_refused_beyond_reach_and_without_the_permission() {
    on_each_backend(|app| async move {
        let g = setup(&app);
        let mut other = english(&app, OTHER_COORDINATOR).await;
        assert_eq!(
            other.get(&format!("/grants/{}", g.own)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            other
                .get(&format!("/grant-calls/{}/grants", g.call))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        for who in [COMPANY, PARTICIPANT, EVALUATOR] {
            let mut c = english(&app, who).await;
            assert_eq!(
                c.get(&format!("/grants/{}", g.own)).await.status,
                StatusCode::FORBIDDEN,
                "{who}"
            );
        }
        // The menu's lists: staff see their programmes' grants, the grantee their own.
        let mut coord = english(&app, COORDINATOR).await;
        let res = coord.get("/grants").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains(&format!("href=\"/grants/{}\"", g.other)));
        assert!(
            res.body
                .contains(&format!("href=\"/grant-calls/{}/grants\"", g.call))
        );
        assert!(res.body.contains("href=\"/grants\""), "in the menu");
        let mut me = english(&app, PARTICIPANT).await;
        let res = me.get("/my/funding").await;
        assert!(
            res.body
                .contains(&format!("href=\"/my/funding/{}\"", g.own))
        );
        assert!(!res.body.contains(&g.other));
        assert!(res.body.contains("href=\"/my/funding\""), "in the menu");
        assert!(!other.get("/grants").await.body.contains(&g.own));
        // Tasks: the coordinator pays the released tranche; the grantee's final report,
        // due in a week, is on their home page.
        let mut me = english(&app, PARTICIPANT).await;
        assert!(
            !me.get("/")
                .await
                .body
                .contains("data-task=\"grant-report-due\"")
        );
        let mut coord = english(&app, COORDINATOR).await;
        assert!(
            !coord
                .get("/")
                .await
                .body
                .contains("data-task=\"grant-to-pay\"")
        );
        let t = today().to_string();
        let week = (today() + chrono::Duration::days(7)).to_string();
        let mut p = plan(
            &t,
            &[
                ("At signature", "3000", &t, "signature"),
                ("Final", "2000", &week, "final"),
            ],
        );
        p.push(("confirmed".into(), "yes".into()));
        let res = coord
            .post(&format!("/grants/{}/agreement", g.own), &fields(&p))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = coord.get("/").await;
        assert!(
            res.body.contains("data-task=\"grant-to-pay\""),
            "{}",
            res.body
        );
        let res = me.get("/").await;
        assert!(
            res.body.contains("data-task=\"grant-report-due\""),
            "{}",
            res.body
        );
        assert!(
            res.body
                .contains(&format!("/my/funding/{}#milestones-heading", g.own))
        );
    })
    .await;
}
