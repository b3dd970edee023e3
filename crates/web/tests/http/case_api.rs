//! The cases API: the list and one case, scoped like the pages (a company its own
//! trainees, a trainee their own case, agencies their country, promoters their
//! territory); transitions as the template allows, with its refusals and the
//! `Idempotency-Key`; the deadlines within reach; all in the OpenAPI document.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::Value;

use crate::deadline_world::{COMPANY_B, PROMOTER_BG, PROMOTER_MI, World, world};
use crate::support::{
    AGENCY_MA, AGENCY_TN, COMPANY, COORDINATOR, OTHER_COORDINATOR, PARTICIPANT, TestApp,
    on_each_backend,
};

async fn get(app: &TestApp, email: &str, path: &str) -> (StatusCode, Value) {
    let mut c = app.signed_in(email).await;
    let res = c.get(path).await;
    let json = serde_json::from_str(&res.body).unwrap_or(Value::Null);
    (res.status, json)
}

fn ids(page: &Value) -> Vec<String> {
    let mut v: Vec<String> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    v.sort();
    v
}

fn sorted(mut v: Vec<&String>) -> Vec<String> {
    v.sort();
    v.into_iter().cloned().collect()
}

#[tokio::test]
async fn the_case_list_is_scoped_like_the_pages_and_filtered() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let all = sorted(vec![&w.mine, &w.theirs, &w.other]);
        let (status, page) = get(&app, COORDINATOR, "/api/v1/cases").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(page["total"], 3);
        assert_eq!(ids(&page), all);
        // The most urgent first: the oldest overdue deadline (the hospitality declaration,
        // 28 days late) on top, the case without a deadline last.
        assert_eq!(page["items"][0]["id"], w.theirs.as_str());
        assert_eq!(page["items"][2]["id"], w.other.as_str());
        assert_eq!(page["items"][0]["overdue"], true);
        assert_eq!(page["items"][2]["overdue"], false);
        assert_eq!(
            page["items"][0]["reference"],
            w.reference(&app, &w.theirs).as_str()
        );

        let (_, overdue) = get(&app, COORDINATOR, "/api/v1/cases?overdue=true").await;
        assert_eq!(ids(&overdue), sorted(vec![&w.mine, &w.theirs]));
        let (_, review) = get(&app, COORDINATOR, "/api/v1/cases?status=regional_review").await;
        assert_eq!(ids(&review), vec![w.other.clone()]);
        let (_, turin) = get(&app, COORDINATOR, "/api/v1/cases?city=Torino").await;
        assert_eq!(ids(&turin), vec![w.theirs.clone()]);
        let country = w.case(&app, &w.mine).country;
        let (_, by_country) = get(
            &app,
            COORDINATOR,
            &format!("/api/v1/cases?country={country}"),
        )
        .await;
        assert!(ids(&by_country).contains(&w.mine));
        assert!(
            by_country["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["country"] == country.as_str())
        );
        let (status, _) = get(&app, COORDINATOR, "/api/v1/cases?page=x").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // A company its own trainees; the trainee their own case; a promoter its
        // territory; another programme's coordinator nothing.
        let (_, a) = get(&app, COMPANY, "/api/v1/cases").await;
        assert_eq!(ids(&a), sorted(vec![&w.mine, &w.other]));
        let (_, b) = get(&app, COMPANY_B, "/api/v1/cases").await;
        assert_eq!(ids(&b), vec![w.theirs.clone()]);
        let (_, own) = get(&app, PARTICIPANT, "/api/v1/cases").await;
        assert_eq!(ids(&own), vec![w.mine.clone()]);
        let (_, milano) = get(&app, PROMOTER_MI, "/api/v1/cases").await;
        assert_eq!(ids(&milano), sorted(vec![&w.mine, &w.other]));
        let (_, bergamo) = get(&app, PROMOTER_BG, "/api/v1/cases").await;
        assert_eq!(bergamo["total"], 0);
        let (_, p2) = get(&app, OTHER_COORDINATOR, "/api/v1/cases").await;
        assert_eq!(p2["total"], 0);

        // An agency its country's trainees only.
        for (agency, code) in [(AGENCY_MA, "MA"), (AGENCY_TN, "TN")] {
            let expected: Vec<String> = sorted(
                [&w.mine, &w.theirs, &w.other]
                    .into_iter()
                    .filter(|id| w.case(&app, id).country == code)
                    .collect(),
            );
            let (status, page) = get(&app, agency, "/api/v1/cases").await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(ids(&page), expected, "{agency}");
        }
        assert_eq!(
            w.case(&app, &w.mine).country,
            "MA",
            "the participant lives in Morocco"
        );
    })
    .await;
}

