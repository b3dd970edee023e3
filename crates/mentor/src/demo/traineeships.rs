//! The demo's traineeships (issue 14 item 6): every case that reached `active` gets its
//! traineeship (from the day it started, six months, or to the extension's end), its
//! people — the host's tutor, `promoter@demo.example` as the promoter's tutor and
//! `mediator@demo.example` as the cultural mediator — and the monthly reports of the three.
//!
//! - MENTOR II 2022: six months of reports, all submitted, each month's allowance approved
//!   by the region's rule and paid on the 15th of the month after.
//! - The current call: the months already over are reported; the allowances approved and
//!   paid but the last one's, which waits for the promoter. The demo company
//!   (`company@demo.example`, tutor of its active trainee) has not filed its last month
//!   yet: the browser journey files it.
//!
//! Hosts other than the demo company get a tutor account nobody signs in with (a random
//! password), as the register must be someone's. Idempotent: a case with a traineeship is
//! left alone.

use anyhow::{Context, Result, anyhow};
use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, Utc, Weekday};
use db::traineeships::{Allowance, ReportWrite, Traineeship};
use db::{Database, Origin};
use domain::deadline::rome_today;
use domain::duty::Duty;
use domain::permission::Scope;
use domain::traineeship::allowance::rule_for;
use domain::traineeship::{Month, duration};
use domain::{Email, Role};

const PROMOTER: &str = "promoter@demo.example";
const MEDIATOR: &str = "mediator@demo.example";
const COMPANY: &str = "company@demo.example";
const TUTOR_PREFIX: &str = "tutor.";

/// Whether an address is one of the hosts' tutor accounts this module makes.
#[cfg(test)]
pub fn is_tutor_account(email: &str) -> bool {
    email.starts_with(TUTOR_PREFIX) && email.ends_with("@demo.example")
}

/// What the tutors write, in Italian as they would, chosen by month.
const PROGRESS: [&str; 4] = [
    "Buon inserimento nel reparto; segue le procedure con attenzione.",
    "Autonomia crescente nelle attività assegnate; buona collaborazione con il team.",
    "Ha completato la formazione sulla sicurezza; partecipa alle riunioni di reparto.",
    "Obiettivi del mese raggiunti; migliora l'italiano tecnico.",
];

fn user_id(conn: &mut db::DbConn, email: &str) -> Result<String> {
    let e = Email::parse(email).map_err(|e| anyhow!("{e}"))?;
    Ok(db::users::find_by_email_unscoped(conn, &e)?
        .ok_or_else(|| anyhow!("demo account {email} missing"))?
        .id)
}

/// Weekdays between `from` and `to`, both included.
fn weekdays(from: NaiveDate, to: NaiveDate) -> i64 {
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count()
        .try_into()
        .unwrap_or(0)
}

fn at(d: NaiveDate, hour: u32) -> chrono::NaiveDateTime {
    d.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
}

/// The tutor account of a host: the demo company's is `company@`; others get one.
fn tutor_of(
    db: &Database,
    origin: &Origin,
    company_id: &str,
    demo_company: &str,
    company_user: &str,
    hash: &str,
) -> Result<String> {
    if company_id == demo_company {
        return Ok(company_user.to_owned());
    }
    let email = format!(
        "{TUTOR_PREFIX}{}@demo.example",
        company_id.get(..8).unwrap_or(company_id)
    );
    let mut conn = db.conn()?;
    let parsed = Email::parse(&email).map_err(|e| anyhow!("{e}"))?;
    if let Some(u) = db::users::find_by_email_unscoped(&mut conn, &parsed)? {
        return Ok(u.id);
    }
    let name: String = db::organisations::find(&mut conn, &Scope::All, company_id)?.name;
    drop(conn);
    Ok(db.write_blocking(origin, |tx| {
        let id = db::users::create(tx, &parsed, &format!("Tutor — {name}"), hash, None)?;
        db::memberships::add(tx, &id, company_id, Role::Company)?;
        Ok(id)
    })?)
}

