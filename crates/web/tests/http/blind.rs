//! Blind review (issue 10, defect 10): a reader who sees no candidate names (an evaluator)
//! learns none from an order, a filter or free text written by others — on the pages, the
//! API and the export.

use axum::http::StatusCode;
use domain::Country;
use domain::candidate::Status;
use testkit::fixtures;

use crate::support::{AGENCY_TN, COORDINATOR, Client, EVALUATOR, Resp, TestApp, on_each_backend};

/// A name written by staff into free text about an application.
const SECRET: &str = "Zubairi";

/// A call of p1 and three eligible Tunisian applications with the same Italian level, sent
/// in an order that is not the order of their names: Zubairi, then Ammar, then Mansour.
struct Setup {
    call: String,
    zubairi: String,
    ammar: String,
    mansour: String,
}

fn setup(app: &TestApp) -> Setup {
    app.agencies_and_evaluator(&[Country::TN]);
    let d = app.db.db();
    let call = fixtures::call(d, &app.seed.p1, "MENTOR II call");
    let mut sent = Vec::new();
    for name in [SECRET, "Ammar", "Mansour"] {
        sent.push(fixtures::candidate(d, &call, name, "TN", Status::Eligible));
        // Distinct submission times on every backend's clock resolution.
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let mansour = sent.pop().unwrap_or_default();
    let ammar = sent.pop().unwrap_or_default();
    let zubairi = sent.pop().unwrap_or_default();
    Setup {
        call,
        zubairi,
        ammar,
        mansour,
    }
}

async fn api(app: &TestApp, email: &str) -> Client {
    let mut c = app.client();
    c.bearer = Some(app.token(email));
    c
}

/// The application ids of an API list, in its order.
fn api_order(res: &Resp) -> Vec<String> {
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.json()["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|i| i["id"].as_str().map(str::to_owned))
        .collect()
}

/// The application ids a list page links to, in its order.
fn page_order(res: &Resp, s: &Setup) -> Vec<String> {
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let mut found: Vec<(usize, String)> = [&s.zubairi, &s.ammar, &s.mansour]
        .into_iter()
        .filter_map(|id| {
            res.body
                .find(&format!("href=\"/candidates/{id}\""))
                .map(|at| (at, id.clone()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, id)| id).collect()
}

/// The body from `start` to the end of the attribute value it is in.
fn attribute_from<'a>(res: &'a Resp, start: &str) -> &'a str {
    let rest = res
        .body
        .find(start)
        .map_or("", |at| &res.body[at + start.len()..]);
    rest.find('"').map_or(rest, |end| &rest[..end])
}

#[tokio::test]
async fn no_order_or_filter_tells_an_evaluator_a_name() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let neutral = vec![s.mansour.clone(), s.ammar.clone(), s.zubairi.clone()];
        let by_name = vec![s.ammar.clone(), s.mansour.clone(), s.zubairi.clone()];

        // Those who see names get the name order, also to break ties of Italian level.
        let mut coordinator = api(&app, COORDINATOR).await;
        let res = coordinator.get("/api/v1/candidates?sort=italian").await;
        assert_eq!(api_order(&res), by_name, "the data tell the orders apart");

        let mut evaluator = api(&app, EVALUATOR).await;
        let res = evaluator.get("/api/v1/candidates?sort=submitted").await;
        assert_eq!(api_order(&res), neutral);
        for sort in ["name", "italian", ""] {
            let res = evaluator
                .get(&format!("/api/v1/candidates?sort={sort}"))
                .await;
            assert_eq!(api_order(&res), neutral, "sort={sort}");
        }
        // A name, an e-mail or a phone number does not narrow the list.
        for q in [SECRET, "zubairi@example.org", "Ammar", "+21620000000"] {
            let res = evaluator
                .get(&format!("/api/v1/candidates?q={}", q.replace('+', "%2B")))
                .await;
            assert_eq!(res.json()["total"], 3, "q={q}");
        }

        // The page offers neither the name search nor the name order, and honours neither.
        let mut page = app.signed_in(EVALUATOR).await;
        let res = page.get("/candidates").await;
        assert!(!res.body.contains("id=\"q\""), "no name search offered");
        assert!(
            !res.body.contains("value=\"name\""),
            "no name order offered"
        );
        for sort in ["name", "italian"] {
            let res = page
                .get(&format!("/candidates?sort={sort}&q={SECRET}"))
                .await;
            assert_eq!(page_order(&res, &s), neutral, "sort={sort}");
            // The ignored search is not carried on into exports or saved searches (the
            // language switcher's return path repeats the address typed, nothing more).
            let export = attribute_from(&res, "/candidates/export?format=csv");
            assert!(!export.contains(SECRET), "{export}");
            let saved = attribute_from(&res, "name=\"query\" value=\"");
            assert!(!saved.contains(SECRET), "{saved}");
        }
        let res = page.get("/candidates?sort=italian").await;
        assert_eq!(page_order(&res, &s), neutral);

        // The export follows the same order.
        let res = page.get("/candidates/export?format=csv&sort=italian").await;
        assert_eq!(res.status, StatusCode::OK);
        let at = |id: &str| res.body.find(domain::ids::short_ref(id));
        let positions: Vec<Option<usize>> = neutral.iter().map(|id| at(id)).collect();
        assert!(positions.iter().all(Option::is_some), "{}", res.body);
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{}", res.body);
        assert!(!res.body.contains(SECRET));
        let _ = s.call;
    })
    .await;
}