#[tokio::test]
async fn one_case_shows_its_deadlines_with_why_and_is_out_of_reach_of_others() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let (status, case) = get(&app, COORDINATOR, &format!("/api/v1/cases/{}", w.mine)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(case["step"], "visa_requested");
        assert_eq!(case["template"]["key"], "art27-lombardy");
        let deadline = &case["deadlines"][0];
        assert_eq!(deadline["rule"], "visa-decision");
        assert_eq!(deadline["who"], "promoter_staff");
        assert_eq!(deadline["standing"], "overdue");
        let due = w.today - chrono::Duration::days(10);
        assert_eq!(deadline["due_on"], due.to_string());
        assert_eq!(deadline["why"]["anchor"], "visa_requested");
        assert_eq!(
            deadline["why"]["anchor_date"],
            (w.today - chrono::Duration::days(100)).to_string()
        );
        assert_eq!(deadline["why"]["offset"], 90);
        assert_eq!(deadline["why"]["unit"], "calendar_days");
        assert!(deadline["why"]["holidays_skipped"].is_array());
        assert_eq!(
            case["next"],
            serde_json::json!(["visa_issued", "visa_refused", "withdrawn"])
        );
        assert!(
            case["missing"]["documents"]
                .as_array()
                .unwrap()
                .contains(&Value::from("passport"))
        );
        assert_eq!(case["path"].as_array().unwrap().len(), 5);

        // The permit request counts working days.
        let (_, arrived) = get(&app, COORDINATOR, &format!("/api/v1/cases/{}", w.theirs)).await;
        let permit = arrived["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "permit-request")
            .unwrap();
        assert_eq!(permit["why"]["unit"], "working_days");
        assert_eq!(permit["why"]["offset"], 8);

        // The company that hosts it, and the trainee, see it; the host sees no next step
        // of the promoter's.
        let (status, as_host) = get(&app, COMPANY, &format!("/api/v1/cases/{}", w.mine)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(as_host["next"], serde_json::json!([]));
        let (status, _) = get(&app, PARTICIPANT, &format!("/api/v1/cases/{}", w.mine)).await;
        assert_eq!(status, StatusCode::OK);
        // Another company, another country's agency, another territory, another
        // programme: as if it did not exist.
        for (who, id) in [
            (COMPANY, &w.theirs),
            (COMPANY_B, &w.mine),
            (PARTICIPANT, &w.theirs),
            (PROMOTER_MI, &w.theirs),
            (OTHER_COORDINATOR, &w.mine),
            (AGENCY_TN, &w.mine),
        ] {
            let (status, body) = get(&app, who, &format!("/api/v1/cases/{id}")).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{who} {id}");
            assert_eq!(body["error"]["code"], "error-not-found");
        }
        let (status, _) = get(&app, COORDINATOR, "/api/v1/cases/nothing-here").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    })
    .await;
}

async fn post_transition(
    app: &TestApp,
    email: &str,
    id: &str,
    body: &str,
    key: Option<&str>,
) -> (StatusCode, Value) {
    let mut c = app.client();
    let mut req = Request::post(format!("/api/v1/cases/{id}/transitions"))
        .header("host", "localhost")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {}", app.token(email)));
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    let res = c.send(req.body(Body::from(body.to_owned())).unwrap()).await;
    let json = serde_json::from_str(&res.body).unwrap_or(Value::Null);
    (res.status, json)
}

fn path_len(app: &TestApp, w: &World, id: &str) -> usize {
    let _ = w;
    let mut conn = app.db.db().conn().unwrap();
    db::cases::path(&mut conn, id).unwrap().len()
}

