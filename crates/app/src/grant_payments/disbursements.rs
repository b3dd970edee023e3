//! Paying a grant: a disbursement of a released tranche (the whole of what is left or
//! part), in EUR or in the grantee's currency with the rate used; the grant is completed
//! when every tranche is paid and the final report accepted. A cancellation, with its
//! reason, stops further payments; what was paid stays recorded.

use db::grants::payments::disbursements::DisbursementRow;
use domain::grant::GrantState;
use domain::grant::payment::disbursement::DisbursementFields;
use domain::grant::payment::report::parse_note;
use domain::{Conflict, Invalid, Permission};

use super::{locked, today};
use crate::{Acting, AppResult, Clock, Error};

/// What a disbursement did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paid {
    pub disbursement_id: String,
    /// The grant is now completed.
    pub completed: bool,
}

/// Records a payment on the tranche `tranche_id` of an agreed grant. Refused (422, naming
/// the field) when the tranche is not released, the amount exceeds what is left of it,
/// or the rate does not make the EUR amount.
pub async fn disburse(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    application_id: &str,
    tranche_id: &str,
    fields: &DisbursementFields,
) -> AppResult<Paid> {
    who.scope(Permission::ManageGrants)?;
    let parsed = fields.parse(today(clock));
    let (who, id, tranche_id) = (
        who.clone(),
        application_id.to_owned(),
        tranche_id.to_owned(),
    );
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<Paid> {
            let v = locked(tx, &who, Permission::ManageGrants, &id)?;
            if v.grant.award.state != GrantState::Agreed {
                return Err(Error::Conflict(Conflict::GrantApplicationMoved));
            }
            let Some(t) = v.tranches.iter().find(|t| t.row.id == tranche_id) else {
                return Err(Invalid::new("tranche", "grant-pay-error-tranche").into());
            };
            if !t.released {
                return Err(Invalid::new("tranche", "grant-pay-error-not-released").into());
            }
            let d = parsed?;
            if d.amount_cents > t.remaining() {
                return Err(Invalid::new("amount", "grant-pay-error-too-much").into());
            }
            let row = DisbursementRow {
                id: db::id::new_id(),
                application_id: id.clone(),
                tranche_id: t.row.id.clone(),
                paid_on: d.paid_on,
                amount_cents: d.amount_cents,
                currency: d.currency,
                local_milli: d.local_milli,
                rate_micro: d.rate_micro,
                recorded_by: who.actor.user_id.clone(),
                recorded_at: tx.now,
            };
            db::grants::payments::disbursements::add(tx, &row)?;
            let after = super::load(tx.conn, v.grant)?;
            let completed = after.complete();
            if completed {
                db::grants::awards::set_state(
                    tx,
                    &id,
                    GrantState::Agreed,
                    GrantState::Completed,
                    d.paid_on,
                )?;
            }
            Ok(Paid {
                disbursement_id: row.id,
                completed,
            })
        },
    )
    .await
}

/// Cancels an awarded or agreed grant with its reason: no further payment.
pub async fn cancel(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    application_id: &str,
    reason: &str,
) -> AppResult<()> {
    who.scope(Permission::ManageGrants)?;
    let reason = parse_note(reason).map_err(|i| Invalid::new("reason", i.key));
    let today = today(clock);
    let (who, id) = (who.clone(), application_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let v = locked(tx, &who, Permission::ManageGrants, &id)?;
            let from = v.grant.award.state;
            if !from.can_move_to(GrantState::Cancelled) {
                return Err(Error::Conflict(Conflict::GrantApplicationMoved));
            }
            let reason = reason?;
            db::grants::awards::set_state(tx, &id, from, GrantState::Cancelled, today)?;
            db::grants::payments::record_change(
                tx,
                &id,
                db::grants::payments::CHANGE_CANCEL,
                &reason,
                &who.actor.user_id,
            )?;
            Ok(())
        },
    )
    .await
}