pub fn seed(db: &Database, origin: &Origin) -> Result<usize> {
    let today = rome_today(Utc::now());
    let mut conn = db.conn()?;
    let promoter = user_id(&mut conn, PROMOTER)?;
    let mediator = user_id(&mut conn, MEDIATOR)?;
    let company_user = user_id(&mut conn, COMPANY)?;
    let demo_company = db::memberships::load_actor(&mut conn, &company_user)?
        .and_then(|a| a.memberships.first().map(|m| m.organisation_id.clone()))
        .context("the demo company")?;
    let every = db::cases::CaseFilter {
        closed: true,
        ..Default::default()
    };
    let cases = db::cases::all(&mut conn, &Scope::All, "", &every)?;
    drop(conn);
    // One hash for every tutor account: a password nobody knows.
    let hash = crate::commands::user::hash(&db::id::new_id())?;
    let mut done = 0;
    for (k, case) in cases.iter().enumerate() {
        let mut conn = db.conn()?;
        if db::traineeships::find(&mut conn, &case.id)?.is_some() {
            continue;
        }
        let path = db::cases::path(&mut conn, &case.id)?;
        let Some(active) = path.iter().find(|e| e.step == "active") else {
            continue;
        };
        let template = db::cases::template(&mut conn, &case.template_id)?;
        let region = domain::procedure::parse(&template.source)
            .map(|t| t.region)
            .unwrap_or_default();
        let extended_to = db::cases::facts(&mut conn, &case.id)?
            .into_iter()
            .find(|f| f.field == "extended_to_on")
            .and_then(|f| NaiveDate::parse_from_str(&f.value, "%Y-%m-%d").ok());
        drop(conn);
        let start = active.entered_on;
        let longest = duration::last_day(start, duration::MAX_MONTHS).unwrap_or(start);
        let end = extended_to
            .unwrap_or(start + Months::new(6) - Days::new(1))
            .min(longest);
        let tutor = tutor_of(
            db,
            origin,
            &case.company_id,
            &demo_company,
            &company_user,
            &hash,
        )?;
        db.write_blocking_at(origin, at(start, 9), |tx| -> db::DbResult<()> {
            db::traineeships::save(
                tx,
                &Traineeship {
                    case_id: case.id.clone(),
                    starts_on: start,
                    ends_on: end,
                    hours_per_week: 30,
                    updated_by: promoter.clone(),
                    updated_at: tx.now,
                },
            )?;
            for (duty, who) in [
                (Duty::CompanyTutor, &tutor),
                (Duty::PromoterTutor, &promoter),
                (Duty::Mediator, &mediator),
            ] {
                if db::cases::holder(tx.conn, &case.id, duty)?.is_none() {
                    db::cases::assign(tx, &case.id, duty, who, &promoter)?;
                }
            }
            Ok(())
        })?;
        // The months reported: the first six of a past traineeship; those over of a
        // current one.
        let over: Vec<Month> = Month::span(start, end)
            .into_iter()
            .filter(|m| m.last_day() < today)
            .take(if case.closed { 6 } else { 12 })
            .collect();
        let Some(last) = over.last().copied() else {
            done += 1;
            continue;
        };
        let rule = rule_for(&region);
        for (n, m) in over.iter().enumerate() {
            let first = m.first_day().max(start);
            let scheduled = weekdays(first, m.last_day().min(end));
            let absences = i64::try_from((k * 3 + n) % 4).unwrap_or(0);
            let attended = (scheduled - absences).max(0);
            let pending = !case.closed && *m == last;
            let filed_on = m.reports_due().min(today);
            db.write_blocking_at(origin, at(filed_on, 10), |tx| -> db::DbResult<()> {
                for (duty, who) in [
                    (Duty::CompanyTutor, &tutor),
                    (Duty::PromoterTutor, &promoter),
                    (Duty::Mediator, &mediator),
                ] {
                    // The demo company's last month is the journey's to file.
                    if pending && duty == Duty::CompanyTutor && *who == company_user {
                        continue;
                    }
                    db::traineeships::save_report(
                        tx,
                        &ReportWrite {
                            case_id: &case.id,
                            month: m.first_day(),
                            duty,
                            author_id: who,
                            days_attended: attended,
                            days_scheduled: (duty == Duty::CompanyTutor).then_some(scheduled),
                            progress: PROGRESS[(k + n) % PROGRESS.len()],
                            issues: if absences == 3 {
                                "Alcune assenze per pratiche in Questura, giustificate."
                            } else {
                                ""
                            },
                            submit: true,
                        },
                    )?;
                }
                if let (Some(rule), false) = (rule, pending) {
                    let c = rule.compute(attended, scheduled);
                    let paid = m.next().first_day() + Days::new(14);
                    db::traineeships::approve(
                        tx,
                        &Allowance {
                            case_id: case.id.clone(),
                            month: m.first_day(),
                            days_attended: attended,
                            days_scheduled: scheduled,
                            percent: c.percent,
                            amount_cents: c.cents,
                            region: rule.region.to_owned(),
                            rule_source: rule.source.to_owned(),
                            rule_verified: rule.verified,
                            approved_by: promoter.clone(),
                            approved_at: tx.now,
                            paid_on: (paid <= today).then_some(paid),
                        },
                    )?;
                }
                Ok(())
            })?;
        }
        done += 1;
    }
    Ok(done)
}

