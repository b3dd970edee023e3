//! Candidates through the router: applying in steps in Arabic, who sees which application
//! (agencies their country, evaluators no names, companies nothing), screening with status
//! changes and overrides, and the audited passport read on pages and API.

use axum::http::StatusCode;
use domain::candidate::Status;
use domain::{Country, Locale};
use testkit::fixtures;

use crate::support::msg_nums;
use crate::support::{
    AGENCY_TN, COMPANY, COORDINATOR, EVALUATOR, PARTICIPANT, TestApp, on_each_backend,
};
use crate::support::{translator, without_isolation};

/// A call in p1, ANETI (Tunisia) with an officer, CeSPI with an evaluator.
fn setup(app: &TestApp) -> String {
    app.agencies_and_evaluator(&[Country::TN]);
    fixtures::call(app.db.db(), &app.seed.p1, "MENTOR II call")
}

fn tr(l: Locale, key: &str) -> String {
    without_isolation(translator(l).t(key))
}

#[tokio::test]
async fn a_candidate_applies_in_steps_in_arabic_and_sees_their_status() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let mut c = app.client();
        c.accept_language = Some("ar".into());
        let page = c.get(&format!("/open-calls/{call}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("dir=\"rtl\""));
        assert!(page.body.contains(&tr(Locale::Ar, "calls-who-may-apply")));
        let apply = format!("/open-calls/{call}/apply");
        assert_eq!(c.get(&apply).await.status, StatusCode::OK);

        // A mistake comes back in Arabic, typed values kept, nothing written.
        let before = app.audit_count();
        let res = c
            .post(
                &apply,
                &[
                    ("display_name", "Amina Trabelsi"),
                    ("email", "amina@example.tn"),
                    ("password", "a long enough password"),
                    ("confirm", "another password"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body
                .contains(&tr(Locale::Ar, "error-password-mismatch"))
        );
        assert!(res.body.contains("value=\"amina@example.tn\""));
        assert!(res.body.contains("id=\"confirm-error\""));
        assert!(!res.body.contains("id=\"email-error\""));
        assert_eq!(app.audit_count(), before);

        let next =
            crate::sign_up::sign_up(&app, &mut c, &call, "Amina Trabelsi", "amina@example.tn")
                .await;
        assert!(next.ends_with("/identity"), "{next}");
        let base = next.trim_end_matches("/identity").to_owned();
        assert_eq!(c.get(&next).await.status, StatusCode::OK);

        let mut identity = vec![
            ("family_name", "Trabelsi"),
            ("given_names", "Amina"),
            ("family_name_ar", "الطرابلسي"),
            ("given_names_ar", "أمينة"),
            ("birth_date", "1998-04-02"),
            ("sex", "f"),
            ("nationality", "TN"),
            ("residence_country", "TN"),
            ("passport_number", "X 1234567"),
            ("email", "amina@example.tn"),
            ("phone", "20 123 456"),
        ];
        let res = c.post(&next, &identity).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body
                .contains(&tr(Locale::Ar, "error-phone-country-code"))
        );
        assert!(
            res.body.contains("value=\"الطرابلسي\""),
            "typed values are kept"
        );
        identity.retain(|(k, _)| *k != "phone");
        identity.push(("phone", "+216 20 123 456"));
        let res = c.post(&next, &identity).await;
        assert_eq!(res.location(), Some(format!("{base}/education").as_str()));

        // Sending before the last steps is refused with a reason.
        let res = c
            .post(&format!("{base}/consent"), &[("consent", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::Ar, "error-steps-incomplete")));

        let res = c
            .post(
                &format!("{base}/education"),
                &[
                    ("isced_level", "6"),
                    ("qualification_title", "Licence en informatique"),
                    ("field_of_study", "Informatique"),
                    ("qualification_date", "2021-09-30"),
                    ("it_understanding", "A2"),
                    ("it_speaking", "A2"),
                    ("it_writing", "A1"),
                    ("fr_understanding", "C1"),
                ],
            )
            .await;
        assert_eq!(res.location(), Some(format!("{base}/preferences").as_str()));
        let res = c
            .post(
                &format!("{base}/preferences"),
                &[
                    ("experience", "2022–2024 web developer, Sfax"),
                    ("sectors", "ICT, logistics"),
                    ("cities", "Milano"),
                    ("available_from", "2026-12-01"),
                ],
            )
            .await;
        assert_eq!(res.location(), Some(format!("{base}/consent").as_str()));
        let res = c.post(&format!("{base}/consent"), &[]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::Ar, "error-consent-required")));
        let res = c
            .post(&format!("{base}/consent"), &[("consent", "yes")])
            .await;
        assert_eq!(res.location(), Some(base.as_str()));

        let status = c.get(&base).await;
        assert_eq!(status.status, StatusCode::OK);
        assert!(status.body.contains(&tr(Locale::Ar, "status-submitted")));
        assert!(status.body.contains(&tr(Locale::Ar, "event-submitted")));
        // A sent application can no longer be edited: the steps lead to the status page.
        assert_eq!(
            c.get(&format!("{base}/identity")).await.location(),
            Some(base.as_str())
        );

        // The passport number is stored sealed, never in clear; consent is recorded.
        let id = base.trim_start_matches("/applications/").to_owned();
        let mut conn = app.db.db().conn().unwrap();
        let row =
            db::candidates::find(&mut conn, &domain::permission::Scope::All, "", &id).unwrap();
        let sealed = row.passport_sealed.clone().unwrap_or_default();
        assert!(
            sealed.starts_with("k1:") && !sealed.contains("1234567"),
            "{sealed}"
        );
        assert_eq!(
            row.consent_version.as_deref(),
            Some(domain::candidate::CONSENT_VERSION)
        );
        assert!(row.consent_at.is_some());
        assert_eq!(row.phone, "+21620123456");
        assert_eq!(row.italian_rank, 1, "the weakest Italian skill counts");
    })
    .await;
}

