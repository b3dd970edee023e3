//! Messages to people, written in their language and put in the outbox
//! (`db::outbox::enqueue`) inside the transaction of the change they tell about.

use db::Tx;
use db::outbox::NewMail;
use domain::Locale;
use domain::candidate::Status;
use domain::permission::Scope;

use i18n::{FluentArg, Tr};

/// The statuses a candidate is told about: the selection decisions.
pub fn is_decision(status: Status) -> bool {
    matches!(
        status,
        Status::Shortlisted | Status::WaitingList | Status::Rejected
    )
}

/// The language of a message to a candidate: the one their account uses; French for
/// applications entered by staff without an account (the common language of the calls in
/// Tunisia and Morocco besides Arabic).
pub fn candidate_locale(account_locale: Option<&str>) -> Locale {
    account_locale.and_then(Locale::parse).unwrap_or(Locale::Fr)
}

/// Fluent puts invisible isolation marks around arguments so that Latin names read right
/// inside Arabic; a plain-text e-mail in a left-to-right language does not need them.
pub(crate) fn plain(locale: Locale, s: String) -> String {
    if locale == Locale::Ar {
        s
    } else {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// The subject and body telling a candidate the decision on their application.
pub fn decision_mail(
    locale: Locale,
    name: &str,
    call: &str,
    status: Status,
    reason: Option<&str>,
) -> (String, String) {
    let tr = Tr::new(locale);
    let subject = tr.t1("mail-decision-subject", "call", call);
    let mut body = Vec::new();
    body.push(if name.trim().is_empty() {
        tr.t("mail-greeting-anonymous")
    } else {
        tr.t1("mail-greeting", "name", name.trim())
    });
    body.push(String::new());
    body.push(tr.t1(
        &format!("mail-decision-{}", status.as_str().replace('_', "-")),
        "call",
        call,
    ));
    if let Some(r) = reason.map(str::trim).filter(|r| !r.is_empty()) {
        body.push(String::new());
        body.push(tr.t_with(
            "mail-decision-reason",
            &[("reason", FluentArg::Str(r.into()))],
        ));
    }
    body.push(String::new());
    body.push(tr.t("mail-decision-see-status"));
    body.push(String::new());
    body.push(tr.t("mail-signature"));
    (plain(locale, subject), plain(locale, body.join("\n")))
}

/// A call's title as a candidate reads it: their language's version, or the original.
pub(crate) fn call_title_in(
    conn: &mut db::DbConn,
    call: db::calls::Call,
    locale: Locale,
) -> db::DbResult<String> {
    Ok(db::content::versions_of(
        conn,
        domain::content::Kind::Call,
        std::slice::from_ref(&call.id),
        locale,
    )?
    .remove(&(call.id, domain::content::Field::Title))
    .unwrap_or(call.title))
}

/// Puts the message about a decision just taken in the outbox, in the same transaction.
/// The reason is told only for a rejection (other notes stay with staff).
pub fn enqueue_decision(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
) -> db::DbResult<Option<String>> {
    let c = db::candidates::find(tx.conn, scope, actor_id, candidate_id)?;
    let status = c.status;
    if !is_decision(status) || c.email.trim().is_empty() {
        return Ok(None);
    }
    let locale = candidate_locale(db::selection::candidate_locale(tx.conn, &c)?.as_deref());
    let call = db::calls::find_published(tx.conn, &c.call_id)?;
    let name = format!("{} {}", c.given_names, c.family_name);
    let reason = c
        .decision_reason
        .as_deref()
        .filter(|_| status == Status::Rejected);
    let title = call_title_in(tx.conn, call, locale)?;
    let (subject, body) = decision_mail(locale, &name, &title, status, reason);
    let id = db::outbox::enqueue(
        tx,
        NewMail {
            recipient: c.email.clone(),
            subject,
            body,
            locale: locale.tag().to_owned(),
            kind: "candidate.decision".to_owned(),
        },
    )?;
    Ok(Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_is_written_in_the_candidates_language() {
        for locale in Locale::ALL {
            let (subject, body) = decision_mail(
                locale,
                "Amina Trabelsi",
                "MENTOR II",
                Status::Shortlisted,
                None,
            );
            assert!(subject.contains("MENTOR II"), "{subject}");
            assert!(body.contains("Amina Trabelsi"), "{body}");
            assert!(!body.contains("mail-"), "a key was not translated: {body}");
            if locale != Locale::Ar {
                assert!(!body.contains('\u{2068}'));
            }
        }
        let (_, body) = decision_mail(
            Locale::En,
            "",
            "MENTOR II",
            Status::Rejected,
            Some("Italian below A2"),
        );
        assert!(body.contains("Italian below A2"));
        assert!(body.starts_with(&Tr::new(Locale::En).t("mail-greeting-anonymous")));
    }

    #[test]
    fn the_language_falls_back_to_french() {
        assert_eq!(candidate_locale(Some("ar")), Locale::Ar);
        assert_eq!(candidate_locale(None), Locale::Fr);
        assert_eq!(candidate_locale(Some("xx")), Locale::Fr);
    }
}
