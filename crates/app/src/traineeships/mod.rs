//! The traineeship of a case (issue 14 item 2): its dates and hours (prefilled from the
//! case's facts), the monthly reports of the company tutor, the promoter's tutor and the
//! mediator, the allowance each month earns by the region's rule, approved and locked by
//! the promoter, incidents, skills evaluations, and the extension and interruption that
//! move the case.
//!
//! Who reads what, on a case within their reach:
//! - everyone who reaches the case (`ViewCases`) sees its dates, its people and the
//!   allowances approved — the trainee too, whose money it is;
//! - those who follow traineeships (`FollowTraineeships`: the host's staff, promoters,
//!   coordinators, and mediators and mentors on the cases they hold a duty in) also read
//!   the submitted reports, the incidents and the evaluations. The trainee and the origin
//!   agencies do not read the staff's reports;
//! - a draft is read and changed by its author only; once submitted nobody changes it.
//!
//! Who writes what: a report by whoever holds its author's duty on the case
//! (`db::cases::duties_of`); the dates, approvals and payments by the promoter's staff
//! within reach and coordinators (`ApproveAllowances`); incidents by anyone who follows the
//! traineeship, moved by their owner or an approver; evaluations by the two tutors or an
//! approver; extension and interruption as the case's template allows the role.

mod allowances;
mod evaluations;
mod incidents;
mod moves;
mod reports;

use chrono::NaiveDate;
use db::DbConn;
use db::cases::{Case, CasePerson, CaseRow};
use db::traineeships::{Allowance, Evaluation, Incident, Report, Traineeship};
use domain::duty::Duty;
use domain::procedure::Template;
use domain::traineeship::allowance::{AllowanceRule, rule_for};
use domain::traineeship::{Computed, Month, duration};
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

pub use allowances::{approve, mark_paid};
pub use evaluations::save_evaluation;
pub use incidents::{IncidentForm, move_incident, open_incident};
pub use moves::{extend, interrupt};
pub use reports::{ReportForm, report_form, save_report};

/// The traineeships the person reaches.
pub async fn list(db: &db::Database, who: &Acting) -> AppResult<Vec<(CaseRow, Traineeship)>> {
    let scope = who.scope(Permission::ViewCases)?;
    let actor_id = who.actor.user_id.clone();
    db.read_as(move |conn| -> AppResult<_> { Ok(db::traineeships::list(conn, &scope, &actor_id)?) })
        .await
}

/// A month awaiting approval: the company tutor's register submitted, the amount it would
/// earn by the rule (shown before it is locked).
#[derive(Debug, Clone)]
pub struct Pending {
    pub month: NaiveDate,
    pub days_attended: i64,
    pub days_scheduled: i64,
    pub computed: Computed,
}

/// A traineeship as one person sees it.
#[derive(Debug, Clone)]
pub struct View {
    pub case: Case,
    /// The trainee's family and given names and the host's name.
    pub names: (String, String, String),
    pub traineeship: Option<Traineeship>,
    /// The dates and hours to offer when none are saved (from the case's facts).
    pub proposed: Traineeship,
    pub people: Vec<CasePerson>,
    /// The author duties the person holds on the case.
    pub my_duties: Vec<Duty>,
    /// Whether the person reads the staff's side (reports, incidents, evaluations).
    pub follows: bool,
    pub may_approve: bool,
    pub may_move: bool,
    /// The reports the person may read: their own, and others' once submitted.
    pub reports: Vec<Report>,
    pub allowances: Vec<Allowance>,
    pub pending: Vec<Pending>,
    pub rule: Option<&'static AllowanceRule>,
    pub incidents: Vec<Incident>,
    pub evaluations: Vec<Evaluation>,
    pub objectives: Vec<String>,
    /// The months the traineeship covers.
    pub months: Vec<Month>,
    /// The longest the case may last, in months.
    pub maximum_months: u32,
}

