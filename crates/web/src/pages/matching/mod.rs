//! Matching for a call: settings (weights, quotas, method; `settings`), runs with their
//! settings and explanations (`run`: each component on its scale, the binding reason of a
//! candidate below their best option), locks and forbids, comparison of two runs and
//! approval into placements (`compare`).

use std::collections::HashMap;

use domain::permission::Scope;

mod compare;
mod run;
mod settings;
mod why;

pub use compare::{approve_run, compare};
pub use run::show;
pub use settings::{constrain, create_run, index};

pub struct RunRow {
    pub id: String,
    pub when: String,
    pub method: String,
    pub pairs: i32,
    pub total: String,
    pub approved: bool,
}

fn run_row(tr: &i18n::Tr, r: &db::matching::RunSummary) -> RunRow {
    RunRow {
        id: r.id.clone(),
        when: tr.date_time(&r.created_at),
        method: tr.t(&format!("method-{}", r.method)),
        pairs: r.pair_count,
        total: tr.number(&r.total_score),
        approved: r.approved_at.is_some(),
    }
}

/// Candidate id → (name, country).
type CandidateNames = HashMap<String, (String, String)>;
/// Position id → (title, company, city).
type PositionNames = HashMap<String, (String, String, String)>;
/// Company id → name.
type CompanyNames = HashMap<String, String>;

/// Names of candidates, positions and companies for the pages (coordinators see
/// identities).
fn names(
    conn: &mut db::DbConn,
    call_id: &str,
) -> Result<(CandidateNames, PositionNames, CompanyNames), db::DbError> {
    let cands = db::matching::shortlisted_names(conn, call_id)?
        .into_iter()
        .map(|c| {
            (
                c.id,
                (
                    format!("{} {}", c.given_names, c.family_name),
                    c.residence_country,
                ),
            )
        })
        .collect();
    let listed = db::positions::list(conn, &Scope::All, &Default::default())?;
    let companies = listed
        .iter()
        .map(|l| (l.position.company_id.clone(), l.company_name.clone()))
        .collect();
    let pos = listed
        .into_iter()
        .map(|l| {
            (
                l.position.id.clone(),
                (l.position.title, l.company_name, l.position.city),
            )
        })
        .collect();
    Ok((cands, pos, companies))
}
