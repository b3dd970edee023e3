//! The award of a call: the proposal by the call's published rule, the knapsack's advice
//! beside it, the committee's adjustments (each with its reason, held to the rule), the
//! early close of submissions, and the acceptance — once the call is closed and every
//! application scored — which writes the grants, the statuses, the reserve list and the
//! applicants' e-mails in one transaction.

use chrono::NaiveDate;
use db::grant_panel::award::{Acceptance, Recorded};
use db::grants::awards::AwardRow;
use db::outbox::NewMail;
use domain::grant::Status;
use domain::grant::award::{
    Adjustment, Advice, Outcome, Proposal, Rule, advise, check_adjustment, rank_order,
};
use domain::{Checks, Conflict, Invalid, Locale, Permission, bounds};
use i18n::{FluentArg, Tr};

use super::board::{Board, board_of};
use super::call_in_reach;
use crate::notify::{candidate_locale, plain};
use crate::{Acting, AppResult, Clock, Error};

/// The award page.
#[derive(Debug, Clone)]
pub struct AwardView {
    pub board: Board,
    pub rule: Rule,
    pub proposal: Proposal,
    /// The advice, or why it is not given (too large to compute exactly).
    pub advice: Result<Advice, Invalid>,
    pub adjustments: Vec<Recorded>,
    pub acceptance: Option<Acceptance>,
    /// The grants of the accepted award.
    pub grants: Vec<AwardRow>,
    /// The reserve list kept with the accepted award.
    pub reserve: Vec<String>,
    pub today: NaiveDate,
    /// Why the proposal cannot be accepted yet (message keys); empty when it can.
    pub blockers: Vec<&'static str>,
}

impl AwardView {
    pub fn closed(&self) -> bool {
        self.board.call.row.closed_by(self.today)
    }

    /// What the accepted grants add up to.
    pub fn awarded_cents(&self) -> i64 {
        self.grants.iter().map(|g| g.amount_cents).sum()
    }

    /// The fund less what was awarded.
    pub fn balance_cents(&self) -> i64 {
        self.board.call.row.fund_cents - self.awarded_cents()
    }
}

fn today_of(clock: &dyn Clock) -> NaiveDate {
    domain::deadline::rome_today(clock.now().and_utc())
}

fn blockers(board: &Board, today: NaiveDate, accepted: bool) -> Vec<&'static str> {
    let mut b = Vec::new();
    if accepted {
        return b;
    }
    if !board.call.row.closed_by(today) {
        b.push("award-blocked-open");
    }
    if !board.waiting.is_empty() {
        b.push("award-blocked-unscored");
    }
    if board.ranked.is_empty() {
        b.push("award-blocked-nothing");
    }
    b
}

/// Everything the award page shows, read in one go.
fn view_of(
    conn: &mut db::DbConn,
    who: &Acting,
    id: &str,
    today: NaiveDate,
) -> AppResult<AwardView> {
    let call = call_in_reach(conn, who, Permission::ManageGrantCalls, id)?;
    let board = board_of(conn, call)?;
    let adjustments = db::grant_panel::award::adjustments(conn, &board.call.row.id)?;
    let acceptance = db::grant_panel::award::acceptance(conn, &board.call.row.id)?;
    let grants = db::grants::awards::of_call(conn, &board.call.row.id)?;
    let reserve = db::grant_panel::award::reserve(conn, &board.call.row.id)?;
    let rule = Rule::of(&board.call.terms());
    let entries = board.entries();
    let adj: Vec<Adjustment> = adjustments.iter().map(|r| r.adjustment.clone()).collect();
    let proposal = rank_order(&rule, &entries, &adj)?;
    let advice = advise(&rule, &entries, &adj, &proposal);
    Ok(AwardView {
        blockers: blockers(&board, today, acceptance.is_some()),
        board,
        rule,
        proposal,
        advice,
        adjustments,
        acceptance,
        grants,
        reserve,
        today,
    })
}