#[tokio::test]
async fn a_transition_moves_a_case_once_and_refusals_say_why() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let today = w.today.to_string();
        let body = format!(r#"{{"to": "regional_approved", "on": "{today}", "note": "DGR ok"}}"#);
        let before = path_len(&app, &w, &w.other);
        let (status, case) =
            post_transition(&app, PROMOTER_MI, &w.other, &body, Some("move-1")).await;
        assert_eq!(status, StatusCode::CREATED, "{case}");
        assert_eq!(case["step"], "regional_approved");
        assert_eq!(path_len(&app, &w, &w.other), before + 1);
        assert_eq!(app.last_audit().0, "case.transition");
        // The same request again with its key: the first answer, no second step.
        let (status, again) =
            post_transition(&app, PROMOTER_MI, &w.other, &body, Some("move-1")).await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(again["step"], "regional_approved");
        assert_eq!(path_len(&app, &w, &w.other), before + 1);

        // Not a step from here: 409. Not the role's: 403. The step incomplete: 422 on `to`.
        let to = |step: &str| format!(r#"{{"to": "{step}", "on": "{today}"}}"#);
        let (status, e) = post_transition(&app, COORDINATOR, &w.other, &to("arrived"), None).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(e["error"]["code"], "case-error-transition");
        let (status, e) = post_transition(&app, COMPANY, &w.mine, &to("visa_issued"), None).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(e["error"]["code"], "case-error-role");
        let (status, e) =
            post_transition(&app, COORDINATOR, &w.other, &to("visa_requested"), None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e["error"]["code"], "case-error-incomplete");
        assert_eq!(e["error"]["field"], "to");
        // A day to come, a time on another day, a case out of reach, a body off the schema.
        let tomorrow = w.today + chrono::Duration::days(1);
        let (status, e) = post_transition(
            &app,
            COORDINATOR,
            &w.mine,
            &format!(r#"{{"to": "visa_issued", "on": "{tomorrow}"}}"#),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e["error"]["field"], "on");
        let (status, e) = post_transition(
            &app,
            COORDINATOR,
            &w.mine,
            &format!(r#"{{"to": "visa_issued", "on": "{today}", "at": "{tomorrow}T10:00"}}"#),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e["error"]["field"], "at");
        let (status, _) = post_transition(&app, COMPANY_B, &w.mine, &to("visa_issued"), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, e) =
            post_transition(&app, COORDINATOR, &w.mine, r#"{"to": "visa_issued"}"#, None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e["error"]["field"], "on");
        // Agencies see cases but do not work them.
        let (status, _) = post_transition(&app, AGENCY_MA, &w.mine, &to("visa_issued"), None).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(
            w.case(&app, &w.mine).step,
            "visa_requested",
            "nothing moved"
        );
    })
    .await;
}

fn rules(list: &Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["case_id"].as_str().unwrap().to_owned(),
                d["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn deadlines_are_those_within_reach_by_standing() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let pair = |id: &String, rule: &str| (id.clone(), rule.to_owned());
        let mut everything = vec![
            pair(&w.mine, "visa-decision"),
            pair(&w.theirs, "hospitality-declaration"),
            pair(&w.theirs, "permit-request"),
        ];
        everything.sort();
        let (status, all) = get(&app, COORDINATOR, "/api/v1/deadlines?status=overdue").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(rules(&all), everything);
        // The nearest first, each with its case's reference and why.
        assert_eq!(all[0]["rule"], "hospitality-declaration");
        assert_eq!(all[0]["reference"], w.reference(&app, &w.theirs).as_str());
        assert_eq!(all[0]["standing"], "overdue");
        assert_eq!(all[0]["why"]["unit"], "hours");
        let (_, default) = get(&app, COORDINATOR, "/api/v1/deadlines").await;
        assert_eq!(rules(&default), everything);
        let (_, milano) = get(&app, PROMOTER_MI, "/api/v1/deadlines?status=near").await;
        assert_eq!(rules(&milano), vec![pair(&w.mine, "visa-decision")]);
        let (_, host) = get(&app, COMPANY_B, "/api/v1/deadlines?status=overdue").await;
        assert_eq!(
            rules(&host),
            vec![
                pair(&w.theirs, "hospitality-declaration"),
                pair(&w.theirs, "permit-request")
            ]
        );
        let (_, own) = get(&app, PARTICIPANT, "/api/v1/deadlines").await;
        assert_eq!(rules(&own), vec![pair(&w.mine, "visa-decision")]);
        let (_, none) = get(&app, OTHER_COORDINATOR, "/api/v1/deadlines").await;
        assert_eq!(none, serde_json::json!([]));
        let (status, e) = get(&app, COORDINATOR, "/api/v1/deadlines?status=late").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(e["error"]["code"], "deadlines-error-status");
        assert_eq!(e["error"]["field"], "status");

        // A task a person adds is a deadline too.
        app::cases::tasks::add(
            app.db.db(),
            &app::SystemClock,
            &w.coordinator,
            &w.other,
            "Call the Region",
            w.today,
            "promoter_staff",
        )
        .await
        .unwrap();
        let (_, near) = get(&app, PROMOTER_MI, "/api/v1/deadlines?status=near").await;
        let task = near
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "task")
            .unwrap();
        assert_eq!(task["title"], "Call the Region");
        assert_eq!(task["standing"], "due_today");
        assert_eq!(task["why"], Value::Null);
        let (_, overdue) = get(&app, PROMOTER_MI, "/api/v1/deadlines?status=overdue").await;
        assert_eq!(rules(&overdue), vec![pair(&w.mine, "visa-decision")]);
        // And the case's detail lists it.
        let (_, case) = get(&app, PROMOTER_MI, &format!("/api/v1/cases/{}", w.other)).await;
        let tasks = case["tasks"].as_array().unwrap();
        assert_eq!(tasks.len(), 1, "{case}");
        assert_eq!(tasks[0]["title"], "Call the Region");
        assert_eq!(tasks[0]["who"], "promoter_staff");
        assert_eq!(tasks[0]["done"], false);
    })
    .await;
}

#[tokio::test]
async fn the_openapi_document_lists_the_cases_api() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        let doc: Value = serde_json::from_str(&c.get("/api/openapi.json").await.body).unwrap();
        let paths = &doc["paths"];
        assert_eq!(
            paths["/api/v1/cases"]["get"]["x-mentor-permission"],
            "view_cases"
        );
        assert!(paths["/api/v1/cases/{id}"]["get"].is_object());
        let post = &paths["/api/v1/cases/{id}/transitions"]["post"];
        assert_eq!(post["x-mentor-permission"], "work_cases");
        assert_eq!(
            post["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/NewTransition"
        );
        for code in ["201", "403", "404", "409", "422"] {
            assert!(post["responses"][code].is_object(), "{code}");
        }
        assert!(paths["/api/v1/deadlines"]["get"].is_object());
        for schema in [
            "Case",
            "CasePage",
            "CaseSummary",
            "CaseDeadline",
            "NewTransition",
        ] {
            assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
        }
    })
    .await;
}
