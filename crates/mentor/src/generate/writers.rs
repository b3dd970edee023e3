//! The applications' batches written by several connections side by side while the next
//! ones are made. One PostgreSQL connection is one server process, which uses one core:
//! profiled, the server did nearly all the work of a run and the generator little, so
//! with one writer the second core of a two-core machine sat idle. Batches are still
//! made in order on the calling thread (the same seed gives the same records, whatever the
//! number of writers) and each is still ONE transaction with ONE audit entry; only the
//! order in which they commit varies. On SQLite writers take turns for the file's lock,
//! so extra writers only overlap making a batch with writing the one before.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, mpsc};

use anyhow::{Result, anyhow};
use chrono::NaiveDateTime;
use db::bulk::{Applications, NewScore};
use db::{Database, Origin};

use super::placements::Written;
use super::progress::Progress;

/// One transaction's worth: applications with their scores, placements and what follows.
pub struct Batch {
    pub apps: Applications,
    pub scores: Vec<NewScore>,
    pub written: Written,
}

impl Batch {
    fn size(&self) -> usize {
        self.apps.rows.len()
    }
}

/// Where the batches go and how they are stamped.
pub struct Target<'a> {
    pub db: &'a Database,
    pub origin: &'a Origin,
    pub now: NaiveDateTime,
    /// The call the batches' audit entries name.
    pub call_id: &'a str,
}

/// Writes every batch `next` makes (until it gives `None`) with `writers` connections,
/// counting the applications on `bar` as their transactions commit. Stops making batches
/// at the first failure and returns it; batches committed before it stay.
pub fn write_all(
    target: &Target<'_>,
    writers: usize,
    bar: &mut Progress,
    mut next: impl FnMut() -> Option<Batch>,
) -> Result<()> {
    let writers = writers.max(1);
    let failed = AtomicBool::new(false);
    // At most one batch waiting per writer: memory stays a few batches, whatever the size.
    let (queue, work) = mpsc::sync_channel::<Batch>(writers);
    let work = Mutex::new(work);
    let (report, done) = mpsc::channel::<usize>();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..writers)
            .map(|_| {
                let report = report.clone();
                let (work, failed) = (&work, &failed);
                scope.spawn(move || -> Result<()> {
                    let mut outcome = Ok(());
                    while let Some(batch) = take(work) {
                        // After a failure the queue is still emptied, so that the maker,
                        // blocked on a full queue, gets to see the failure and stop.
                        if outcome.is_err() {
                            continue;
                        }
                        let size = batch.size();
                        match write(target, batch) {
                            Ok(()) => {
                                // For the bar only: nothing else waits for this.
                                let _ = report.send(size);
                            }
                            Err(e) => {
                                failed.store(true, Ordering::Release);
                                outcome = Err(e.into());
                            }
                        }
                    }
                    outcome
                })
            })
            .collect();
        drop(report);
        while !failed.load(Ordering::Acquire) {
            let Some(batch) = next() else { break };
            if queue.send(batch).is_err() {
                break;
            }
            for n in done.try_iter() {
                bar.add(n as u64);
            }
        }
        drop(queue);
        for n in done.iter() {
            bar.add(n as u64);
        }
        let mut outcome = Ok(());
        for h in handles {
            let ended = h
                .join()
                .unwrap_or_else(|_| Err(anyhow!("a writer panicked")));
            if outcome.is_ok() {
                outcome = ended;
            }
        }
        outcome
    })
}

/// The next batch queued; `None` once the maker is done.
fn take(work: &Mutex<mpsc::Receiver<Batch>>) -> Option<Batch> {
    work.lock().ok()?.recv().ok()
}

/// One batch in one transaction, with its one audit entry.
fn write(target: &Target<'_>, batch: Batch) -> Result<(), db::DbError> {
    let Batch {
        apps,
        scores,
        written,
    } = batch;
    target
        .db
        .write_blocking_at::<_, db::DbError>(target.origin, target.now, |tx| {
            db::bulk::candidates(tx, apps)?;
            db::bulk::scores(tx, &scores)?;
            db::bulk::placements(tx, &written.placements)?;
            db::bulk::cases(tx, &written.cases, &written.steps)?;
            db::bulk::after_departure(
                tx,
                &written.traineeships,
                &written.outcomes,
                &written.follow_ups,
            )?;
            tx.audit("generate.batch", "call", target.call_id)
        })
}
