//! One's own account: name, language and password. Each acts on the signed-in person's
//! account only, so there is no reach to check.

use domain::Locale;

use crate::{Acting, AppResult, Clock};

/// Changes one's display name and language (`None`: follow the browser).
pub async fn update_profile(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    display_name: String,
    locale: Option<Locale>,
) -> AppResult<()> {
    let id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::users::update_profile(tx, &id, &display_name)?;
        Ok(db::users::set_locale(tx, &id, locale)?)
    })
    .await
}

/// Sets one's new password (already hashed; the caller has checked the current one).
/// This ends every session of the account, the current one included, and revokes its
/// API tokens.
pub async fn change_password(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    password_hash: String,
) -> AppResult<()> {
    let id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::users::set_password(tx, &id, &password_hash)?)
    })
    .await
}

/// Sets one's language preference (the language switcher, signed in).
pub async fn set_language(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    locale: Locale,
) -> AppResult<()> {
    let id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::users::set_locale(tx, &id, Some(locale))?)
    })
    .await
}

/// Whether one wants the daily digest (`app::digest`): stored per account, read by every
/// run of the digest from then on.
pub async fn set_digest(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    wanted: bool,
) -> AppResult<()> {
    let id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::digests::set_wanted(tx, &id, wanted)?)
    })
    .await
}

/// Sets one's time zone (`None`: the zone of one's country, see `app::zones`).
pub async fn set_time_zone(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    zone: Option<domain::zone::Zone>,
) -> AppResult<()> {
    let id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::users::set_time_zone(tx, &id, zone.map(|z| z.name()))?)
    })
    .await
}
