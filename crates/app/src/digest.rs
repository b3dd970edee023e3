//! One digest e-mail per person per day: the tasks waiting for them (from the same
//! registry as their home page, [`crate::tasks`], with their reach on the day) and, in the
//! same e-mail, what is new in the searches they watch. Nothing due, no e-mail.
//!
//! A digest names no one: tasks are counts, labels (a call's title) and links; a search's
//! news lists anonymous references (the first characters of an application's id) and
//! links, which open only for someone allowed to see them.
//!
//! [`due_digests`] gathers the digests due on a day for everyone who may get one (enabled,
//! a member somewhere, not opted out on `/account`, none recorded that day);
//! [`assemble`], pure, writes one person's; [`queue`] records the day's digest
//! (`db::digests`, one row per person and day), hands the e-mail to the outbox and moves
//! the watched searches on, in one transaction, so a second server or tick queues nothing
//! more that day; [`run`] does this every quarter of an hour while the server runs.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use db::{Database, DbConn, DbResult, Origin};
use domain::{Locale, Permission};
use i18n::{FluentArg, Tr};

use crate::candidate_search::stored_query;
use crate::tasks::{self, Task};

/// Applications listed by reference per watched search; the count covers all of them.
pub const LISTED: i64 = 20;

/// The outbox kind of a digest.
pub const KIND: &str = "digest.daily";

/// What is new in one watched search since its last digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchNews {
    pub search_id: String,
    pub name: String,
    /// Applications newly matching.
    pub count: i64,
    /// The first [`LISTED`] of them, by id.
    pub listed: Vec<String>,
}

/// One person's e-mail of the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub user_id: String,
    /// The recipient's address.
    pub to: String,
    pub locale: Locale,
    pub day: NaiveDate,
    pub subject: String,
    /// Plain text: the tasks, then each watched search's news.
    pub body: String,
    /// Tasks listed.
    pub tasks: i64,
    /// The watched searches whose news it carries (moved on when it is queued).
    pub searches: Vec<String>,
    /// Where those searches' next news starts once this digest is queued.
    pub until: NaiveDateTime,
}

/// Writes the person's digest of `day`, or `None` when nothing is due. Pure: one person
/// in, at most one e-mail out, whatever the number of tasks and searches.
pub fn assemble(
    to: &db::digests::Recipient,
    day: NaiveDate,
    tasks: &[Task],
    news: &[SearchNews],
    base_url: &str,
    until: NaiveDateTime,
) -> Option<Digest> {
    let news: Vec<&SearchNews> = news.iter().filter(|n| n.count > 0).collect();
    if tasks.is_empty() && news.is_empty() {
        return None;
    }
    let base = base_url.trim_end_matches('/');
    let locale = to
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    let tr = Tr::new(locale);
    let task_count = i64::try_from(tasks.len()).unwrap_or(i64::MAX);
    let news_count: i64 = news.iter().map(|n| n.count).sum();
    let subject = tr.t_with(
        "digest-subject",
        &[
            ("tasks", FluentArg::Num(task_count)),
            ("news", FluentArg::Num(news_count)),
        ],
    );
    let mut body = Vec::new();
    if !tasks.is_empty() {
        body.push(tr.tn("digest-tasks", "count", task_count));
        for t in tasks {
            let mut what = tr.t_with(&t.message_key(), &[("count", FluentArg::Num(t.count))]);
            if let Some(about) = &t.about {
                what = format!("{what} — {about}");
            }
            let late = if t.overdue(day) {
                format!(" ({})", tr.t("task-overdue"))
            } else {
                String::new()
            };
            body.push(format!("- {what}{late}: {base}{}", t.href));
        }
        body.push(String::new());
    }
    for n in &news {
        body.push(tr.t_with(
            "lists-digest-intro",
            &[
                ("count", FluentArg::Num(n.count)),
                ("name", FluentArg::Str(n.name.clone())),
            ],
        ));
        for id in &n.listed {
            let reference = domain::ids::short_ref(id);
            body.push(format!(
                "- {}: {base}/candidates/{id}",
                tr.t1("candidate-anonymous", "ref", reference)
            ));
        }
        let shown = i64::try_from(n.listed.len()).unwrap_or(0);
        if n.count > shown {
            body.push(tr.tn("lists-digest-more", "count", n.count - shown));
        }
        body.push(tr.t1(
            "lists-digest-open",
            "link",
            &format!("{base}/saved-searches/{}", n.search_id),
        ));
        body.push(String::new());
    }
    body.push(tr.t1("digest-home", "link", &format!("{base}/")));
    body.push(tr.t1("digest-stop", "link", &format!("{base}/account")));
    Some(Digest {
        user_id: to.user_id.clone(),
        to: to.email.clone(),
        locale,
        day,
        subject: crate::notify::plain(locale, subject),
        body: crate::notify::plain(locale, body.join("\n")),
        tasks: task_count,
        searches: news.iter().map(|n| n.search_id.clone()).collect(),
        until,
    })
}

