//! Issue 13's core, through the router and the use cases, on both databases: a case is
//! opened when the company accepts; the template refuses a step out of order or
//! incomplete; deadlines follow their anchor when it is corrected and the holidays when
//! they change; templates are imported with every mistake named by its line; the training
//! project is produced as a PDF whose text reads back, versioned with what changed.

use axum::http::StatusCode;
use chrono::{Datelike, Duration, NaiveDate};
use db::Origin;
use domain::permission::Scope;
use unicode_normalization::UnicodeNormalization;

use crate::interviews::{FAMILY, setup};
use crate::support::{ADMIN, COMPANY, COORDINATOR, PARTICIPANT, TestApp, on_each_backend};

use crate::support::PASSWORD;

fn today() -> NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
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

/// The company accepts the participant's placement; the case it opens.
async fn accepted_case(app: &TestApp) -> db::cases::Case {
    let s = setup(app);
    let mut c = app.client();
    c.login(COMPANY, PASSWORD).await;
    let res = c
        .post(
            &format!("/placements/{}/answer", s.mine),
            &[("status", "accepted"), ("confirmed", "yes")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let mut conn = app.db.db().conn().unwrap();
    db::cases::of_placement(&mut conn, &s.mine)
        .unwrap()
        .expect("accepting opens the case")
}

/// Puts the case in `step`, entered on `on`, as if its path had led there (a fixture: the
/// use case's checks are proven by their own test).
fn force(app: &TestApp, case: &db::cases::Case, from: &str, to: &str, on: NaiveDate) {
    let (id, from, to) = (case.id.clone(), from.to_owned(), to.to_owned());
    app.db
        .db()
        .write_blocking(&Origin::system(), move |tx| {
            db::cases::record_step(
                tx,
                &id,
                "",
                &db::cases::Move {
                    from: &from,
                    to: &to,
                    on,
                    at: None,
                    note: "",
                    closes: false,
                },
            )?;
            app::cases::refresh_due(tx, &id).map_err(|e| db::DbError::Migration(e.to_string()))
        })
        .unwrap();
}

async fn view(app: &TestApp, who: &app::Acting, id: &str) -> app::cases::CaseView {
    app::cases::view(app.db.db(), who, id, today())
        .await
        .unwrap()
}

fn due(v: &app::cases::CaseView, rule: &str) -> NaiveDate {
    v.deadlines
        .iter()
        .find(|d| d.rule == rule)
        .map(|d| d.due.date)
        .unwrap_or_else(|| panic!("no {rule} in {:?}", v.deadlines))
}

#[tokio::test]
async fn accepting_opens_a_case_that_moves_only_as_its_template_allows() {
    on_each_backend(|app| async move {
        let case = accepted_case(&app).await;
        assert_eq!(case.step, "convention");
        assert!(case.reference.starts_with("MC-"));
        let coordinator = acting(&app, COORDINATOR);
        let clock = app::clock::SystemClock;
        let step = |to: &str| app::cases::advance::Step {
            to: to.into(),
            on: today(),
            at: None,
            note: String::new(),
        };
        // Out of order, then incomplete: refused with the template's reason, nothing moved.
        let refused = |r: app::AppResult<()>| match r {
            Err(app::Error::Rule(rule)) => rule.case_refusal().map(|r| r.key()),
            other => panic!("{other:?}"),
        };
        let d = app.db.db();
        assert_eq!(
            refused(
                app::cases::advance::advance(
                    d,
                    &clock,
                    &coordinator,
                    &case.id,
                    step("visa_requested")
                )
                .await
            ),
            Some("case-error-transition")
        );
        assert_eq!(
            refused(
                app::cases::advance::advance(
                    d,
                    &clock,
                    &coordinator,
                    &case.id,
                    step("training_project")
                )
                .await
            ),
            Some("case-error-incomplete")
        );
        // The company may not make the promoter's step.
        let company = acting(&app, COMPANY);
        assert!(matches!(
            app::cases::advance::advance(d, &clock, &company, &case.id, step("training_project"))
                .await,
            Err(app::Error::Rule(_))
        ));
        // Complete the step: its fact and its signed convention.
        app::cases::facts::record(
            d,
            &clock,
            &testkit::field_keys(),
            &coordinator,
            &case.id,
            "trainees_covered",
            "1",
        )
        .await
        .unwrap();
        let (id, now) = (case.id.clone(), chrono::Utc::now().naive_utc());
        d.write_blocking(&Origin::system(), move |tx| {
            db::cases::add_document(
                tx,
                &db::cases::CaseDocument {
                    id: db::id::new_id(),
                    case_id: id,
                    kind: "convention_signed".into(),
                    size_bytes: 10,
                    sha256: "0".repeat(64),
                    content_type: "application/pdf".into(),
                    stored_name: "none".into(),
                    expires_on: None,
                    uploaded_by: String::new(),
                    uploaded_at: now,
                },
            )
        })
        .unwrap();
        app::cases::advance::advance(d, &clock, &coordinator, &case.id, step("training_project"))
            .await
            .unwrap();
        let v = view(&app, &coordinator, &case.id).await;
        assert_eq!(v.case.step, "training_project");
        assert_eq!(v.path.len(), 2);
        // A second move from the same step finds it moved.
        let mut conn = d.conn().unwrap();
        let stale = db::cases::find(&mut conn, &Scope::All, "", &case.id).unwrap();
        assert_eq!(stale.step, "training_project");
        // The company sees its case; the other company's user would not (no such user here:
        // a participant of another application sees none).
        assert!(
            app::cases::view(d, &acting(&app, ADMIN), &case.id, today())
                .await
                .is_ok()
        );
    })
    .await;
}

#[tokio::test]
async fn deadlines_follow_a_corrected_anchor_and_the_holidays() {
    on_each_backend(|app| async move {
        let case = accepted_case(&app).await;
        let d = app.db.db();
        app::cases::procedures::seed(d, today()).await.unwrap();
        // Arrived on the Monday three weeks ago: the permit request (8 working days) is
        // overdue and the case tops the list.
        let monday =
            today() - Duration::days(21 + i64::from(today().weekday().num_days_from_monday()));
        force(&app, &case, "convention", "arrived", monday);
        let coordinator = acting(&app, COORDINATOR);
        let v = view(&app, &coordinator, &case.id).await;
        let permit = due(&v, "permit-request");
        assert!(permit < today());
        assert!(
            v.deadlines
                .iter()
                .any(|l| l.standing == domain::deadline::Standing::Overdue)
        );
        let mut conn = d.conn().unwrap();
        let stored = db::cases::find(&mut conn, &Scope::All, "", &case.id).unwrap();
        assert_eq!(
            stored.next_due,
            Some(due(&v, "hospitality-declaration").min(permit))
        );
        // The arrival was a week later than recorded: its fact corrects the anchor.
        let clock = app::clock::SystemClock;
        let later = monday + Duration::days(7);
        app::cases::facts::record(
            d,
            &clock,
            &testkit::field_keys(),
            &coordinator,
            &case.id,
            "arrived_at",
            &format!("{later} 10:00"),
        )
        .await
        .unwrap();
        let v2 = view(&app, &coordinator, &case.id).await;
        let moved = due(&v2, "permit-request");
        assert!(moved > permit, "{moved} after {permit}");
        let why = &v2
            .deadlines
            .iter()
            .find(|l| l.rule == "permit-request")
            .unwrap()
            .due
            .why;
        assert_eq!(why.anchor_date, later);
        // The days spent in the step before moved with the correction: the board's sums.
        let times = db::cases::step_times(
            &mut d.conn().unwrap(),
            &Scope::All,
            "",
            &db::cases::CaseFilter::default(),
        )
        .unwrap();
        let convention = times.iter().find(|t| t.step == "convention").unwrap();
        assert_eq!(
            (convention.passed, convention.total_days),
            (1, (later - case.step_since).num_days())
        );
        // A holiday on the day after the arrival pushes the working-day count by one.
        let admin = acting(&app, ADMIN);
        let holiday = later + Duration::days(1);
        app::cases::procedures::add_holiday(d, &clock, &admin, "", holiday, "Test day")
            .await
            .unwrap();
        let v3 = view(&app, &coordinator, &case.id).await;
        let with_holiday = due(&v3, "permit-request");
        assert!(with_holiday > moved);
        let why = &v3
            .deadlines
            .iter()
            .find(|l| l.rule == "permit-request")
            .unwrap()
            .due
            .why;
        assert!(why.holidays_skipped.contains(&holiday));
        // The stored nearest deadline (what the list sorts by) moved with it.
        let stored = || {
            let mut conn = d.conn().unwrap();
            db::cases::find(&mut conn, &domain::permission::Scope::All, "", &case.id)
                .unwrap()
                .next_due
        };
        let nearest = |v: &app::cases::CaseView| v.deadlines.iter().map(|l| l.due.date).min();
        assert_eq!(stored(), nearest(&v3));
        app::cases::procedures::remove_holiday(d, &clock, &admin, "", holiday)
            .await
            .unwrap();
        let v4 = view(&app, &coordinator, &case.id).await;
        assert_eq!(due(&v4, "permit-request"), moved);
        assert_eq!(stored(), nearest(&v4));
    })
    .await;
}

#[tokio::test]
async fn a_template_is_imported_whole_or_refused_line_by_line() {
    on_each_backend(|app| async move {
        let mut c = app.client();
        c.login(COORDINATOR, PASSWORD).await;
        let shipped = domain::procedure::SHIPPED[0].1;
        // A step that leads nowhere and an unknown role, each named by its line.
        let broken = shipped.replacen(
            "roles = [\"promoter_staff\", \"coordinator\"]",
            "roles = [\"consul\"]",
            1,
        );
        let bad_line = broken.lines().position(|l| l.contains("consul")).unwrap() + 1;
        let res = c
            .upload("/procedures/import", "t.toml", broken.as_bytes())
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains(&format!(
                "data-line=\"{bad_line}\" data-key=\"procedure-error-unknown-role\""
            )),
            "{}",
            res.part("<main", "</main>")
        );
        // An adapted copy under its own name is stored and rendered read-only.
        let adapted = shipped
            .replacen("id = \"art27-lombardy\"", "id = \"talent-partnership\"", 1)
            .replacen("offset = 90", "offset = 60", 1);
        let res = c
            .upload("/procedures/import", "t.toml", adapted.as_bytes())
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = c.get(res.location().unwrap()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("data-step=\"visa_requested\""));
        assert!(page.body.contains("talent-partnership"));
        // The same name and version again: refused, named.
        let res = c
            .upload("/procedures/import", "t.toml", adapted.as_bytes())
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body
                .contains("data-key=\"procedure-error-version-taken\"")
        );
        // A company may neither import nor read the templates.
        let mut co = app.client();
        co.login(COMPANY, PASSWORD).await;
        assert_eq!(
            co.get("/procedures/import").await.status,
            StatusCode::FORBIDDEN
        );
        // The holidays page lists the seeded year.
        let res = c
            .get(&format!("/procedures/holidays?year={}", today().year()))
            .await;
        assert_eq!(res.status, StatusCode::OK);
    })
    .await;
}

