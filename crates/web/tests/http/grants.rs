//! Issue 15's calls for proposals through the router, on both databases: the coordinator
//! publishes a call (every mistake at once, nothing written), changes it until someone
//! submits and closes it early; the list takes everyone who completed a traineeship and
//! the recovered with their reason; the applicant saves a draft, submits it (confirmed)
//! and reads the check; the checker records it (a note required when ineligible, the
//! eligible total within the bounds) and the applicant is e-mailed; the table of DOMAIN.md
//! §6 is counted from the records; out of reach is 404, without the permission 403; the API
//! does the same with the evaluator seeing no names.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use db::Origin;
use db::grants::Reach;
use domain::candidate::Status as CandidateStatus;
use domain::grant::{Basis, ProjectOrigin, ProjectType, Status};
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

use crate::support::{
    COMPANY, COORDINATOR, Client, EVALUATOR, OTHER_COORDINATOR, PARTICIPANT, TestApp, msg, msg_n,
    on_each_backend,
};

/// NGO staff of p1, who check applications.
const CHECKER: &str = "check@ngo.example";

fn today() -> NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

async fn english(app: &TestApp, email: &str) -> Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

/// A call's form, open from a week ago to a month ahead, EUR 1,000–5,000.
fn terms(title: &str) -> Vec<(&'static str, String)> {
    let d = |days: i64| (today() + Duration::days(days)).to_string();
    vec![
        ("title", title.into()),
        ("description", "Projects of those who came back".into()),
        ("currency", "EUR".into()),
        ("fund", "30000".into()),
        ("min_grant", "1000".into()),
        ("max_grant", "5000".into()),
        ("opens_on", d(-7)),
        ("closes_on", d(30)),
        ("quality_threshold", "60".into()),
        ("partial_last", "yes".into()),
        ("entrepreneurial", "yes".into()),
        ("professional", "yes".into()),
        ("from_italy", "yes".into()),
        ("from_home", "yes".into()),
        ("shares_by", "country".into()),
        ("share_TN", "15000".into()),
        ("share_MA", "15000".into()),
        ("criterion0_label", "Feasibility".into()),
        ("criterion0_weight", "60".into()),
        ("criterion1_label", "Impact".into()),
        ("criterion1_weight", "40".into()),
    ]
}

fn fields<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

