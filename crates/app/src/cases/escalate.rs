//! An overdue deadline (a rule's or a task's) escalates to the coordinators of its case's
//! programme once it is late by the configured delay: one e-mail each, in their language,
//! naming the case by its reference and the rule, never the trainee (a task's free-text
//! title is not sent either).
//!
//! The escalation is recorded (`db::cases::record_escalation`, one row per case, rule and
//! due date) in the transaction that queues the e-mails, so a restart, a second tick or a
//! second server sends nothing twice; a deadline whose date moves (an anchor corrected)
//! is a new one, and escalates again if it too runs late. [`run`] does this every hour
//! while the server runs.

use chrono::NaiveDate;
use db::Origin;
use domain::Locale;
use domain::deadline::rome_today;
use i18n::{FluentArg, Tr};

use super::deadlines::{CaseDeadline, all_overdue};
use super::labels;
use crate::{AppResult, Clock};

/// The outbox kind of an escalation.
pub const KIND: &str = "case.escalation";

/// Days a deadline may be overdue before it escalates, unless configured.
pub const DEFAULT_AFTER_DAYS: i64 = 2;

/// Whether a deadline due on `due` escalates on `today`: it is overdue (due before today)
/// by at least `after_days` days.
pub fn is_due(due: NaiveDate, today: NaiveDate, after_days: i64) -> bool {
    (today - due).num_days() >= after_days.max(1)
}

/// What the escalation of one deadline is recorded under: the rule, or the task.
fn record_key(d: &CaseDeadline) -> String {
    match &d.task_id {
        Some(task) => format!("task:{task}"),
        None => d.rule.clone(),
    }
}

/// The e-mail to one coordinator, in their language.
pub fn mail(
    to: &db::digests::Recipient,
    d: &CaseDeadline,
    today: NaiveDate,
    base_url: &str,
) -> db::outbox::NewMail {
    let locale = to
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    let tr = Tr::new(locale);
    let late = (today - d.date).num_days();
    let subject = tr.t1("deadlines-escalation-subject", "reference", &d.reference);
    let body = [
        tr.t_with(
            "deadlines-escalation-body",
            &[
                ("reference", FluentArg::Str(d.reference.clone())),
                ("rule", FluentArg::Str(labels::rule(&tr, &d.rule))),
                ("date", FluentArg::Str(tr.date(&d.date))),
                ("days", FluentArg::Num(late)),
                ("who", FluentArg::Str(labels::role(&tr, &d.who))),
            ],
        ),
        String::new(),
        tr.t1(
            "deadlines-escalation-open",
            "link",
            &format!("{}/cases/{}", base_url.trim_end_matches('/'), d.case_id),
        ),
    ]
    .join("\n");
    db::outbox::NewMail {
        recipient: to.email.clone(),
        subject: crate::notify::plain(locale, subject),
        body: crate::notify::plain(locale, body),
        locale: locale.tag().to_owned(),
        kind: KIND.to_owned(),
    }
}

/// Escalates what is due now; returns how many e-mails were queued.
pub async fn escalate_due(
    db: &db::Database,
    clock: &dyn Clock,
    after_days: i64,
    base_url: &str,
) -> AppResult<usize> {
    let now = clock.now();
    let today = rome_today(now.and_utc());
    // What is due and not escalated yet, read first: the hourly run writes only for new
    // escalations (the write checks again, for a second server).
    let late: Vec<CaseDeadline> = db
        .read_as(move |conn| -> AppResult<_> {
            let due: Vec<CaseDeadline> = all_overdue(conn, today)?
                .into_iter()
                .filter(|d| is_due(d.date, today, after_days))
                .collect();
            let ids: Vec<String> = due.iter().map(|d| d.case_id.clone()).collect();
            let done = db::cases::escalations_of(conn, &ids)?;
            Ok(due
                .into_iter()
                .filter(|d| !done.contains(&(d.case_id.clone(), record_key(d), d.date)))
                .collect())
        })
        .await?;
    let mut queued = 0;
    for d in late {
        let base = base_url.to_owned();
        queued += db
            .write_at(Origin::system(), now, move |tx| -> AppResult<usize> {
                if !db::cases::record_escalation(tx, &d.case_id, &record_key(&d), d.date)? {
                    return Ok(0);
                }
                let coordinators = db::cases::coordinators_of(tx.conn, &d.programme_id)?;
                for c in &coordinators {
                    db::outbox::enqueue(tx, mail(c, &d, today, &base))?;
                }
                Ok(coordinators.len())
            })
            .await?;
    }
    Ok(queued)
}

/// How often the server looks for deadlines to escalate.
const EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Runs forever next to the server, escalating overdue deadlines after `after_days`.
pub async fn run(db: db::Database, after_days: i64, base_url: String) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        match escalate_due(&db, &crate::SystemClock, after_days, &base_url).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(mails = n, "overdue deadlines escalated"),
            Err(e) => tracing::warn!(error = %e, "escalating overdue deadlines failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, day).unwrap_or_default()
    }

    #[test]
    fn a_deadline_escalates_once_late_by_the_delay() {
        assert!(!is_due(d(6), d(6), 2), "due today is not overdue");
        assert!(!is_due(d(5), d(6), 2), "one day late, delay two");
        assert!(is_due(d(4), d(6), 2));
        assert!(is_due(d(1), d(6), 2));
        assert!(is_due(d(5), d(6), 0), "no delay: as soon as it is overdue");
        assert!(!is_due(d(6), d(6), 0));
    }
}
