//! The facts loader: the anonymous rows the registry computes from, for one programme,
//! in a fixed handful of set-based queries selecting only the columns they need (no query
//! per person): applications, selections, cases and their steps, traineeships, outcomes,
//! follow-ups, certificates, the company pipeline and the calls for proposals' lists.
//! Every filter is on an index (`programme_id`, `case_id`, `call_id`, see the results
//! migration), so a programme of 100,000 applications loads in one pass of each table.
//!
//! People are numbered in the order their applications were created (`seq`, from 1); the
//! ids never leave this module but through [`identities`], which only readers who may see
//! identities call.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::dsl::min;
use diesel::prelude::*;
use domain::grant::Status as GrantStatus;
use domain::outcome::OutcomeKind;
use domain::outreach::Stage;
use domain::results::facts::{Company, Facts, GrantPerson, Person, StepSpent};
use domain::results::figure::age_band;

use crate::schema::{
    candidate_events as ce, candidates as c, case_steps as cs, cases, companies as co,
    course_certificates as cc, course_enrolments as en, follow_ups as fu, grant_applications as ga,
    grant_awards as aw, grant_calls as gc, grant_disbursements as gd, grant_eligibles as ge,
    organisations as org, outcomes as oc, outreach_contacts as oct, programme_organisations as po,
    programmes, traineeships as tr,
};
use crate::{DbConn, DbResult, stored};

/// The step a case ends on when the traineeship was completed.
const COMPLETED_STEP: &str = "completed";
/// The application status of a shortlisted (selected) candidate.
const SHORTLISTED: &str = "shortlisted";
/// Applications never counted: drafts and records merged into another.
const NOT_APPLICATIONS: [&str; 2] = ["draft", "merged"];

/// The programme's candidates who applied, in `seq` order: (id, country, territory, sex,
/// birth date, submitted at, status, updated at).
type CandidateCols = (
    String,
    String,
    Option<String>,
    String,
    Option<NaiveDate>,
    Option<NaiveDateTime>,
    String,
    NaiveDateTime,
);