/// The template's region rule.
pub(crate) fn rule_of(t: &Template) -> Option<&'static AllowanceRule> {
    rule_for(&t.region)
}

/// The case's traineeship dates as its facts give them, else as the position planned.
fn proposed(
    conn: &mut DbConn,
    case: &Case,
    actor_id: &str,
    now: chrono::NaiveDateTime,
) -> AppResult<Traineeship> {
    let facts = db::cases::facts(conn, &case.id)?;
    let fact = |name: &str| {
        facts
            .iter()
            .find(|f| f.field == name && !f.sealed)
            .map(|f| f.value.clone())
    };
    let date = |name: &str| fact(name).and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok());
    let src = db::cases::paper_sources(conn, case)?;
    let starts_on = date("started_on")
        .or(date("planned_start_on"))
        .or(src.starts_on)
        .unwrap_or(case.step_since);
    let months = u32::try_from(src.duration_months.clamp(1, 12)).unwrap_or(6);
    let ends_on = date("planned_end_on")
        .filter(|d| *d >= starts_on)
        .or(duration::last_day(starts_on, months))
        .unwrap_or(starts_on);
    let hours_per_week = fact("hours_per_week")
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or(i64::from(src.hours_per_week));
    Ok(Traineeship {
        case_id: case.id.clone(),
        starts_on,
        ends_on,
        hours_per_week,
        updated_by: actor_id.to_owned(),
        updated_at: now,
    })
}

