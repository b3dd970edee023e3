//! Interviews' tasks: a company's proposals waiting for an answer (times to propose, or a
//! decision), and a candidate's interview times waiting for their choice.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::placement::PlacementStatus;
use domain::{Actor, Permission, Role};

use super::{Kind, Source, Task};

/// Proposals made to the company, not answered yet: propose times or decline.
pub static ANSWER_PROPOSALS: Kind = Kind {
    id: "answer-proposals",
    rank: 10,
};

/// Interview times offered to the candidate, none picked yet.
pub static PICK_INTERVIEW: Kind = Kind {
    id: "pick-interview-slot",
    rank: 5,
};

pub const SOURCE: Source = Source {
    kinds: &[&ANSWER_PROPOSALS, &PICK_INTERVIEW],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = proposals(conn, actor)?;
    tasks.extend(picks(conn, actor)?);
    Ok(tasks)
}

/// The company's own proposals still at `proposed` (coordinators answer for companies
/// only when asked to, so this is not their task).
fn proposals(conn: &mut DbConn, actor: &Actor) -> DbResult<Vec<Task>> {
    if !actor.roles().contains(&Role::Company) {
        return Ok(Vec::new());
    }
    let Some(scope) = actor.scope(Permission::AnswerPlacements) else {
        return Ok(Vec::new());
    };
    // How many wait, and when only one does, which: one or two statements however many
    // proposals the company has.
    let mut filter = db::matching::Filter {
        status: Some(PlacementStatus::Proposed),
        ..Default::default()
    };
    let count = db::matching::count(conn, &scope, &filter)?;
    if count == 0 {
        return Ok(Vec::new());
    }
    let only = if count == 1 {
        filter.page = Some((1, 0));
        db::matching::placements(conn, &scope, &filter)?.pop()
    } else {
        None
    };
    Ok(vec![Task {
        kind: &ANSWER_PROPOSALS,
        count,
        due: None,
        href: only.as_ref().map_or_else(
            || "/placements".to_owned(),
            |one| format!("/placements/{}", one.placement.id),
        ),
        about: only.map(|one| one.position_title),
    }])
}

/// The person's own applications whose placement offers times not picked yet; due the day
/// of the first time offered (after it, that time is gone).
fn picks(conn: &mut DbConn, actor: &Actor) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    for c in db::candidates::of_user(conn, &actor.user_id)? {
        for p in db::interviews::placements_of_candidate(conn, &c.id)? {
            if p.status != PlacementStatus::Interview || p.interview_slot_id.is_some() {
                continue;
            }
            let slots = db::interviews::slots_of(conn, &p.id)?;
            let Some(first) = slots.first() else {
                continue;
            };
            let position =
                db::positions::find(conn, &domain::permission::Scope::All, &p.position_id)?;
            tasks.push(Task {
                kind: &PICK_INTERVIEW,
                count: 1,
                due: Some(first.starts_at.date()),
                href: format!("/applications/{}", c.id),
                about: Some(position.position.title),
            });
        }
    }
    Ok(tasks)
}
