//! `mentor generate`: a realistic programme at any size, for benchmarks and load tests
//! (issue 17 item 2; issue 16's results pages are measured on it). Deterministic for a
//! seed: the same seed and day give the same records (ids apart), on either database.
//!
//! Order: `setup` (programme, territories, partners, call, criteria, assessors, procedure
//! templates, taxonomy — a few records through their own storage functions), `companies`
//! (the `M` host companies with their outreach and positions), then the applications in
//! batches (`applicants`), each batch in ONE transaction with ONE audit entry
//! (`generate.batch`, like an import's), carrying its placements and the cases, the
//! traineeships, outcomes and follow-ups that follow (`placements`). Every write goes
//! through `db::bulk`: set-based (`COPY` on PostgreSQL, multi-row inserts on SQLite).
//! Batches are made in order here and written by `writers` connections side by side.
//! Generated applicants have no sign-in account, as if an agency had imported them.

mod applicants;
mod companies;
mod names;
mod placements;
pub mod progress;
mod rng;
mod setup;
mod writers;

#[cfg(test)]
mod tests;

use anyhow::{Result, ensure};
use chrono::NaiveDate;
use db::bulk::Applications;
use db::{Database, Origin};

use self::progress::Progress;
use self::rng::Rng;

/// Applications written per transaction (and per audit entry).
pub const BATCH: usize = 5_000;
/// Connections writing at once: one per core of the two-core machine the goal is set on
/// (see `writers`).
pub const WRITERS: usize = 2;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Plan {
    pub candidates: usize,
    pub companies: usize,
    pub placements: usize,
    pub seed: u64,
    /// An existing programme's slug, or the new one's (default `generated-<seed>`).
    pub programme: Option<String>,
    /// Applications per transaction.
    pub batch: usize,
    /// Connections writing batches side by side.
    pub writers: usize,
}

/// What was written, and how long each part took.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub programme_id: String,
    pub call_id: String,
    pub companies: usize,
    pub positions: usize,
    pub candidates: usize,
    pub placements: usize,
    pub cases: usize,
    pub outcomes: usize,
    pub batches: usize,
    pub companies_secs: f64,
    pub candidates_secs: f64,
}

/// Writes the plan into `db`; `today` dates everything, `show` draws the progress bars.
pub fn run(db: &Database, plan: &Plan, today: NaiveDate, show: bool) -> Result<Summary> {
    ensure!(
        plan.placements <= plan.candidates,
        "--placements ({}) cannot exceed --candidates ({})",
        plan.placements,
        plan.candidates
    );
    ensure!(
        plan.placements == 0 || plan.companies > 0,
        "placements need at least one company"
    );
    let origin = Origin::cli();
    let root = Rng::new(plan.seed);
    let setup = setup::run(db, &origin, plan.programme.as_deref(), plan.seed, today)?;
    let mut bar = Progress::new("companies", plan.companies as u64, show);
    let openings = companies::seed(
        db,
        &origin,
        &setup,
        plan.companies,
        &mut root.fork(1),
        today,
        &mut bar,
    )?;
    let companies_secs = bar.finish();
    let mut procedure = placements::Procedure::load(&mut *db.conn()?, today)?;
    let mut people = root.fork(2);
    let mut placing = root.fork(3);
    let (n, p) = (plan.candidates, plan.placements);
    // Application k is placed when the k-th step of P/N crosses a whole number: the
    // placed are spread evenly over the batches.
    let placed = |k: usize| p > 0 && (k + 1) * p / n > k * p / n;
    let mut summary = Summary {
        programme_id: setup.programme_id.clone(),
        call_id: setup.call_id.clone(),
        companies: plan.companies,
        positions: openings.len(),
        companies_secs,
        ..Summary::default()
    };
    let mut bar = Progress::new("applications", n as u64, show);
    let batch = plan.batch.max(1);
    let mut first = 0;
    let next = || {
        if first >= n {
            return None;
        }
        let size = batch.min(n - first);
        let mut apps = Applications {
            rows: Vec::with_capacity(size),
            profiles: Vec::with_capacity(size),
            chosen: Vec::with_capacity(size),
        };
        let mut scores = Vec::new();
        let made = applicants::batch(
            &mut people,
            &setup,
            first,
            size,
            placed,
            today,
            &mut apps,
            &mut scores,
        );
        let to_place: Vec<&applicants::Applicant> = made
            .iter()
            .enumerate()
            .filter(|(i, _)| placed(first + i))
            .map(|(_, a)| a)
            .collect();
        let mut written = placements::Written::default();
        placements::place(
            &mut placing,
            &setup,
            &mut procedure,
            &openings,
            &to_place,
            today,
            &mut written,
        );
        summary.placements += written.placements.len();
        summary.cases += written.cases.len();
        summary.outcomes += written.outcomes.len();
        summary.candidates += size;
        summary.batches += 1;
        first += size;
        Some(writers::Batch {
            apps,
            scores,
            written,
        })
    };
    let target = writers::Target {
        db,
        origin: &origin,
        now: setup::now(today),
        call_id: &setup.call_id,
    };
    writers::write_all(&target, plan.writers, &mut bar, next)?;
    summary.candidates_secs = bar.finish();
    // Fresh statistics for the planner after a bulk load.
    db::bulk::analyze(&mut *db.conn()?)?;
    Ok(summary)
}
