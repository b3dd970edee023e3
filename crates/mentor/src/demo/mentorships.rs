//! Mentoring after the traineeship (issue 15 item 1): the demo mentor
//! (`mentor@demo.example`, NGO staff of ANOLF Piemonte, mentor of the 41 cases) follows
//! the 12 who returned home — among them the returnee account's person, Anass El Khattabi
//! (`grants::RETURNEE`), whose open mentorship `returnee@demo.example` reads on
//! `/my/mentorship` — and the first 6 of those in Italy.
//!
//! Each has goals, an action plan and 2–6 sessions: the first in 2024, the latest a few
//! weeks before the seeding day, so that only the one meant to show the reminder has none
//! for longer than its reminder (the reminder is at most 180 days, and a session in 2025
//! would make every mentorship due). One has an action item overdue, one a concern raised
//! and not yet handled, two of those in Italy were closed with notes in 2025. Written
//! through the real storage on the days the work was done; idempotent (a mentee with a
//! mentorship is skipped whole).

use anyhow::{Context, Result};
use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use db::mentorships::{NewMentorship, Reach, Show};
use db::{Database, Origin};
use domain::deadline::rome_today;
use domain::mentorship::form::{Item, Session, Terms};
use domain::mentorship::{SessionMode, Whereabouts};
use domain::permission::Scope;

/// How many mentorships the demo holds.
#[cfg(test)]
pub const MENTORSHIPS: usize = 18;
/// Positions in the mentor's list (see [`mentees`]) of the special ones.
const REMINDER: usize = 0;
const OVERDUE: usize = 1;
const CONCERN: usize = 2;
const CLOSED: [usize; 2] = [16, 17];

/// The mentees, by cohort index: the 12 at home, then the first 6 in Italy.
fn mentees() -> Vec<usize> {
    let home =
        (0..super::cohort::PARTICIPANTS).filter(|i| !super::outcomes::kind_of(*i).in_italy());
    let italy = (0..super::cohort::PARTICIPANTS)
        .filter(|i| super::outcomes::kind_of(*i).in_italy())
        .take(6);
    home.chain(italy).collect()
}

const TOPICS: [&str; 6] = [
    "Business plan and first costs",
    "Contacts with the local chamber of commerce",
    "CV and job interviews",
    "Microcredit and the bank",
    "Keeping ties with the host company",
    "Family and settling back",
];
const NOTES: [&str; 4] = [
    "Motivated; worried about the start-up capital.",
    "Tired after a hard month; we agreed on small steps.",
    "Good progress; the family supports the project.",
    "",
];
const MODES: [SessionMode; 4] = [
    SessionMode::Video,
    SessionMode::Phone,
    SessionMode::Message,
    SessionMode::InPerson,
];

