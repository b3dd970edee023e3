//! Outreach's tasks: follow-ups the person logged on a company contact, due today or
//! overdue, one per company.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Follow-ups due with a company.
pub static FOLLOW_UP: Kind = Kind {
    id: "follow-up-company",
    rank: 25,
};

pub const SOURCE: Source = Source {
    kinds: &[&FOLLOW_UP],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::ManageOutreach) else {
        return Ok(Vec::new());
    };
    let mut tasks: Vec<Task> = Vec::new();
    // Earliest first, so a company's first row carries its earliest date.
    for (company_id, name, on) in db::inbox::follow_ups_due(conn, &scope, &actor.user_id, today)? {
        if let Some(t) = tasks.iter_mut().find(|t| t.about.as_deref() == Some(&name)) {
            t.count += 1;
            continue;
        }
        tasks.push(Task {
            kind: &FOLLOW_UP,
            count: 1,
            due: Some(on),
            href: format!("/companies/{company_id}"),
            about: Some(name),
        });
    }
    Ok(tasks)
}
