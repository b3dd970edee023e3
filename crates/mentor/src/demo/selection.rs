//! The demo's selection: four weighted criteria on the demo call; scores by two assessors
//! (the agency of the candidate's country and the CeSPI evaluator) for the 41 shortlisted,
//! the waiting list and a third of the eligible applications; a held and scored online
//! interview for the shortlisted and the waiting list; and a few decision e-mails in the
//! outbox, most already sent. Idempotent: done once per call (when it has no criteria yet).

use anyhow::{Result, anyhow};
use chrono::Duration;
use db::selection::ScoreInput;
use db::{Database, Origin};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::selection::{CriterionDraft, InterviewDraft};
use domain::{Country, Email, Locale};

/// Name, weight, maximum score.
pub const CRITERIA: [(&str, i64, i64); 4] = [
    ("Motivation and return project", 30, 10),
    ("Italian language", 25, 10),
    ("Relevant studies", 25, 5),
    ("Work experience", 20, 5),
];

fn user_id(conn: &mut db::DbConn, email: &str) -> Result<String> {
    let email = Email::parse(email).map_err(|e| anyhow!("{email}: {e}"))?;
    db::users::find_by_email_unscoped(conn, &email)?
        .map(|u| u.id)
        .ok_or_else(|| anyhow!("demo account {} missing", email.as_str()))
}

/// A number from 0 to 99 that depends only on the text (FNV-1a), so reruns agree.
fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A score for one criterion: shortlisted applications score high, the waiting list a bit
/// lower, others anywhere; each assessor a little differently.
fn score(candidate: &str, assessor: &str, criterion: usize, max: i64, status: Status) -> i64 {
    let r = i64::try_from(hash(&format!("{candidate}{assessor}{criterion}")) % 1000).unwrap_or(0);
    let (lo, hi) = match status {
        Status::Shortlisted => (70, 100),
        Status::WaitingList => (50, 80),
        _ => (20, 85),
    };
    let pct = lo + r * (hi - lo) / 1000;
    (pct * max + 50) / 100
}