fn stamp(d: NaiveDate, hour: u32) -> NaiveDateTime {
    d.and_hms_opt(hour, 0, 0).unwrap_or_default()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn days(n: usize) -> Duration {
    Duration::days(i64::try_from(n).unwrap_or(0))
}

/// Writes the mentorships; answers how many this run opened.
pub fn seed(db: &Database, programme_id: &str) -> Result<usize> {
    let today = rome_today(Utc::now());
    let mut conn = db.conn()?;
    let mentor = super::outcomes::user_id(&mut conn, super::outcomes::MENTOR)?;
    let organisation = db::mentorships::mentors(&mut conn, programme_id)?
        .into_iter()
        .find(|m| m.0 == mentor)
        .map(|m| m.2)
        .context("the demo mentor's organisation in the programme")?;
    let call =
        db::calls::find_by_title_unscoped(&mut conn, programme_id, super::cohort::CALL_TITLE)?
            .context("the 2022 call")?;
    let cohort = db::candidates::list(
        &mut conn,
        &Scope::All,
        "",
        &db::candidates::ListFilter {
            call_id: Some(call.id.clone()),
            per_page: 100,
            ..Default::default()
        },
    )?
    .0;
    let as_mentor = Origin::user(&mentor, "demo");
    let mut opened = 0;
    for (k, i) in mentees().into_iter().enumerate() {
        let candidate = cohort
            .iter()
            .find(|c| super::cohort::index_of(&c.given_names, &c.family_name) == Some(i))
            .with_context(|| format!("participant {i} of the 2022 cohort"))?
            .id
            .clone();
        if !db::mentorships::list(&mut conn, &Reach::Own(vec![candidate.clone()]), Show::All)?
            .is_empty()
        {
            continue;
        }
        let home = !super::outcomes::kind_of(i).in_italy();
        let terms = Terms {
            whereabouts: if home {
                Whereabouts::Home
            } else {
                Whereabouts::Italy
            },
            goals: if home {
                "Start a small business or find qualified work at home with what was learnt in Italy; keep the ties with the host company.".into()
            } else {
                "Settle in the job in Italy, renew the permit on time and prepare a project for the return.".into()
            },
            reminder_days: if k == REMINDER { 30 } else { 60 },
        };
        let opened_on = day(2024, 1, 15) + days(k * 4);
        let closed = CLOSED.contains(&k);
        let n = 2 + k % 5;
        // The sessions: the first the month after the opening, the others spread to the
        // latest, a few weeks before the seeding day (in 2025 for the closed ones).
        let last = if closed {
            day(2025, 3, 10) + days(k)
        } else if k == REMINDER {
            today - Duration::days(45)
        } else {
            today - days(3 + k)
        };
        let first = opened_on + Duration::days(20);
        let span = (last - first).num_days().max(1);
        let held: Vec<NaiveDate> = (0..n)
            .map(|j| {
                let j = i64::try_from(j).unwrap_or(0);
                let n = i64::try_from(n - 1).unwrap_or(1).max(1);
                first + Duration::days(span * j / n)
            })
            .collect();
        let id = db
            .write_blocking_at(&as_mentor, stamp(opened_on, 10), |tx| {
                db::mentorships::create(
                    tx,
                    &NewMentorship {
                        programme_id,
                        candidate_id: &candidate,
                        mentor_id: &mentor,
                        organisation_id: &organisation,
                        terms: &terms,
                        opened_on,
                        by: &mentor,
                    },
                )
            })?
            .context("a mentee without a mentorship")?;
        opened += 1;
        for (j, on) in held.iter().enumerate() {
            let s = Session {
                held_on: *on,
                mode: MODES[(k + j) % MODES.len()],
                topics: TOPICS[(k + j) % TOPICS.len()].into(),
                notes: NOTES[(k + j) % NOTES.len()].into(),
            };
            db.write_blocking_at(&as_mentor, stamp(*on, 17), |tx| {
                db::mentorships::sessions::log(tx, &id, &s, &mentor)
            })?;
        }
        // The plan, written at the first session: two items done since, one ahead.
        let items = [
            ("Open a bank account", first + Duration::days(30), true),
            (
                "Gather the documents of the qualification",
                first + Duration::days(60),
                true,
            ),
            (
                if home {
                    "Register the business"
                } else {
                    "Renew the residence permit"
                },
                if k == OVERDUE {
                    today - Duration::days(10)
                } else {
                    last + Duration::days(90)
                },
                false,
            ),
        ];
        for (action, due_on, done) in items {
            let item = Item {
                action: action.into(),
                due_on,
            };
            let item_id = db.write_blocking_at(&as_mentor, stamp(first, 18), |tx| {
                db::mentorships::items::add(tx, &id, &item, &mentor)
            })?;
            if done {
                db.write_blocking_at(&as_mentor, stamp(due_on.min(last), 18), |tx| {
                    db::mentorships::items::mark_done(tx, &id, &item_id, &mentor)
                })?;
            }
        }
        if k == CONCERN {
            let raised = today - Duration::days(3);
            db.write_blocking_at(&as_mentor, stamp(raised, 11), |tx| {
                db::mentorships::concerns::raise(
                    tx,
                    &id,
                    "He stopped answering after losing his job; his family says he may leave again irregularly.",
                    &mentor,
                )
            })?;
        }
        if closed {
            let on = last + Duration::days(14);
            db.write_blocking_at(&as_mentor, stamp(on, 12), |tx| {
                db::mentorships::close(
                    tx,
                    &id,
                    on,
                    "Permanent contract signed and the permit renewed: the goals are met.",
                    &mentor,
                )
            })?;
        }
    }
    Ok(opened)
}

/// What the demo test expects of the mentorships.
#[cfg(test)]
pub fn check(c: &mut db::DbConn) {
    let all = db::mentorships::list(c, &Reach::All, Show::All).unwrap_or_default();
    assert_eq!(all.len(), MENTORSHIPS);
    assert_eq!(
        all.iter().filter(|m| !m.row.is_open()).count(),
        CLOSED.len()
    );
    assert!(
        all.iter()
            .all(|m| m.row.closed_at.is_none() || m.row.close_note.is_some())
    );
    assert_eq!(
        all.iter()
            .filter(|m| m.row.whereabouts == Whereabouts::Home)
            .count(),
        12
    );
    let concerns = db::mentorships::list(c, &Reach::All, Show::Concern).unwrap_or_default();
    assert_eq!(concerns.len(), 1);
    for m in &all {
        let n = db::mentorships::session_count(c, &m.row.id).unwrap_or(0);
        assert!((2..=6).contains(&n), "{n} sessions");
    }
    let today = rome_today(Utc::now());
    let mentor = super::outcomes::user_id(c, super::outcomes::MENTOR).unwrap_or_default();
    let due: Vec<_> = db::mentorships::reminders_of(c, &mentor)
        .unwrap_or_default()
        .into_iter()
        .filter(|r| {
            domain::mentorship::reminder_due(r.opened_on, r.last_session, r.reminder_days, today)
        })
        .collect();
    assert_eq!(due.len(), 1, "one reminder waits for the mentor");
    let overdue =
        db::mentorships::items::overdue(c, Some(&mentor), None, today).unwrap_or_default();
    assert_eq!(overdue.len(), 1, "one mentorship with an overdue action");
    // The returnee's own, open.
    let returnee = super::outcomes::user_id(c, super::grants::RETURNEE_ACCOUNT).unwrap_or_default();
    let reach = Reach::of(c, &Scope::OwnAccount, &returnee).unwrap_or(Reach::Own(Vec::new()));
    let own = db::mentorships::list(c, &reach, Show::Open).unwrap_or_default();
    assert_eq!(own.len(), 1, "the returnee's open mentorship");
    assert_eq!(own[0].row.whereabouts, Whereabouts::Home);
}
