//! The traineeship through the router (issue 14 item 2), on both databases: the promoter
//! sets its dates, each author (company tutor, promoter's tutor, mediator) files their own
//! monthly report and no one else reads a draft; another company gets 404; the trainee sees
//! the allowances but not the staff's reports; the promoter's approval computes the amount
//! by the region's rule, locks it with an audit entry and refuses a second one; the
//! traineeship may not be extended past its maximum.

use axum::http::StatusCode;
use chrono::{Datelike, Months, NaiveDate};
use db::Origin;
use domain::Role;
use domain::duty::Duty;
use domain::permission::Scope;
use testkit::fixtures;

use crate::cases::{COMPANY_B, PROMOTER, setup};
use crate::support::{COMPANY, Client, PARTICIPANT, TestApp, msg, on_each_backend};

const MEDIATOR: &str = "mediator@ngo.example";

/// The case's people given, its traineeship's dates set by the promoter: started on the
/// first day of the month three months ago, for six months. Returns the host's e-mail,
/// the other company's, and the first month (`YYYY-MM`).
struct World {
    case: String,
    host: &'static str,
    stranger: &'static str,
    first: String,
    second: String,
}

fn today() -> NaiveDate {
    domain::deadline::rome_today(chrono::Utc::now())
}

async fn world(app: &TestApp) -> World {
    let s = setup(app).await;
    let d = app.db.db();
    let (host, stranger) = if s.hosts.0 == app.seed.company_a {
        (COMPANY, COMPANY_B)
    } else {
        (COMPANY_B, COMPANY)
    };
    let mediator = fixtures::user(d, MEDIATOR, &app.seed.lead, Role::Mediator);
    let id = |email: &str| {
        let mut conn = d.conn().unwrap();
        db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(email).unwrap())
            .unwrap()
            .unwrap()
            .id
    };
    let (host_id, promoter_id) = (id(host), id(PROMOTER));
    d.write_blocking(&Origin::system(), |tx| {
        db::cases::assign(tx, &s.own, Duty::CompanyTutor, &host_id, "test")?;
        db::cases::assign(tx, &s.own, Duty::PromoterTutor, &promoter_id, "test")?;
        db::cases::assign(tx, &s.own, Duty::Mediator, &mediator, "test")?;
        Ok(())
    })
    .unwrap();
    let start = today().with_day(1).unwrap() - Months::new(3);
    let end = start + Months::new(6) - chrono::Days::new(1);
    let mut p = english(app, PROMOTER).await;
    let res = p
        .post(
            &format!("/traineeships/{}", s.own),
            &[
                ("starts_on", &start.to_string()),
                ("ends_on", &end.to_string()),
                ("hours_per_week", "30"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    World {
        case: s.own,
        host,
        stranger,
        first: start.format("%Y-%m").to_string(),
        second: (start + Months::new(1)).format("%Y-%m").to_string(),
    }
}

async fn english(app: &TestApp, email: &str) -> Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

async fn file(
    c: &mut Client,
    case: &str,
    month: &str,
    attended: &str,
    scheduled: &str,
    submit: bool,
) -> crate::support::Resp {
    let mut fields = vec![
        ("days_attended", attended),
        ("days_scheduled", scheduled),
        ("progress", "Settling in well"),
        ("issues", ""),
        ("action", if submit { "submit" } else { "save" }),
    ];
    if submit {
        fields.push(("confirmed", "yes"));
    }
    c.post(&format!("/traineeships/{case}/reports/{month}"), &fields)
        .await
}

fn state_of(body: &str, month: &str, duty: &str) -> String {
    let row = body
        .split(&format!("data-month=\"{month}\""))
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .unwrap_or_default();
    row.split(&format!("data-report=\"{duty}\" data-state=\""))
        .nth(1)
        .and_then(|x| x.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn each_author_sees_only_their_own_drafts_and_another_company_gets_404() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let (case, m) = (w.case.clone(), w.first.clone());
        let mut host = english(&app, w.host).await;
        let mut mediator = english(&app, MEDIATOR).await;
        let mut promoter = english(&app, PROMOTER).await;

        // Before anything is filed, the host has reports due in their inbox.
        let home = host.get("/").await;
        assert!(
            home.body.contains("data-task=\"traineeship-report-due\""),
            "{}",
            home.body
        );

        let page = host.get(&format!("/traineeships/{case}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("data-my-duty=\"company_tutor\""));
        assert_eq!(
            file(&mut host, &case, &m, "18", "21", false).await.status,
            StatusCode::SEE_OTHER
        );
        // The mediator's report has no register: days scheduled are not theirs to give.
        assert_eq!(
            file(&mut mediator, &case, &m, "17", "", false).await.status,
            StatusCode::SEE_OTHER
        );

        // Each author sees their own draft, and nobody else's.
        let p = promoter.get(&format!("/traineeships/{case}")).await;
        assert_eq!(state_of(&p.body, &m, "company_tutor"), "none");
        assert_eq!(state_of(&p.body, &m, "mediator"), "none");
        let h = host.get(&format!("/traineeships/{case}")).await;
        assert_eq!(state_of(&h.body, &m, "company_tutor"), "draft");
        assert_eq!(state_of(&h.body, &m, "mediator"), "none");
        let x = mediator.get(&format!("/traineeships/{case}")).await;
        assert_eq!(state_of(&x.body, &m, "mediator"), "draft");
        assert_eq!(state_of(&x.body, &m, "company_tutor"), "none");
        let api = promoter
            .get(&format!("/api/v1/traineeships/{case}/reports"))
            .await;
        assert_eq!(api.status, StatusCode::OK);
        assert_eq!(api.json().as_array().map(Vec::len), Some(0), "{}", api.body);
        let api = host
            .get(&format!("/api/v1/traineeships/{case}/reports"))
            .await;
        let mine = api.json();
        assert_eq!(mine.as_array().map(Vec::len), Some(1), "{}", api.body);
        assert_eq!(mine[0]["duty"], "company_tutor");
        assert_eq!(mine[0]["status"], "draft");
        let form = host
            .get(&format!(
                "/traineeships/{case}/reports/{m}?duty=company_tutor"
            ))
            .await;
        assert!(form.body.contains("value=\"18\""), "{}", form.body);
        // Someone holding no author's duty files nothing.
        let mut participant = english(&app, PARTICIPANT).await;
        let res = file(&mut participant, &case, &m, "1", "1", false).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);

        // Another company: as if it did not exist, read or written.
        let mut stranger = english(&app, w.stranger).await;
        for path in [
            format!("/traineeships/{case}"),
            format!("/traineeships/{case}/reports/{m}"),
            format!("/api/v1/traineeships/{case}/reports"),
            format!("/api/v1/traineeships/{case}/allowances"),
        ] {
            assert_eq!(
                stranger.get(&path).await.status,
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        let res = file(&mut stranger, &case, &m, "1", "1", false).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let list = stranger.get("/api/v1/traineeships").await;
        assert!(!list.body.contains(&case), "{}", list.body);

        // Submitted, the host's report is read by the others and read-only for all.
        assert_eq!(
            file(&mut host, &case, &m, "18", "21", true).await.status,
            StatusCode::SEE_OTHER
        );
        let p = promoter.get(&format!("/traineeships/{case}")).await;
        assert_eq!(state_of(&p.body, &m, "company_tutor"), "submitted");
        assert_eq!(state_of(&p.body, &m, "mediator"), "none");
        let again = file(&mut host, &case, &m, "21", "21", false).await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        assert!(again.shows(&msg("traineeship-error-report-submitted")));

        // The trainee sees the traineeship and its allowances, not the staff's reports.
        let own = participant.get(&format!("/traineeships/{case}")).await;
        assert_eq!(own.status, StatusCode::OK, "{}", own.body);
        assert!(!own.body.contains("data-months"));
        assert!(!own.body.contains("Settling in well"));
        let api = participant
            .get(&format!("/api/v1/traineeships/{case}/reports"))
            .await;
        assert_eq!(api.status, StatusCode::FORBIDDEN);

        // A mistake comes back beside its field and writes nothing.
        let bad = file(&mut mediator, &case, &w.second, "40", "", false).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.shows(&msg("traineeship-error-days")));
    })
    .await;
}

#[tokio::test]
async fn the_promoter_approves_a_month_by_the_region_rule_and_the_amount_is_locked() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let case = w.case.clone();
        let mut host = english(&app, w.host).await;
        let mut promoter = english(&app, PROMOTER).await;
        // Lombardy: full EUR 500 at 80 % or more (18 of 21 is 85 %); EUR 300 below (10/21).
        file(&mut host, &case, &w.first, "18", "21", true).await;
        file(&mut host, &case, &w.second, "10", "21", true).await;
        let page = promoter.get(&format!("/traineeships/{case}")).await;
        assert!(
            page.body.contains(&format!(
                "data-pending-month=\"{}\" data-cents=\"50000\"",
                w.first
            )),
            "{}",
            page.body
        );
        assert!(page.body.contains(&format!(
            "data-pending-month=\"{}\" data-cents=\"30000\"",
            w.second
        )));
        assert!(page.body.contains("data-rule-source"));
        assert!(page.body.contains("DGR 7763/2018"));
        assert!(page.body.contains("data-unverified"));
        let home = promoter.get("/").await;
        assert!(home.body.contains("data-task=\"traineeship-approval\""));

        // The host does not approve its own trainee's allowance.
        let path = format!("/traineeships/{case}/allowances/{}", w.first);
        let res = host.post(&path, &[("confirmed", "yes")]).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);

        // Asked first, then approved with an audit entry.
        let ask = promoter.post(&path, &[]).await;
        assert_eq!(ask.status, StatusCode::OK);
        assert!(
            ask.body.contains("data-confirm=\"approve-allowance\""),
            "{}",
            ask.body
        );
        let before = app.audit_count();
        let res = promoter.post(&path, &[("confirmed", "yes")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.audit_count(), before + 1);
        assert_eq!(app.last_audit().0, "traineeship.allowance.approve");

        // Locked: a second approval is refused and the amount stays what it was.
        let again = promoter.post(&path, &[("confirmed", "yes")]).await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        assert!(again.shows(&msg("traineeship-error-allowance-locked")));
        let api = promoter
            .get(&format!("/api/v1/traineeships/{case}/allowances"))
            .await;
        let items = api.json()["items"].as_array().cloned().unwrap_or_default();
        let first = items
            .iter()
            .find(|i| i["month"] == w.first.as_str())
            .unwrap();
        assert_eq!(first["status"], "approved");
        assert_eq!(first["amount_cents"], 50000);
        assert_eq!(first["rule_verified"], false);
        let second = items
            .iter()
            .find(|i| i["month"] == w.second.as_str())
            .unwrap();
        assert_eq!(second["status"], "pending");
        assert_eq!(second["amount_cents"], 30000);

        // The trainee sees the approved amount.
        let mut participant = english(&app, PARTICIPANT).await;
        let own = participant.get(&format!("/traineeships/{case}")).await;
        assert!(
            own.body.contains(&format!(
                "data-allowance=\"{}\" data-cents=\"50000\"",
                w.first
            )),
            "{}",
            own.body
        );
        // A month whose register is not submitted cannot be approved.
        let third = (NaiveDate::parse_from_str(&format!("{}-01", w.second), "%Y-%m-%d").unwrap()
            + Months::new(1))
        .format("%Y-%m")
        .to_string();
        let res = promoter
            .post(
                &format!("/traineeships/{case}/allowances/{third}"),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("traineeship-error-no-register")));
    })
    .await;
}

