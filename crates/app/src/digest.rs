//! The daily digest of a watched search: how many applications newly match it and where to
//! see them, in the recipient's language.
//!
//! [`due_digests`] is the one entry point: for each watched search whose last digest is at
//! least a day old, it runs the search again with its owner's *current* reach and lists the
//! applications sent or changed since the last digest. A digest names no candidate: only
//! the anonymous reference (the first characters of the application's id) and a link,
//! which opens only for someone allowed to see it. Searches with nothing new produce no
//! digest and stay due. [`queue`] hands a digest to the mail outbox and moves the search's
//! `last_notified_at` on in the same transaction, so the next digest starts there; [`run`]
//! does this every quarter of an hour while the server runs.

use chrono::NaiveDateTime;
use db::{Database, DbResult, Origin};
use domain::{Locale, Permission};

use crate::candidate_search::stored_query;
use i18n::{FluentArg, Tr};

/// Applications listed by reference in one digest; the count covers all of them.
pub const LISTED: i64 = 20;

/// One e-mail to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub search_id: String,
    pub user_id: String,
    /// The recipient's address.
    pub to: String,
    pub locale: Locale,
    pub subject: String,
    /// Plain text, one line per application (reference and link), then the search's link.
    pub body: String,
    /// Applications newly matching.
    pub count: i64,
    /// Where the next digest starts once this one is sent (see [`queue`]).
    pub until: NaiveDateTime,
}

/// The digests due on `now`. `base_url` is the public address (`https://mentor.example.org`)
/// the links start with.
pub async fn due_digests(
    db: &Database,
    now: NaiveDateTime,
    base_url: &str,
) -> DbResult<Vec<Digest>> {
    let base = base_url.trim_end_matches('/').to_owned();
    db.read(move |c| {
        let mut out = Vec::new();
        for due in db::saved_searches::due(c, now)? {
            let s = &due.search;
            // Reach as of today: a person who lost access gets nothing.
            let Some(actor) = db::memberships::load_actor(c, &s.user_id)? else {
                continue;
            };
            let Some(scope) = actor.scope(Permission::ViewCandidates) else {
                continue;
            };
            let mut filter = stored_query(&s.query).filter(LISTED);
            if !actor.sees_candidate_identity() {
                filter = filter.without_identity();
            }
            filter.page = 1;
            filter.sort = db::candidates::Sort::Submitted;
            filter.changed_after = s.last_notified_at;
            let (rows, total) = db::candidates::list(c, &scope, &s.user_id, &filter)?;
            if total == 0 {
                continue;
            }
            let locale = due
                .locale
                .as_deref()
                .and_then(Locale::parse)
                .unwrap_or_default();
            let tr = Tr::new(locale);
            let subject = tr.t_with(
                "lists-digest-subject",
                &[
                    ("count", FluentArg::Num(total)),
                    ("name", FluentArg::Str(s.name.clone())),
                ],
            );
            let mut body = vec![
                tr.t_with(
                    "lists-digest-intro",
                    &[
                        ("count", FluentArg::Num(total)),
                        ("name", FluentArg::Str(s.name.clone())),
                    ],
                ),
                String::new(),
            ];
            for r in &rows {
                let reference = r.id.get(..8).unwrap_or(&r.id);
                body.push(format!(
                    "- {}: {base}/candidates/{}",
                    tr.t1("candidate-anonymous", "ref", reference),
                    r.id
                ));
            }
            let shown = i64::try_from(rows.len()).unwrap_or(0);
            if total > shown {
                body.push(tr.tn("lists-digest-more", "count", total - shown));
            }
            body.push(String::new());
            body.push(tr.t1(
                "lists-digest-open",
                "link",
                &format!("{base}/saved-searches/{}", s.id),
            ));
            body.push(tr.t1(
                "lists-digest-stop",
                "link",
                &format!("{base}/saved-searches"),
            ));
            out.push(Digest {
                search_id: s.id.clone(),
                user_id: s.user_id.clone(),
                to: due.email.clone(),
                locale,
                subject: crate::notify::plain(locale, subject),
                body: crate::notify::plain(locale, body.join("\n")),
                count: total,
                until: now,
            });
        }
        Ok(out)
    })
    .await
}

/// Hands `digest` to the mail outbox and moves its search on, in one transaction: a
/// digest is queued exactly once, and the next one starts at its `until`.
pub async fn queue(db: &Database, digest: &Digest) -> DbResult<()> {
    let (id, at) = (digest.search_id.clone(), digest.until);
    let mail = db::outbox::NewMail {
        recipient: digest.to.clone(),
        subject: digest.subject.clone(),
        body: digest.body.clone(),
        locale: digest.locale.tag().to_owned(),
        kind: KIND.to_owned(),
    };
    db.write(Origin::system(), move |tx| {
        db::outbox::enqueue(tx, mail)?;
        db::saved_searches::mark_notified(tx, &id, at)
    })
    .await
}

/// The outbox kind of a digest.
pub const KIND: &str = "saved_search.daily";

/// Queues every digest that is due now; returns how many.
pub async fn queue_due(db: &Database, now: NaiveDateTime, base_url: &str) -> DbResult<usize> {
    let digests = due_digests(db, now, base_url).await?;
    for d in &digests {
        queue(db, d).await?;
    }
    Ok(digests.len())
}

/// How often the server looks for due digests; each search gets at most one a day.
const EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Runs forever next to the server, queueing the daily digests of watched searches.
pub async fn run(db: Database, base_url: String) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        let now = chrono::Utc::now().naive_utc();
        match queue_due(&db, now, &base_url).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(digests = n, "saved-search digests queued"),
            Err(e) => tracing::warn!(error = %e, "saved-search digests failed"),
        }
    }
}
