//! The traineeship's tasks: a monthly report due from each author (the company tutor, the
//! promoter's tutor, the mediator) once the month is over, by the 10th of the month after;
//! months whose register is submitted and wait for the promoter's approval; incidents the
//! person owns that are not closed. Only cases the person reaches count; a task names no
//! trainee, it counts and links to the traineeship (or the list, for several).

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::traineeship::Month;
use domain::traineeship::report::AUTHORS;
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Monthly reports the person owes.
pub static REPORT_DUE: Kind = Kind {
    id: "traineeship-report-due",
    rank: 4,
};

/// Months waiting for the promoter's approval.
pub static APPROVAL: Kind = Kind {
    id: "traineeship-approval",
    rank: 3,
};

/// Incidents the person owns, open or in progress.
pub static INCIDENT: Kind = Kind {
    id: "traineeship-incident",
    rank: 2,
};

pub const SOURCE: Source = Source {
    kinds: &[&REPORT_DUE, &APPROVAL, &INCIDENT],
    find,
};

/// One traineeship's page, or the list when the records are on several.
fn href(cases: &[String]) -> String {
    match cases {
        [one] => format!("/traineeships/{one}"),
        _ => "/traineeships".to_owned(),
    }
}

fn task(
    kind: &'static Kind,
    mut cases: Vec<String>,
    due: Option<NaiveDate>,
    count: usize,
) -> Option<Task> {
    if count == 0 {
        return None;
    }
    cases.sort();
    cases.dedup();
    Some(Task {
        kind,
        count: i64::try_from(count).unwrap_or(i64::MAX),
        due,
        href: href(&cases),
        about: None,
    })
}

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    if let Some(scope) = actor.scope(Permission::FollowTraineeships) {
        let reached = |conn: &mut DbConn, id: &str| {
            db::cases::find(conn, &scope, &actor.user_id, id)
                .map(|_| ())
                .map_or_else(
                    |e| match e {
                        db::DbError::NotFound => Ok(false),
                        e => Err(e),
                    },
                    |()| Ok(true),
                )
        };
        // Reports due: every month over, for every duty held, not yet submitted.
        let mut held: Vec<String> = Vec::new();
        for duty in AUTHORS {
            held.extend(db::cases::cases_held(conn, &actor.user_id, duty)?);
        }
        held.sort();
        held.dedup();
        let submitted = db::traineeships::submitted_months(conn, &actor.user_id, &held)?;
        let (mut count, mut cases, mut due) = (0usize, Vec::new(), None::<NaiveDate>);
        for case_id in &held {
            let Some(t) = db::traineeships::find(conn, case_id)? else {
                continue;
            };
            if !reached(conn, case_id)? {
                continue;
            }
            let duties = db::cases::duties_of(conn, case_id, &actor.user_id)?;
            for m in Month::span(t.starts_on, t.ends_on) {
                if m.last_day() >= today {
                    continue;
                }
                for duty in duties.iter().filter(|d| AUTHORS.contains(d)) {
                    let done = submitted
                        .iter()
                        .any(|(c, month, d)| c == case_id && *month == m.first_day() && d == duty);
                    if !done {
                        count += 1;
                        cases.push(case_id.clone());
                        due = Some(due.map_or(m.reports_due(), |x| x.min(m.reports_due())));
                    }
                }
            }
        }
        tasks.extend(task(&REPORT_DUE, cases, due, count));
        // Incidents owned.
        let mut owned = Vec::new();
        for (_, case_id) in db::traineeships::owned_open(conn, &actor.user_id)? {
            if reached(conn, &case_id)? {
                owned.push(case_id);
            }
        }
        let n = owned.len();
        tasks.extend(task(&INCIDENT, owned, None, n));
    }
    if let Some(scope) = actor.scope(Permission::ApproveAllowances) {
        let ids: Vec<String> = db::traineeships::list(conn, &scope, &actor.user_id)?
            .into_iter()
            .map(|(r, _)| r.case.id)
            .collect();
        let approved = db::traineeships::approved_months(conn, &ids)?;
        let waiting: Vec<(String, NaiveDate)> = db::traineeships::registers(conn, &ids)?
            .into_iter()
            .filter(|r| !approved.contains(r))
            .collect();
        let due = waiting
            .iter()
            .map(|(_, m)| Month::of(*m).reports_due())
            .min();
        let n = waiting.len();
        tasks.extend(task(
            &APPROVAL,
            waiting.into_iter().map(|(c, _)| c).collect(),
            due,
            n,
        ));
    }
    Ok(tasks)
}
