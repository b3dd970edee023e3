//! Signing in and out, and the record of an API token's use: the writes of the session
//! plumbing, made here so that the web layer writes nothing itself.
//!
//! Sign-in is throttled by `domain::throttle`. The decision "may this attempt be checked?"
//! and the counting of the attempt as a failure are ONE write transaction, taken before the
//! password is hashed: concurrent attempts are counted one after another (the throttle rows
//! are locked), so thirty at once get the free tries and no more, and a refused attempt
//! costs no hash. (A read looks first, so that refusals during a flood cost no write.) A success then resets the account's count. Keys are keyed hashes of the
//! e-mail, the client address and the known-device cookie's nonce, never the values.

use chrono::{Duration, NaiveDateTime};
use domain::Email;
use domain::throttle::{Decision, LoginThrottle, device_mac};
use sha2::{Digest, Sha256};

use crate::{Acting, AppResult, Clock, Error};

/// How often a token's last use is recorded at most.
pub const TOKEN_USE_INTERVAL: Duration = Duration::minutes(5);

/// One sign-in attempt, as the request gave it.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub email: String,
    pub password: String,
    /// The client's address as the web layer determined it (the TCP peer, or the trusted
    /// proxy header the operator configured).
    pub address: String,
    /// The known-device cookie the browser sent, if any.
    pub device: Option<String>,
    /// The session the browser had before, ended on success (a planted one is worthless).
    pub replaces: Option<String>,
    pub request_id: String,
}

/// What became of an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// Signed in: the new session's token, and the known-device cookie for this browser.
    SignedIn { session: String, device: String },
    /// Wrong e-mail or password, or a disabled account (indistinguishable).
    Refused,
    /// Not checked, after too many failures; the client may try again after this long.
    Wait(Duration),
}

/// A keyed hash for the throttle tables, so that they hold no e-mail addresses or IPs.
fn throttle_key(key: &db::AuditKey, kind: &str, value: &str) -> String {
    let mut h = Sha256::new();
    h.update(key.bytes());
    h.update(kind.as_bytes());
    h.update(b"\x1f");
    h.update(value.as_bytes());
    hex::encode(h.finalize())
}

/// A known-device cookie's value: `nonce.issued.mac`.
fn device_cookie(key: &db::AuditKey, account: &str, now: NaiveDateTime) -> String {
    let nonce = db::id::new_secret(16);
    let issued = now.and_utc().timestamp();
    let mac = device_mac(key.bytes(), account, &nonce, issued);
    format!("{nonce}.{issued}.{mac}")
}