#[tokio::test]
async fn agencies_see_their_country_evaluators_no_names_companies_nothing() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let d = app.db.db();
        let tn = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Submitted);
        let ma = fixtures::candidate(d, &call, "Alaoui", "MA", Status::Submitted);

        let mut agency = app.signed_in(AGENCY_TN).await;
        let list = agency.get("/candidates").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("Trabelsi"));
        assert!(!list.body.contains("Alaoui"), "another country leaked");
        assert_eq!(
            agency.get(&format!("/candidates/{ma}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            agency.get(&format!("/candidates/{tn}")).await.status,
            StatusCode::OK
        );

        let mut coordinator = app.signed_in(COORDINATOR).await;
        let all = coordinator.get("/candidates?sort=name").await;
        assert!(all.body.contains("Trabelsi") && all.body.contains("Alaoui"));
        let filtered = coordinator.get("/candidates?country=MA").await;
        assert!(filtered.body.contains("Alaoui") && !filtered.body.contains("Trabelsi"));
        let searched = coordinator.get("/candidates?q=trab").await;
        assert!(searched.body.contains("data-total=\"1\""));

        let mut evaluator = app.signed_in(EVALUATOR).await;
        let list = evaluator.get("/candidates").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("data-total=\"2\""));
        assert!(!list.body.contains("Trabelsi") && !list.body.contains("Alaoui"));
        assert!(
            !list.body.contains("example.org"),
            "no e-mails for evaluators"
        );
        // Searching a name would say who an anonymous record is: the search is ignored.
        let probe = evaluator.get("/candidates?q=trab").await;
        assert!(probe.body.contains("data-total=\"2\""), "{}", probe.body);
        let mut api = app.client();
        api.bearer = Some(app.token(EVALUATOR));
        let json = api.get("/api/v1/candidates?q=trab").await.json();
        assert_eq!(json["total"], 2, "{json}");
        let one = evaluator.get(&format!("/candidates/{tn}")).await;
        assert_eq!(one.status, StatusCode::OK);
        assert!(!one.body.contains("Trabelsi") && !one.body.contains("+216"));
        let json = api.get(&format!("/api/v1/candidates/{tn}")).await.json();
        assert!(json.get("identity").is_none(), "{json}");
        assert_eq!(json["residence_country"], "TN");

        let mut company = app.signed_in(COMPANY).await;
        assert_eq!(
            company.get("/candidates").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            company.get(&format!("/candidates/{tn}")).await.status,
            StatusCode::FORBIDDEN
        );
        let mut participant = app.signed_in(PARTICIPANT).await;
        let own = participant.get("/candidates").await;
        assert!(
            !own.body.contains("Trabelsi"),
            "a participant sees only themselves"
        );
        assert_eq!(
            participant.get(&format!("/candidates/{tn}")).await.status,
            StatusCode::NOT_FOUND
        );
        // Their own application: followed on /applications, never on the staff page
        // (notes, scores and other records' references stay with staff).
        let mut conn = d.conn().unwrap();
        let email = domain::Email::parse(PARTICIPANT).unwrap();
        let me = db::users::find_by_email_unscoped(&mut conn, &email)
            .ok()
            .flatten()
            .expect("participant");
        let mine = fixtures::candidate_of(d, &call, "Mejri", "TN", Status::Eligible, Some(&me.id));
        assert_eq!(
            participant.get(&format!("/candidates/{mine}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            participant
                .get(&format!("/applications/{mine}"))
                .await
                .status,
            StatusCode::OK
        );
    })
    .await;
}

