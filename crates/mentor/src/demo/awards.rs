//! The panel and the award of the calls for proposals (issue 15), seeded through the same
//! use cases as the pages (`app::awards::*_in`), at the dates the work was done.
//!
//! - **2024** (`grants::CALL_TITLE`): the coordinator appointed `panellist@` (ANETI,
//!   Tunisia) and `panellist.it@` (AFOL, Italy) in May 2024; both scored the 38 eligible
//!   projects — `panellist@` declared a conflict on one, which the other scored alone; the
//!   committee reduced the best-ranked grant by EUR 500 with its reason, and accepted the
//!   award in June 2024 within the EUR 100,000: rank order above 60 points, the last that
//!   fits funded in part, the next ones on the reserve list.
//! - **The second round** (`grants::OPEN_TITLE`, still open): both appointed a week ago;
//!   `panellist.it@` scored the six, `panellist@` five, leaving one waiting (their task).
//!
//! Idempotent: a call whose panel is appointed is left as it is.

use anyhow::{Context, Result, anyhow};
use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use db::{Database, DbConn, Origin};
use domain::deadline::rome_today;
use domain::grant::award::Adjustment;

use super::grants::{CALL_TITLE, OPEN_TITLE};

const COORDINATOR: &str = "coordinator@demo.example";
pub const PANELLIST: &str = "panellist@demo.example";
pub const PANELLIST_IT: &str = "panellist.it@demo.example";
/// The 2024 application (by submission order) `panellist@` declared a conflict on.
const CONFLICT_AT: usize = 11;
/// The second-round application (by submission order) `panellist@` has not looked at yet.
const WAITING_AT: usize = 3;
pub const REDUCTION_REASON: &str = "The equipment quote was revised downwards at the hearing: the committee funds the revised amount.";

