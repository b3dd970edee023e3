//! The API's own contract (issue 10, defect 16): every error of every API route is the JSON
//! error object, bodies are refused as the document says (naming the field), implausible
//! values are refused, and a 201 answers what the document says it does.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};

use crate::support::{COORDINATOR, Client, NOBODY, Resp, TestApp, on_each_backend};

/// An error answered as the API's JSON error object, with this status.
fn assert_json_error(what: &str, res: &Resp, status: StatusCode) -> Value {
    assert_eq!(res.status, status, "{what}: {}", res.body);
    assert!(
        res.header("content-type")
            .is_some_and(|t| t.starts_with("application/json")),
        "{what}: not JSON: {:?} {}",
        res.header("content-type"),
        res.body
    );
    let error = res.json()["error"].clone();
    assert!(
        error["code"]
            .as_str()
            .is_some_and(|c| c.starts_with("error-")),
        "{what}: {error}"
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{what}"
    );
    assert!(error["request_id"].is_string(), "{what}");
    error
}

async fn send(c: &mut Client, method: &str, path: &str, content_type: &str, body: Vec<u8>) -> Resp {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header("host", "localhost")
        .header(header::CONTENT_TYPE, content_type);
    if let Some(t) = &c.bearer {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    c.send(req.body(Body::from(body)).unwrap()).await
}

fn api_routes() -> Vec<(&'static str, String)> {
    web::routes::table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| {
            let path = r
                .path
                .replace("{id}", "00000000-0000-4000-8000-000000000000");
            (r.method, path)
        })
        .collect()
}

fn bearer(app: &TestApp, email: &str) -> Client {
    let mut c = app.client();
    c.bearer = Some(app.token(email));
    c
}