fn new_candidate(call: &str, birth: &str, country: &str) -> serde_json::Value {
    serde_json::json!({
        "call_id": call,
        "identity": {
            "family_name": "Bennani", "given_names": "Youssef", "birth_date": birth, "sex": "m",
            "nationality": country, "residence_country": country, "passport_number": "MA-778899",
            "email": "youssef@example.ma", "phone": "+212 661 234 567"
        },
        "education": {
            "isced_level": "7", "qualification_title": "Ingénieur d'État",
            "qualification_date": "2021-07-01",
            "it_understanding": "B1", "it_speaking": "A2", "it_writing": "A2"
        }
    })
}

async fn post_json(
    app: &TestApp,
    email: &str,
    path: &str,
    body: &serde_json::Value,
) -> crate::support::Resp {
    let mut c = app.client();
    c.bearer = Some(app.token(email));
    let req = axum::http::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "localhost")
        .header("content-type", "application/json")
        .header(
            "authorization",
            format!("Bearer {}", c.bearer.clone().unwrap_or_default()),
        )
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    c.send(req).await
}

#[tokio::test]
async fn the_passport_is_read_only_by_allowed_roles_and_each_read_is_audited() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let res = post_json(
            &app,
            COORDINATOR,
            "/api/v1/candidates",
            &new_candidate(&call, "1996-02-10", "MA"),
        )
        .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        let id = res.json()["id"].as_str().unwrap_or_default().to_owned();
        assert!(res.json().get("passport_number").is_none());

        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let plain = api.get(&format!("/api/v1/candidates/{id}")).await.json();
        assert!(plain.get("passport_number").is_none());
        assert_eq!(plain["identity"]["family_name"], "Bennani");
        let before = app.audit_count();
        let with = api
            .get(&format!("/api/v1/candidates/{id}?include=passport"))
            .await;
        assert_eq!(with.status, StatusCode::OK);
        assert_eq!(with.json()["passport_number"], "MA778899");
        assert_eq!(app.audit_count(), before + 1);
        assert_eq!(
            app.last_audit(),
            ("candidate.passport.read".to_owned(), id.clone())
        );

        let mut evaluator = app.client();
        evaluator.bearer = Some(app.token(EVALUATOR));
        let refused = evaluator
            .get(&format!("/api/v1/candidates/{id}?include=passport"))
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert!(!refused.body.contains("778899"));

        // On the page the number shows only after asking, and the asking is audited.
        let mut page = app.signed_in(COORDINATOR).await;
        let show = page.get(&format!("/candidates/{id}")).await;
        assert!(!show.body.contains("MA778899"));
        assert!(show.body.contains(&format!("/candidates/{id}/passport")));
        let revealed = page.post(&format!("/candidates/{id}/passport"), &[]).await;
        assert_eq!(revealed.status, StatusCode::OK);
        assert!(revealed.body.contains("MA778899"));
        assert_eq!(app.last_audit().0, "candidate.passport.read");
        let mut eval_page = app.signed_in(EVALUATOR).await;
        assert_eq!(
            eval_page
                .post(&format!("/candidates/{id}/passport"), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );

        // An agency records applications of its own country only.
        let tn_agency = post_json(
            &app,
            AGENCY_TN,
            "/api/v1/candidates",
            &new_candidate(&call, "1996-02-10", "MA"),
        )
        .await;
        assert_eq!(tn_agency.status, StatusCode::CONFLICT, "{}", tn_agency.body);
    })
    .await;
}

