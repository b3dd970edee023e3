//! A call's ranking: its assessed applications the reader reaches, best first (see
//! `domain::selection::compare`), with the decisions staged on them.
//!
//! Ranking a call reads every score of every assessable application (some ten thousand
//! rows on a call of a thousand) to show a page of a hundred: ten milliseconds of CPU a
//! visit on the demo (BENCHMARKS.md, "Load"), while screeners go back and forth between
//! the ranking and the applications. So the ranking is kept per person and call under
//! [`crate::kept`]'s rule: exact until a write; another screener's scores or decisions
//! show within `max_age` (the home page's bound); the reader's own at once. Staging a
//! decision re-reads the application in its own transaction, so a kept ranking never
//! decides anything.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use db::{Database, DbConn, DbResult};
use domain::Actor;
use domain::permission::Scope;
use domain::selection::{self, Assessment, assess};

use crate::kept::Kept;

/// One ranked application.
pub struct Row {
    pub application: db::selection::Ranked,
    pub assessment: Assessment,
    /// The latest scored interview's score.
    pub interview: Option<i64>,
}

pub struct Ranking {
    pub call: db::calls::Call,
    pub criteria: Vec<db::selection::Criterion>,
    /// Best first.
    pub rows: Vec<Row>,
    /// Applications at an assessable stage nobody has scored yet.
    pub unassessed: usize,
    /// Decisions staged on the ranked applications, by application.
    pub staged: HashMap<String, db::decisions::Staged>,
}

/// Reads and ranks `call_id` for a reader of `scope` (`actor_id` for the scopes that name
/// the person).
pub fn read(conn: &mut DbConn, scope: &Scope, actor_id: &str, call_id: &str) -> DbResult<Ranking> {
    let call = db::calls::find(conn, scope, call_id)?;
    let criteria = db::selection::criteria(conn, &call.id)?;
    let inputs = db::selection::ranking_inputs(conn, scope, actor_id, &call.id)?;
    let mut staged = db::decisions::staged_in_call(conn, &call.id)?;
    let ids: HashSet<&str> = inputs.candidates.iter().map(|c| c.id.as_str()).collect();
    staged.retain(|id, _| ids.contains(id.as_str()));
    let domain_criteria: Vec<selection::Criterion> =
        criteria.iter().map(|k| k.to_domain()).collect();
    let mut by_id: HashMap<String, db::selection::Ranked> = HashMap::new();
    let mut entries = Vec::new();
    let mut unassessed = 0;
    for c in inputs.candidates {
        let scores = inputs
            .scores
            .get(&c.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let assessment = assess(&domain_criteria, scores);
        if !assessment.assessed() {
            unassessed += 1;
            continue;
        }
        entries.push(selection::Entry {
            id: c.id.clone(),
            assessment,
            interview: inputs.interviews.get(&c.id).copied(),
            submitted_at: c.submitted_at,
        });
        by_id.insert(c.id.clone(), c);
    }
    selection::rank(&mut entries);
    let rows = entries
        .into_iter()
        .filter_map(|e| {
            Some(Row {
                application: by_id.remove(&e.id)?,
                assessment: e.assessment,
                interview: e.interview,
            })
        })
        .collect();
    Ok(Ranking {
        call,
        criteria,
        rows,
        unassessed,
        staged,
    })
}

/// At most this many (person, call) rankings are kept.
const KEPT: usize = 256;

/// The rankings kept, shared by the server's requests (clones share one store).
#[derive(Clone)]
pub struct Cache(Kept<(String, String), Ranking>);

impl Default for Cache {
    fn default() -> Self {
        Cache::new(Duration::ZERO)
    }
}

impl Cache {
    /// A cache serving a ranking outdated by others' writes for at most `max_age`.
    pub fn new(max_age: Duration) -> Cache {
        Cache(Kept::new(max_age, KEPT))
    }

    /// `call_id`'s ranking as `actor` (reaching `scope`) may see it at `now`.
    pub async fn ranking(
        &self,
        db: &Database,
        actor: &Actor,
        scope: Scope,
        call_id: &str,
        now: NaiveDateTime,
    ) -> DbResult<Arc<Ranking>> {
        let key = (actor.user_id.clone(), call_id.to_owned());
        let (actor_id, call_id) = key.clone();
        self.0
            .get_or_compute(db, key, actor, now, || {
                db.read(move |c| read(c, &scope, &actor_id, &call_id))
            })
            .await
    }
}

#[cfg(test)]
#[path = "call_ranking_tests.rs"]
mod tests;
