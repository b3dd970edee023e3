//! Issue 14's courses through the router, on both databases: course staff take attendance
//! and see the early warning (on the page, as a task and in the API); a course is out of
//! reach for another organisation (404) and for another programme's coordinator; readiness
//! gates `ready_to_depart`; a certificate is issued only when the rule holds, downloads in
//! Arabic with the Arabic name and the course in its text, and its code verifies on the
//! public page, which tells nothing more, answers an unknown code 404 and throttles guessers.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use db::Origin;
use domain::{OrganisationKind, Role};
use testkit::fixtures;
use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::UnicodeNormalization;

use crate::documents::{PDF, upload};
use crate::interviews::{EMAIL, FAMILY, GIVEN, setup};
use crate::support::{
    COMPANY, COORDINATOR, Client, OTHER_COORDINATOR, PARTICIPANT, PASSWORD, TestApp, msg,
    on_each_backend,
};

/// Course staff of an NGO of p1, and of another NGO of p1.
const STAFF: &str = "courses@ngo.example";
const OTHER_STAFF: &str = "courses@other-ngo.example";

fn today() -> NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

/// Signed in and reading English, so messages are named by key (`msg`).
async fn signed_in(app: &TestApp, email: &str) -> Client {
    english(app.signed_in(email).await)
}