#[tokio::test]
async fn screening_follows_the_rules_and_overrides_need_a_justification() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        // Born 1980: too old for the call (20–35 on 2022-03-31).
        let res = post_json(
            &app,
            COORDINATOR,
            "/api/v1/candidates",
            &new_candidate(&call, "1980-01-01", "MA"),
        )
        .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        let json = res.json();
        assert_eq!(json["eligible"], false);
        assert_eq!(json["eligibility"][0]["key"], "eligibility-age-failed");
        let id = json["id"].as_str().unwrap_or_default().to_owned();

        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let show = c.get(&format!("/candidates/{id}")).await;
        assert!(
            show.shows(&msg_nums(
                "eligibility-age-failed",
                &[("age", 42), ("min", 20), ("max", 35)]
            )),
            "the reason is shown in words"
        );
        let path = format!("/candidates/{id}/status");
        let res = c.post(&path, &[("status", "eligible")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body
                .contains(&tr(Locale::En, "error-eligibility-not-met"))
        );
        let res = c
            .post(
                &format!("/candidates/{id}/override"),
                &[("justification", "ok")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = c
            .post(
                &format!("/candidates/{id}/override"),
                &[(
                    "justification",
                    "Age limit waived by the steering committee on 3 March",
                )],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(app.last_audit().0, "candidate.eligibility.override");
        assert_eq!(
            c.post(&path, &[("status", "eligible")]).await.status,
            StatusCode::SEE_OTHER
        );
        // A decision is no longer set by the status form: it is staged.
        let res = c.post(&path, &[("status", "shortlisted")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&tr(Locale::En, "decisions-error-stage-instead")));
        let stage = format!("/candidates/{id}/decision");
        let res = c
            .post(&stage, &[("decision", "rejected"), ("reason", "")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::En, "error-reason-required")));
        assert_eq!(
            c.post(&stage, &[("decision", "shortlisted")]).await.status,
            StatusCode::SEE_OTHER
        );
        let show = c.get(&format!("/candidates/{id}")).await;
        assert!(show.body.contains("data-staged=\"shortlisted\""));
        assert!(
            show.body.contains("steering committee"),
            "the justification is on the timeline"
        );

        // Evaluators read but cannot decide.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        assert_eq!(
            evaluator
                .post(&stage, &[("decision", "rejected"), ("reason", "x")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}

#[tokio::test]
async fn calls_are_published_by_coordinators_and_listed_with_their_rules() {
    on_each_backend(|app| async move {
        setup(&app);
        let body = serde_json::json!({
            "programme_id": app.seed.p1, "title": "Second call", "opens_on": "2023-01-01",
            "closes_on": "2023-02-28", "places": 20,
            "rules": {"residence_countries": ["TN"], "min_isced": 6}
        });
        let res = post_json(&app, COORDINATOR, "/api/v1/calls", &body).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert_eq!(res.json()["rules"]["min_isced"], 6);
        assert_eq!(
            post_json(&app, AGENCY_TN, "/api/v1/calls", &body)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let mut api = app.client();
        api.bearer = Some(app.token(AGENCY_TN));
        let titles: Vec<String> = api
            .get("/api/v1/calls")
            .await
            .json()
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|c| c["title"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(titles.len(), 2, "{titles:?}");

        // The page form explains a bad field in the user's language and keeps the rest.
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("fr".into());
        let res = c
            .post(
                "/calls",
                &[
                    ("programme_id", app.seed.p1.as_str()),
                    ("title", "Third call"),
                    ("opens_on", "2024-01-01"),
                    ("closes_on", "2024-02-01"),
                    ("places", "10"),
                    ("min_age", "30"),
                    ("max_age", "20"),
                    ("age_on", "2024-01-01"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::Fr, "error-invalid-range")));
        assert!(res.body.contains("value=\"Third call\""));
        // Closed calls take no applications.
        let closed = post_json(&app, COORDINATOR, "/api/v1/calls", &body)
            .await
            .json();
        let mut anon = app.client();
        let res = anon
            .get(&format!(
                "/open-calls/{}/apply",
                closed["id"].as_str().unwrap_or_default()
            ))
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
    })
    .await;
}
