//! The demo's pre-departure courses (issue 14), run by Soleterre, whose course staff
//! account is `courses@demo.example`; the programme's completion rule is the default one
//! (80 % of all planned sessions, Italian A1; late 75 %, justified absence 50 %).
//!
//! - **MENTOR II, 2022**: the 41 participants followed "Italiano A1" (ten sessions in May
//!   and June 2022, before their conventions), all passed (A1 or A2), certificates issued on
//!   30 June 2022.
//! - **The current call**: "Sicurezza sul lavoro" (four sessions two months ago), completed
//!   with certificates by every participant — `trainee.case@demo.example` among them;
//!   "Italiano A1 — primo gruppo", completed by those whose case is ready to depart or
//!   beyond; "Italiano A1 — secondo gruppo" in progress for the others (eight of twelve
//!   sessions held, the last one's attendance not yet taken), where one participant's
//!   absences put the 80 % out of reach.
//!
//! Idempotent: nothing is done once the programme has a course.

use anyhow::{Context, Result, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use db::courses::{Course, Session};
use db::{Database, Origin};
use domain::Email;
use domain::cefr::Cefr;
use domain::course::{Mark, Rule, Subject};
use domain::deadline::rome_today;
use domain::permission::Scope;

pub const STAFF: &str = "courses@demo.example";
const RUNNER: &str = "Soleterre";

/// Steps at which a case must already have completed its courses.
const READY_OR_BEYOND: [&str; 7] = [
    "ready_to_depart",
    "arrived",
    "permit_requested",
    "active",
    "extended",
    "completed",
    "closed",
];

struct Plan<'a> {
    subject: Subject,
    title: &'a str,
    /// The sessions' days.
    days: Vec<NaiveDate>,
    /// The sessions held whose attendance is taken (the rest: none yet).
    marked: usize,
    cases: Vec<String>,
    /// The enrolment (by its index among `cases`) that misses sessions enough to fall out
    /// of reach, if any.
    absent: Option<usize>,
    /// Certificates issued that day (for those who completed).
    certify_on: Option<NaiveDate>,
}

pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let scope = Scope::Programmes(vec![programme_id.to_owned()]);
    if !db::courses::list(&mut conn, &scope)?.is_empty() {
        return Ok(());
    }
    let runner = db::organisations::find_by_name_unscoped(&mut conn, RUNNER)?
        .ok_or_else(|| anyhow!("demo organisation {RUNNER} missing"))?
        .id;
    let staff = db::users::find_by_email_unscoped(
        &mut conn,
        &Email::parse(STAFF).map_err(|e| anyhow!("{e}"))?,
    )?
    .ok_or_else(|| anyhow!("demo account {STAFF} missing"))?
    .id;
    let call_of = |conn: &mut db::DbConn, title: &str| -> Result<String> {
        Ok(
            db::calls::find_by_title_unscoped(conn, programme_id, title)?
                .with_context(|| format!("the call {title}"))?
                .id,
        )
    };
    let past_call = call_of(&mut conn, super::cohort::CALL_TITLE)?;
    let current_call = call_of(&mut conn, super::candidates::CALL_TITLE)?;
    let past = db::courses::cases_of_call(&mut conn, &past_call)?;
    let current = db::courses::cases_of_call(&mut conn, &current_call)?;
    drop(conn);

    let today = rome_today(Utc::now());
    let every = |start: NaiveDate, n: i64, gap: i64| -> Vec<NaiveDate> {
        (0..n).map(|k| start + Duration::days(k * gap)).collect()
    };
    let ids = |v: &[(String, String, Option<String>)]| -> Vec<String> {
        v.iter().map(|(id, _, _)| id.clone()).collect()
    };
    let (ready, waiting): (Vec<_>, Vec<_>) = current
        .iter()
        .cloned()
        .partition(|(_, step, _)| READY_OR_BEYOND.contains(&step.as_str()));
    // The one who falls out of reach is nobody's demo account.
    let absent = waiting.iter().position(|(_, _, user)| user.is_none());
    let may_2022 = NaiveDate::from_ymd_opt(2022, 5, 2).context("date")?;
    let plans = [
        Plan {
            subject: Subject::Italian,
            title: "Italiano A1 — MENTOR II 2022",
            days: every(may_2022, 10, 5),
            marked: 10,
            cases: ids(&past),
            absent: None,
            certify_on: NaiveDate::from_ymd_opt(2022, 6, 30),
        },
        Plan {
            subject: Subject::Safety,
            title: "Sicurezza sul lavoro",
            days: every(today - Duration::days(70), 4, 3),
            marked: 4,
            cases: ids(&current),
            absent: None,
            certify_on: Some(today - Duration::days(58)),
        },
        Plan {
            subject: Subject::Italian,
            title: "Italiano A1 — primo gruppo",
            days: every(today - Duration::days(120), 10, 4),
            marked: 10,
            cases: ids(&ready),
            absent: None,
            certify_on: Some(today - Duration::days(80)),
        },
        Plan {
            subject: Subject::Italian,
            title: "Italiano A1 — secondo gruppo",
            // Every three days: eight held (the last yesterday), four to come.
            days: every(today - Duration::days(22), 12, 3),
            marked: 7,
            cases: ids(&waiting),
            absent,
            certify_on: None,
        },
    ];
    db.write_blocking(origin, |tx| {
        db::courses::set_rule(tx, programme_id, &Rule::default(), &staff)?;
        Ok(())
    })?;
    for plan in plans {
        write(db, origin, programme_id, &runner, &staff, &plan)?;
    }
    Ok(())
}

