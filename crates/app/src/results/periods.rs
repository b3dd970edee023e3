//! Reporting periods: opening one, writing its narrative while it is open, and submitting
//! it — confirmed on its own page — which freezes every indicator's value and every
//! registry figure as of its last day, in the one transaction that marks it submitted. A
//! submitted period is read-only; a later correction of the records shows beside its
//! frozen values as `corrected`, never in them.

use domain::results::editing::{self, MAX_NARRATIVE};
use domain::{Checks, Conflict, Permission, bounds};

use super::build;
use crate::{Acting, AppResult, Clock, Error};

/// The sections of a period's narrative, in order (their headings are translated by the
/// reader: `results-narrative-<key>`).
pub const NARRATIVE_SECTIONS: [&str; 4] = ["summary", "achievements", "challenges", "next_steps"];

/// Opens a reporting period in a programme within reach; returns its id.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    label: &str,
    starts_on: &str,
    ends_on: &str,
) -> AppResult<String> {
    let scope = who.scope(Permission::ManageResults)?;
    let new = editing::period(label, starts_on, ends_on)?;
    let p = programme_id.to_owned();
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<String> {
            let programme = crate::reach::programme(tx.conn, &scope, "programme_id", &p)?;
            Ok(db::results::periods::create(tx, &programme.id, &new)?)
        },
    )
    .await
}

/// Replaces an open period's narrative: the text of each of `NARRATIVE_SECTIONS`, in
/// order (missing ones empty). `PeriodSubmitted` once submitted.
pub async fn set_narrative(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    period_id: &str,
    texts: &[String],
) -> AppResult<()> {
    let scope = who.scope(Permission::ManageResults)?;
    let mut checks = Checks::default();
    let sections: Vec<(String, String)> = NARRATIVE_SECTIONS
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let text = texts.get(i).map(String::as_str).unwrap_or("");
            let text = checks
                .check(bounds::text("narrative", text, MAX_NARRATIVE))
                .unwrap_or_default();
            ((*key).to_owned(), text)
        })
        .collect();
    checks.done()?;
    let (p, id) = (programme_id.to_owned(), period_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let programme = db::programmes::find(tx.conn, &scope, &p)?;
            Ok(db::results::periods::set_narrative(
                tx,
                &programme.id,
                &id,
                &sections,
            )?)
        },
    )
    .await
}

/// Submits an open period: every figure frozen as of its last day, in one transaction.
/// `PeriodSubmitted` when it already was.
pub async fn submit(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    period_id: &str,
) -> AppResult<()> {
    let (w, p, id) = (who.clone(), programme_id.to_owned(), period_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        submit_in(tx, &w, &p, &id)
    })
    .await
}

/// [`submit`] within the caller's transaction (the demo seeds its periods through it).
pub fn submit_in(
    tx: &mut db::Tx<'_>,
    who: &Acting,
    programme_id: &str,
    period_id: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::ManageResults)?;
    let programme = db::programmes::find(tx.conn, &scope, programme_id)?;
    let period = db::results::periods::find(tx.conn, &programme.id, period_id)?;
    if period.submitted_at.is_some() {
        return Err(Error::Conflict(Conflict::PeriodSubmitted));
    }
    let facts = std::sync::Arc::new(super::cache::Snapshot::read(tx.conn, &programme.id)?);
    let stored = build::load(tx.conn, programme, facts)?;
    let figures = build::to_freeze(&stored, period_id)?;
    Ok(db::results::periods::submit(
        tx,
        &stored.programme.id,
        period_id,
        &who.actor.user_id,
        &figures,
    )?)
}
