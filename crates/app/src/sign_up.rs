//! Signing up to apply, without telling anyone which addresses have accounts. The form
//! answers the same page whatever the address; the address then receives either a link
//! that opens the account and its application (valid [`VALID_FOR`], once), or, when it has
//! an account already, a message saying so with the ways back in. Only the person who
//! reads that mailbox learns which it was. An address gets at most [`PER_HOUR`] such
//! messages an hour, so nobody can flood a mailbox through the form.

use chrono::Duration;
use db::outbox::NewMail;
use domain::ids::{CallId, CandidateId};
use domain::{Conflict, Email, Invalid, Locale, Role};
use i18n::{FluentArg, Tr};

use crate::applications::open_in;
use crate::{AppResult, Clock, Error};

/// How long a confirmation link works (a day: mail is read late on a slow line).
pub const VALID_FOR: Duration = Duration::hours(24);
/// Sign-up messages one address may be sent in an hour.
pub const PER_HOUR: i64 = 3;
/// The outbox kind of the message with the link.
pub const KIND_CONFIRM: &str = "sign_up.confirm";
/// The outbox kind of the message to an address that has an account.
pub const KIND_EXISTS: &str = "sign_up.exists";

/// A new applicant's account, its password already hashed.
pub struct NewApplicant {
    pub email: Email,
    pub display_name: String,
    pub password_hash: String,
    pub locale: Locale,
}

/// The message with the link that opens the account, in the reader's language.
pub fn confirm_mail(locale: Locale, name: &str, call: &str, link: &str) -> (String, String) {
    let tr = Tr::new(locale);
    let body = [
        tr.t1("mail-greeting", "name", name.trim()),
        String::new(),
        tr.t1("mail-sign-up-intro", "call", call),
        String::new(),
        link.to_owned(),
        String::new(),
        tr.t_with(
            "mail-sign-up-expiry",
            &[("hours", FluentArg::Num(VALID_FOR.num_hours()))],
        ),
        tr.t("mail-sign-up-not-you"),
        String::new(),
        tr.t("mail-signature"),
    ];
    (
        crate::notify::plain(locale, tr.t("mail-sign-up-subject")),
        crate::notify::plain(locale, body.join("\n")),
    )
}

/// The message to an address that has an account: sign in, or reset the password.
pub fn exists_mail(locale: Locale, name: &str, sign_in: &str, reset: &str) -> (String, String) {
    let tr = Tr::new(locale);
    let body = [
        tr.t1("mail-greeting", "name", name.trim()),
        String::new(),
        tr.t("mail-sign-up-exists-intro"),
        String::new(),
        tr.t("mail-sign-up-exists-sign-in"),
        sign_in.to_owned(),
        String::new(),
        tr.t("mail-sign-up-exists-reset"),
        reset.to_owned(),
        String::new(),
        tr.t("mail-sign-up-not-you"),
        String::new(),
        tr.t("mail-signature"),
    ];
    (
        crate::notify::plain(locale, tr.t("mail-sign-up-exists-subject")),
        crate::notify::plain(locale, body.join("\n")),
    )
}