fn candidates(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<CandidateCols>> {
    Ok(c::table
        .filter(c::programme_id.eq(programme_id))
        .filter(c::status.ne_all(NOT_APPLICATIONS))
        .order((c::created_at, c::id))
        .select((
            c::id,
            c::residence_country,
            c::residence_territory_id,
            c::sex,
            c::birth_date,
            c::submitted_at,
            c::status,
            c::updated_at,
        ))
        .load(conn)?)
}

/// The ids of the people behind `seqs` with their full name and, when they have a case,
/// its `MC-` reference: only for readers who may see identities
/// (`Actor::sees_candidate_identity`).
pub fn identities(
    conn: &mut DbConn,
    programme_id: &str,
    seqs: &[u32],
) -> DbResult<HashMap<u32, (String, Option<String>)>> {
    let ids: Vec<String> = c::table
        .filter(c::programme_id.eq(programme_id))
        .filter(c::status.ne_all(NOT_APPLICATIONS))
        .order((c::created_at, c::id))
        .select(c::id)
        .load(conn)?;
    identities_among(conn, &ids, seqs)
}

/// As [`identities`], the people numbered by `ids` (from [`facts_and_ids`]).
pub fn identities_among(
    conn: &mut DbConn,
    ids: &[String],
    seqs: &[u32],
) -> DbResult<HashMap<u32, (String, Option<String>)>> {
    let wanted: HashMap<String, u32> = seqs
        .iter()
        .filter_map(|s| {
            Some((
                ids.get(usize::try_from(*s).ok()?.checked_sub(1)?)?.clone(),
                *s,
            ))
        })
        .collect();
    let keys: Vec<&String> = wanted.keys().collect();
    let names: Vec<(String, String, String)> = c::table
        .filter(c::id.eq_any(&keys))
        .select((c::id, c::given_names, c::family_name))
        .load(conn)?;
    let refs: Vec<(String, String)> = cases::table
        .filter(cases::candidate_id.eq_any(&keys))
        .order(cases::created_at)
        .select((cases::candidate_id, cases::reference))
        .load(conn)?;
    let refs: HashMap<String, String> = refs.into_iter().collect();
    Ok(names
        .into_iter()
        .filter_map(|(id, given, family)| {
            let seq = *wanted.get(&id)?;
            Some((seq, (format!("{given} {family}"), refs.get(&id).cloned())))
        })
        .collect())
}

fn earliest(slot: &mut Option<NaiveDate>, d: NaiveDate) {
    if slot.is_none_or(|x| d < x) {
        *slot = Some(d);
    }
}

/// Loads the facts of `programme_id` (which the caller found within reach).
pub fn facts(conn: &mut DbConn, programme_id: &str) -> DbResult<Facts> {
    Ok(facts_and_ids(conn, programme_id)?.0)
}

/// The facts of `programme_id` and, in `seq` order, the ids of the people they number:
/// what [`identities_among`] takes to name people of this very load, for a reader who
/// keeps the facts a while (`app::results::cache`).
pub fn facts_and_ids(conn: &mut DbConn, programme_id: &str) -> DbResult<(Facts, Vec<String>)> {
    let starts: NaiveDate = programmes::table
        .filter(programmes::id.eq(programme_id))
        .select(programmes::starts_on)
        .first(conn)?;
    let mut people = Vec::new();
    let mut seq_of: HashMap<String, usize> = HashMap::new();
    let mut shortlisted_at: HashMap<usize, NaiveDate> = HashMap::new();
    let rows = candidates(conn, programme_id)?;
    let mut ids = Vec::with_capacity(rows.len());
    for (i, (id, country, territory, sex, birth, submitted, status, updated)) in
        rows.into_iter().enumerate()
    {
        let age = birth.map(|b| {
            let mut years = starts.year() - b.year();
            if (starts.month(), starts.day()) < (b.month(), b.day()) {
                years -= 1;
            }
            age_band(years).to_owned()
        });
        if status == SHORTLISTED {
            shortlisted_at.insert(i, updated.date());
        }
        seq_of.insert(id.clone(), i);
        ids.push(id);
        people.push(Person {
            seq: u32::try_from(i + 1).unwrap_or(u32::MAX),
            country,
            territory,
            sex,
            age_band: age,
            applied_on: submitted.map(|t| t.date()),
            ..Person::default()
        });
    }
    let in_programme = c::table
        .filter(c::programme_id.eq(programme_id))
        .select(c::id);
    let selected: Vec<(String, Option<NaiveDateTime>)> = ce::table
        .filter(ce::to_status.eq(SHORTLISTED))
        .filter(ce::candidate_id.eq_any(in_programme))
        .group_by(ce::candidate_id)
        .select((ce::candidate_id, min(ce::at)))
        .load(conn)?;
    for (id, at) in selected {
        if let (Some(&i), Some(at)) = (seq_of.get(&id), at) {
            earliest(&mut people[i].selected_on, at.date());
        }
    }
    for (i, on) in shortlisted_at {
        earliest(&mut people[i].selected_on, on);
    }

    // Cases: who each belongs to, and its company.
    let case_rows: Vec<(String, String, String)> = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select((cases::id, cases::candidate_id, cases::company_id))
        .load(conn)?;
    let mut person_of: HashMap<String, usize> = HashMap::new();
    let mut company_of: HashMap<String, String> = HashMap::new();
    for (case_id, candidate_id, company_id) in case_rows {
        if let Some(&i) = seq_of.get(&candidate_id) {
            person_of.insert(case_id.clone(), i);
        }
        company_of.insert(case_id, company_id);
    }
    let programme_cases = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select(cases::id);
    let steps: Vec<(String, String, NaiveDate, Option<i64>)> = cs::table
        .filter(cs::case_id.eq_any(programme_cases))
        .order((cs::case_id, cs::seq))
        .select((cs::case_id, cs::step, cs::entered_on, cs::days))
        .load(conn)?;
    let mut spent = Vec::new();
    for (case_id, step, entered_on, days) in steps {
        let Some(&i) = person_of.get(&case_id) else {
            continue;
        };
        let p = &mut people[i];
        // A case opens when its placement is accepted: its first step's day.
        earliest(&mut p.placed_on, entered_on);
        if step == COMPLETED_STEP {
            earliest(&mut p.traineeship_completed_on, entered_on);
        }
        if let Some(days) = days {
            spent.push(StepSpent {
                seq: p.seq,
                step,
                left_on: entered_on + chrono::Days::new(u64::try_from(days).unwrap_or(0)),
                days,
            });
        }
    }
    let programme_cases = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select(cases::id);
    let started: Vec<(String, NaiveDate)> = tr::table
        .filter(tr::case_id.eq_any(programme_cases))
        .select((tr::case_id, tr::starts_on))
        .load(conn)?;
    let mut hosting: HashMap<String, NaiveDate> = HashMap::new();
    for (case_id, on) in &started {
        if let Some(&i) = person_of.get(case_id) {
            earliest(&mut people[i].traineeship_started_on, *on);
        }
        if let Some(company) = company_of.get(case_id) {
            let slot = hosting.entry(company.clone()).or_insert(*on);
            *slot = (*slot).min(*on);
        }
    }
    let programme_cases = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select(cases::id);
    let outcomes: Vec<(String, String, NaiveDate)> = oc::table
        .filter(oc::case_id.eq_any(programme_cases))
        .select((oc::case_id, oc::kind, oc::day))
        .load(conn)?;
    for (case_id, kind, day) in outcomes {
        if let Some(&i) = person_of.get(&case_id) {
            let kind: OutcomeKind = stored(kind)?;
            // Two cases (an interrupted one, then another): the latest outcome stands.
            if people[i].outcome.is_none_or(|(_, d)| d <= day) {
                people[i].outcome = Some((kind, day));
            }
        }
    }
    let programme_cases = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select(cases::id);
    let follow_ups: Vec<(String, NaiveDate)> = fu::table
        .filter(fu::case_id.eq_any(programme_cases))
        .select((fu::case_id, fu::done_on))
        .load(conn)?;
    for (case_id, on) in follow_ups {
        if let Some(&i) = person_of.get(&case_id) {
            people[i].follow_ups.push(on);
        }
    }
    let programme_cases = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select(cases::id);
    let certificates: Vec<(String, NaiveDate)> = cc::table
        .inner_join(en::table)
        .filter(en::case_id.eq_any(programme_cases))
        .select((en::case_id, cc::issued_on))
        .load(conn)?;
    for (case_id, on) in certificates {
        if let Some(&i) = person_of.get(&case_id) {
            earliest(&mut people[i].course_completed_on, on);
        }
    }
    for p in &mut people {
        p.follow_ups.sort();
        if let Some(placed) = p.placed_on
            && p.selected_on.is_none()
        {
            // Placed without a recorded shortlisting (imported records): selected then.
            p.selected_on = Some(placed);
        }
    }

    let companies = companies(conn, programme_id, &hosting)?;
    let grants = grants(conn, programme_id, &seq_of, people.len())?;
    Ok((
        Facts {
            people,
            steps: spent,
            companies,
            grants,
        },
        ids,
    ))
}

/// The programme's companies, in the order they were recorded, with their first contact
/// and the first traineeship they hosted.
fn companies(
    conn: &mut DbConn,
    programme_id: &str,
    hosting: &HashMap<String, NaiveDate>,
) -> DbResult<Vec<Company>> {
    let members = po::table
        .filter(po::programme_id.eq(programme_id))
        .select(po::organisation_id);
    let rows: Vec<(String, Option<String>, String)> = co::table
        .inner_join(org::table)
        .filter(co::organisation_id.eq_any(members))
        .order((co::created_at, co::organisation_id))
        .select((co::organisation_id, org::territory_id, co::stage))
        .load(conn)?;
    let members = po::table
        .filter(po::programme_id.eq(programme_id))
        .select(po::organisation_id);
    let first: HashMap<String, Option<NaiveDate>> = oct::table
        .filter(oct::company_id.eq_any(members))
        .group_by(oct::company_id)
        .select((oct::company_id, min(oct::happened_on)))
        .load(conn)?
        .into_iter()
        .collect();
    rows.into_iter()
        .enumerate()
        .map(|(i, (id, territory, stage))| {
            let stage: Stage = stored(stage)?;
            Ok(Company {
                seq: u32::try_from(i + 1).unwrap_or(u32::MAX),
                territory,
                stage,
                engaged_on: first.get(&id).copied().flatten(),
                hosting_since: hosting.get(&id).copied(),
            })
        })
        .collect()
}

/// The people on the programme's calls for proposals' lists, with what they presented,
/// were awarded and were paid.
fn grants(
    conn: &mut DbConn,
    programme_id: &str,
    seq_of: &HashMap<String, usize>,
    people: usize,
) -> DbResult<Vec<GrantPerson>> {
    let calls = || {
        gc::table
            .filter(gc::programme_id.eq(programme_id))
            .select(gc::id)
    };
    let listed: Vec<(String, String, String, NaiveDateTime)> = ge::table
        .filter(ge::call_id.eq_any(calls()))
        .order((ge::added_at, ge::call_id, ge::candidate_id))
        .select((ge::call_id, ge::candidate_id, ge::country, ge::added_at))
        .load(conn)?;
    let applications: Vec<(String, String, String, String, Option<NaiveDateTime>)> = ga::table
        .filter(ga::call_id.eq_any(calls()))
        .select((
            ga::id,
            ga::call_id,
            ga::candidate_id,
            ga::status,
            ga::submitted_at,
        ))
        .load(conn)?;
    let awards: HashMap<String, (i64, NaiveDateTime)> = aw::table
        .filter(aw::call_id.eq_any(calls()))
        .select((aw::application_id, aw::amount_cents, aw::awarded_at))
        .load::<(String, i64, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(a, c, t)| (a, (c, t)))
        .collect();
    let awarded_ids: Vec<&String> = awards.keys().collect();
    let mut paid: HashMap<String, Vec<(NaiveDate, i64)>> = HashMap::new();
    for (a, on, cents) in gd::table
        .filter(gd::application_id.eq_any(&awarded_ids))
        .select((gd::application_id, gd::paid_on, gd::amount_cents))
        .load::<(String, NaiveDate, i64)>(conn)?
    {
        paid.entry(a).or_default().push((on, cents));
    }
    let mut by_person: HashMap<(String, String), (String, GrantStatus, Option<NaiveDateTime>)> =
        HashMap::new();
    for (id, call, candidate, status, submitted) in applications {
        let status: GrantStatus = stored(status)?;
        by_person.insert((call, candidate), (id, status, submitted));
    }
    let mut outside = people;
    listed
        .into_iter()
        .map(|(call, candidate, country, added)| {
            let seq = match seq_of.get(&candidate) {
                Some(i) => i + 1,
                None => {
                    outside += 1;
                    outside
                }
            };
            let mut g = GrantPerson {
                seq: u32::try_from(seq).unwrap_or(u32::MAX),
                country,
                eligible_on: added.date(),
                presented_on: None,
                awarded: None,
                paid: Vec::new(),
            };
            if let Some((id, status, submitted)) = by_person.get(&(call, candidate))
                && status.presented()
            {
                g.presented_on = Some(submitted.unwrap_or(added).date());
                if let Some((cents, at)) = awards.get(id) {
                    g.awarded = Some((at.date(), *cents));
                    g.paid = paid.remove(id).unwrap_or_default();
                    g.paid.sort();
                }
            }
            Ok(g)
        })
        .collect()
}