#[tokio::test]
async fn free_text_written_by_others_is_hidden_from_an_evaluator() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let target = format!("/candidates/{}", s.zubairi);
        let mut coordinator = app.signed_in(COORDINATOR).await;
        coordinator.accept_language = Some("en".into());
        let res = coordinator
            .post(
                &format!("/calls/{}/criteria", s.call),
                &[
                    ("name", "Motivation"),
                    ("weight", "100"),
                    ("max_score", "10"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let criterion = {
            let mut conn = app.db.db().conn().unwrap();
            db::selection::criteria(&mut conn, &s.call).unwrap()[0]
                .id
                .clone()
        };
        // A decision with a reason that names the candidate, published; then another
        // staged with one.
        let reason = format!("{SECRET} withdrew from the other scheme");
        let res = coordinator
            .post(
                &format!("{target}/decision"),
                &[("decision", "waiting_list"), ("reason", &reason)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = coordinator
            .post(
                &format!("/calls/{}/decisions/publish", s.call),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = coordinator
            .post(
                &format!("{target}/decision"),
                &[
                    ("decision", "shortlisted"),
                    ("reason", &format!("{SECRET} moves up")),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        // Another assessor's score note, and interview notes, naming them.
        let mut agency = app.signed_in(AGENCY_TN).await;
        let note = format!("{SECRET} was very motivated");
        let res = agency
            .post(
                &format!("{target}/scores"),
                &[
                    (format!("score-{criterion}").as_str(), "8"),
                    (format!("note-{criterion}").as_str(), note.as_str()),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = coordinator
            .post(
                &format!("{target}/interviews"),
                &[
                    ("date", "2022-04-12"),
                    ("time", "10:30"),
                    ("place", "Milano"),
                    ("panel", "Comune di Milano"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let interview = {
            let mut conn = app.db.db().conn().unwrap();
            let c =
                db::candidates::find(&mut conn, &domain::permission::Scope::All, "", &s.zubairi)
                    .unwrap();
            db::selection::interviews_of(&mut conn, &c).unwrap()[0]
                .id
                .clone()
        };
        let notes = format!("Ms {SECRET} answered well");
        let res = coordinator
            .post(
                &format!("{target}/interviews/{interview}"),
                &[("notes", notes.as_str()), ("score", "70")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let staff_page = coordinator.get(&target).await;
        assert!(staff_page.body.contains(&notes) && staff_page.body.contains(&note));

        // The evaluator: none of it on the page, each marked hidden for blind review.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        evaluator.accept_language = Some("en".into());
        let page = evaluator.get(&target).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(SECRET), "{}", page.body);
        assert!(page.body.contains("data-hidden-for-blind-review"));
        // Nor in the API.
        let mut evaluator_api = api(&app, EVALUATOR).await;
        for path in [format!("/api/v1{target}"), "/api/v1/candidates".to_owned()] {
            let res = evaluator_api.get(&path).await;
            assert_eq!(res.status, StatusCode::OK);
            assert!(!res.body.contains(SECRET), "{path}: {}", res.body);
        }
        // The ranking and the export neither.
        let ranking = evaluator.get(&format!("/calls/{}/ranking", s.call)).await;
        assert_eq!(ranking.status, StatusCode::OK);
        assert!(!ranking.body.contains(SECRET));
        let export = evaluator.get("/candidates/export?format=csv").await;
        assert!(!export.body.contains(SECRET));

        // They may score the interview but not replace notes they cannot see.
        let path = format!("{target}/interviews/{interview}");
        let before = app.audit_count();
        let res = evaluator
            .post(&path, &[("notes", "Fine"), ("score", "75")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        assert!(res.shows(&crate::support::msg("error-interview-notes-hidden")));
        assert_eq!(app.audit_count(), before, "nothing was written");
        let res = evaluator.post(&path, &[("score", "75")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert!(
            coordinator.get(&target).await.body.contains(&notes),
            "the notes are kept"
        );
        // Their own notes they do see.
        let res = evaluator
            .post(
                &format!("/candidates/{}/scores", s.zubairi),
                &[
                    (format!("score-{criterion}").as_str(), "6"),
                    (format!("note-{criterion}").as_str(), "Clear plan"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = evaluator.get(&target).await;
        assert!(page.body.contains("Clear plan") && !page.body.contains(SECRET));
    })
    .await;
}
