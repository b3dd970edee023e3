//! Recording a case's facts. Who may record which: promoters and coordinators any; the
//! host the facts of the steps it acts in and its own side of the training project
//! (policies, tutor, hours); the trainee those of the steps they act in (passport dates,
//! the visa). Identity facts are sealed. A fact named after a step corrects that step's
//! day, and the deadlines counted from it move.

use domain::fieldcrypt::{Keyring, Place};
use domain::procedure::{Template, facts};
use domain::{Conflict, Permission, Role};

use super::{refresh_due, template_of, template_roles};
use crate::{Acting, AppResult, Clock, Error};

/// The host's own part of the training project.
const HOST_FIELDS: [&str; 5] = [
    "inail_policy",
    "liability_policy",
    "company_tutor",
    "hours_per_week",
    "lodging",
];

/// Whether a person with `roles` may record `field` on a case of `t`.
pub fn may_record(t: &Template, roles: &[Role], field: &str) -> bool {
    if roles
        .iter()
        .any(|r| matches!(r, Role::Admin | Role::Coordinator | Role::PromoterStaff))
    {
        return true;
    }
    if roles.contains(&Role::Company) && HOST_FIELDS.contains(&field) {
        return true;
    }
    t.steps.iter().any(|s| {
        s.fields.iter().any(|f| f == field)
            && s.actor
                .as_ref()
                .is_some_and(|a| roles.iter().any(|r| r.as_str() == a.get_ref()))
    })
}

/// Where a sealed fact's value is bound to (its case and field).
pub(crate) fn place<'a>(case_id: &'a str, field: &'a str) -> (String, &'a str) {
    (format!("fact:{field}"), case_id)
}

/// Records `field` = `value` on the case `id`.
pub async fn record(
    db: &db::Database,
    clock: &dyn Clock,
    keys: &Keyring,
    who: &Acting,
    id: &str,
    field: &str,
    value: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::WorkCases)?;
    let roles = template_roles(&who.actor);
    let actor_id = who.actor.user_id.clone();
    let field = facts::parse_name(field)?;
    let value = facts::parse_value(&field, value)?;
    let sealed = facts::is_sealed(&field);
    let stored = if sealed {
        let mut nonce = [0u8; 24];
        db::id::fill_random(&mut nonce);
        let (column, _) = place(id, &field);
        keys.seal(
            &Place {
                table: "case_facts",
                column: &column,
                row: id,
            },
            nonce,
            &value,
        )
    } else {
        value.clone()
    };
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        if case.closed {
            return Err(Error::Conflict(Conflict::CaseClosed));
        }
        let t = template_of(tx.conn, &case.template_id)?;
        let known = t.steps.iter().any(|s| s.fields.contains(&field))
            || facts::SEALED.contains(&field.as_str());
        if !known {
            return Err(Error::Invalid(domain::Invalid::new(
                "field",
                "case-error-fact-name",
            )));
        }
        if !may_record(&t, &roles, &field) {
            return Err(Error::Forbidden);
        }
        db::cases::set_fact(
            tx,
            &db::cases::Fact {
                case_id: case.id.clone(),
                field: field.clone(),
                value: stored,
                sealed,
                updated_by: actor_id.clone(),
                updated_at: tx.now,
            },
        )?;
        let steps = t.steps.iter().map(|s| s.id.get_ref().as_str());
        if let Some(step) = facts::anchored_step(&field, steps) {
            let (on, at) = match facts::kind(&field) {
                facts::FactKind::DateTime => {
                    let at = facts::parse_datetime(&value);
                    (at.map(|a| a.date()), at)
                }
                _ => (facts::date(&value), None),
            };
            if let Some(on) = on {
                db::cases::correct_entry(tx, &case.id, step, on, at)?;
            }
        }
        refresh_due(tx, &case.id)?;
        Ok(())
    })
    .await
}
