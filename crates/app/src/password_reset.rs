//! Getting back in after a forgotten password: a single-use link by e-mail, valid for an
//! hour. Asking tells nothing about whether the address has an account (the page says the
//! same either way, and the caller does not wait for the work); one account gets at most
//! [`PER_HOUR`] links an hour, so nobody can flood a mailbox through us. Using a link sets
//! the new password, which ends every session and API token of the account.

use chrono::Duration;
use db::outbox::NewMail;
use domain::{Email, Invalid, Locale};
use i18n::{FluentArg, Tr};

use crate::{AppResult, Clock, Error};

/// How long a link works.
pub const VALID_FOR: Duration = Duration::hours(1);
/// Links one account may be sent in an hour.
pub const PER_HOUR: i64 = 3;
/// The outbox kind of the message.
pub const KIND: &str = "password.reset";

/// The message with the link, in the reader's language.
pub fn reset_mail(locale: Locale, name: &str, link: &str) -> (String, String) {
    let tr = Tr::new(locale);
    let body = [
        tr.t1("mail-greeting", "name", name.trim()),
        String::new(),
        tr.t("mail-reset-intro"),
        String::new(),
        link.to_owned(),
        String::new(),
        tr.t_with(
            "mail-reset-expiry",
            &[("minutes", FluentArg::Num(VALID_FOR.num_minutes()))],
        ),
        tr.t("mail-reset-not-you"),
        String::new(),
        tr.t("mail-signature"),
    ];
    (
        crate::notify::plain(locale, tr.t("mail-reset-subject")),
        crate::notify::plain(locale, body.join("\n")),
    )
}

/// Sends a reset link to the account of `email`, if there is an enabled one and it has not
/// had [`PER_HOUR`] links in the last hour; does nothing otherwise. `locale` is the page's
/// language, used when the account has none; `base_url` starts the link.
pub async fn request(
    db: &db::Database,
    clock: &dyn Clock,
    origin: db::Origin,
    email: &Email,
    locale: Locale,
    base_url: &str,
) -> AppResult<()> {
    let now = clock.now();
    let email = email.clone();
    let base = base_url.trim_end_matches('/').to_owned();
    db.write_at(origin, now, move |tx| {
        let Some(user) = db::users::find_by_email_unscoped(tx.conn, &email)? else {
            return Ok(());
        };
        let recent = db::password_resets::asked_since(tx.conn, &user.id, now - Duration::hours(1))?;
        if user.disabled || recent >= PER_HOUR {
            return Ok(());
        }
        let token = db::password_resets::create(tx, &user.id, now + VALID_FOR)?;
        let locale = user.locale().unwrap_or(locale);
        let link = format!("{base}/password/reset?t={token}");
        let (subject, body) = reset_mail(locale, &user.display_name, &link);
        db::outbox::enqueue(
            tx,
            NewMail {
                recipient: user.email.clone(),
                subject,
                body,
                locale: locale.tag().to_owned(),
                kind: KIND.to_owned(),
            },
        )?;
        Ok(())
    })
    .await
}

/// Whether `token` still opens a reset (unused, unexpired, the account enabled).
pub async fn is_live(db: &db::Database, clock: &dyn Clock, token: &str) -> AppResult<bool> {
    let (now, token) = (clock.now(), token.to_owned());
    Ok(db
        .read(move |c| db::password_resets::user_of(c, &token, now))
        .await?
        .is_some())
}

/// Sets the account's new password (already hashed) through `token`, once. A used,
/// expired or unknown link is `Invalid` on `token` (`error-reset-link-dead`).
pub async fn reset(
    db: &db::Database,
    clock: &dyn Clock,
    origin: db::Origin,
    token: &str,
    password_hash: String,
) -> AppResult<()> {
    let token = token.to_owned();
    db.write_at(origin, clock.now(), move |tx| {
        let Some(user) = db::password_resets::take(tx, &token)? else {
            return Err(Error::Invalid(Invalid::new(
                "token",
                "error-reset-link-dead",
            )));
        };
        Ok(db::users::set_password(tx, &user, &password_hash)?)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_in_every_language() {
        for locale in Locale::ALL {
            let (subject, body) =
                reset_mail(locale, "Amina", "https://m.example/password/reset?t=abc");
            assert!(!subject.is_empty() && !subject.contains("mail-"));
            assert!(body.contains("https://m.example/password/reset?t=abc"));
            assert!(body.contains("60"), "{body}");
            assert!(!body.contains("mail-reset"), "{body}");
        }
    }
}
