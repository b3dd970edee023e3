//! Companies' tasks: a company with a position waiting for approval whose checklist
//! fails, so the position cannot be approved until the checklist is complete. For those
//! who edit the checklist (the company itself, the business association, the coordinator).

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::host_rules::{self, CompanyFacts};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// The checklist to complete before a waiting position can be approved, per company.
pub static CHECKLIST: Kind = Kind {
    id: "complete-checklist",
    rank: 11,
};

pub const SOURCE: Source = Source {
    kinds: &[&CHECKLIST],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, _today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::ManageCompanies) else {
        return Ok(Vec::new());
    };
    let waiting = db::inbox::companies_awaiting_approval(conn, &scope)?;
    if waiting.is_empty() {
        return Ok(Vec::new());
    }
    let rules = db::rules::list(conn)?;
    Ok(waiting
        .into_iter()
        .filter(|(_, _, profile)| {
            let p = profile.clone().unwrap_or_default();
            let region = p
                .region
                .as_deref()
                .and_then(|r| rules.iter().find(|x| x.region == r));
            let facts = CompanyFacts {
                vat_valid: p.vat_number.is_some(),
                employees: p.employees,
                region: p.region.clone(),
            };
            !host_rules::all_passed(&host_rules::evaluate(region, &facts, &p.declarations()))
        })
        .map(|(id, name, _)| Task {
            kind: &CHECKLIST,
            count: 1,
            due: None,
            href: format!("/companies/{id}/checklist"),
            about: Some(name),
        })
        .collect())
}