pub fn seed(db: &Database, programme_id: &str) -> Result<usize> {
    let mut conn = db.conn()?;
    let call =
        db::calls::find_by_title_unscoped(&mut conn, programme_id, super::candidates::CALL_TITLE)?
            .ok_or_else(|| anyhow!("demo call missing"))?;
    if !db::selection::criteria(&mut conn, &call.id)?.is_empty() {
        return Ok(0);
    }
    let coordinator = user_id(&mut conn, "coordinator@demo.example")?;
    let agency_tn = user_id(&mut conn, "agency.tn@demo.example")?;
    let agency_ma = user_id(&mut conn, "agency.ma@demo.example")?;
    let evaluator = user_id(&mut conn, "evaluator@demo.example")?;
    let criteria = db.write_blocking(&Origin::user(&coordinator, "demo"), |tx| {
        CRITERIA
            .iter()
            .map(|(name, weight, max)| {
                db::selection::add_criterion(
                    tx,
                    &Scope::All,
                    &call.id,
                    &CriterionDraft {
                        name: (*name).to_owned(),
                        weight: *weight,
                        max_score: *max,
                    },
                )
            })
            .collect::<db::DbResult<Vec<String>>>()
    })?;
    let inputs = db::selection::ranking_inputs(&mut conn, &Scope::All, "", &call.id)?;
    drop(conn);
    // Who is assessed: every shortlisted and waiting-list application, a third of the eligible.
    let mut assessed: Vec<&db::selection::Ranked> = inputs
        .candidates
        .iter()
        .filter(|c| c.status != Status::Eligible || hash(&c.id).is_multiple_of(3))
        .collect();
    assessed.sort_by(|a, b| a.id.cmp(&b.id));

    for (assessor, country) in [
        (&agency_tn, Some(Country::TN)),
        (&agency_ma, Some(Country::MA)),
        (&evaluator, None),
    ] {
        let mine: Vec<&&db::selection::Ranked> = assessed
            .iter()
            .filter(|c| country.is_none_or(|k| c.residence_country == Some(k)))
            .collect();
        for chunk in mine.chunks(100) {
            db.write_blocking(&Origin::user(assessor, "demo"), |tx| {
                for c in chunk {
                    let scores: Vec<ScoreInput> = criteria
                        .iter()
                        .enumerate()
                        .map(|(i, k)| ScoreInput {
                            criterion_id: k.clone(),
                            score: Some(score(&c.id, assessor, i, CRITERIA[i].2, c.status)),
                            note: None,
                        })
                        .collect();
                    if let Err(e) =
                        db::selection::save_scores(tx, &Scope::All, assessor, &c.id, &scores)?
                    {
                        return Ok(Err(e));
                    }
                }
                Ok(Ok(()))
            })?
            .map_err(|e| anyhow!("demo scores: {e}"))?;
        }
    }

    // Online interviews, held from ten days after the call opened (so all in the past), six
    // a day, for the shortlisted and the waiting list; the agency of the country schedules,
    // the evaluator records.
    let start = (call.opens_on + Duration::days(10))
        .and_hms_opt(9, 0, 0)
        .unwrap_or_default();
    let interviewed: Vec<&&db::selection::Ranked> = assessed
        .iter()
        .filter(|c| matches!(c.status, Status::Shortlisted | Status::WaitingList))
        .collect();
    for (n, c) in interviewed.iter().enumerate() {
        let tunisian = c.residence_country == Some(Country::TN);
        let agency = if tunisian { &agency_tn } else { &agency_ma };
        let n = i64::try_from(n).unwrap_or(0);
        let draft = InterviewDraft {
            scheduled_at: start - Duration::days(14)
                + Duration::days(n / 6)
                + Duration::minutes(45 * (n % 6)),
            place: format!("https://meet.example.org/mentor-ii/{}", &c.id[..8]),
            panel: if tunisian {
                "Sami Ben Salah (ANETI), Giulia Rossi (Comune di Milano)".to_owned()
            } else {
                "Khadija El Amrani (ANAPEC), Giulia Rossi (Comune di Milano)".to_owned()
            },
        };
        let id = db
            .write_blocking(&Origin::user(agency, "demo"), |tx| {
                db::selection::schedule_interview(tx, &Scope::All, agency, &c.id, &draft)
            })?
            .map_err(|e| anyhow!("demo interview: {e}"))?;
        let points = score(&c.id, "interview", 0, 100, c.status);
        db.write_blocking(&Origin::user(&evaluator, "demo"), |tx| {
            db::selection::record_interview(
                tx,
                &Scope::All,
                &evaluator,
                &c.id,
                &id,
                Some(Some(
                    "Clear about the traineeship and the return project; Italian improving.",
                )),
                points,
            )
        })?
        .map_err(|e| anyhow!("demo interview: {e}"))?;
    }

    // A few decision e-mails: six shortlisted candidates told, four already delivered.
    let told: Vec<&&db::selection::Ranked> = interviewed
        .iter()
        .filter(|c| c.status == Status::Shortlisted)
        .take(6)
        .copied()
        .collect();
    for (i, c) in told.iter().enumerate() {
        let locale = if i % 2 == 0 { Locale::Fr } else { Locale::Ar };
        let (subject, body) = app::notify::decision_mail(
            locale,
            &format!("{} {}", c.given_names, c.family_name),
            &call.title,
            Status::Shortlisted,
            None,
        );
        db.write_blocking(&Origin::user(&coordinator, "demo"), |tx| {
            let id = db::outbox::enqueue(
                tx,
                db::outbox::NewMail {
                    recipient: c.email.clone(),
                    subject,
                    body,
                    locale: locale.tag().to_owned(),
                    kind: "candidate.decision".to_owned(),
                },
            )?;
            if i < 4 {
                let now = tx.now;
                db::outbox::claim(tx, &id, now)?;
                db::outbox::mark_sent(tx, &id)?;
            }
            Ok(())
        })?;
    }
    Ok(assessed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_stay_within_each_criterion() {
        for (i, (_, _, max)) in CRITERIA.iter().enumerate() {
            for s in [Status::Shortlisted, Status::WaitingList, Status::Eligible] {
                for id in ["a", "b", "c", "0123456789"] {
                    let v = score(id, "x", i, *max, s);
                    assert!((0..=*max).contains(&v), "{v} of {max}");
                }
            }
        }
        assert!(score("a", "x", 0, 100, Status::Shortlisted) >= 70);
    }
}
