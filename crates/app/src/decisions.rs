//! Selection decisions (issue 11): staff stage them, the coordinator publishes a call's
//! decisions at once, and only the coordinator reverses a published one.
//!
//! What a candidate sees is the application's status; a staged decision sits beside it
//! (`db::decisions`) and changes freely. [`publish`] moves every staged application of a
//! call and queues every candidate's message in one transaction, with the call locked, so
//! no decision reaches a candidate without its message nor a message without its
//! decision, and two publishes at once send once. [`reverse`] takes a published decision
//! back (the application is undecided again), with a reason that goes on the timeline,
//! in the audit log and to the candidate, in the same transaction.

use db::Tx;
use db::outbox::NewMail;
use domain::Locale;
use domain::Permission;
use domain::candidate::Status;
use domain::decision::{self, Preview};
use domain::ids::{CallId, CandidateId};
use domain::permission::Scope;
use i18n::{FluentArg, Tr};

use crate::notify::{candidate_locale, plain};
use crate::{Acting, AppResult, Clock, Error};

/// Stages (or changes) the decision on an application within the person's screening reach.
/// Refused input (a decision its published status does not allow, a rejection without a
/// reason) is `Invalid` and writes nothing.
pub async fn stage(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    to: Status,
    reason: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let (id, reason) = (id.clone(), reason.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::decisions::stage(tx, &s, &actor_id, id.as_str(), to, &reason)?.map_err(Error::Invalid)
    })
    .await
}

/// Withdraws a staged decision (the application is undecided again, as the candidate
/// still sees it).
pub async fn withdraw(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::decisions::withdraw(tx, &s, &actor_id, id.as_str())?)
    })
    .await
}

/// One staged decision as the publish page lists it.
#[derive(Debug, Clone)]
pub struct StagedLine {
    pub candidate_id: String,
    pub family_name: String,
    pub given_names: String,
    pub decision: Status,
    pub reason: Option<String>,
}

/// What publishing a call's decisions would do, for the coordinator to read first.
#[derive(Debug, Clone)]
pub struct Publication {
    pub call: db::calls::Call,
    pub preview: Preview,
    pub lines: Vec<StagedLine>,
}

/// The preview of a call's publication, for those who publish (`ManageCalls`).
pub async fn preview(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
) -> AppResult<Publication> {
    let s = who.scope(Permission::ManageCalls)?;
    let today = clock.now().date();
    let call = call.clone();
    Ok(db
        .read(move |conn| {
            let call = db::calls::find(conn, &s, call.as_str())?;
            let mut preview = db::decisions::preview(conn, &call)?;
            preview.call_open = call.opens_on <= today && today <= call.closes_on;
            let lines = db::decisions::on_call(conn, &call.id)?
                .into_iter()
                .map(|(st, family_name, given_names)| StagedLine {
                    candidate_id: st.candidate_id,
                    family_name,
                    given_names,
                    decision: st.decision,
                    reason: st.reason,
                })
                .collect();
            Ok(Publication {
                call,
                preview,
                lines,
            })
        })
        .await?)
}

/// Publishes every decision staged on a call: statuses, timeline, audit and every
/// candidate's message in one transaction, the call locked first so that a second publish
/// waits and then finds nothing staged (`Conflict::NothingStaged`). Returns how many
/// applications were decided. The preview's warnings do not refuse it.
pub async fn publish(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call: &CallId,
) -> AppResult<usize> {
    let s = who.scope(Permission::ManageCalls)?;
    let actor_id = who.actor.user_id.clone();
    let call = call.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = db::calls::find(tx.conn, &s, call.as_str())?;
        db::locks::call(tx, &call.id)?;
        let decided = db::decisions::publish(tx, &call.id)?;
        for id in &decided {
            crate::notify::enqueue_decision(tx, &s, &actor_id, id)?;
        }
        Ok(decided.len())
    })
    .await
}

/// Reverses a published decision: only the coordinator (`ManageCalls`; `Forbidden` for
/// anyone else, whatever else they may do with the application), with a reason
/// (`Invalid` without one). The application is undecided again; the candidate's message
/// is queued in the same transaction.
pub async fn reverse(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    reason: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageCalls)?;
    let reason = decision::check_reversal(reason)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let from = db::decisions::reverse(tx, &s, &actor_id, id.as_str(), &reason)?;
        enqueue_reversal(tx, &s, &actor_id, id.as_str(), from, &reason)?;
        Ok(())
    })
    .await
}

/// The subject and body telling a candidate that the decision on their application was
/// reversed, why, and that it is being decided again.
pub fn reversal_mail(
    locale: Locale,
    name: &str,
    call: &str,
    from: Status,
    reason: &str,
) -> (String, String) {
    let tr = Tr::new(locale);
    let subject = tr.t1("mail-reversal-subject", "call", call);
    let greeting = if name.trim().is_empty() {
        tr.t("mail-greeting-anonymous")
    } else {
        tr.t1("mail-greeting", "name", name.trim())
    };
    let body = [
        greeting,
        String::new(),
        tr.t_with(
            "mail-reversal-body",
            &[
                ("call", FluentArg::Str(call.into())),
                ("decision", FluentArg::Str(tr.t(&from.message_key()))),
            ],
        ),
        String::new(),
        tr.t_with(
            "mail-decision-reason",
            &[("reason", FluentArg::Str(reason.trim().into()))],
        ),
        String::new(),
        tr.t("mail-reversal-next"),
        String::new(),
        tr.t("mail-signature"),
    ];
    (plain(locale, subject), plain(locale, body.join("\n")))
}

/// Puts the reversal's message in the outbox, in the reversal's transaction.
fn enqueue_reversal(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
    from: Status,
    reason: &str,
) -> db::DbResult<Option<String>> {
    let c = db::candidates::find(tx.conn, scope, actor_id, candidate_id)?;
    if c.email.trim().is_empty() {
        return Ok(None);
    }
    let locale = candidate_locale(db::selection::candidate_locale(tx.conn, &c)?.as_deref());
    let call = db::calls::find_published(tx.conn, &c.call_id)?;
    let name = format!("{} {}", c.given_names, c.family_name);
    let title = crate::notify::call_title_in(tx.conn, call, locale)?;
    let (subject, body) = reversal_mail(locale, &name, &title, from, reason);
    let id = db::outbox::enqueue(
        tx,
        NewMail {
            recipient: c.email.clone(),
            subject,
            body,
            locale: locale.tag().to_owned(),
            kind: "candidate.decision.reversed".to_owned(),
        },
    )?;
    Ok(Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reversal_is_told_in_the_candidates_language_with_its_reason() {
        for locale in Locale::ALL {
            let (subject, body) = reversal_mail(
                locale,
                "Amina Trabelsi",
                "MENTOR II",
                Status::Shortlisted,
                "Documents did not match",
            );
            assert!(subject.contains("MENTOR II"), "{subject}");
            assert!(body.contains("Amina Trabelsi"), "{body}");
            assert!(body.contains("Documents did not match"), "{body}");
            assert!(!body.contains("mail-"), "a key was not translated: {body}");
            assert!(!body.contains("status-"), "a status was not named: {body}");
        }
    }
}