/// The traineeship of the case `id`, as the person may see it.
pub async fn view(db: &db::Database, clock: &dyn Clock, who: &Acting, id: &str) -> AppResult<View> {
    let scope = who.scope(Permission::ViewCases)?;
    let follows = who.actor.can(Permission::FollowTraineeships);
    let may_approve = who.actor.can(Permission::ApproveAllowances);
    let may_move = who.actor.can(Permission::WorkCases) && may_approve;
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    let now = clock.now();
    db.read_as(move |conn| -> AppResult<View> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        let names = db::cases::names(conn, &case)?;
        let t = crate::cases::template_of(conn, &case.template_id)?;
        let traineeship = db::traineeships::find(conn, &case.id)?;
        let proposed = match &traineeship {
            Some(x) => x.clone(),
            None => proposed(conn, &case, &actor_id, now)?,
        };
        let people = db::cases::of_case(conn, &case.id)?;
        let my_duties: Vec<Duty> = db::cases::duties_of(conn, &case.id, &actor_id)?
            .into_iter()
            .filter(|d| domain::traineeship::report::AUTHORS.contains(d))
            .collect();
        let reports = if follows {
            db::traineeships::reports(conn, &case.id)?
                .into_iter()
                .filter(|r| r.submitted_at.is_some() || r.author_id == actor_id)
                .collect()
        } else {
            Vec::new()
        };
        let allowances = db::traineeships::allowances(conn, &case.id)?;
        let rule = rule_of(&t);
        let pending = match rule {
            Some(rule) if follows => reports
                .iter()
                .filter(|r| r.duty == Duty::CompanyTutor && r.submitted_at.is_some())
                .filter(|r| !allowances.iter().any(|a| a.month == r.month))
                .map(|r| {
                    let scheduled = r.days_scheduled.unwrap_or(0);
                    Pending {
                        month: r.month,
                        days_attended: r.days_attended,
                        days_scheduled: scheduled,
                        computed: rule.compute(r.days_attended, scheduled),
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        let (incidents, evaluations, objectives) = if follows {
            let src = db::cases::paper_sources(conn, &case)?;
            (
                db::traineeships::incidents(conn, &case.id)?,
                db::traineeships::evaluations(conn, &case.id)?,
                domain::traineeship::evaluation::objectives(
                    &src.required_skills,
                    &src.desired_skills,
                ),
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        let months = traineeship
            .as_ref()
            .map(|x| Month::span(x.starts_on, x.ends_on))
            .unwrap_or_default();
        let maximum_months = maximum(conn, &case, &t)?;
        Ok(View {
            case,
            names,
            traineeship,
            proposed,
            people,
            my_duties,
            follows,
            may_approve,
            may_move,
            reports,
            allowances,
            pending,
            rule,
            incidents,
            evaluations,
            objectives,
            months,
            maximum_months,
        })
    })
    .await
}

/// The longest the case's traineeship may last: 12 months, the template's maximum, and
/// its maximum for the trainee's qualification.
pub(crate) fn maximum(conn: &mut DbConn, case: &Case, t: &Template) -> AppResult<u32> {
    let isced = db::traineeships::isced_level(conn, &case.candidate_id)?;
    let (max, by_tier) = match &t.duration {
        Some(d) => (
            Some(d.maximum_months),
            duration::qualification_tier(isced)
                .and_then(|tier| d.maximum_by_qualification.get(tier).copied()),
        ),
        None => (None, None),
    };
    Ok(duration::maximum(max, by_tier))
}

/// Refuses (`traineeship-error-too-long`, on `field`) a traineeship that would run past
/// its maximum: from its start to `end` (or its saved end).
pub(crate) fn check_duration(
    conn: &mut DbConn,
    case: &Case,
    t: &Template,
    end: Option<NaiveDate>,
) -> AppResult<()> {
    let Some(saved) = db::traineeships::find(conn, &case.id)? else {
        return Ok(());
    };
    let end = end.unwrap_or(saved.ends_on);
    if !duration::within(saved.starts_on, end, maximum(conn, case, t)?) {
        return Err(Error::Invalid(Invalid::new(
            "to_on",
            "traineeship-error-too-long",
        )));
    }
    Ok(())
}

/// The dates and hours as typed.
#[derive(Debug, Clone, Default)]
pub struct DatesForm {
    pub starts_on: String,
    pub ends_on: String,
    pub hours_per_week: String,
}

/// The most hours a week a traineeship may ask (DOMAIN.md §3: about 30).
pub const MAX_HOURS: i64 = 48;

/// Sets the traineeship's dates and hours (the promoter, a coordinator): every mistake at
/// once; the end after the start and within the maximum.
pub async fn save(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    f: &DatesForm,
) -> AppResult<()> {
    let scope = who.scope(Permission::ApproveAllowances)?;
    let actor_id = who.actor.user_id.clone();
    let mut c = domain::Checks::default();
    let starts_on = c.check(domain::bounds::date("starts_on", &f.starts_on));
    let ends_on = c.check(domain::bounds::date("ends_on", &f.ends_on));
    let hours = c.check(
        f.hours_per_week
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|h| (1..=MAX_HOURS).contains(h))
            .ok_or(Invalid::new("hours_per_week", "traineeship-error-hours")),
    );
    if let (Some(s), Some(e)) = (starts_on, ends_on)
        && e < s
    {
        c.refuse(Invalid::new(
            "ends_on",
            "traineeship-error-end-before-start",
        ));
    }
    c.done()?;
    let (Some(starts_on), Some(ends_on), Some(hours_per_week)) = (starts_on, ends_on, hours) else {
        return Err(Error::Invalid(Invalid::new("starts_on", "error-required")));
    };
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        if case.closed {
            return Err(Error::Conflict(domain::Conflict::CaseClosed));
        }
        let t = crate::cases::template_of(tx.conn, &case.template_id)?;
        if !duration::within(starts_on, ends_on, maximum(tx.conn, &case, &t)?) {
            return Err(Error::Invalid(Invalid::new(
                "ends_on",
                "traineeship-error-too-long",
            )));
        }
        db::traineeships::save(
            tx,
            &Traineeship {
                case_id: case.id.clone(),
                starts_on,
                ends_on,
                hours_per_week,
                updated_by: actor_id.clone(),
                updated_at: tx.now,
            },
        )?;
        Ok(())
    })
    .await
}