/// The award page of the call `id`.
pub async fn award(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
) -> AppResult<AwardView> {
    let who = who.clone();
    let id = id.to_owned();
    let today = today_of(clock);
    db.read_as(move |conn| view_of(conn, &who, &id, today))
        .await
}

/// A committee's change as typed: the application, `reduce` / `exclude` / `include`, the
/// reduced amount in whole units of the call's currency, and the reason (required).
#[derive(Debug, Clone, Default)]
pub struct AdjustInput {
    pub application: String,
    pub kind: String,
    pub amount: String,
    pub reason: String,
}

fn parse_adjustment(input: &AdjustInput) -> Result<(Adjustment, String), domain::Invalids> {
    let mut c = Checks::default();
    let id = input.application.trim().to_owned();
    if id.is_empty() {
        c.refuse(Invalid::new("application", "error-required"));
    }
    let amount = match input.kind.as_str() {
        "reduce" => {
            let euros = input.amount.trim().parse::<i64>().ok().filter(|e| *e > 0);
            if euros.is_none() {
                c.refuse(Invalid::new("amount", "award-error-amount"));
            }
            euros.and_then(|e| e.checked_mul(100))
        }
        "exclude" | "include" => None,
        _ => {
            c.refuse(Invalid::new("kind", "award-error-kind"));
            None
        }
    };
    let reason = c
        .check(bounds::text(
            "reason",
            &input.reason,
            bounds::MAX_DESCRIPTION,
        ))
        .unwrap_or_default();
    if reason.is_empty() {
        c.refuse(Invalid::new("reason", "error-required"));
    }
    c.done()?;
    let adjustment = match (input.kind.as_str(), amount) {
        ("reduce", Some(amount_cents)) => Adjustment::Reduce { id, amount_cents },
        ("include", _) => Adjustment::Include { id },
        _ => Adjustment::Exclude { id },
    };
    Ok((adjustment, reason))
}

/// Records a committee's change to the proposal, held to the call's rule (the fund, the
/// shares, the grant's bounds); `Conflict::AwardAccepted` after the acceptance.
pub async fn adjust(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    input: AdjustInput,
) -> AppResult<()> {
    let (adjustment, reason) = parse_adjustment(&input)?;
    let who = who.clone();
    let id = id.to_owned();
    let today = today_of(clock);
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        adjust_in(tx, &who, &id, &adjustment, &reason, today)
    })
    .await
}

/// [`adjust`] inside the caller's transaction, the change parsed (the demo seeds through it).
pub fn adjust_in(
    tx: &mut db::Tx<'_>,
    who: &Acting,
    id: &str,
    adjustment: &Adjustment,
    reason: &str,
    today: NaiveDate,
) -> AppResult<()> {
    db::locks::grant_call(tx, id)?;
    let v = view_of(tx.conn, who, id, today)?;
    if v.acceptance.is_some() {
        return Err(Error::Conflict(Conflict::AwardAccepted));
    }
    let current: Vec<Adjustment> = v.adjustments.iter().map(|r| r.adjustment.clone()).collect();
    check_adjustment(&v.rule, &v.board.entries(), &current, adjustment)?;
    db::grant_panel::award::adjust(
        tx,
        &v.board.call.row.id,
        adjustment,
        reason,
        &who.actor.user_id,
    )?;
    Ok(())
}

/// Closes the call's submissions today (`Conflict::CallClosed` when already closed).
pub async fn close(db: &db::Database, clock: &dyn Clock, who: &Acting, id: &str) -> AppResult<()> {
    let who = who.clone();
    let id = id.to_owned();
    let today = today_of(clock);
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = call_in_reach(tx.conn, &who, Permission::ManageGrantCalls, &id)?;
        if call.row.closed_by(today) || !db::grants::calls::close(tx, &call.row.id, today)? {
            return Err(Error::Conflict(Conflict::CallClosed));
        }
        Ok(())
    })
    .await
}