#[tokio::test]
async fn every_error_of_every_api_route_is_the_json_error_object() {
    on_each_backend(|app| async move {
        let mut anonymous = app.client();
        let mut nobody = bearer(&app, NOBODY);
        let mut coordinator = bearer(&app, COORDINATOR);
        for (method, path) in api_routes() {
            let what = format!("{method} {path}");
            let body = b"{}".to_vec();
            let res = send(
                &mut anonymous,
                method,
                &path,
                "application/json",
                body.clone(),
            )
            .await;
            assert_json_error(&what, &res, StatusCode::UNAUTHORIZED);
            let res = send(&mut nobody, method, &path, "application/json", body.clone()).await;
            if path != "/api/v1/users/me" && !path.starts_with("/api/v1/taxonomy/") {
                assert_json_error(&what, &res, StatusCode::FORBIDDEN);
            }
            // Another method: 405, saying which ones the address takes.
            let res = send(&mut coordinator, "DELETE", &path, "application/json", body).await;
            assert_json_error(
                &format!("DELETE {path}"),
                &res,
                StatusCode::METHOD_NOT_ALLOWED,
            );
            assert!(res.header("allow").is_some(), "{what}");
            if method == "GET" && path.contains("00000000-") {
                let res = coordinator.get(&path).await;
                assert_json_error(&what, &res, StatusCode::NOT_FOUND);
            }
            if method != "POST" {
                continue;
            }
            let cases: [(&str, Vec<u8>, StatusCode); 5] = [
                (
                    "application/json",
                    b"{\"title\": ".to_vec(),
                    StatusCode::BAD_REQUEST,
                ),
                (
                    "text/plain",
                    b"{}".to_vec(),
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ),
                (
                    "application/json",
                    b"[]".to_vec(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                ),
                (
                    "application/json",
                    b"{} trailing".to_vec(),
                    StatusCode::BAD_REQUEST,
                ),
                (
                    "application/json",
                    format!("{{\"x\": \"{}\"}}", "a".repeat(3 * 1024 * 1024)).into_bytes(),
                    StatusCode::PAYLOAD_TOO_LARGE,
                ),
            ];
            for (content_type, body, status) in cases {
                let res = send(&mut coordinator, "POST", &path, content_type, body).await;
                assert_json_error(&what, &res, status);
            }
            // A missing field is named (a matching run's settings all have defaults).
            if !path.ends_with("/matching-runs") {
                let res = send(
                    &mut coordinator,
                    "POST",
                    &path,
                    "application/json",
                    b"{}".to_vec(),
                )
                .await;
                let error = assert_json_error(&what, &res, StatusCode::UNPROCESSABLE_ENTITY);
                assert!(error["field"].is_string(), "{what}: {error}");
            }
        }
        // The path of a nested field.
        let res = coordinator
            .post_json(
                "/api/v1/calls",
                r#"{"programme_id": "p", "title": "T", "opens_on": "2026-01-10",
                    "closes_on": "2026-03-31", "places": 10, "rules": {"age": {"min": 14}}}"#,
            )
            .await;
        let error = assert_json_error("nested", &res, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(error["field"], "rules.age.max");
        assert_eq!(error["code"], "error-json-field");
    })
    .await;
}

fn call_body(app: &TestApp, opens_on: &str, places: Value) -> String {
    json!({
        "programme_id": app.seed.p1, "title": "Call 2027", "opens_on": opens_on,
        "closes_on": "2027-03-31", "places": places,
        "rules": {"residence_countries": ["TN"], "age": {"min": 18, "max": 35, "on": "2027-03-31"}}
    })
    .to_string()
}

fn calls_of(app: &TestApp) -> usize {
    let mut conn = app.db.db().conn().unwrap();
    db::calls::list(&mut conn, &domain::permission::Scope::All)
        .unwrap()
        .len()
}

#[tokio::test]
async fn implausible_dates_and_counts_are_refused_naming_the_field() {
    on_each_backend(|app| async move {
        let mut c = bearer(&app, COORDINATOR);
        let before = calls_of(&app);
        // What was found published: a call opening in the year 273, one with 32,629 places.
        for (opens_on, places, field) in [
            ("0273-01-10", json!(10), "opens_on"),
            ("2027-01-10", json!(32629), "places"),
            ("2027-01-10", json!(0), "places"),
            ("1999-12-31", json!(10), "opens_on"),
            ("2099-01-10", json!(10), "opens_on"),
        ] {
            let res = c
                .post_json("/api/v1/calls", &call_body(&app, opens_on, places))
                .await;
            let error = assert_json_error(field, &res, StatusCode::UNPROCESSABLE_ENTITY);
            assert_eq!(error["field"], field, "{opens_on}");
        }
        let body = json!({
            "programme_id": app.seed.p1, "title": "Call", "opens_on": "2027-01-10",
            "closes_on": "2027-03-31", "places": 10,
            "rules": {"age": {"min": 10, "max": 35, "on": "2027-03-31"}}
        });
        let res = c.post_json("/api/v1/calls", &body.to_string()).await;
        let error = assert_json_error("age", &res, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(error["field"], "rules.age.min");
        assert_eq!(calls_of(&app), before, "nothing written");

        // The form says the same, in the person's language, and keeps what was typed.
        let mut page = app.signed_in(COORDINATOR).await;
        page.accept_language = Some("en".into());
        let res = page
            .post(
                "/calls",
                &[
                    ("programme_id", app.seed.p1.as_str()),
                    ("title", "Call 273"),
                    ("opens_on", "0273-01-10"),
                    ("closes_on", "2027-03-31"),
                    ("places", "10"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&crate::support::msg("error-date-range")));
        assert!(res.body.contains("value=\"Call 273\""));
        let res = page
            .post(
                "/calls",
                &[
                    ("programme_id", app.seed.p1.as_str()),
                    ("title", "Call 32629"),
                    ("opens_on", "2027-01-10"),
                    ("closes_on", "2027-03-31"),
                    ("places", "32629"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&crate::support::msg("error-call-places")));
        assert_eq!(calls_of(&app), before, "nothing written");
    })
    .await;
}

/// The `required` fields of a response schema of the served document.
async fn required_of(c: &mut Client, schema: &str) -> Vec<String> {
    let doc = c.get("/api/openapi.json").await.json();
    doc["components"]["schemas"][schema]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_201_answers_the_documented_fields_and_where_to_read_them() {
    on_each_backend(|app| async move {
        let mut c = bearer(&app, COORDINATOR);
        let doc = c.get("/api/openapi.json").await.json();
        for (path, schema) in [("/api/v1/calls", "Call"), ("/api/v1/companies", "Company")] {
            let post = &doc["paths"][path]["post"]["responses"];
            assert!(post.get("200").is_none(), "{path}");
            assert_eq!(
                post["201"]["content"]["application/json"]["schema"]["$ref"],
                format!("#/components/schemas/{schema}")
            );
            assert!(post["201"]["headers"]["Location"].is_object());
            for code in ["400", "401", "403", "413", "415", "422"] {
                assert_eq!(
                    post[code]["$ref"], "#/components/responses/Error",
                    "{path} {code}"
                );
            }
            assert_eq!(
                doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                    .as_str()
                    .map(|s| s.starts_with("#/components/schemas/New")),
                Some(true)
            );
        }
        assert_eq!(doc["security"][0]["bearer"], json!([]));

        let created = c
            .post_json("/api/v1/calls", &call_body(&app, "2027-01-10", json!(12)))
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        let call = created.json();
        for field in required_of(&mut c, "Call").await {
            assert!(call.get(&field).is_some(), "the new call lacks {field}");
        }
        assert_eq!(call["places"], 12);
        let at = created.location().unwrap().to_owned();
        assert_eq!(at, format!("/api/v1/calls/{}", call["id"].as_str().unwrap()));
        let read = c.get(&at).await;
        assert_eq!(read.status, StatusCode::OK);
        assert_eq!(read.json()["title"], "Call 2027");

        let created = c
            .post_json(
                "/api/v1/companies",
                &json!({"programme_id": app.seed.p1, "name": "Navigli Software Srl", "city": "Milano"})
                    .to_string(),
            )
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        let company = created.json();
        for field in required_of(&mut c, "Company").await {
            assert!(company.get(&field).is_some(), "the new company lacks {field}");
        }
        let read = c.get(created.location().unwrap()).await;
        assert_eq!(read.json()["name"], "Navigli Software Srl");
    })
    .await;
}

fn candidate_body(call: &str, birth: &str, country: &str) -> String {
    json!({
        "call_id": call,
        "identity": {
            "family_name": "Bennani", "given_names": "Youssef", "birth_date": birth, "sex": "m",
            "nationality": country, "residence_country": country, "passport_number": "MA-778899",
            "email": "youssef@example.ma", "phone": "+212 661 234 567"
        },
        "education": {"isced_level": "7", "qualification_title": "Ingénieur d'État",
                      "qualification_date": "2021-07-01"}
    })
    .to_string()
}

#[tokio::test]
async fn a_conflict_and_an_implausible_birth_date_answer_the_json_error_object() {
    on_each_backend(|app| async move {
        app.agencies_and_evaluator(&[domain::Country::TN]);
        let call = testkit::fixtures::call(app.db.db(), &app.seed.p1, "Call");
        // An agency records applications of its own country only: 409.
        let mut agency = bearer(&app, crate::support::AGENCY_TN);
        let res = agency
            .post_json(
                "/api/v1/candidates",
                &candidate_body(&call, "1996-02-10", "MA"),
            )
            .await;
        assert_json_error("conflict", &res, StatusCode::CONFLICT);
        // A candidate is 14 to 100 years old.
        let mut c = bearer(&app, COORDINATOR);
        for birth in ["0273-02-10", "2020-02-10", "1900-01-01"] {
            let res = c
                .post_json("/api/v1/candidates", &candidate_body(&call, birth, "TN"))
                .await;
            let error = assert_json_error(birth, &res, StatusCode::UNPROCESSABLE_ENTITY);
            assert_eq!(error["field"], "birth_date", "{birth}");
        }
        let res = c
            .post_json(
                "/api/v1/candidates",
                &candidate_body(&call, "2001-02-10", "TN"),
            )
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert!(
            res.location()
                .is_some_and(|l| l.starts_with("/api/v1/candidates/"))
        );
    })
    .await;
}