/// The nonce of a device cookie that this server issued for `account` and that has not
/// expired at `now`; `None` for anything else.
fn known_device(
    key: &db::AuditKey,
    account: &str,
    cookie: &str,
    now: NaiveDateTime,
    lifetime: Duration,
) -> Option<String> {
    let mut parts = cookie.split('.');
    let (nonce, issued, mac) = (parts.next()?, parts.next()?, parts.next()?);
    let issued_at = issued.parse::<i64>().ok()?;
    let age = now.and_utc().timestamp() - issued_at;
    if parts.next().is_some() || age < 0 || age > lifetime.num_seconds() {
        return None;
    }
    let expected = device_mac(key.bytes(), account, nonce, issued_at);
    // Compared without an early exit, so timing tells nothing about a forged MAC.
    let same = expected.len() == mac.len()
        && expected
            .bytes()
            .zip(mac.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then(|| nonce.to_owned())
}

/// Signs a person in with e-mail and password, throttled (see the module's docs).
pub async fn sign_in(
    db: &db::Database,
    clock: &dyn Clock,
    throttle: &LoginThrottle,
    attempt: Attempt,
) -> AppResult<SignIn> {
    let key = db.audit_key().clone();
    let now = clock.now();
    let normalised = attempt.email.trim().to_lowercase();
    let account = throttle_key(&key, "account", &normalised);
    let address = throttle_key(&key, "address", &attempt.address);
    let device = attempt
        .device
        .as_deref()
        .and_then(|c| known_device(&key, &account, c, now, throttle.device_lifetime))
        .map(|nonce| throttle_key(&key, "device", &nonce));
    let email = Email::parse(&attempt.email).ok();
    let anonymous = db::Origin::user("anonymous", &attempt.request_id);

    let throttle = *throttle;
    // A first look with a read: while an account or address is being hammered, refusals
    // cost no write transaction. Only an attempt that looks allowed is decided for good,
    // under the rows' locks, below.
    let (acc, dev, addr) = (account.clone(), device.clone(), address.clone());
    let peeked = db
        .read(move |c| {
            let acc_record = db::sign_in_throttle::peek(c, &acc)?;
            let dev_record = match &dev {
                Some(d) => Some(db::sign_in_throttle::peek(c, d)?),
                None => None,
            };
            let addr_record = db::sign_in_throttle::peek(c, &addr)?;
            Ok(throttle.decide(now, &acc_record, dev_record.as_ref(), &addr_record))
        })
        .await?;
    if let Decision::Wait(wait) = peeked {
        return Ok(SignIn::Wait(wait));
    }

    let (acc, dev) = (account.clone(), device.clone());
    let decided = db
        .write_at(anonymous, now, move |tx| {
            let acc_record = db::sign_in_throttle::lock(tx, &acc)?;
            let dev_record = match &dev {
                Some(d) => Some(db::sign_in_throttle::lock(tx, d)?),
                None => None,
            };
            let addr_record = db::sign_in_throttle::lock(tx, &address)?;
            if let Decision::Wait(wait) =
                throttle.decide(now, &acc_record, dev_record.as_ref(), &addr_record)
            {
                return Ok::<_, Error>(Err(wait));
            }
            // Counted as a failure now; a success resets the count afterwards.
            let failed = |r: &domain::throttle::Record, l| r.after_failure(now, l);
            db::sign_in_throttle::save(tx, &acc, &failed(&acc_record, &throttle.account))?;
            if let (Some(d), Some(r)) = (&dev, &dev_record) {
                db::sign_in_throttle::save(tx, d, &failed(r, &throttle.device))?;
            }
            db::sign_in_throttle::save(tx, &address, &failed(&addr_record, &throttle.address))?;
            let id = db::login_attempts::record(tx, &acc, &address)?;
            let creds = match &email {
                Some(e) => db::users::credentials(tx.conn, e)?,
                None => None,
            };
            Ok(Ok((id, creds)))
        })
        .await?;
    let (attempt_id, creds) = match decided {
        Ok(checked) => checked,
        Err(wait) => return Ok(SignIn::Wait(wait)),
    };

    let (hash, user) = match creds {
        Some(c) if !c.disabled => (c.password_hash, Some(c.user_id)),
        // Verified against a dummy, so a missing or disabled account takes as long as a real one.
        _ => (domain::password::dummy_hash().to_owned(), None),
    };
    let password = attempt.password;
    let matches = tokio::task::spawn_blocking(move || domain::password::verify(&hash, &password))
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?;
    let Some(user_id) = user.filter(|_| matches) else {
        return Ok(SignIn::Refused);
    };

    let origin = db::Origin::user(&user_id, &attempt.request_id);
    let replaces = attempt.replaces;
    let cookie = device_cookie(&key, &account, now);
    let session = db
        .write_at(origin, clock.now(), move |tx| {
            let cleared = domain::throttle::Record::default();
            db::sign_in_throttle::save(tx, &account, &cleared)?;
            if let Some(d) = &device {
                db::sign_in_throttle::save(tx, d, &cleared)?;
            }
            db::login_attempts::succeeded(tx, &attempt_id)?;
            // A new session at every sign-in: a token planted before sign-in is worthless.
            if let Some(old) = replaces {
                db::sessions::delete(tx, &old)?;
            }
            db::sessions::create(tx, &user_id).map_err(Error::from)
        })
        .await?;
    Ok(SignIn::SignedIn {
        session,
        device: cookie,
    })
}

/// Ends the signed-in person's session on the server.
pub async fn sign_out(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    session: String,
) -> AppResult<()> {
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::sessions::delete(tx, &session)?)
    })
    .await
}

/// Records an API token's use at `now`, if it was last recorded before the interval: a
/// write of its own, apart from the request's reads, once per interval per token.
pub async fn record_token_use(
    db: &db::Database,
    now: NaiveDateTime,
    token: String,
    last_used: Option<NaiveDateTime>,
) -> AppResult<()> {
    let since = now - TOKEN_USE_INTERVAL;
    if last_used.is_some_and(|t| t >= since) {
        return Ok(());
    }
    db.write_at(db::Origin::system(), now, move |tx| {
        Ok(db::api_tokens::touch(tx, &token, now, since)?)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + s, 0)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    }

    #[test]
    fn a_device_cookie_is_known_only_for_its_account_and_lifetime() {
        let key = db::AuditKey::new(b"test key");
        let life = Duration::days(90);
        let c = device_cookie(&key, "acct", at(0));
        assert!(known_device(&key, "acct", &c, at(10), life).is_some());
        assert!(known_device(&key, "other", &c, at(10), life).is_none());
        assert!(known_device(&db::AuditKey::new(b"k2"), "acct", &c, at(10), life).is_none());
        assert!(known_device(&key, "acct", &c, at(91 * 24 * 3600), life).is_none());
        let last = if c.ends_with('0') { '1' } else { '0' };
        let forged = format!("{}{last}", &c[..c.len() - 1]);
        assert!(known_device(&key, "acct", &forged, at(10), life).is_none());
        assert!(known_device(&key, "acct", "a.b.c", at(10), life).is_none());
    }
}