/// The PDF's text, NFKC and without white space (the extractor's spacing is unreliable).
fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes)
        .unwrap()
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[tokio::test]
async fn the_training_project_is_produced_versioned_and_reads_back() {
    on_each_backend(|app| async move {
        let case = accepted_case(&app).await;
        let mut c = app.client();
        c.login(COORDINATOR, PASSWORD).await;
        let papers = format!("/cases/{}/papers", case.id);
        let res = c.post(&format!("{papers}/training_project"), &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = c.get(&papers).await;
        assert!(
            page.body
                .contains("data-paper=\"training_project\" data-versions=\"1\""),
            "{}",
            page.body
        );
        let href = |body: &str| {
            let at = body.find("/pdf\"").unwrap();
            let start = body[..at].rfind("href=\"").unwrap() + 6;
            format!("{}/pdf", &body[start..at])
        };
        let pdf = c.get(&href(&page.body)).await;
        assert_eq!(pdf.status, StatusCode::OK);
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        let text = pdf_text(&pdf.bytes);
        assert!(text.contains("Progettoformativo"), "{text}");
        assert!(text.contains(FAMILY), "{text}");
        assert!(text.contains(crate::interviews::PASSPORT), "{text}");
        // Nothing changed: no new version.
        c.post(&format!("{papers}/training_project"), &[]).await;
        assert!(c.get(&papers).await.body.contains("data-versions=\"1\""));
        // A fact changes: version 2, naming what changed.
        let coordinator = acting(&app, COORDINATOR);
        app::cases::facts::record(
            app.db.db(),
            &app::clock::SystemClock,
            &testkit::field_keys(),
            &coordinator,
            &case.id,
            "hours_per_week",
            "37",
        )
        .await
        .unwrap();
        let res = c.post(&format!("{papers}/training_project"), &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = c.get(&papers).await;
        assert!(
            page.body
                .contains("data-paper=\"training_project\" data-versions=\"2\"")
        );
        assert!(page.body.contains("data-field=\"hours_per_week\""));
        // The trainee sees their training project, not the convention; a stranger nothing.
        let mut p = app.client();
        p.login(PARTICIPANT, PASSWORD).await;
        let mine = p.get(&papers).await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(!mine.body.contains("data-paper=\"convention\""));
        let mut nobody = app.client();
        nobody
            .login(crate::support::OTHER_COORDINATOR, PASSWORD)
            .await;
        assert_eq!(nobody.get(&papers).await.status, StatusCode::NOT_FOUND);
        // The company may not produce papers (promoters sign them as promoter).
        let mut co = app.client();
        co.login(COMPANY, PASSWORD).await;
        assert_eq!(
            co.post(&format!("{papers}/convention"), &[]).await.status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}
