//! The task registry: what waits for a person, gathered from every area of work.
//!
//! Each area contributes a [`Source`]: the [`Kind`]s of task it knows and a function that
//! finds them for one person, with that person's reach (`Actor::scope`), on one day. The
//! inbox on the home page ([`inbox`]) and the daily digest read the same registry, so a
//! task shown on the page is the task e-mailed, and a new area adds its work in one place:
//! a file in this folder and a line in [`SOURCES`].
//!
//! A task names no person it is not the person's business to see: it counts records and
//! links to where they are dealt with; its `about` is a label (a call's or a position's
//! title) that the person's page would show anyway.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::Actor;

mod assessment;
mod awards;
mod cases;
mod companies;
mod courses;
mod decisions;
mod duplicates;
mod follow_ups;
mod free_skills;
mod grant_payments;
mod grants;
mod interviews;
mod matching;
mod mentorships;
mod outreach;
pub mod participant;
mod positions;
mod screening;
mod traineeships;

/// A kind of task: what is to be done, the same for everyone who has it.
#[derive(Debug, PartialEq, Eq)]
pub struct Kind {
    /// Stable name: the Fluent message `task-<id>` (with `$count` and `$about`) says what
    /// to do; pages mark the item `data-task="<id>"`.
    pub id: &'static str,
    /// Among tasks equally urgent, lower comes first: what blocks others' work (a decision
    /// people wait for) before what only the person waits on.
    pub rank: u8,
}

/// One thing waiting for the person: a kind, how many records, by when, and where it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub kind: &'static Kind,
    /// Records waiting (at least 1: a source leaves out what has none).
    pub count: i64,
    /// The date by which it should be done, when the work has one (a deadline, a slot).
    pub due: Option<NaiveDate>,
    /// A local path where it is done, in one click.
    pub href: String,
    /// A label saying what it is about (a call's title), when the kind is per record.
    pub about: Option<String>,
}

impl Task {
    /// The Fluent message saying what to do.
    pub fn message_key(&self) -> String {
        format!("task-{}", self.kind.id)
    }

    /// Overdue on `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|d| d < today)
    }
}

/// An area's contribution: its kinds (for the digest's and the tests' sake) and how to find
/// a person's tasks. `find` reads only, with the person's reach as of `today`.
pub struct Source {
    pub kinds: &'static [&'static Kind],
    pub find: fn(&mut DbConn, &Actor, NaiveDate) -> DbResult<Vec<Task>>,
}

/// Every area's tasks. Add a line when an area adds a source.
pub const SOURCES: &[Source] = &[
    screening::SOURCE,
    decisions::SOURCE,
    duplicates::SOURCE,
    assessment::SOURCE,
    positions::SOURCE,
    companies::SOURCE,
    outreach::SOURCE,
    matching::SOURCE,
    participant::SOURCE,
    interviews::SOURCE,
    free_skills::SOURCE,
    cases::SOURCE,
    traineeships::SOURCE,
    follow_ups::SOURCE,
    courses::SOURCE,
    mentorships::SOURCE,
    grants::SOURCE,
    awards::SOURCE,
    grant_payments::SOURCE,
];

/// Every kind any source declares.
pub fn kinds() -> impl Iterator<Item = &'static Kind> {
    SOURCES.iter().flat_map(|s| s.kinds.iter().copied())
}

/// The person's tasks on `today`, most urgent first, on an open connection (the digest
/// gathers many people's in one read).
pub fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    for s in SOURCES {
        tasks.extend(
            (s.find)(conn, actor, today)?
                .into_iter()
                .filter(|t| t.count > 0),
        );
    }
    order(&mut tasks);
    Ok(tasks)
}

/// The person's inbox on `today`.
pub async fn inbox(db: &db::Database, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let actor = actor.clone();
    db.read(move |c| find(c, &actor, today)).await
}

/// Most urgent first: dated tasks by date (the overdue ones first, being earliest), then
/// undated ones; within the same date, by kind rank, then the most records.
pub fn order(tasks: &mut [Task]) {
    tasks.sort_by(|a, b| {
        let date = |t: &Task| t.due.unwrap_or(NaiveDate::MAX);
        date(a)
            .cmp(&date(b))
            .then(a.kind.rank.cmp(&b.kind.rank))
            .then(b.count.cmp(&a.count))
            .then(a.href.cmp(&b.href))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    static A: Kind = Kind { id: "a", rank: 1 };
    static B: Kind = Kind { id: "b", rank: 2 };

    fn task(kind: &'static Kind, count: i64, due: Option<(i32, u32, u32)>) -> Task {
        Task {
            kind,
            count,
            due: due.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            href: format!("/{}/{count}", kind.id),
            about: None,
        }
    }

    #[test]
    fn the_most_urgent_comes_first() {
        let mut t = vec![
            task(&B, 9, None),
            task(&A, 1, None),
            task(&B, 1, Some((2026, 12, 20))),
            task(&A, 3, Some((2026, 12, 1))),
            task(&A, 7, None),
        ];
        order(&mut t);
        let got: Vec<_> = t.iter().map(|t| (t.kind.id, t.count)).collect();
        assert_eq!(got, [("a", 3), ("b", 1), ("a", 7), ("a", 1), ("b", 9)]);
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert!(t[0].overdue(today));
        assert!(!t[1].overdue(today));
    }

    #[test]
    fn kinds_are_named_once() {
        let mut ids: Vec<_> = kinds().map(|k| k.id).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "two kinds share an id");
        assert!(
            kinds().all(|k| k.id.chars().all(|c| c.is_ascii_lowercase() || c == '-')),
            "an id is a Fluent message suffix"
        );
    }

    #[test]
    fn every_kind_says_what_to_do_in_every_language() {
        for locale in domain::Locale::ALL {
            let ids = i18n::message_ids(locale);
            for k in kinds() {
                let key = format!("task-{}", k.id);
                assert!(ids.contains(&key), "{key} missing in {}", locale.tag());
            }
        }
    }
}