/// Takes a sign-up to an open call: keeps it and sends the confirmation link, or tells the
/// address that it has an account; does nothing when the address had its [`PER_HOUR`]
/// messages. `base_url` starts the links.
pub async fn request(
    db: &db::Database,
    clock: &dyn Clock,
    origin: db::Origin,
    call: &CallId,
    who: NewApplicant,
    base_url: &str,
) -> AppResult<()> {
    let now = clock.now();
    let call = call.clone();
    let base = base_url.trim_end_matches('/').to_owned();
    db.write_at(origin, now, move |tx| {
        let call = open_in(tx, &call)?;
        let address = who.email.as_str();
        let sent = db::outbox::count_to_since(
            tx.conn,
            address,
            &[KIND_CONFIRM, KIND_EXISTS],
            now - Duration::hours(1),
        )?;
        if sent >= PER_HOUR {
            return Ok(());
        }
        let (kind, locale, (subject, body)) =
            match db::users::find_by_email_unscoped(tx.conn, &who.email)? {
                Some(user) if user.disabled => return Ok(()),
                Some(user) => {
                    let locale = user.locale().unwrap_or(who.locale);
                    let sign_in = format!("{base}/login?next=/open-calls/{}/apply", call.id);
                    let reset = format!("{base}/password/forgot");
                    let mail = exists_mail(locale, &user.display_name, &sign_in, &reset);
                    (KIND_EXISTS, locale, mail)
                }
                None => {
                    let token = db::sign_ups::create(
                        tx,
                        &db::sign_ups::NewSignUp {
                            call_id: &call.id,
                            email: address,
                            display_name: &who.display_name,
                            password_hash: &who.password_hash,
                            locale: who.locale.tag(),
                            expires_at: now + VALID_FOR,
                        },
                    )?;
                    let link = format!("{base}/sign-up/confirm?t={token}");
                    let mail = confirm_mail(who.locale, &who.display_name, &call.title, &link);
                    (KIND_CONFIRM, who.locale, mail)
                }
            };
        db::outbox::enqueue(
            tx,
            NewMail {
                recipient: address.to_owned(),
                subject,
                body,
                locale: locale.tag().to_owned(),
                kind: kind.to_owned(),
            },
        )?;
        Ok(())
    })
    .await
}

/// Whether `token` still confirms a sign-up (unused, unexpired).
pub async fn is_live(db: &db::Database, clock: &dyn Clock, token: &str) -> AppResult<bool> {
    let (now, token) = (clock.now(), token.to_owned());
    Ok(db
        .read(move |c| db::sign_ups::live(c, &token, now))
        .await?
        .is_some())
}

/// Uses a confirmation link, once: opens the account (a participant of the call's lead
/// partner), its first session and its application, all or nothing. Returns the
/// application and the session. A used, expired or unknown link is `Invalid` on `token`;
/// an address that got an account meanwhile is `Conflict(EmailTaken)` (the person holds
/// the address, so saying so tells them nothing new); a call closed meanwhile is
/// `Conflict(CallClosed)`.
pub async fn confirm(
    db: &db::Database,
    clock: &dyn Clock,
    origin: db::Origin,
    token: &str,
) -> AppResult<(CandidateId, String)> {
    let token = token.to_owned();
    db.write_at(origin, clock.now(), move |tx| {
        let Some(s) = db::sign_ups::take(tx, &token)? else {
            return Err(Error::Invalid(Invalid::new(
                "token",
                "error-sign-up-link-dead",
            )));
        };
        let email = Email::parse(&s.email)?;
        let locale = Locale::parse(&s.locale).unwrap_or_default();
        let call = open_in(tx, &CallId::new(s.call_id.clone()))?;
        let lead = db::calls::lead_partner_of(tx.conn, &call.programme_id)?
            .ok_or(Error::Conflict(Conflict::NoLeadPartner))?;
        let user_id =
            db::users::create(tx, &email, &s.display_name, &s.password_hash, Some(locale))?;
        db::memberships::add(tx, &user_id, &lead, Role::Participant)?;
        let id = db::candidates::create_draft(tx, &call, &user_id, email.as_str())?;
        let token = db::sessions::create(tx, &user_id)?;
        Ok((CandidateId::new(id), token))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_messages_are_in_every_language() {
        for locale in Locale::ALL {
            let (subject, body) = confirm_mail(
                locale,
                "Amina",
                "MENTOR II",
                "https://m.example/sign-up/confirm?t=abc",
            );
            assert!(!subject.is_empty() && !subject.contains("mail-"));
            assert!(body.contains("https://m.example/sign-up/confirm?t=abc"));
            assert!(body.contains("MENTOR II") && body.contains("24"), "{body}");
            assert!(!body.contains("mail-sign-up"), "{body}");
            let (subject, body) = exists_mail(
                locale,
                "Amina",
                "https://m.example/login",
                "https://m.example/password/forgot",
            );
            assert!(!subject.is_empty() && !subject.contains("mail-"));
            assert!(body.contains("https://m.example/login") && body.contains("/password/forgot"));
            assert!(!body.contains("mail-sign-up"), "{body}");
        }
    }
}
