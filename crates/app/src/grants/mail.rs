//! The e-mail telling an applicant their application was checked, in their language
//! (their account's, else French as for the other candidates' messages), put in the
//! outbox in the check's own transaction.

use db::Tx;
use db::grants::applications::ApplicationRow;
use db::outbox::NewMail;
use domain::Locale;
use domain::grant::Status;
use i18n::{FluentArg, Tr};

use crate::notify::{candidate_locale, plain};

/// The subject and body telling `name` that the application `reference` to `call` was
/// found eligible or not, with the checker's note.
pub fn checked_mail(
    locale: Locale,
    name: &str,
    call: &str,
    reference: &str,
    status: Status,
    note: &str,
) -> (String, String) {
    let tr = Tr::new(locale);
    let subject = tr.t1("mail-grant-checked-subject", "call", call);
    let mut body = vec![tr.t1("mail-greeting", "name", name.trim()), String::new()];
    let verdict = if status == Status::Eligible {
        "mail-grant-checked-eligible"
    } else {
        "mail-grant-checked-ineligible"
    };
    body.push(tr.t_with(
        verdict,
        &[
            ("reference", FluentArg::Str(reference.into())),
            ("call", FluentArg::Str(call.into())),
        ],
    ));
    if !note.trim().is_empty() {
        body.push(String::new());
        body.push(tr.t1("mail-grant-checked-note", "note", note.trim()));
    }
    body.push(String::new());
    body.push(tr.t("mail-grant-see-status"));
    body.push(String::new());
    body.push(tr.t("mail-signature"));
    (plain(locale, subject), plain(locale, body.join("\n")))
}

/// Puts the message in the outbox (nothing when the applicant has no address).
pub(super) fn enqueue_checked(
    tx: &mut Tx<'_>,
    a: &ApplicationRow,
    call: &str,
    status: Status,
    note: &str,
) -> db::DbResult<()> {
    let c = db::candidates::find(
        tx.conn,
        &domain::permission::Scope::All,
        "",
        &a.candidate_id,
    )?;
    if c.email.trim().is_empty() {
        return Ok(());
    }
    let locale = candidate_locale(db::selection::candidate_locale(tx.conn, &c)?.as_deref());
    let name = format!("{} {}", c.given_names, c.family_name);
    let (subject, body) = checked_mail(locale, &name, call, &a.reference, status, note);
    db::outbox::enqueue(
        tx,
        NewMail {
            recipient: c.email.clone(),
            subject,
            body,
            locale: locale.tag().to_owned(),
            kind: "grant.checked".to_owned(),
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_applicant_reads_the_verdict_and_the_note_in_their_language() {
        for locale in Locale::ALL {
            let (subject, body) = checked_mail(
                locale,
                "Anass El Khattabi",
                "Second round",
                "GP-3F2B9A1C",
                Status::Ineligible,
                "A car is not an eligible cost",
            );
            assert!(subject.contains("Second round"), "{subject}");
            assert!(body.contains("Anass El Khattabi"), "{body}");
            assert!(body.contains("GP-3F2B9A1C"), "{body}");
            assert!(body.contains("A car is not an eligible cost"), "{body}");
            assert!(!body.contains("mail-"), "a key was not translated: {body}");
        }
        let (_, eligible) = checked_mail(Locale::En, "A", "C", "GP-1", Status::Eligible, "");
        let (_, not) = checked_mail(Locale::En, "A", "C", "GP-1", Status::Ineligible, "x");
        assert_ne!(eligible.lines().nth(2), not.lines().nth(2));
    }
}
