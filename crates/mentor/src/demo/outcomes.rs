//! How the 41 traineeships of *MENTOR II — 2022* ended, exactly as DOMAIN.md §6 reports:
//! Tunisia 20 in Italy (an extension or a job contract) and 3 returned home, Morocco 9 and
//! 9. The fifteen extended traineeships (`demo::cases::extended`) end in an extension; of
//! the others, three Tunisians and nine Moroccans went home and the rest signed a job
//! contract. Each outcome is dated the day the case completed, recorded by the promoter.
//!
//! The demo mentor (`mentor@demo.example`, NGO staff) is the mentor of all 41 and has
//! recorded every follow-up already due — except the last one due of the first
//! participant, left overdue so that it waits in the mentor's inbox whatever the day the
//! demo is seeded. Written through the real storage; idempotent (what exists is skipped).

use anyhow::{Context, Result, anyhow};
use chrono::{NaiveDate, Utc};
use db::cases::CaseFilter;
use db::{Database, Origin};
use domain::deadline::rome_today;
use domain::duty::Duty;
use domain::outcome::follow_up::FollowUp;
use domain::outcome::schedule;
use domain::outcome::{Outcome, OutcomeKind};
use domain::permission::Scope;
use domain::{Country, Email};

pub const MENTOR: &str = "mentor@demo.example";
const PROMOTER: &str = "promoter@demo.example";

/// The participant (index in `demo::cohort`) whose latest follow-up is left overdue.
pub const OVERDUE: usize = 0;

/// Tunisians (indices 0–22) who went home; none was extended.
const RETURNED_TN: [usize; 3] = [19, 20, 22];
/// Moroccans (indices 23–40) not extended who signed a job contract; the others went home.
const CONTRACT_MA: [usize; 2] = [23, 25];

/// How the traineeship of participant `i` ended.
pub fn kind_of(i: usize) -> OutcomeKind {
    let tunisian = i < 23;
    let contract = if tunisian {
        !RETURNED_TN.contains(&i)
    } else {
        CONTRACT_MA.contains(&i)
    };
    if super::cases::extended(i) {
        OutcomeKind::Extension
    } else if contract {
        OutcomeKind::JobContract
    } else {
        OutcomeKind::ReturnedHome
    }
}

const SECTORS: [&str; 5] = [
    "ICT",
    "Manufacturing",
    "Hospitality",
    "Logistics",
    "Agri-food",
];
const OCCUPATIONS: [&str; 5] = [
    "Software developer",
    "Maintenance technician",
    "Kitchen assistant",
    "Warehouse coordinator",
    "Quality controller",
];

/// The answers of participant `i` at milestone `months`: working in their field, most in
/// the country where the outcome left them; ties with the other country grow with time.
fn answers(i: usize, months: u32, kind: OutcomeKind, origin: Country, on: NaiveDate) -> FollowUp {
    let in_italy = kind.in_italy();
    FollowUp {
        done_on: on,
        country: if in_italy { Country::IT } else { origin },
        working: in_italy || months >= 6 || i.is_multiple_of(2),
        sector: SECTORS[i % SECTORS.len()].to_owned(),
        occupation: OCCUPATIONS[i % OCCUPATIONS.len()].to_owned(),
        remittances: in_italy && i % 3 != 2,
        business_links: months >= 12 && i % 4 == 1,
        further_mobility: months >= 12 && i % 5 == 3,
        note: String::new(),
    }
}

pub(super) fn user_id(conn: &mut db::DbConn, email: &str) -> Result<String> {
    let email = Email::parse(email).map_err(|e| anyhow!("{e}"))?;
    Ok(db::users::find_by_email_unscoped(conn, &email)?
        .ok_or_else(|| anyhow!("demo account {email} missing"))?
        .id)
}

fn stamp(d: NaiveDate) -> chrono::NaiveDateTime {
    d.and_hms_opt(16, 0, 0).unwrap_or_default()
}

/// Writes the outcomes, the mentor's duty and the follow-ups due; answers how many
/// outcomes this run recorded.
pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<usize> {
    let today = rome_today(Utc::now());
    let mut conn = db.conn()?;
    let call =
        db::calls::find_by_title_unscoped(&mut conn, programme_id, super::cohort::CALL_TITLE)?
            .context("the 2022 call")?;
    let mentor = user_id(&mut conn, MENTOR)?;
    let promoter = user_id(&mut conn, PROMOTER)?;
    let every = CaseFilter {
        closed: true,
        ..Default::default()
    };
    let cases: Vec<_> = db::cases::all(&mut conn, &Scope::All, "", &every)?
        .into_iter()
        .filter(|c| c.call_id == call.id)
        .collect();
    let mut recorded = 0;
    for case in &cases {
        let (family, given, _) = db::cases::names(&mut conn, case)?;
        let i = super::cohort::index_of(&given, &family)
            .with_context(|| format!("a 2022 participant for case {}", case.reference))?;
        let origin_country = Country::parse(&case.country).map_err(|e| anyhow!("{e:?}"))?;
        let day = db::cases::path(&mut conn, &case.id)?
            .last()
            .map(|s| s.entered_on)
            .context("a completed path")?;
        let kind = kind_of(i);
        if db::cases::holder(&mut conn, &case.id, Duty::Mentor)?.is_none() {
            db.write_blocking_at(origin, stamp(day), |tx| {
                db::cases::assign(tx, &case.id, Duty::Mentor, &mentor, &promoter)
            })?;
        }
        if db::outcomes::of_case(&mut conn, &case.id)?.is_none() {
            let outcome = Outcome {
                kind,
                day,
                country: if kind.in_italy() {
                    Country::IT
                } else {
                    origin_country
                },
                note: String::new(),
            };
            let actor = Origin::user(&promoter, "demo");
            db.write_blocking_at(&actor, stamp(day), |tx| {
                db::outcomes::record(tx, &case.id, &outcome, &promoter)
            })?;
            recorded += 1;
        }
        let done: Vec<i64> = db::outcomes::follow_ups_of(&mut conn, &case.id)?
            .iter()
            .map(|f| f.months)
            .collect();
        let due: Vec<_> = schedule::schedule(day, &done)
            .into_iter()
            .filter(|d| d.on < today)
            .collect();
        let last_due = due.last().map(|d| d.months);
        for d in due.iter().filter(|d| !d.done) {
            if i == OVERDUE && Some(d.months) == last_due {
                continue;
            }
            let a = answers(i, d.months, kind, origin_country, d.on);
            let actor = Origin::user(&mentor, "demo");
            db.write_blocking_at(&actor, stamp(d.on), |tx| {
                db::outcomes::record_follow_up(tx, &case.id, i64::from(d.months), &a, &mentor)
            })?;
        }
    }
    Ok(recorded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outcomes_are_those_of_domain_md_section_6() {
        let count = |from: usize, to: usize, in_italy: bool| {
            (from..to)
                .filter(|i| kind_of(*i).in_italy() == in_italy)
                .count()
        };
        assert_eq!(
            (count(0, 23, true), count(0, 23, false)),
            (20, 3),
            "Tunisia"
        );
        assert_eq!(
            (count(23, 41, true), count(23, 41, false)),
            (9, 9),
            "Morocco"
        );
        assert!((0..41).all(|i| kind_of(i) != OutcomeKind::Interrupted));
    }
}
