//! One's own API tokens: list, make, revoke. Each acts on the signed-in person's tokens
//! only; another person's token is answered exactly like a missing one (`NotFound`).

use domain::api_token::TokenRequest;

use crate::{Acting, AppResult, Clock};

pub use db::api_tokens::{NewToken, TokenInfo};

/// The person's tokens, newest first (expired ones too, so they can see why one stopped).
pub async fn list(db: &db::Database, who: &Acting) -> AppResult<Vec<TokenInfo>> {
    let id = who.actor.user_id.clone();
    Ok(db.read(move |c| db::api_tokens::of_user(c, &id)).await?)
}

/// One of the person's tokens.
pub async fn find(db: &db::Database, who: &Acting, token_id: String) -> AppResult<TokenInfo> {
    let id = who.actor.user_id.clone();
    Ok(db
        .read(move |c| db::api_tokens::find_own(c, &id, &token_id))
        .await?)
}

/// Makes a token for the person; the secret is returned once and never stored.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    request: TokenRequest,
) -> AppResult<NewToken> {
    let id = who.actor.user_id.clone();
    let now = clock.now();
    db.write_at(who.origin.clone(), now, move |tx| {
        Ok(db::api_tokens::create(
            tx,
            &id,
            &request.name,
            request.expires_at(now),
        )?)
    })
    .await
}

/// Revokes one of the person's tokens; it stops working at once.
pub async fn revoke(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    token_id: String,
) -> AppResult<()> {
    let id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::api_tokens::revoke(tx, &id, &token_id)?)
    })
    .await
}
