//! Invitations: an invited colleague opens the link and accepts it, choosing a name and a
//! password. An invitation is open until it expires or is accepted, at the clock's time.

use db::invitations::Invitation;
use domain::ids::UserId;

use crate::{AppResult, Clock, Error};

/// The open invitation of `token`; `NotFound` when it is unknown, expired or accepted.
pub async fn open(db: &db::Database, clock: &dyn Clock, token: &str) -> AppResult<Invitation> {
    let (token, now) = (token.to_owned(), clock.now());
    db.read(move |c| db::invitations::find_open(c, &token, now))
        .await?
        .ok_or(Error::NotFound)
}

/// Accepts an open invitation: opens the account (its password already hashed) with the
/// invited role and closes the invitation, all or nothing. `Conflict(EmailTaken)` when the
/// address has an account already.
pub async fn accept(
    db: &db::Database,
    clock: &dyn Clock,
    origin: db::Origin,
    token: &str,
    display_name: String,
    password_hash: String,
) -> AppResult<UserId> {
    let token = token.to_owned();
    db.write_at(origin, clock.now(), move |tx| {
        // `accept` re-reads the invitation at `tx.now`: one accepted twice at once, or
        // expiring meanwhile, is refused.
        let id = db::invitations::accept(tx, &token, &display_name, &password_hash)?;
        Ok(UserId::new(id))
    })
    .await
}
