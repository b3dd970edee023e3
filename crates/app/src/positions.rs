//! Traineeship positions: a company drafts and submits them, a promoter approves and opens
//! them. Every step is checked against the regional rules (minimum allowance, headcount
//! cap) and the company's checklist inside the transaction that writes it, with the
//! company's row locked (`db::locks`): two submits at once cannot both pass the cap.

use db::Tx;
use db::positions::Position;
use domain::host_rules::{self, CompanyFacts, RegionalRules};
use domain::ids::{OrganisationId, PositionId};
use domain::permission::Scope;
use domain::position::{self, PositionDraft, PositionFields, PositionStatus, Transition};
use domain::{Conflict, Permission};

use crate::error::Rule;
use crate::{Acting, AppResult, Clock, Error, reach};

/// A note on a status change is kept to this many characters.
const NOTE_MAX: usize = 2000;

/// Drafts a position for a company the person may edit positions of; any other company
/// (unknown or beyond reach) is `Invalid` on `company_id`.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    company: &OrganisationId,
    fields: &PositionFields,
) -> AppResult<PositionId> {
    let s = who.scope(Permission::EditPositions)?;
    let draft = fields.parse(clock.today())?;
    let company = company.clone();
    run(db, clock, who, move |tx| {
        let company_id = reach::given("company_id", company.as_str())?;
        reach::reference("company_id", db::companies::find(tx.conn, &s, company_id))?;
        db::locks::company(tx, company_id)?;
        check_draft(tx, company_id, None, &draft)?;
        let programme = db::programmes::ids_of_organisation(tx.conn, company_id)?
            .into_iter()
            .next()
            .ok_or(db::DbError::NotFound)?;
        let id = db::positions::create(tx, &programme, company_id, &draft)?;
        Ok(PositionId::new(id))
    })
    .await
}

/// Changes a draft position's fields.
pub async fn update(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &PositionId,
    fields: &PositionFields,
) -> AppResult<()> {
    let s = who.scope(Permission::EditPositions)?;
    let draft = fields.parse(clock.today())?;
    let id = id.clone();
    run(db, clock, who, move |tx| {
        let p = locked(tx, &s, &id)?;
        if !p.status.editable() {
            return Err(Error::Conflict(Conflict::PositionNotEditable));
        }
        check_draft(tx, &p.company_id, Some(&p.id), &draft)?;
        Ok(db::positions::update(tx, &p.id, &draft)?)
    })
    .await
}

/// Moves a position along its workflow; returns the new status. Submitting and approving
/// hold places, so the rules must be met then; approving also needs the company to pass
/// its checklist.
pub async fn transition(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &PositionId,
    t: Transition,
    note: &str,
) -> AppResult<PositionStatus> {
    let s = who.scope(Permission::ViewPositions)?;
    if !who.actor.roles().into_iter().any(|r| t.allowed_for(r)) {
        return Err(Error::Forbidden);
    }
    let note: String = note.trim().chars().take(NOTE_MAX).collect();
    let id = id.clone();
    let today = clock.today();
    run(db, clock, who, move |tx| {
        let p = locked(tx, &s, &id)?;
        let Some(next) = t.apply(p.status) else {
            return Err(Error::Conflict(Conflict::Transition));
        };
        if matches!(t, Transition::Submit | Transition::Approve) {
            let draft = fields_of(&p).parse(today)?;
            check_holding(tx, &p, &draft, t == Transition::Approve)?;
        }
        db::positions::set_status(tx, &p.id, next, &note)?;
        Ok(next)
    })
    .await
}

/// Runs `f` in one write transaction at the clock's time; a refusal rolls it back.
async fn run<T: Send + 'static>(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    f: impl FnOnce(&mut Tx<'_>) -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    db.write_at(who.origin.clone(), clock.now(), f).await
}

/// The position within reach, re-read after its company's row is locked so that its
/// status and the company's places are what the write will act on.
fn locked(tx: &mut Tx<'_>, s: &Scope, id: &PositionId) -> db::DbResult<Position> {
    let p = db::positions::find(tx.conn, s, id.as_str())?.position;
    db::locks::company(tx, &p.company_id)?;
    Ok(db::positions::find(tx.conn, s, id.as_str())?.position)
}

/// What checking a position against the rules needs about its company.
struct Context {
    rules: Option<RegionalRules>,
    profile: db::companies::Profile,
    /// Places the company's other positions already hold.
    held: i32,
}

fn context(tx: &mut Tx<'_>, company_id: &str, except: Option<&str>) -> db::DbResult<Context> {
    let profile = db::companies::profile(tx.conn, company_id)?.unwrap_or_default();
    let rules = match &profile.region {
        Some(r) => db::rules::find(tx.conn, r)?,
        None => None,
    };
    let held = db::companies::places_held(tx.conn, company_id, except)?;
    Ok(Context {
        rules,
        profile,
        held,
    })
}

/// A draft breaks the regional rules only when they can be checked: a company without a
/// region or headcount is refused later, when it submits.
fn check_draft(
    tx: &mut Tx<'_>,
    company_id: &str,
    except: Option<&str>,
    d: &PositionDraft,
) -> AppResult<()> {
    let c = context(tx, company_id, except)?;
    match (&c.rules, c.profile.employees) {
        (Some(rules), Some(employees)) => position::check_rules(d, rules, employees, c.held)
            .map_err(|b| Error::Rule(Rule::Breach(b))),
        _ => Ok(()),
    }
}

/// Holding places (submit, approve) needs the rules to be checkable and met, and for
/// approval the company's checklist passed.
fn check_holding(
    tx: &mut Tx<'_>,
    p: &Position,
    d: &PositionDraft,
    approving: bool,
) -> AppResult<()> {
    let c = context(tx, &p.company_id, Some(&p.id))?;
    let (Some(rules), Some(employees)) = (&c.rules, c.profile.employees) else {
        return Err(Error::Rule(Rule::ProfileIncomplete));
    };
    position::check_rules(d, rules, employees, c.held).map_err(|b| Error::Rule(Rule::Breach(b)))?;
    let facts = CompanyFacts {
        vat_valid: c.profile.vat_number.is_some(),
        employees: c.profile.employees,
        region: c.profile.region.clone(),
    };
    let eligible = host_rules::all_passed(&host_rules::evaluate(
        Some(rules),
        &facts,
        &c.profile.declarations(),
    ));
    if approving && !eligible {
        return Err(Error::Rule(Rule::NotEligible));
    }
    Ok(())
}

/// A stored position as the fields of its form.
pub fn fields_of(p: &Position) -> PositionFields {
    let on = |b: bool| if b { "on".to_owned() } else { String::new() };
    PositionFields {
        title: p.title.clone(),
        description: p.description.clone(),
        occupation: p.occupation.clone(),
        isco_code: p.isco_code.clone().unwrap_or_default(),
        required_skills: p.required_skills.clone(),
        desired_skills: p.desired_skills.clone(),
        min_italian: p.min_italian.to_string(),
        education_level: p.education_level.to_string(),
        city: p.city.clone(),
        workplace: p.workplace.clone(),
        starts_on: p.starts_on.to_string(),
        duration_months: p.duration_months.to_string(),
        hours_per_week: p.hours_per_week.to_string(),
        allowance: format!("{}.{:02}", p.allowance_cents / 100, p.allowance_cents % 100),
        board: on(p.board),
        lodging: on(p.lodging),
        tutor_name: p.tutor_name.clone(),
        places: p.places.to_string(),
        lang: p.lang.tag().to_owned(),
    }
}