fn write(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    runner: &str,
    staff: &str,
    plan: &Plan<'_>,
) -> Result<()> {
    let now = Utc::now().naive_utc();
    let course = Course {
        id: db::id::new_id(),
        programme_id: programme_id.to_owned(),
        organisation_id: runner.to_owned(),
        subject: plan.subject,
        title: plan.title.to_owned(),
        created_by: staff.to_owned(),
        created_at: now,
    };
    let topics = [
        "Presentarsi e salutare",
        "Il lavoro e l'azienda",
        "Numeri, orari e date",
        "La casa e la città",
        "Salute e sicurezza",
        "Diritti e doveri del tirocinante",
    ];
    db.write_blocking(origin, |tx| {
        db::courses::create(tx, &course)?;
        let mut sessions = Vec::new();
        for (k, day) in plan.days.iter().enumerate() {
            let s = Session {
                id: db::id::new_id(),
                course_id: course.id.clone(),
                held_on: *day,
                starts_at: if k % 2 == 0 { "09:30" } else { "14:00" }.to_owned(),
                topic: topics[k % topics.len()].to_owned(),
                place: if k % 3 == 2 {
                    "Aula virtuale Soleterre".to_owned()
                } else {
                    "Via Conca del Naviglio 10, Milano".to_owned()
                },
                online: k % 3 == 2,
                created_at: now,
            };
            db::courses::add_session(tx, &s)?;
            sessions.push(s.id);
        }
        let mut enrolments = Vec::new();
        for case in &plan.cases {
            enrolments.push(db::courses::enrol(tx, &course.id, case, staff)?);
        }
        for (k, session) in sessions.iter().take(plan.marked).enumerate() {
            let marks: Vec<(String, Mark)> = enrolments
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let m = if plan.absent == Some(i) && k % 2 == 1 {
                        Mark::Absent
                    } else if (i + k) % 11 == 0 {
                        Mark::Late
                    } else {
                        Mark::Present
                    };
                    (e.clone(), m)
                })
                .collect();
            db::courses::set_marks(tx, &course.id, session, &marks, staff)?;
        }
        if plan.subject.is_language() && plan.marked == plan.days.len() {
            let taken = plan.days.last().copied().unwrap_or_default();
            for (i, e) in enrolments.iter().enumerate() {
                let level = if i % 3 == 0 { Cefr::A2 } else { Cefr::A1 };
                db::courses::record_test(tx, &course.id, e, taken, level, staff)?;
            }
        }
        if let Some(on) = plan.certify_on {
            for e in &enrolments {
                db::courses::issue(tx, &course.id, e, on, staff)?;
            }
        }
        Ok(())
    })?;
    Ok(())
}

/// What the demo's courses must show (called from the demo's seeding test).
#[cfg(test)]
pub fn check(db: &Database) {
    let mut c = db.conn().unwrap();
    let programme = db::programmes::list(&mut c, &Scope::All)
        .unwrap()
        .remove(0)
        .id;
    let scope = Scope::Programmes(vec![programme.clone()]);
    let lines = db::courses::list(&mut c, &scope).unwrap();
    assert_eq!(lines.len(), 4, "four courses, seeded once");
    let rule = db::courses::rule(&mut c, &programme).unwrap().unwrap();
    let find = |title: &str| {
        lines
            .iter()
            .find(|l| l.course.title == title)
            .unwrap()
            .course
            .clone()
    };
    // The 41 of 2022 passed, each with a certificate.
    let past = find("Italiano A1 — MENTOR II 2022");
    let (_, standings) = app::courses::standings(&mut c, &past, &rule).unwrap();
    assert_eq!(standings.len(), 41);
    assert!(
        standings
            .iter()
            .all(|s| s.complete && s.certificate.is_some())
    );
    // The current cohort's second group: one out of reach, and attendance to take.
    let now = find("Italiano A1 — secondo gruppo");
    let (_, standings) = app::courses::standings(&mut c, &now, &rule).unwrap();
    assert_eq!(standings.iter().filter(|s| s.out_of_reach).count(), 1);
    let today = rome_today(Utc::now());
    assert_eq!(
        db::courses::unmarked(&mut c, std::slice::from_ref(&now.id), today)
            .unwrap()
            .len(),
        1
    );
    // The French trainee has a certificate.
    let trainee =
        db::users::find_by_email_unscoped(&mut c, &Email::parse(super::current::TRAINEE).unwrap())
            .unwrap()
            .unwrap();
    let own = db::courses::of_user(&mut c, &trainee.id).unwrap();
    assert!(
        own.iter()
            .any(|e| db::courses::certificate_of(&mut c, &e.id)
                .unwrap()
                .is_some()),
        "the demo trainee's certificate"
    );
    // The course staff see the warning and the attendance to take among their tasks.
    let staff = db::users::find_by_email_unscoped(&mut c, &Email::parse(STAFF).unwrap())
        .unwrap()
        .unwrap();
    let actor = db::memberships::load_actor(&mut c, &staff.id)
        .unwrap()
        .unwrap();
    let kinds: Vec<&str> = app::tasks::find(&mut c, &actor, today)
        .unwrap()
        .iter()
        .map(|t| t.kind.id)
        .collect();
    assert!(kinds.contains(&"course-warning"), "{kinds:?}");
    assert!(kinds.contains(&"course-attendance"), "{kinds:?}");
}