fn with(
    mut v: Vec<(&'static str, String)>,
    key: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    v.retain(|(k, _)| *k != key);
    v.push((key, value.into()));
    v
}

fn calls(app: &TestApp) -> Vec<db::grants::calls::CallRow> {
    let mut conn = app.db.db().conn().unwrap();
    db::grants::calls::list(&mut conn, &Reach::All).unwrap()
}

/// Publishes a call through the page; its id.
async fn publish(app: &TestApp, title: &str) -> String {
    let mut c = english(app, COORDINATOR).await;
    let mut form = terms(title);
    form.push(("programme_id", app.seed.p1.clone()));
    let res = c.post("/grant-calls", &fields(&form)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.location()
        .unwrap()
        .trim_start_matches("/grant-calls/")
        .to_owned()
}

struct World {
    call: String,
    /// The participant's candidate record (Haddad, Tunisian) and another (Trabelsi).
    own: String,
    other: String,
}

/// A call of p1 with the participant and another person of p1 on its list (recovered),
/// and NGO staff who check.
async fn world(app: &TestApp) -> World {
    let d = app.db.db();
    let participant = {
        let mut conn = d.conn().unwrap();
        db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(PARTICIPANT).unwrap())
            .unwrap()
            .unwrap()
            .id
    };
    let selection = fixtures::call(d, &app.seed.p1, "Traineeships");
    let own = fixtures::candidate_of(
        d,
        &selection,
        "Haddad",
        "TN",
        CandidateStatus::Shortlisted,
        Some(&participant),
    );
    let other = fixtures::candidate(
        d,
        &selection,
        "Trabelsi",
        "MA",
        CandidateStatus::Shortlisted,
    );
    let ngo = fixtures::organisation(d, &app.seed.p1, "Soleterre", OrganisationKind::Ngo);
    fixtures::user(d, CHECKER, &ngo, Role::NgoStaff);
    let call = publish(app, "Return projects").await;
    let mut c = english(app, COORDINATOR).await;
    for name in ["Test Haddad", "Trabelsi Test"] {
        let res = c
            .post(
                &format!("/grant-calls/{call}/eligible/recovered"),
                &[
                    ("person", name),
                    ("reason", "Trained outside the call, back home"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    World { call, own, other }
}

fn application(
    app: &TestApp,
    call: &str,
    candidate: &str,
) -> Option<db::grants::applications::ApplicationRow> {
    let mut conn = app.db.db().conn().unwrap();
    db::grants::applications::of_candidate(&mut conn, call, candidate).unwrap()
}

fn draft<'a>(lines: &[(&'a str, &'a str, &'a str)]) -> Vec<(String, String)> {
    let mut f = vec![
        ("project_type".to_owned(), "entrepreneurial".to_owned()),
        ("origin".to_owned(), "home".to_owned()),
        ("title".to_owned(), "Olive oil press".to_owned()),
        (
            "summary".to_owned(),
            "A small press in Sfax for the village.".to_owned(),
        ),
    ];
    for (n, (c, l, a)) in lines.iter().enumerate() {
        f.push((format!("line{n}_category"), (*c).to_owned()));
        f.push((format!("line{n}_label"), (*l).to_owned()));
        f.push((format!("line{n}_amount"), (*a).to_owned()));
    }
    f
}

async fn post_owned(c: &mut Client, path: &str, f: &[(String, String)]) -> crate::support::Resp {
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    c.post(path, &refs).await
}

#[tokio::test]
async fn a_call_is_published_with_every_mistake_named_and_changed_until_someone_submits() {
    on_each_backend(|app| async move {
        let mut c = english(&app, COORDINATOR).await;
        let res = c.get("/grant-calls/new").await;
        assert_eq!(res.status, StatusCode::OK);
        let mut bad = terms("Return projects");
        bad = with(bad, "fund", "lots");
        bad = with(bad, "criterion1_weight", "30");
        bad = with(bad, "programme_id", &app.seed.p1);
        let res = c.post("/grant-calls", &fields(&bad)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-invalid-amount")), "{}", res.body);
        assert!(
            res.body.contains("value=\"Return projects\""),
            "what was typed stays"
        );
        let mut incoherent = with(terms("Return projects"), "programme_id", &app.seed.p1);
        incoherent = with(incoherent, "criterion1_weight", "30");
        incoherent = with(incoherent, "min_grant", "6000");
        let res = c.post("/grant-calls", &fields(&incoherent)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-error-weights")));
        assert!(res.shows(&msg("grant-error-bounds")));
        let p2 = with(terms("Elsewhere"), "programme_id", &app.seed.p2);
        let res = c.post("/grant-calls", &fields(&p2)).await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "another programme is out of reach"
        );
        assert!(calls(&app).is_empty(), "nothing was written");

        let w = world(&app).await;
        let res = c.get(&format!("/grant-calls/{}", w.call)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-state=\"open\""));
        assert!(res.body.contains("data-link=\"edit\""));
        assert!(
            res.body
                .contains("data-count=\"listed\"><bdi dir=\"ltr\">2<"),
            "{}",
            res.part("data-counts", "</dl>")
        );
        let row = &calls(&app)[0];
        assert_eq!(
            (row.fund_cents, row.min_grant_cents, row.max_grant_cents),
            (3_000_000, 100_000, 500_000)
        );

        let changed = with(
            terms("Return projects — 2027"),
            "programme_id",
            &app.seed.p1,
        );
        let res = c
            .post(&format!("/grant-calls/{}/edit", w.call), &fields(&changed))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(calls(&app)[0].title, "Return projects — 2027");

        // Out of reach and without the permission.
        let mut other = english(&app, OTHER_COORDINATOR).await;
        assert_eq!(
            other.get(&format!("/grant-calls/{}", w.call)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            other
                .post(
                    &format!("/grant-calls/{}/close", w.call),
                    &[("confirmed", "yes")]
                )
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let mut company = english(&app, COMPANY).await;
        assert_eq!(
            company.get("/grant-calls").await.status,
            StatusCode::FORBIDDEN
        );

        // Once someone submitted, the terms are fixed.
        let mut p = english(&app, PARTICIPANT).await;
        let res = post_owned(
            &mut p,
            &format!("/my/grants/{}", w.call),
            &draft(&[("equipment", "Press", "2500")]),
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = p
            .post(
                &format!("/my/grants/{}/submit", w.call),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = c
            .post(&format!("/grant-calls/{}/edit", w.call), &fields(&changed))
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.shows(&msg("grant-error-call-in-use")));
        assert!(
            !c.get(&format!("/grant-calls/{}", w.call))
                .await
                .body
                .contains("data-link=\"edit\"")
        );

        // Closing early is confirmed first, then nobody may save a draft.
        let res = c.post(&format!("/grant-calls/{}/close", w.call), &[]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"close-grant-call\""));
        assert!(
            calls(&app)[0].closed_on.is_none(),
            "nothing before the confirmation"
        );
        let res = c
            .post(
                &format!("/grant-calls/{}/close", w.call),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(calls(&app)[0].closed_on, Some(today()));
        let res = c
            .post(
                &format!("/grant-calls/{}/close", w.call),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT, "closed once");
    })
    .await;
}

#[tokio::test]
async fn an_applicant_saves_submits_and_reads_the_check() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let mut p = english(&app, PARTICIPANT).await;
        let res = p.get("/my/grants").await;
        assert!(
            res.body
                .contains(&format!("data-call=\"{}\" data-status=\"none\"", w.call)),
            "{}",
            res.body
        );
        let path = format!("/my/grants/{}", w.call);
        let res = p.get(&path).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body.contains("hx-post"),
            "a change saves the draft with htmx"
        );

        // A draft saves as it is, incomplete; a bad amount is refused and nothing changes.
        let lines = [
            ("equipment", "Press", "2500"),
            ("training", "Course", "500,50"),
        ];
        let res = post_owned(&mut p, &path, &draft(&lines)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let a = application(&app, &w.call, &w.own).unwrap();
        assert_eq!((a.status, a.requested_cents), (Status::Draft, 300_050));
        assert_eq!(a.lang, "en");
        let res = post_owned(&mut p, &path, &draft(&[("equipment", "Press", "25 euros")])).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-invalid-amount")));
        assert!(
            res.body.contains("value=\"25 euros\""),
            "what was typed stays"
        );
        assert_eq!(
            application(&app, &w.call, &w.own).unwrap().requested_cents,
            300_050
        );
        let res = p.get(&path).await;
        assert!(
            res.body.contains("value=\"500.50\""),
            "the draft survives: {}",
            res.part("data-line=\"1\"", "</div>")
        );

        // Submitting: above the maximum is refused with the reason, then confirmed.
        let too_much = draft(&[("equipment", "Press", "4500"), ("vehicle", "Van", "1500")]);
        let res = post_owned(&mut p, &format!("{path}/submit"), &too_much).await;
        assert_eq!(res.status, StatusCode::OK, "saved, then asked to confirm");
        let res = p
            .post(&format!("{path}/submit"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-error-requested-bounds")));
        let fits = draft(&[("equipment", "Press", "2500"), ("vehicle", "Van", "1500")]);
        let res = post_owned(&mut p, &format!("{path}/submit"), &fits).await;
        assert!(
            res.body
                .contains("data-confirm=\"submit-grant-application\"")
        );
        assert_eq!(
            application(&app, &w.call, &w.own).unwrap().status,
            Status::Draft,
            "not before the confirmation"
        );
        let res = p
            .post(&format!("{path}/submit"), &[("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = p.get(&path).await;
        assert!(res.shows(&msg("flash-grant-submitted")));
        assert!(res.body.contains("data-status=\"submitted\""));
        assert!(
            !res.body.contains("data-application-form"),
            "submitted text is read-only"
        );
        let res = post_owned(&mut p, &path, &draft(&lines)).await;
        assert_eq!(res.status, StatusCode::CONFLICT);

        // The checker's inbox, list and page.
        let mut k = english(&app, CHECKER).await;
        assert!(k.get("/").await.body.contains("data-task=\"grant-check\""));
        let res = k
            .get(&format!("/grant-calls/{}/applications", w.call))
            .await;
        let a = application(&app, &w.call, &w.own).unwrap();
        assert!(res.body.contains(&a.reference));
        let page = format!("/grant-applications/{}", a.id);
        let res = k.get(&page).await;
        assert!(
            res.body.contains("data-line=\"1\" data-attention=\"true\""),
            "the van is flagged"
        );
        let check = format!("{page}/check");
        let res = k
            .post(
                &check,
                &[
                    ("verdict0", "yes"),
                    ("verdict1", "no"),
                    ("decision", "ineligible"),
                    ("note", ""),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-error-note-required")));
        let res = k
            .post(
                &check,
                &[
                    ("verdict0", "no"),
                    ("verdict1", "no"),
                    ("decision", "eligible"),
                ],
            )
            .await;
        assert!(
            res.shows(&msg("grant-error-check-bounds")),
            "nothing eligible is below the minimum"
        );
        let res = k
            .post(&check, &[("verdict0", "yes"), ("decision", "eligible")])
            .await;
        assert!(res.shows(&msg("grant-error-check-lines")));
        let res = k
            .post(
                &check,
                &[
                    ("verdict0", "yes"),
                    ("verdict1", "no"),
                    ("decision", "eligible"),
                    ("note", "The van is not an eligible cost."),
                ],
            )
            .await;
        assert!(
            res.body
                .contains("data-confirm=\"check-grant-application\"")
        );
        assert_eq!(
            application(&app, &w.call, &w.own).unwrap().status,
            Status::Submitted
        );
        let res = k
            .post(
                &check,
                &[
                    ("verdict0", "yes"),
                    ("verdict1", "no"),
                    ("decision", "eligible"),
                    ("note", "The van is not an eligible cost."),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let a = application(&app, &w.call, &w.own).unwrap();
        assert_eq!(a.status, Status::Eligible);
        let lines = {
            let mut conn = app.db.db().conn().unwrap();
            db::grants::applications::lines(&mut conn, &a.id).unwrap()
        };
        assert_eq!(
            lines.iter().map(|l| l.eligible).collect::<Vec<_>>(),
            [Some(true), Some(false)]
        );
        let mail = {
            let mut conn = app.db.db().conn().unwrap();
            db::outbox::to_recipient(&mut conn, "haddad@example.org").unwrap()
        };
        assert_eq!(mail.len(), 1);
        assert!(
            mail[0].body.contains(&a.reference)
                && mail[0].body.contains("The van is not an eligible cost.")
        );
        assert!(
            !k.get("/").await.body.contains("data-task=\"grant-check\""),
            "nothing waits any more"
        );

        // A correction to ineligible, with its note; the applicant reads it.
        let res = k
            .post(
                &check,
                &[
                    ("verdict0", "no"),
                    ("verdict1", "no"),
                    ("decision", "ineligible"),
                    ("note", "No eligible cost."),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = p.get(&path).await;
        assert!(res.body.contains("data-status=\"ineligible\""));
        assert!(res.body.contains("No eligible cost."));

        // Scope: another programme's coordinator, a participant on the checker's pages.
        let mut other = english(&app, OTHER_COORDINATOR).await;
        assert_eq!(
            other.get(&format!("/grant-calls/{}", w.call)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(p.get(&page).await.status, StatusCode::FORBIDDEN);
        let other_candidate = w.other;
        assert!(application(&app, &w.call, &other_candidate).is_none());
    })
    .await;
}

mod api;
mod documents;
mod list;
mod table;
