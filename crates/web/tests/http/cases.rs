//! The case pages through the router (issue 13): cases opened by the real flow (a matching
//! run approved, each company accepting its proposal), then listed by urgency, worked on
//! and moved by the promoter, refused when incomplete or by the wrong role, kept within
//! each reader's reach (a company its own, a trainee theirs), the identity revealed with an
//! audit entry, and the cohort's board counted.

use axum::http::StatusCode;
use db::Origin;
use domain::candidate::Status;
use domain::company::CompanyFields;
use domain::permission::Scope;
use domain::position::PositionStatus;
use domain::{Country, Locale, OrganisationKind, Role};
use testkit::fixtures;

use crate::documents::{PDF, upload};
use crate::matching::position;
use crate::support::{
    COMPANY, COORDINATOR, Client, PARTICIPANT, TestApp, msg, on_each_backend, translator,
};

pub(crate) const PROMOTER: &str = "promoter@afol.example";
pub(crate) const COMPANY_B: &str = "hr@company-b.example";

/// Two accepted placements in p1 — the participant's with one host, another trainee's
/// with the other — and so two cases; both hosts in Milan, the promoter's territory.
pub(crate) struct Cases {
    /// The participant's case.
    pub(crate) own: String,
    /// The other trainee's case.
    pub(crate) other: String,
    /// The other trainee's application (where their passport is uploaded).
    pub(crate) other_candidate: String,
    /// Which company hosts each: (own's, other's).
    pub(crate) hosts: (String, String),
}

fn case_of(app: &TestApp, candidate: &str) -> db::cases::Case {
    let mut conn = app.db.db().conn().unwrap();
    db::cases::all(
        &mut conn,
        &Scope::All,
        "",
        &db::cases::CaseFilter {
            closed: true,
            ..Default::default()
        },
    )
    .unwrap()
    .into_iter()
    .find(|c| c.candidate_id == candidate)
    .expect("a case for the candidate")
}