/// Of `digests`, at most one per person and day, leaving out the people `sent` already
/// holds for that day: what [`queue`]'s stored record guarantees, stated purely.
pub fn at_most_one_a_day(digests: Vec<Digest>, sent: &HashSet<(String, NaiveDate)>) -> Vec<Digest> {
    let mut seen = HashSet::new();
    digests
        .into_iter()
        .filter(|d| {
            let key = (d.user_id.clone(), d.day);
            !sent.contains(&key) && seen.insert(key)
        })
        .collect()
}

/// What is new in the person's watched searches, with their reach as of today (a person
/// who lost access to applications gets no news).
fn news_of(c: &mut DbConn, actor: &domain::Actor) -> DbResult<Vec<SearchNews>> {
    let Some(scope) = actor.scope(Permission::ViewCandidates) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for s in db::saved_searches::list_of(c, &actor.user_id)? {
        if !s.watched {
            continue;
        }
        let mut filter = stored_query(&s.query).filter(LISTED);
        if !actor.sees_candidate_identity() {
            filter = filter.without_identity();
        }
        filter.page = 1;
        filter.sort = db::candidates::Sort::Submitted;
        filter.changed_after = s.last_notified_at;
        let (rows, total) = db::candidates::list(c, &scope, &actor.user_id, &filter)?;
        if total == 0 {
            continue;
        }
        out.push(SearchNews {
            search_id: s.id,
            name: s.name,
            count: total,
            listed: rows.into_iter().map(|r| r.id).collect(),
        });
    }
    Ok(out)
}

/// The digests due on `now`'s day. `base_url` is the public address
/// (`https://mentor.example.org`) the links start with.
pub async fn due_digests(
    db: &Database,
    now: NaiveDateTime,
    base_url: &str,
) -> DbResult<Vec<Digest>> {
    let base = base_url.to_owned();
    db.read(move |c| {
        let day = crate::clock::day_of(now);
        let mut out = Vec::new();
        for person in db::digests::due_on(c, day)? {
            // Reach as of today: a person who lost access gets nothing.
            let Some(actor) = db::memberships::load_actor(c, &person.user_id)? else {
                continue;
            };
            let tasks = tasks::find(c, &actor, day)?;
            let news = news_of(c, &actor)?;
            out.extend(assemble(&person, day, &tasks, &news, &base, now));
        }
        Ok(at_most_one_a_day(out, &HashSet::new()))
    })
    .await
}

/// Records the person's digest of the day, hands it to the mail outbox and moves their
/// watched searches on, in one transaction. `false` when a digest of that day was recorded
/// already (by another server or tick): then nothing is queued.
pub async fn queue(db: &Database, digest: &Digest) -> DbResult<bool> {
    let d = digest.clone();
    db.write(Origin::system(), move |tx| {
        let searches = i64::try_from(d.searches.len()).unwrap_or(i64::MAX);
        if !db::digests::record(tx, &d.user_id, d.day, d.tasks, searches)? {
            return Ok(false);
        }
        db::outbox::enqueue(
            tx,
            db::outbox::NewMail {
                recipient: d.to.clone(),
                subject: d.subject.clone(),
                body: d.body.clone(),
                locale: d.locale.tag().to_owned(),
                kind: KIND.to_owned(),
            },
        )?;
        for id in &d.searches {
            db::saved_searches::mark_notified(tx, id, d.until)?;
        }
        Ok(true)
    })
    .await
}