#[tokio::test]
async fn the_maximum_duration_is_refused() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let case = w.case.clone();
        let mut promoter = english(&app, PROMOTER).await;
        let saved = || {
            let mut conn = app.db.db().conn().unwrap();
            db::traineeships::find(&mut conn, &case).unwrap().unwrap()
        };
        let before = saved();
        // Twelve months in all end the day before the anniversary of the start.
        let too_far = before.starts_on + Months::new(12);
        let res = promoter
            .post(
                &format!("/traineeships/{case}/extend"),
                &[
                    ("to_on", &too_far.to_string()),
                    ("note", "More training needed"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        assert!(res.shows(&msg("traineeship-error-too-long")));
        assert_eq!(saved(), before, "nothing changed");
        {
            let mut conn = app.db.db().conn().unwrap();
            let c = db::cases::find(&mut conn, &Scope::All, "", &case).unwrap();
            assert_ne!(c.step, "extended");
        }
        // The dates themselves are held to it too.
        let res = promoter
            .post(
                &format!("/traineeships/{case}"),
                &[
                    ("starts_on", &before.starts_on.to_string()),
                    ("ends_on", &too_far.to_string()),
                    ("hours_per_week", "30"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("traineeship-error-too-long")));
        // A secondary diploma caps a Lombardy traineeship at six months.
        {
            let d = app.db.db();
            let mut conn = d.conn().unwrap();
            let c = db::cases::find(&mut conn, &Scope::All, "", &case).unwrap();
            use db::schema::candidate_profiles as cp;
            use diesel::prelude::*;
            let n = diesel::update(cp::table.filter(cp::candidate_id.eq(&c.candidate_id)))
                .set(cp::isced_level.eq(Some(3i64)))
                .execute(&mut conn)
                .unwrap();
            if n == 0 {
                diesel::insert_into(cp::table)
                    .values((
                        cp::candidate_id.eq(&c.candidate_id),
                        cp::isced_level.eq(Some(3i64)),
                        cp::field_of_study.eq(""),
                        cp::qualification_title.eq(""),
                        cp::languages.eq(""),
                        cp::experience.eq(""),
                        cp::sectors.eq(""),
                        cp::cities.eq(""),
                        cp::updated_at.eq(chrono::Utc::now().naive_utc()),
                        cp::french_rank.eq(0i64),
                        cp::english_rank.eq(0i64),
                    ))
                    .execute(&mut conn)
                    .unwrap();
            }
        }
        let seven = before.starts_on + Months::new(7);
        let res = promoter
            .post(
                &format!("/traineeships/{case}/extend"),
                &[
                    ("to_on", &seven.to_string()),
                    ("note", "More training needed"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        assert!(res.shows(&msg("traineeship-error-too-long")));
        let page = promoter.get(&format!("/traineeships/{case}")).await;
        assert!(page.body.contains("data-maximum=\"6\""), "{}", page.body);
        assert_eq!(saved(), before);
    })
    .await;
}

#[tokio::test]
async fn an_extension_within_the_maximum_moves_the_case_and_the_end_date() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let case = w.case.clone();
        // The traineeship runs: the case stands at `active`, with what that step asks for.
        crate::outcomes::move_case(&app, &case, "active", false);
        let start = today().to_string();
        let expires = (today() + Months::new(12)).to_string();
        let facts = [
            ("started_on", start.clone()),
            ("permit_issued_on", start),
            ("permit_expires_on", expires),
        ];
        let id = case.clone();
        app.db
            .db()
            .write_blocking(&Origin::system(), move |tx| {
                for (field, value) in facts {
                    db::cases::set_fact(
                        tx,
                        &db::cases::Fact {
                            case_id: id.clone(),
                            field: field.into(),
                            value,
                            sealed: false,
                            updated_by: "test".into(),
                            updated_at: tx.now,
                        },
                    )?;
                }
                Ok(())
            })
            .unwrap();
        let mut promoter = english(&app, PROMOTER).await;
        let res = crate::documents::upload(
            &mut promoter,
            &format!("/cases/{case}/documents"),
            &[("kind", "employment_notice")],
            "notice.pdf",
            crate::documents::PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let saved = || {
            let mut conn = app.db.db().conn().unwrap();
            db::traineeships::find(&mut conn, &case).unwrap().unwrap()
        };
        let before = saved();
        let nine = before.starts_on + Months::new(9);
        let audit = app.audit_count();
        // Asked first on a page of its own, carrying the day and the reason; nothing moves.
        let url = format!("/traineeships/{case}/extend");
        let nine_s = nine.to_string();
        let asked = [
            ("to_on", nine_s.as_str()),
            ("note", "The host offers three more months"),
        ];
        let res = promoter.post(&url, &asked).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.body.contains(r#"data-confirm="extend-traineeship""#));
        assert!(
            res.body
                .contains(&format!(r#"name="to_on" value="{nine}""#))
        );
        assert_eq!(saved(), before);
        assert_eq!(app.audit_count(), audit);
        let res = promoter
            .post(
                &format!("/traineeships/{case}/extend"),
                &[
                    ("to_on", &nine.to_string()),
                    ("note", "The host offers three more months"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(saved().ends_on, nine);
        assert!(app.audit_count() > audit);
        let mut conn = app.db.db().conn().unwrap();
        let c = db::cases::find(&mut conn, &Scope::All, "", &case).unwrap();
        assert_eq!(c.step, "extended");
    })
    .await;
}

#[tokio::test]
async fn an_interruption_is_confirmed_then_ends_the_traineeship_and_the_case() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let case = w.case.clone();
        crate::outcomes::move_case(&app, &case, "active", false);
        let mut promoter = english(&app, PROMOTER).await;
        let on = today().to_string();
        let url = format!("/traineeships/{case}/interrupt");
        let asked = [("on", on.as_str()), ("note", "The trainee went home")];
        let res = promoter.post(&url, &asked).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.body.contains(r#"data-confirm="interrupt-traineeship""#));
        let step = || {
            let mut conn = app.db.db().conn().unwrap();
            db::cases::find(&mut conn, &Scope::All, "", &case)
                .unwrap()
                .step
        };
        assert_eq!(step(), "active", "nothing moved before it was confirmed");
        let res = promoter
            .post(&url, &[asked[0], asked[1], ("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(step(), "interrupted");
        let mut conn = app.db.db().conn().unwrap();
        let t = db::traineeships::find(&mut conn, &case).unwrap().unwrap();
        assert_eq!(t.ends_on, today());
    })
    .await;
}

#[tokio::test]
async fn an_incident_is_followed_to_closure_by_its_owner_and_skills_are_evaluated() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let case = w.case.clone();
        let mediator_id = {
            let mut conn = app.db.db().conn().unwrap();
            db::users::find_by_email_unscoped(&mut conn, &domain::Email::parse(MEDIATOR).unwrap())
                .unwrap()
                .unwrap()
                .id
        };
        let mut host = english(&app, w.host).await;
        let mut mediator = english(&app, MEDIATOR).await;
        let res = host
            .post(
                &format!("/traineeships/{case}/incidents"),
                &[
                    ("title", "Conflict with a colleague"),
                    ("severity", "high"),
                    ("owner_id", &mediator_id),
                    ("description", ""),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit().0, "traineeship.incident.open");
        let id = {
            let mut conn = app.db.db().conn().unwrap();
            db::traineeships::incidents(&mut conn, &case).unwrap()[0]
                .id
                .clone()
        };
        // An owner outside the case's people is refused.
        let res = host
            .post(
                &format!("/traineeships/{case}/incidents"),
                &[
                    ("title", "x"),
                    ("severity", "low"),
                    ("owner_id", &app.seed.coordinator),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("traineeship-error-owner")));
        // The owner has it as a task; the host, who does not own it, cannot move it.
        let home = mediator.get("/").await;
        assert!(
            home.body.contains("data-task=\"traineeship-incident\""),
            "{}",
            home.body
        );
        let path = format!("/traineeships/{case}/incidents/{id}");
        let res = host
            .post(&path, &[("status", "closed"), ("note", "done")])
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        // Closed only with a note saying how it ended; never twice.
        let res = mediator
            .post(&path, &[("status", "closed"), ("note", " ")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("traineeship-error-closing-note")));
        let res = mediator
            .post(&path, &[("status", "in_progress"), ("note", "")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = mediator
            .post(
                &path,
                &[
                    ("status", "closed"),
                    ("note", "Talked it through; resolved."),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = mediator.get(&format!("/traineeships/{case}")).await;
        assert!(page.body.contains("data-status=\"closed\""));
        assert!(page.body.contains("data-closing-note"));
        let res = mediator
            .post(&path, &[("status", "closed"), ("note", "again")])
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        let home = mediator.get("/").await;
        assert!(!home.body.contains("data-task=\"traineeship-incident\""));

        // The training project's objectives are the position's skills; a level for each.
        {
            use db::schema::{placements, positions};
            use diesel::prelude::*;
            let mut conn = app.db.db().conn().unwrap();
            let c = db::cases::find(&mut conn, &Scope::All, "", &case).unwrap();
            let position: String = placements::table
                .filter(placements::id.eq(&c.placement_id))
                .select(placements::position_id)
                .first(&mut conn)
                .unwrap();
            diesel::update(positions::table.filter(positions::id.eq(&position)))
                .set((
                    positions::required_skills.eq("Java, SQL"),
                    positions::desired_skills.eq("Docker"),
                ))
                .execute(&mut conn)
                .unwrap();
        }
        let eval = format!("/traineeships/{case}/evaluations/mid_term");
        let res = host
            .post(
                &eval,
                &[("level-0", "3"), ("level-1", "2"), ("note", "On track")],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "one level missing"
        );
        assert!(res.shows(&msg("traineeship-error-level")));
        let res = host
            .post(
                &eval,
                &[
                    ("level-0", "3"),
                    ("level-1", "2"),
                    ("level-2", "4"),
                    ("note", "On track"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        // The mediator holds no tutor's duty: they read evaluations, do not write them.
        let res = mediator
            .post(
                &eval,
                &[("level-0", "1"), ("level-1", "1"), ("level-2", "1")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let mut conn = app.db.db().conn().unwrap();
        let e = db::traineeships::evaluations(&mut conn, &case).unwrap();
        assert_eq!(
            e[0].levels,
            [
                ("Java".to_owned(), 3),
                ("SQL".to_owned(), 2),
                ("Docker".to_owned(), 4)
            ]
        );
    })
    .await;
}