pub(crate) async fn setup(app: &TestApp) -> Cases {
    let d = app.db.db();
    let p1 = app.seed.p1.clone();
    let call = fixtures::call(d, &p1, "Cases call");
    let participant = {
        let mut conn = d.conn().unwrap();
        db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(PARTICIPANT).unwrap())
            .unwrap()
            .unwrap()
            .id
    };
    let own = fixtures::candidate_of(
        d,
        &call,
        "Haddad",
        "TN",
        Status::Shortlisted,
        Some(&participant),
    );
    let other = fixtures::candidate(d, &call, "Trabelsi", "MA", Status::Shortlisted);
    let (a, b) = (app.seed.company_a.clone(), app.seed.company_b.clone());
    let profile = |name: &str| {
        CompanyFields {
            name: name.into(),
            city: "Milano".into(),
            vat_number: "01234567897".into(),
            employees: "12".into(),
            region: "lombardia".into(),
            ..Default::default()
        }
        .parse()
        .unwrap()
    };
    let promoter_org = d
        .write_blocking(&Origin::system(), |tx| {
            let milano = db::territories::create(tx, &p1, "Milano", Country::IT)?;
            for (id, name) in [(&a, "Company A Srl"), (&b, "Company B Srl")] {
                // The profile first: saving it sets the organisation's territory too.
                db::companies::save_profile(tx, &Scope::All, id, &profile(name))?;
                let o = db::organisations::find(tx.conn, &Scope::All, id)?;
                let draft = db::organisations::OrganisationDraft {
                    name: o.name,
                    kind: o.kind,
                    country: o.country,
                    territory_id: Some(milano.clone()),
                    city: "Milano".into(),
                };
                db::organisations::update(tx, &Scope::All, id, &draft)?;
                let p = db::positions::create(tx, &p1, id, &position(name, "1"))?;
                db::positions::set_status(tx, &p, PositionStatus::Open, "")?;
            }
            let promoter = db::organisations::create(
                tx,
                &db::organisations::OrganisationDraft {
                    name: "AFOL Metropolitana".into(),
                    kind: OrganisationKind::Promoter,
                    country: Country::IT,
                    territory_id: Some(milano),
                    city: "Milano".into(),
                },
            )?;
            db::programmes::add_organisation(tx, &p1, &promoter)?;
            Ok(promoter)
        })
        .unwrap();
    fixtures::user(d, PROMOTER, &promoter_org, Role::PromoterStaff);
    fixtures::user(d, COMPANY_B, &b, Role::Company);

    // The real flow: a run approved into proposals, each company accepting its own.
    let mut c = app.signed_in(COORDINATOR).await;
    let res = c
        .post(
            &format!("/calls/{call}/matching/runs"),
            &[("method", "optimal")],
        )
        .await;
    let run = res.location().unwrap_or_default().to_owned();
    c.post(&format!("{run}/approve"), &[("confirmed", "yes")])
        .await;
    let placements = {
        let mut conn = d.conn().unwrap();
        db::matching::placements(&mut conn, &Scope::All, &Default::default()).unwrap()
    };
    assert_eq!(placements.len(), 2, "both trainees are proposed");
    for p in &placements {
        let email = if p.placement.company_id == a {
            COMPANY
        } else {
            COMPANY_B
        };
        let mut host = app.signed_in(email).await;
        let res = host
            .post(
                &format!("/placements/{}/answer", p.placement.id),
                &[("status", "accepted"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let (own_case, other_case) = (case_of(app, &own), case_of(app, &other));
    Cases {
        own: own_case.id,
        other: other_case.id,
        other_candidate: other,
        hosts: (own_case.company_id, other_case.company_id),
    }
}

/// The e-mail of the host of a company id.
pub(crate) fn host_email(app: &TestApp, company: &str) -> &'static str {
    if company == app.seed.company_a {
        COMPANY
    } else {
        COMPANY_B
    }
}

async fn english(app: &TestApp, email: &str) -> Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

fn step_of(app: &TestApp, id: &str) -> String {
    let mut conn = app.db.db().conn().unwrap();
    db::cases::find(&mut conn, &Scope::All, "", id)
        .unwrap()
        .step
}

fn today() -> chrono::NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

/// Moves a case, confirmed, on today's date; the answer is a redirect back to the case.
async fn advance(c: &mut Client, id: &str, to: &str) {
    let on = today().to_string();
    let res = c
        .post(
            &format!("/cases/{id}/advance"),
            &[("to", to), ("on", &on), ("confirmed", "yes")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "to {to}: {}", res.body);
}

async fn fact(c: &mut Client, id: &str, field: &str, value: &str) {
    let res = c
        .post(
            &format!("/cases/{id}/facts"),
            &[("field", field), ("value", value)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{field}: {}", res.body);
}

async fn document(c: &mut Client, id: &str, kind: &str) {
    let res = upload(
        c,
        &format!("/cases/{id}/documents"),
        &[("kind", kind)],
        "scan.pdf",
        PDF,
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{kind}: {}", res.body);
}

#[tokio::test]
async fn the_promoter_lists_works_on_and_moves_a_case_and_refusals_change_nothing() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let mut p = english(&app, PROMOTER).await;
        let list = p.get("/cases").await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.body);
        assert!(list.body.contains("data-total=\"2\""), "{}", list.body);
        assert!(list.body.contains(&format!("/cases/{}", s.own)));
        assert!(list.shows(&msg("case-step-convention")));

        let id = s.own.clone();
        let page = p.get(&format!("/cases/{id}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("aria-current=\"step\">"));
        assert!(page.body.contains("data-missing-document"));
        assert!(page.shows(&msg("case-document-convention-signed")));

        // Incomplete: refused with its key and what is missing; nothing written.
        let mut host = english(&app, host_email(&app, &s.hosts.0)).await;
        let before = app.audit_count();
        let on = today().to_string();
        let move_to = [
            ("to", "training_project"),
            ("on", on.as_str()),
            ("confirmed", "yes"),
        ];
        let res = p.post(&format!("/cases/{id}/advance"), &move_to).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("case-error-incomplete")), "{}", res.body);
        assert!(res.body.contains("data-refusal-missing"));
        assert_eq!(step_of(&app, &id), "convention");
        assert_eq!(app.audit_count(), before, "nothing was written");

        // The wrong role: the host may not make this step.
        let res = host.post(&format!("/cases/{id}/advance"), &move_to).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("case-error-role")), "{}", res.body);
        assert_eq!(step_of(&app, &id), "convention");
        assert_eq!(app.audit_count(), before, "nothing was written");

        // A date in the future is refused as the form's mistake.
        let later = (today() + chrono::Duration::days(3)).to_string();
        let res = p
            .post(
                &format!("/cases/{id}/advance"),
                &[
                    ("to", "training_project"),
                    ("on", &later),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("case-error-future")), "{}", res.body);

        // What the step needs, recorded; then the move is asked first, and done.
        document(&mut p, &id, "convention_signed").await;
        fact(&mut p, &id, "trainees_covered", "1").await;
        let res = p
            .post(
                &format!("/cases/{id}/advance"),
                &[("to", "training_project"), ("on", &on)],
            )
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"advance-case\""));
        assert_eq!(step_of(&app, &id), "convention", "asked, not done");
        let res = p.post(&format!("/cases/{id}/advance"), &move_to).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(res.location(), Some(format!("/cases/{id}").as_str()));
        assert_eq!(step_of(&app, &id), "training_project");
        let page = p.get(&format!("/cases/{id}")).await;
        assert!(page.body.contains("data-flash=\"flash-case-moved\""));
        assert!(page.body.contains("data-current-step"));
        assert!(page.shows(&msg("case-step-training-project")));

        // The document comes back as an attachment, its reading audited.
        let doc = {
            let mut conn = app.db.db().conn().unwrap();
            db::cases::documents(&mut conn, &id).unwrap()[0].id.clone()
        };
        let res = p.get(&format!("/cases/{id}/documents/{doc}")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.header("content-disposition")
                .is_some_and(|d| d.starts_with("attachment"))
        );
        assert_eq!(res.body.as_bytes(), PDF);
        assert_eq!(
            app.last_audit(),
            ("case.document.download".into(), id.clone())
        );

        // A task added for the host, then marked done.
        let due = (today() + chrono::Duration::days(3)).to_string();
        let res = p
            .post(
                &format!("/cases/{id}/tasks"),
                &[
                    ("title", "Sign the project"),
                    ("due_on", &due),
                    ("who", "company"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let task = {
            let mut conn = app.db.db().conn().unwrap();
            db::cases::tasks_of(&mut conn, &id).unwrap()[0].id.clone()
        };
        let page = p.get(&format!("/cases/{id}")).await;
        assert!(
            page.body
                .contains(&format!("data-task=\"{task}\" data-standing=\"upcoming\""))
        );
        let res = p.post(&format!("/cases/{id}/tasks/{task}/done"), &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let done = {
            let mut conn = app.db.db().conn().unwrap();
            db::cases::tasks_of(&mut conn, &id).unwrap()[0].done_at
        };
        assert!(done.is_some());

        // The other case withdrawn: it leaves the list, is found by its step, and takes
        // no further step (409, said on its page).
        advance(&mut p, &s.other, "withdrawn").await;
        let list = p.get("/cases").await;
        assert!(list.body.contains("data-total=\"1\""), "{}", list.body);
        let withdrawn = p.get("/cases?step=withdrawn").await;
        assert!(withdrawn.body.contains("data-total=\"1\""));
        assert!(
            withdrawn
                .body
                .contains(&format!("data-case=\"{}\"", s.other))
        );
        let page = p.get(&format!("/cases/{}", s.other)).await;
        assert!(page.shows(&msg("case-closed")) && !page.body.contains("data-advance"));
        let res = p
            .post(
                &format!("/cases/{}/advance", s.other),
                &[("to", "convention"), ("on", &on), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.body.contains("data-conflict"));
    })
    .await;
}

/// Walks the other case through the procedure to "arrived", as the promoter records it,
/// then corrects the arrival to 20 days ago: the permit request (8 working days) is overdue.
async fn arrived_twenty_days_ago(app: &TestApp, s: &Cases) {
    let mut p = english(app, PROMOTER).await;
    let id = s.other.as_str();
    document(&mut p, id, "convention_signed").await;
    fact(&mut p, id, "trainees_covered", "1").await;
    advance(&mut p, id, "training_project").await;
    for kind in ["training_project_signed", "insurance_policies"] {
        document(&mut p, id, kind).await;
    }
    let start = (today() + chrono::Duration::days(30)).to_string();
    let end = (today() + chrono::Duration::days(200)).to_string();
    for (field, value) in [
        ("inail_policy", "INAIL-123"),
        ("liability_policy", "RC-456"),
        ("company_tutor", "Luca Bianchi"),
        ("promoter_tutor", "Anna Verdi"),
        ("hours_per_week", "30"),
        ("allowance", "600"),
        ("planned_start_on", start.as_str()),
        ("planned_end_on", end.as_str()),
        ("lodging", "Via Roma 1, Milano"),
    ] {
        fact(&mut p, id, field, value).await;
    }
    advance(&mut p, id, "regional_review").await;
    advance(&mut p, id, "regional_approved").await;
    document(&mut p, id, "regional_approval").await;
    advance(&mut p, id, "visa_requested").await;
    // The passport is the application's own document, uploaded by the coordinator.
    let mut c = english(app, COORDINATOR).await;
    let res = upload(
        &mut c,
        &format!("/candidates/{}/documents", s.other_candidate),
        &[("kind", "passport")],
        "passport.pdf",
        PDF,
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    document(&mut p, id, "housing_proof").await;
    fact(&mut p, id, "passport_issued_on", "2020-01-15").await;
    fact(&mut p, id, "passport_expires_on", "2030-01-14").await;
    advance(&mut p, id, "visa_issued").await;
    document(&mut p, id, "visa").await;
    fact(&mut p, id, "visa_ends_on", &end).await;
    advance(&mut p, id, "ready_to_depart").await;
    document(&mut p, id, "travel_ticket").await;
    advance(&mut p, id, "arrived").await;
    let arrived = format!("{}T10:00", today() - chrono::Duration::days(20));
    fact(&mut p, id, "arrived_at", &arrived).await;
}

#[tokio::test]
async fn an_overdue_case_comes_first_with_why_and_the_board_counts_it() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        arrived_twenty_days_ago(&app, &s).await;
        let mut p = english(&app, PROMOTER).await;
        // The other case has a task due in three days: upcoming, after the overdue one.
        let due = (today() + chrono::Duration::days(3)).to_string();
        p.post(
            &format!("/cases/{}/tasks", s.own),
            &[
                ("title", "Call the host"),
                ("due_on", &due),
                ("who", "promoter_staff"),
            ],
        )
        .await;
        let list = p.get("/cases").await;
        assert_eq!(list.status, StatusCode::OK);
        let first = list.body.find("data-case=\"").expect("rows");
        assert!(
            list.body[first..].starts_with(&format!("data-case=\"{}\"", s.other)),
            "the overdue case is on top: {}",
            list.body
        );
        let standings: Vec<&str> = list
            .body
            .split("data-standing=\"")
            .skip(1)
            .filter_map(|x| x.split('"').next())
            .collect();
        assert_eq!(standings, ["overdue", "upcoming"]);
        assert!(list.shows(&msg("case-standing-overdue")));

        let only = p.get("/cases?overdue=1").await;
        assert!(only.body.contains("data-total=\"1\""), "{}", only.body);
        assert!(!only.body.contains(&format!("data-case=\"{}\"", s.own)));

        // The case page says which rule, and why its date.
        let page = p.get(&format!("/cases/{}", s.other)).await;
        assert!(
            page.shows(&msg("case-rule-permit-request")),
            "{}",
            page.body
        );
        assert!(page.body.contains("<li data-standing=\"overdue\""));
        assert!(page.shows(&msg("case-why-title")));

        // The board: two open cases, one overdue, a bottleneck marked, as the promoter sees it.
        let board = p.get("/cases/board").await;
        assert_eq!(board.status, StatusCode::OK, "{}", board.body);
        assert!(
            board.body.contains("data-count-open=\"2\""),
            "{}",
            board.body
        );
        assert!(board.body.contains("data-count-closed=\"0\""));
        assert!(board.body.contains("data-count-overdue=\"1\""));
        assert!(board.body.contains("data-bottleneck"));
        assert!(board.body.contains("href=\"/cases?overdue=1\""));
        // Narrowed to a country none of them come from: nothing.
        let none = p.get("/cases/board?country=EG").await;
        assert!(none.body.contains("data-count-open=\"0\""), "{}", none.body);
    })
    .await;
}

