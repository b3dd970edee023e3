//! Possible duplicates (staff): merging the two records of an open flag into one, or
//! dismissing the flag ("not the same person"). A flag is decided once: of two decisions
//! at once, the first to commit wins.

use std::sync::Arc;

use domain::Permission;
use domain::fieldcrypt::Keyring;

use crate::{Acting, AppResult, Clock};

/// What the person merging chose.
#[derive(Debug, Clone)]
pub struct Merge {
    /// The record that stays.
    pub keep: String,
    /// Fields (names from [`domain::duplicate::MERGE_FIELDS`]) whose value is taken from
    /// the record merged away.
    pub take_from_other: Vec<String>,
}

/// Merges the records of an open flag within reach. A passport number taken from the
/// record merged away is read (so audited) under the person's passport reach, if any, and
/// sealed again with `keys` for the kept row.
pub async fn merge(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    keys: Arc<Keyring>,
    flag: &str,
    choice: Merge,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let passport_scope = who.actor.scope(Permission::ReadPassport);
    let actor_id = who.actor.user_id.clone();
    let flag = flag.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::duplicates::merge(
            tx,
            &s,
            passport_scope.as_ref(),
            &actor_id,
            &flag,
            &db::duplicates::MergeChoices {
                keep: &choice.keep,
                take_from_other: &choice.take_from_other,
            },
            &keys,
        )?)
    })
    .await
}

/// Closes an open flag within reach as "not the same person".
pub async fn dismiss(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    flag: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let flag = flag.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::duplicates::dismiss(tx, &s, &actor_id, &flag)?)
    })
    .await
}