fn english(mut c: Client) -> Client {
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

struct World {
    case: db::cases::Case,
    ngo: String,
}

/// The participant's accepted case (company A, p1), and the two NGOs with their staff.
async fn world(app: &TestApp) -> World {
    let s = setup(app);
    let mut c = english(app.client());
    c.login(COMPANY, PASSWORD).await;
    let res = c
        .post(
            &format!("/placements/{}/answer", s.mine),
            &[("status", "accepted"), ("confirmed", "yes")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let d = app.db.db();
    let case = db::cases::of_placement(&mut d.conn().unwrap(), &s.mine)
        .unwrap()
        .unwrap();
    let ngo = fixtures::organisation(d, &app.seed.p1, "NGO One", OrganisationKind::Ngo);
    let other = fixtures::organisation(d, &app.seed.p1, "NGO Two", OrganisationKind::Ngo);
    fixtures::user(d, STAFF, &ngo, Role::NgoStaff);
    fixtures::user(d, OTHER_STAFF, &other, Role::NgoStaff);
    World { case, ngo }
}

/// A course of `subject` run by the NGO, with `sessions` held on the days before today;
/// its id.
async fn course(c: &mut Client, app: &TestApp, w: &World, subject: &str, sessions: i64) -> String {
    let runner = format!("{}|{}", app.seed.p1, w.ngo);
    let res = c
        .post(
            "/courses",
            &[
                ("runner", &runner),
                ("subject", subject),
                ("title", "Italiano A1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id = res
        .location()
        .unwrap()
        .trim_start_matches("/courses/")
        .to_owned();
    for n in 0..sessions {
        let on = (today() - Duration::days(sessions + 1 - n)).to_string();
        let res = c
            .post(
                &format!("/courses/{id}/sessions"),
                &[
                    ("held_on", &on),
                    ("starts_at", "09:30"),
                    ("topic", "Lezione"),
                    ("place", "Via Roma 1, Milano"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    id
}

fn sessions_of(app: &TestApp, course: &str) -> Vec<String> {
    db::courses::sessions(&mut app.db.db().conn().unwrap(), course)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect()
}

fn enrolment_of(app: &TestApp, course: &str) -> String {
    db::courses::enrolled(&mut app.db.db().conn().unwrap(), course)
        .unwrap()
        .remove(0)
        .id
}

async fn enrol(c: &mut Client, course: &str, case: &db::cases::Case) {
    let res = c
        .post(
            &format!("/courses/{course}/enrolments"),
            &[("case", &case.reference)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

async fn mark(c: &mut Client, course: &str, session: &str, enrolment: &str, m: &str) {
    let field = format!("mark-{enrolment}");
    let res = c
        .post(
            &format!("/courses/{course}/sessions/{session}/attendance"),
            &[(&field, m)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

fn row_flag(body: &str, enrolment: &str, flag: &str) -> bool {
    body.contains(&format!(
        "data-enrolment=\"{enrolment}\" data-out-of-reach=\"{flag}\""
    ))
}

#[tokio::test]
async fn course_staff_take_attendance_and_see_the_warning_when_the_threshold_is_out_of_reach() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let mut c = signed_in(&app, STAFF).await;
        let id = course(&mut c, &app, &w, "civic", 10).await;
        enrol(&mut c, &id, &w.case).await;
        // Enrolling twice is refused, and changes nothing.
        let res = c
            .post(
                &format!("/courses/{id}/enrolments"),
                &[("case", &w.case.reference)],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("course-error-enrolled")));
        let e = enrolment_of(&app, &id);
        let sessions = sessions_of(&app, &id);
        // Ten sessions at 80 %: two absences still leave it within reach.
        mark(&mut c, &id, &sessions[0], &e, "absent").await;
        mark(&mut c, &id, &sessions[1], &e, "absent").await;
        let page = c.get(&format!("/courses/{id}")).await;
        assert!(row_flag(&page.body, &e, "false"), "{}", page.body);
        // Attendance of the other eight sessions held is still to take: a task.
        let who = acting(&app, STAFF);
        let tasks = app::tasks::inbox(app.db.db(), &who.actor, today())
            .await
            .unwrap();
        let attendance = tasks
            .iter()
            .find(|t| t.kind.id == "course-attendance")
            .expect("attendance task");
        assert_eq!(attendance.count, 8);
        assert!(!tasks.iter().any(|t| t.kind.id == "course-warning"));
        // A third absence: 80 % can no longer be reached.
        mark(&mut c, &id, &sessions[2], &e, "absent").await;
        let page = c.get(&format!("/courses/{id}")).await;
        assert!(row_flag(&page.body, &e, "true"), "{}", page.body);
        assert!(page.shows(&msg("course-warning-out-of-reach")));
        let tasks = app::tasks::inbox(app.db.db(), &who.actor, today())
            .await
            .unwrap();
        let warning = tasks
            .iter()
            .find(|t| t.kind.id == "course-warning")
            .unwrap();
        assert_eq!(
            (warning.count, warning.href.as_str()),
            (1, &*format!("/courses/{id}#participants"))
        );
        // The API says the same, with both rates.
        let mut api = english(app.client());
        api.bearer = Some(app.token(STAFF));
        let res = api.get(&format!("/api/v1/courses/{id}/attendance")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let j = res.json();
        let p = &j["participants"][0];
        assert_eq!(p["out_of_reach"], true);
        assert_eq!(p["so_far_per_mille"], 0);
        assert_eq!(p["planned_per_mille"], 0);
        assert_eq!(p["marks"].as_array().unwrap().len(), 3);
        let list = api.get("/api/v1/courses").await.json();
        assert_eq!(list[0]["id"], id.as_str());
        assert_eq!(list[0]["sessions"], 10);
        // A mark that is not one of the four is refused and nothing changes.
        let field = format!("mark-{e}");
        let res = c
            .post(
                &format!("/courses/{id}/sessions/{}/attendance", sessions[3]),
                &[(&field, "sick")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("course-error-mark")));
        let marks = db::courses::marks(&mut app.db.db().conn().unwrap(), &id).unwrap();
        assert_eq!(marks.len(), 3);
    })
    .await;
}

#[tokio::test]
async fn a_course_is_out_of_reach_for_another_organisation_and_another_programme() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let mut c = signed_in(&app, STAFF).await;
        let id = course(&mut c, &app, &w, "safety", 2).await;
        enrol(&mut c, &id, &w.case).await;
        let e = enrolment_of(&app, &id);
        let session = sessions_of(&app, &id).remove(0);
        let mut other = signed_in(&app, OTHER_STAFF).await;
        assert_eq!(
            other.get(&format!("/courses/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
        let list = other.get("/courses").await;
        assert!(!list.body.contains(&id));
        let field = format!("mark-{e}");
        let res = other
            .post(
                &format!("/courses/{id}/sessions/{session}/attendance"),
                &[(&field, "present")],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert!(
            db::courses::marks(&mut app.db.db().conn().unwrap(), &id)
                .unwrap()
                .is_empty()
        );
        let mut api = english(app.client());
        api.bearer = Some(app.token(OTHER_STAFF));
        let res = api.get(&format!("/api/v1/courses/{id}/attendance")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(
            api.get("/api/v1/courses").await.json(),
            serde_json::json!([])
        );
        // The programme's coordinator reaches it; another programme's does not.
        let mut coordinator = signed_in(&app, COORDINATOR).await;
        assert_eq!(
            coordinator.get(&format!("/courses/{id}")).await.status,
            StatusCode::OK
        );
        let mut p2 = signed_in(&app, OTHER_COORDINATOR).await;
        assert_eq!(
            p2.get(&format!("/courses/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
        // A participant holds no course staff's permission, and reaches no one else's
        // enrolment through their own page.
        let mut participant = signed_in(&app, PARTICIPANT).await;
        assert_eq!(
            participant.get(&format!("/courses/{id}")).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            other
                .get(&format!("/my/courses/{e}/certificate"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

/// Puts the case at `visa_issued` with its visa and end date: ready for the next step but
/// for the courses.
async fn at_visa_issued(app: &TestApp, case: &db::cases::Case) {
    let (id, from) = (case.id.clone(), case.step.clone());
    app.db
        .db()
        .write_blocking(&Origin::system(), move |tx| {
            db::cases::record_step(
                tx,
                &id,
                "",
                &db::cases::Move {
                    from: &from,
                    to: "visa_issued",
                    on: today() - Duration::days(1),
                    at: None,
                    note: "",
                    closes: false,
                },
            )
        })
        .unwrap();
    let mut c = signed_in(app, COORDINATOR).await;
    let res = upload(
        &mut c,
        &format!("/cases/{}/documents", case.id),
        &[("kind", "visa")],
        "visa.pdf",
        PDF,
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let end = (today() + Duration::days(300)).to_string();
    let res = c
        .post(
            &format!("/cases/{}/facts", case.id),
            &[("field", "visa_ends_on"), ("value", &end)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

async fn advance(c: &mut Client, case: &str) -> crate::support::Resp {
    let on = today().to_string();
    c.post(
        &format!("/cases/{case}/advance"),
        &[("to", "ready_to_depart"), ("on", &on), ("confirmed", "yes")],
    )
    .await
}

fn step_of(app: &TestApp, id: &str) -> String {
    db::cases::find(
        &mut app.db.db().conn().unwrap(),
        &domain::permission::Scope::All,
        "",
        id,
    )
    .unwrap()
    .step
}

#[tokio::test]
async fn readiness_gates_departure_until_the_completion_rule_holds() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        at_visa_issued(&app, &w.case).await;
        let mut coordinator = signed_in(&app, COORDINATOR).await;
        // The coordinator sets the programme's rule; a bad one is refused whole.
        let rule = format!("/courses/rules/{}", app.seed.p1);
        let res = coordinator
            .post(
                &rule,
                &[
                    ("min_attendance", "180"),
                    ("min_level", "A1"),
                    ("late", "75"),
                    ("justified", "50"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("course-error-percent")));
        assert!(
            db::courses::rule(&mut app.db.db().conn().unwrap(), &app.seed.p1)
                .unwrap()
                .is_none()
        );
        let res = coordinator
            .post(
                &rule,
                &[
                    ("min_attendance", "80"),
                    ("min_level", "A1"),
                    ("late", "75"),
                    ("justified", "50"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        // Another programme's coordinator cannot touch it.
        let mut p2 = signed_in(&app, OTHER_COORDINATOR).await;
        assert_eq!(p2.get(&rule).await.status, StatusCode::NOT_FOUND);
        // Not enrolled anywhere: refused, with its own message; the case stays.
        let res = advance(&mut coordinator, &w.case.id).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        assert!(res.shows(&msg("case-error-courses")), "{}", res.body);
        assert_eq!(step_of(&app, &w.case.id), "visa_issued");
        let page = coordinator.get(&format!("/cases/{}", w.case.id)).await;
        assert!(
            page.body.contains("data-readiness=\"not-ready\""),
            "{}",
            page.body
        );
        // Italian course: attended in full but no level yet — still refused.
        let mut staff = signed_in(&app, STAFF).await;
        let id = course(&mut staff, &app, &w, "italian", 2).await;
        enrol(&mut staff, &id, &w.case).await;
        let e = enrolment_of(&app, &id);
        for s in sessions_of(&app, &id) {
            mark(&mut staff, &id, &s, &e, "present").await;
        }
        let res = advance(&mut coordinator, &w.case.id).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        // A test records A2: the rule holds, and the case moves.
        let taken = today().to_string();
        let res = staff
            .post(
                &format!("/courses/{id}/tests"),
                &[("enrolment", &e), ("taken_on", &taken), ("level", "A2")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = coordinator.get(&format!("/cases/{}", w.case.id)).await;
        assert!(
            page.body.contains("data-readiness=\"ready\""),
            "{}",
            page.body
        );
        let res = advance(&mut coordinator, &w.case.id).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(step_of(&app, &w.case.id), "ready_to_depart");
    })
    .await;
}

/// The PDF's text, each line in logical order (right to left), without white space.
fn arabic_text(pdf: &[u8]) -> String {
    let raw = pdf_extract::extract_text_from_mem(pdf).unwrap();
    raw.lines()
        .map(|line| {
            let line: String = line.nfkc().collect();
            let bidi = BidiInfo::new(&line, Some(Level::rtl()));
            bidi.paragraphs
                .iter()
                .map(|p| bidi.reorder_line(p, p.range.clone()).into_owned())
                .collect::<String>()
        })
        .collect::<String>()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn compact(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

#[tokio::test]
async fn a_certificate_is_issued_on_completion_reads_back_in_arabic_and_verifies_publicly() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let mut staff = signed_in(&app, STAFF).await;
        let id = course(&mut staff, &app, &w, "safety", 2).await;
        enrol(&mut staff, &id, &w.case).await;
        let e = enrolment_of(&app, &id);
        let sessions = sessions_of(&app, &id);
        mark(&mut staff, &id, &sessions[0], &e, "present").await;
        // Half the sessions: no certificate.
        let res = staff
            .post(&format!("/courses/{id}/certificates"), &[("enrolment", &e)])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("course-error-incomplete")));
        assert!(
            db::courses::certificate_of(&mut app.db.db().conn().unwrap(), &e)
                .unwrap()
                .is_none()
        );
        mark(&mut staff, &id, &sessions[1], &e, "late").await;
        // 87.5 %: complete.
        let res = staff
            .post(&format!("/courses/{id}/certificates"), &[("enrolment", &e)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let code = db::courses::certificate_of(&mut app.db.db().conn().unwrap(), &e)
            .unwrap()
            .unwrap()
            .code;
        assert!(domain::course::code_is_well_formed(&code).is_some());
        // The participant finds it on their own page and downloads it in Arabic.
        let mut me = signed_in(&app, PARTICIPANT).await;
        let mine = me.get("/my/courses").await;
        assert!(
            mine.body.contains(&format!("data-certificate=\"{code}\"")),
            "{}",
            mine.body
        );
        let res = me
            .get(&format!("/my/courses/{e}/certificate?lang=ar"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("content-type"), Some("application/pdf"));
        let text = arabic_text(&res.bytes);
        for want in [
            "نادية زرقاوي",
            "Italiano A1",
            "السلامة في العمل",
            "شهادة إتمام",
            &code,
        ] {
            assert!(text.contains(&compact(want)), "{want} not in {text}");
        }
        // Any of the four on request; an unknown language is not guessed.
        let it = me
            .get(&format!("/my/courses/{e}/certificate?lang=it"))
            .await;
        assert!(
            compact(&pdf_extract::extract_text_from_mem(&it.bytes).unwrap())
                .contains(&compact("Attestato di frequenza"))
        );
        assert_eq!(
            me.get(&format!("/my/courses/{e}/certificate?lang=xx"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        // The public page, without signing in: name, course and date, nothing more.
        let mut anyone = english(app.client());
        let res = anyone.get(&format!("/verify/{code}")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.body.contains("data-verified"));
        assert!(res.body.contains(GIVEN) && res.body.contains(FAMILY));
        assert!(res.body.contains("Italiano A1"));
        for secret in [EMAIL, w.case.reference.as_str(), "زرقاوي", "87.5"] {
            assert!(!res.body.contains(secret), "{secret} shown");
        }
        // The form's way, typed loosely.
        let loose = code.to_lowercase().replace('-', " ");
        let res = anyone
            .get(&format!("/verify?code={}", loose.replace(' ', "+")))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        // An unknown code: a clear not-found; after ten, the address waits (even for a
        // good code).
        let res = anyone.get("/verify/00000-00000-00000-00000").await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert!(res.shows(&msg("verify-unknown")));
        for _ in 0..9 {
            assert_eq!(
                anyone.get("/verify/not-a-code").await.status,
                StatusCode::NOT_FOUND
            );
        }
        let res = anyone.get(&format!("/verify/{code}")).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(res.header("retry-after").is_some());
        assert!(!res.body.contains("data-verified"));
    })
    .await;
}