/// What the demo promises (called by the demo's own test, after seeding twice): the 41 of
/// 2022 with six months reported, approved and paid; the demo company the tutor of an
/// active trainee, its last month still to file.
#[cfg(test)]
pub fn check(c: &mut db::DbConn) {
    let every = db::cases::CaseFilter {
        closed: true,
        ..Default::default()
    };
    let cases = db::cases::all(c, &Scope::All, "", &every).unwrap_or_default();
    let past: Vec<_> = cases.iter().filter(|k| k.closed).collect();
    assert_eq!(past.len(), 41);
    for k in &past {
        assert!(db::traineeships::find(c, &k.id).ok().flatten().is_some());
        let a = db::traineeships::allowances(c, &k.id).unwrap_or_default();
        assert_eq!(a.len(), 6, "{}", k.reference);
        assert!(
            a.iter()
                .all(|x| x.paid_on.is_some() && x.amount_cents >= 30_000)
        );
        let r = db::traineeships::reports(c, &k.id).unwrap_or_default();
        assert_eq!(r.len(), 18, "three authors, six months");
        assert!(r.iter().all(|x| x.submitted_at.is_some()));
    }
    let company = db::users::find_by_email_unscoped(c, &Email::parse(COMPANY).unwrap())
        .ok()
        .flatten()
        .unwrap();
    let held = db::cases::cases_held(c, &company.id, Duty::CompanyTutor).unwrap_or_default();
    let active = cases
        .iter()
        .find(|k| held.contains(&k.id) && k.step == "active")
        .expect("the demo company tutors an active trainee");
    let t = db::traineeships::find(c, &active.id)
        .ok()
        .flatten()
        .unwrap();
    let today = rome_today(Utc::now());
    let over: Vec<Month> = Month::span(t.starts_on, t.ends_on)
        .into_iter()
        .filter(|m| m.last_day() < today)
        .collect();
    let last = *over.last().unwrap();
    let r = db::traineeships::report(c, &active.id, last.first_day(), Duty::CompanyTutor).unwrap();
    assert!(r.is_none(), "the journey files the last month");
    assert!(
        db::cases::holder(c, &active.id, Duty::Mediator)
            .unwrap()
            .is_some()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_count_monday_to_friday() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(weekdays(d("2026-12-01"), d("2026-12-31")), 23);
        assert_eq!(weekdays(d("2026-12-05"), d("2026-12-06")), 0);
    }
}
