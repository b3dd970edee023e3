//! Periodic clean-up while the server runs: expired sessions, sign-in attempts and throttle
//! records, abandoned spreadsheet uploads, API idempotency keys and unconfirmed sign-ups
//! older than a day are deleted, so no table grows without bound.

use std::time::Duration;

use chrono::Utc;

use db::Database;

const EVERY: Duration = Duration::from_secs(3600);

/// Runs forever; spawn it next to the server.
pub async fn run(db: Database) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        let now = Utc::now().naive_utc();
        let forget_before = now - chrono::Duration::days(1);
        let result = db
            .write(db::Origin::system(), move |tx| {
                let sessions = db::sessions::purge_expired(tx.conn, now)?;
                let attempts = db::login_attempts::purge_older_than(tx.conn, forget_before)?
                    // Throttle records a day old delay no one (`domain::throttle`).
                    + db::sign_in_throttle::purge_older_than(tx.conn, forget_before)?;
                // Abandoned spreadsheet uploads (sealed, but not kept longer than needed).
                let batches = db::imports::purge_older_than(tx, forget_before)?;
                let keys = db::idempotency::purge_expired(tx.conn, now)?;
                // Sign-ups never confirmed: a name and an address, kept no longer.
                let sign_ups = db::sign_ups::purge(tx, forget_before)?;
                if sessions + attempts + batches + keys + sign_ups > 0 {
                    tx.audit("housekeeping.purge", "sessions", &sessions.to_string())?;
                }
                Ok((sessions, attempts))
            })
            .await;
        match result {
            Ok((s, a)) => tracing::debug!(sessions = s, attempts = a, "housekeeping done"),
            Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
        }
    }
}