/// Accepts the proposal as it stands: a grant per funded application (the adjusted
/// amount), `scored → awarded / not_awarded`, the reserve list kept, an e-mail to each
/// applicant in their language — all in one transaction. Refused while the call is open or
/// an application waits for its first score (`award-error-not-ready`).
pub async fn accept(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
) -> AppResult<i64> {
    let who = who.clone();
    let id = id.to_owned();
    let today = today_of(clock);
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        accept_in(tx, &who, &id, today)
    })
    .await
}

/// [`accept`] inside the caller's transaction, on `today` (the demo seeds through it).
pub fn accept_in(tx: &mut db::Tx<'_>, who: &Acting, id: &str, today: NaiveDate) -> AppResult<i64> {
    db::locks::grant_call(tx, id)?;
    let v = view_of(tx.conn, who, id, today)?;
    if v.acceptance.is_some() {
        return Err(Error::Conflict(Conflict::AwardAccepted));
    }
    if !v.blockers.is_empty() {
        return Err(Error::Invalid(Invalid::new(
            "award",
            "award-error-not-ready",
        )));
    }
    let call_id = v.board.call.row.id.clone();
    let me = who.actor.user_id.clone();
    for line in &v.proposal.lines {
        if line.outcome.funded() {
            db::grants::awards::create(tx, &call_id, &line.id, line.granted_cents, "", &me)?;
            db::grants::applications::set_status(tx, &line.id, Status::Scored, Status::Awarded)?;
        } else {
            db::grants::applications::set_status(tx, &line.id, Status::Scored, Status::NotAwarded)?;
        }
    }
    let reserve: Vec<String> = v.proposal.reserve().map(|l| l.id.clone()).collect();
    db::grant_panel::award::accept(tx, &call_id, v.proposal.total_cents, &reserve, &me)?;
    let row = &v.board.call.row;
    for r in db::grant_panel::award::recipients(tx.conn, &call_id)? {
        let Some(line) = v.proposal.line(&r.application_id) else {
            continue;
        };
        if r.email.trim().is_empty() {
            continue;
        }
        let locale = candidate_locale(r.locale.as_deref());
        let (subject, body) = award_mail(locale, &r.name, &row.title, line, &row.currency);
        db::outbox::enqueue(
            tx,
            NewMail {
                recipient: r.email.clone(),
                subject,
                body,
                locale: locale.tag().to_owned(),
                kind: "grant.award".to_owned(),
            },
        )?;
    }
    Ok(v.proposal.total_cents)
}

/// The e-mail telling an applicant what the accepted award gave their project.
pub fn award_mail(
    locale: Locale,
    name: &str,
    call: &str,
    line: &domain::grant::award::Line,
    currency: &str,
) -> (String, String) {
    let tr = Tr::new(locale);
    let subject = tr.t1("award-mail-subject", "call", call);
    let greeting = if name.trim().is_empty() {
        tr.t("mail-greeting-anonymous")
    } else {
        tr.t1("mail-greeting", "name", name.trim())
    };
    let what = match (line.outcome, line.reserve_rank) {
        (o, _) if o.funded() => tr.t_with(
            "award-mail-awarded",
            &[
                ("call", FluentArg::Str(call.into())),
                (
                    "amount",
                    FluentArg::Str(tr.money(&line.granted_cents, currency)),
                ),
            ],
        ),
        (Outcome::Reserve, Some(rank)) => tr.t_with(
            "award-mail-reserve",
            &[
                ("call", FluentArg::Str(call.into())),
                (
                    "rank",
                    FluentArg::Num(i64::try_from(rank).unwrap_or(i64::MAX)),
                ),
            ],
        ),
        _ => tr.t1("award-mail-not-awarded", "call", call),
    };
    let body = [
        greeting,
        String::new(),
        what,
        String::new(),
        tr.t("mail-signature"),
    ];
    (plain(locale, subject), plain(locale, body.join("\n")))
}