/// Queues every digest that is due now; returns how many were queued.
pub async fn queue_due(db: &Database, now: NaiveDateTime, base_url: &str) -> DbResult<usize> {
    let mut queued = 0;
    for d in due_digests(db, now, base_url).await? {
        if queue(db, &d).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// How often the server looks for due digests; each person gets at most one a day.
const EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Runs forever next to the server, queueing the daily digests.
pub async fn run(db: Database, base_url: String) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        let now = chrono::Utc::now().naive_utc();
        match queue_due(&db, now, &base_url).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(digests = n, "daily digests queued"),
            Err(e) => tracing::warn!(error = %e, "daily digests failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tasks::kinds;

    fn person(n: usize) -> db::digests::Recipient {
        db::digests::Recipient {
            user_id: format!("u{n}"),
            email: format!("u{n}@example.org"),
            locale: Some("fr".into()),
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn tasks_of(n: usize) -> Vec<Task> {
        let all: Vec<_> = kinds().collect();
        all.into_iter()
            .cycle()
            .take(n)
            .enumerate()
            .map(|(i, kind)| Task {
                kind,
                count: i as i64 + 1,
                due: Some(day(1)),
                href: format!("/x/{i}"),
                about: Some(format!("Call {i}")),
            })
            .collect()
    }

    fn news_of(n: usize) -> Vec<SearchNews> {
        (0..n)
            .map(|i| SearchNews {
                search_id: format!("s{i}"),
                name: format!("Search {i}"),
                count: 3,
                listed: vec![format!("candidate-{i}-0000")],
            })
            .collect()
    }

    #[test]
    fn a_person_gets_at_most_one_digest_a_day_whatever_is_due() {
        let all_kinds = kinds().count();
        let mut sent: HashSet<(String, NaiveDate)> = HashSet::new();
        for d in [day(6), day(7)] {
            // Several ticks of the scheduler in one day, each finding everything due again.
            for _tick in 0..4 {
                let mut batch = Vec::new();
                for n_tasks in 0..=all_kinds * 2 {
                    for n_searches in 0..=4 {
                        let p = person(0);
                        let at = d.and_hms_opt(8, 0, 0).unwrap();
                        let t = tasks_of(n_tasks);
                        let s = news_of(n_searches);
                        let one = assemble(&p, d, &t, &s, "https://m.example", at);
                        assert_eq!(
                            one.is_some(),
                            n_tasks + n_searches > 0,
                            "an e-mail exactly when something is due"
                        );
                        batch.extend(one);
                    }
                }
                for g in at_most_one_a_day(batch, &sent) {
                    assert!(sent.insert((g.user_id.clone(), g.day)), "a second digest");
                }
            }
            assert!(sent.contains(&("u0".to_owned(), d)), "one digest that day");
        }
        assert_eq!(sent.len(), 2, "one per day, two days");
    }

    #[test]
    fn a_digest_lists_tasks_and_news_without_names_in_the_persons_language() {
        let p = person(1);
        let at = day(6).and_hms_opt(8, 0, 0).unwrap();
        let g = assemble(
            &p,
            day(6),
            &tasks_of(2),
            &news_of(1),
            "https://m.example/",
            at,
        )
        .unwrap();
        assert_eq!(g.locale, Locale::Fr);
        assert_eq!(g.tasks, 2);
        assert_eq!(g.searches, ["s0"]);
        assert!(g.body.contains("https://m.example/x/0"), "{}", g.body);
        assert!(g.body.contains("https://m.example/saved-searches/s0"));
        assert!(
            g.body
                .contains("https://m.example/candidates/candidate-0-0000")
        );
        assert!(g.body.contains("https://m.example/account"), "how to stop");
        let overdue = Tr::new(Locale::Fr).t("task-overdue");
        assert!(
            g.body.contains(&overdue),
            "due on the 1st, overdue on the 6th"
        );
        assert!(!g.body.contains("u1@example.org"));
    }
}