#[tokio::test]
async fn a_company_reaches_only_its_own_cases_and_reads_the_identity_audited() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let mut host = english(&app, host_email(&app, &s.hosts.0)).await;
        let list = host.get("/cases").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("data-total=\"1\""), "{}", list.body);
        assert!(list.body.contains(&format!("data-case=\"{}\"", s.own)));
        assert!(!list.body.contains(&format!("data-case=\"{}\"", s.other)));
        // Another company's case by its address: not found, and nothing read.
        let before = app.audit_count();
        assert_eq!(
            host.get(&format!("/cases/{}", s.other)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            host.post(&format!("/cases/{}/identity", s.other), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(app.audit_count(), before, "no reading recorded");

        // Its own trainee's identity, shown and audited.
        let res = host.post(&format!("/cases/{}/identity", s.own), &[]).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.body.contains("data-identity"));
        assert!(res.body.contains("Haddad"));
        assert_eq!(
            app.last_audit(),
            ("case.identity.read".into(), s.own.clone())
        );
    })
    .await;
}

#[tokio::test]
async fn a_trainee_sees_only_their_own_case_as_a_checklist() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let mut t = app.signed_in(PARTICIPANT).await;
        t.accept_language = Some("fr".into());
        for path in ["/cases", "/cases/mine"] {
            let res = t.get(path).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{path}");
            assert_eq!(res.location(), Some(format!("/cases/{}", s.own).as_str()));
        }
        let page = t.get(&format!("/cases/{}", s.own)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let fr = translator(Locale::Fr);
        assert!(page.body.contains("lang=\"fr\""));
        assert!(page.body.contains("data-checklist"));
        assert!(
            page.body
                .contains(&crate::support::escape_html(&fr.t("case-mine-title")))
        );
        assert!(page.body.contains("href=\"/calendar\""));
        assert!(page.body.contains("aria-current=\"step\""));
        assert!(
            !page.body.contains("data-advance"),
            "a trainee does not move the case"
        );
        assert!(!page.body.contains("data-reveal"));
        // The same page right to left in Arabic, the case's reference kept left to right.
        t.accept_language = Some("ar".into());
        let ar = t.get(&format!("/cases/{}", s.own)).await;
        assert!(ar.body.contains("dir=\"rtl\"") && ar.body.contains("data-checklist"));
        let reference = domain::procedure::reference(&s.own);
        assert!(
            ar.body
                .contains(&format!("<bdi dir=\"ltr\">{reference}</bdi>")),
            "{}",
            ar.body
        );
        assert_eq!(
            t.get(&format!("/cases/{}", s.other)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            t.post(&format!("/cases/{}/identity", s.own), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        // A fact of the promoter's step is not theirs to record.
        let before = app.audit_count();
        let res = t
            .post(
                &format!("/cases/{}/facts", s.own),
                &[("field", "trainees_covered"), ("value", "1")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(app.audit_count(), before, "nothing was written");
    })
    .await;
}