fn at(d: NaiveDate, hour: u32) -> NaiveDateTime {
    d.and_hms_opt(hour, 0, 0).unwrap_or_default()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn acting(conn: &mut DbConn, email: &str) -> Result<app::Acting> {
    let id = super::outcomes::user_id(conn, email)?;
    let actor = db::memberships::load_actor(conn, &id)?.ok_or_else(|| anyhow!("{email}"))?;
    Ok(app::Acting {
        actor,
        origin: Origin::user(&id, "demo"),
    })
}

/// The 2024 application (by submission order) the panel finds below the threshold.
const BELOW_AT: usize = 30;

/// A panellist's marks on the `k`-th application (by submission order): a quality of its
/// own (62–99 points, but one at 50) with each panellist's small difference of view per
/// criterion. With the 2024 budgets this funds 35 projects in full, the 36th in part, and
/// leaves one on the reserve list (checked by the demo test).
fn marks(k: usize, panellist: usize, criteria: usize) -> Vec<String> {
    let below = k == BELOW_AT;
    let quality = if below { 50 } else { 62 + (k * 37) % 38 };
    (0..criteria)
        .map(|c| {
            let jitter = (k + 3 * c + 5 * panellist) % 3;
            let m = (quality / 10 + jitter).saturating_sub(1).min(10);
            let m = if below { m } else { m.max(6) };
            m.to_string()
        })
        .collect()
}

fn score(
    db: &Database,
    origin: &Origin,
    who: &app::Acting,
    call: &str,
    application: &str,
    marks: Option<Vec<String>>,
    when: NaiveDateTime,
) -> Result<()> {
    let input = marks.map(|marks| app::awards::ScoreInput {
        marks,
        comment: String::new(),
        submit: true,
    });
    let conflict = input.is_none();
    db.write_blocking_at(origin, when, |tx| {
        app::awards::work_in(tx, who, call, application, Some(conflict), input)
    })
    .map_err(|e| anyhow!("scoring {application}: {e}"))
}

/// Appoints both panellists to `call` at `when`; `false` when the panel was appointed
/// already (nothing more is seeded for that call).
fn appoint(
    db: &Database,
    origin: &Origin,
    co: &app::Acting,
    call: &str,
    panel: &[&app::Acting],
    when: NaiveDateTime,
) -> Result<bool> {
    let mut conn = db.conn()?;
    if db::grant_panel::panellists::sits(&mut conn, call, &panel[0].actor.user_id)? {
        return Ok(false);
    }
    drop(conn);
    for p in panel {
        db.write_blocking_at(origin, when, |tx| {
            app::awards::appoint_in(tx, co, call, &p.actor.user_id)
        })
        .map_err(|e| anyhow!("appointing: {e}"))?;
    }
    Ok(true)
}

/// The call's applications before the panel, in the order they were submitted (the demo
/// dated them one a day), so the seeded ranking is the same on every run.
fn applications(db: &Database, call: &str) -> Result<Vec<String>> {
    let mut conn = db.conn()?;
    let found = db::grants::calls::find(&mut conn, &db::grants::Reach::All, call)?;
    let board = app::awards::board_of(&mut conn, found)?;
    let mut v: Vec<(Option<NaiveDateTime>, String, String)> = board
        .ranked
        .iter()
        .chain(&board.waiting)
        .map(|r| {
            let a = &r.listed.application;
            (a.submitted_at, a.reference.clone(), r.id().to_owned())
        })
        .collect();
    v.sort();
    Ok(v.into_iter().map(|(_, _, id)| id).collect())
}

pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<()> {
    let (co, tn, it, past, open) = {
        let mut conn = db.conn()?;
        let mut call = |title| -> Result<String> {
            Ok(
                db::grants::calls::find_by_title_unscoped(&mut conn, programme_id, title)?
                    .context("the call")?
                    .row
                    .id,
            )
        };
        let (past, open) = (call(CALL_TITLE)?, call(OPEN_TITLE)?);
        (
            acting(&mut conn, COORDINATOR)?,
            acting(&mut conn, PANELLIST)?,
            acting(&mut conn, PANELLIST_IT)?,
            past,
            open,
        )
    };
    if appoint(db, origin, &co, &past, &[&tn, &it], at(day(2024, 5, 2), 9))? {
        let criteria = 4;
        for (k, a) in applications(db, &past)?.iter().enumerate() {
            let on = day(2024, 5, 6) + Duration::days(i64::try_from(k / 4).unwrap_or(0));
            let tn_marks = (k != CONFLICT_AT).then(|| marks(k, 0, criteria));
            score(db, origin, &tn, &past, a, tn_marks, at(on, 10))?;
            score(
                db,
                origin,
                &it,
                &past,
                a,
                Some(marks(k, 1, criteria)),
                at(on, 15),
            )?;
        }
        // The committee's reduction of the best-ranked grant, then the acceptance.
        let decided = day(2024, 6, 10);
        let best = {
            let mut conn = db.conn()?;
            let found = db::grants::calls::find(&mut conn, &db::grants::Reach::All, &past)?;
            let board = app::awards::board_of(&mut conn, found)?;
            let top = board.ranked.first().context("a ranked application")?;
            (top.id().to_owned(), top.listed.application.requested_cents)
        };
        let reduce = Adjustment::Reduce {
            id: best.0,
            amount_cents: best.1 - 50_000,
        };
        db.write_blocking_at(origin, at(decided, 11), |tx| {
            app::awards::adjust_in(tx, &co, &past, &reduce, REDUCTION_REASON, decided)
        })
        .map_err(|e| anyhow!("adjusting: {e}"))?;
        db.write_blocking_at(origin, at(decided, 12), |tx| {
            app::awards::accept_in(tx, &co, &past, decided)
        })
        .map_err(|e| anyhow!("accepting: {e}"))?;
    }
    let today = rome_today(Utc::now());
    if appoint(
        db,
        origin,
        &co,
        &open,
        &[&tn, &it],
        at(today - Duration::days(7), 9),
    )? {
        let criteria = 4;
        for (k, a) in applications(db, &open)?.iter().enumerate() {
            let on = today - Duration::days(5);
            score(
                db,
                origin,
                &it,
                &open,
                a,
                Some(marks(k + 7, 1, criteria)),
                at(on, 11),
            )?;
            if k != WAITING_AT {
                score(
                    db,
                    origin,
                    &tn,
                    &open,
                    a,
                    Some(marks(k + 7, 0, criteria)),
                    at(on, 16),
                )?;
            }
        }
    }
    Ok(())
}

/// What the demo test holds: the 2024 award as DOMAIN.md §6's call would have it, the open
/// round's panel with one application waiting for `panellist@`.
#[cfg(test)]
pub fn check(c: &mut DbConn) {
    use domain::grant::Status;
    use domain::grant::award::Outcome;
    let programme = db::programmes::find_by_slug_unscoped(c, super::PROGRAMME_SLUG)
        .unwrap()
        .unwrap()
        .id;
    let past = db::grants::calls::find_by_title_unscoped(c, &programme, CALL_TITLE)
        .unwrap()
        .unwrap();
    let id = past.row.id.clone();
    assert_eq!(db::grant_panel::panellists::list(c, &id).unwrap().len(), 2);
    let reviews = db::grant_panel::reviews::of_call(c, &id, None, 4).unwrap();
    assert_eq!(reviews.iter().filter(|r| r.row.conflict).count(), 1);
    assert_eq!(reviews.iter().filter(|r| r.submitted()).count(), 38 * 2 - 1);
    let board = app::awards::board_of(c, past).unwrap();
    assert_eq!(board.ranked.len(), 38);
    assert!(board.waiting.is_empty());
    let grants = db::grants::awards::of_call(c, &id).unwrap();
    let total: i64 = grants.iter().map(|g| g.amount_cents).sum();
    assert!(
        total <= 10_000_000 && total > 9_000_000,
        "within the fund: {total}"
    );
    let acceptance = db::grant_panel::award::acceptance(c, &id).unwrap().unwrap();
    assert_eq!(acceptance.total_cents, total);
    assert!(
        !db::grant_panel::award::reserve(c, &id).unwrap().is_empty(),
        "a reserve list"
    );
    let adjustments = db::grant_panel::award::adjustments(c, &id).unwrap();
    assert_eq!(adjustments.len(), 1);
    assert_eq!(adjustments[0].reason, REDUCTION_REASON);
    // The rule as accepted: a partly funded last project, none funded under the threshold.
    let rule = domain::grant::award::Rule::of(&board.call.terms());
    let adj: Vec<Adjustment> = adjustments.iter().map(|r| r.adjustment.clone()).collect();
    let proposal = domain::grant::award::rank_order(&rule, &board.entries(), &adj).unwrap();
    assert_eq!(proposal.total_cents, total);
    assert_eq!(
        proposal
            .lines
            .iter()
            .filter(|l| l.outcome == Outcome::Partial)
            .count(),
        1
    );
    for r in &board.ranked {
        let awarded = r.listed.application.status == Status::Awarded;
        assert!(!awarded || r.consolidated.unwrap().mean_milli >= 60_000);
        assert!(matches!(
            r.listed.application.status,
            Status::Awarded | Status::NotAwarded
        ));
    }
    let open = db::grants::calls::find_by_title_unscoped(c, &programme, OPEN_TITLE)
        .unwrap()
        .unwrap();
    let tn = super::outcomes::user_id(c, PANELLIST).unwrap();
    let open_board = app::awards::board_of(c, open).unwrap();
    let waiting = app::awards::items_for(&open_board, &tn)
        .iter()
        .filter(|i| i.state != app::awards::ItemState::Submitted)
        .count();
    assert!(waiting >= 1, "one waits for panellist@");
    assert!(
        db::grant_panel::award::acceptance(c, &open_board.call.row.id)
            .unwrap()
            .is_none()
    );
}
