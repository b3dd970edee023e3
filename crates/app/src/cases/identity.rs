//! What the papers a host signs need of the trainee's identity: names, birth date and
//! place, codice fiscale, passport number. From the accepted placement on (a case exists
//! only then) the host reads them for its own trainees, as do the promoter and the
//! coordinator; each reading is an audited act of its own (`case.identity.read`).

use domain::fieldcrypt::{Keyring, Place};
use domain::{Permission, Role};

use crate::{Acting, AppResult, Error};

pub use db::cases::Identity;

/// Whether `who` may read the identity on a case within their reach: the host, the
/// promoter, the coordinator (not an agency, which reads it on the application).
pub fn may_read(who: &domain::Actor) -> bool {
    who.is_admin()
        || who
            .roles()
            .iter()
            .any(|r| matches!(r, Role::Coordinator | Role::PromoterStaff | Role::Company))
}

/// Opens the identity of the case `id`'s trainee, writing `case.identity.read`.
pub async fn read(
    db: &db::Database,
    clock: &dyn crate::Clock,
    keys: &Keyring,
    who: &Acting,
    id: &str,
) -> AppResult<Identity> {
    let scope = who.scope(Permission::ViewCases)?;
    if !may_read(&who.actor) {
        return Err(Error::Forbidden);
    }
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    let (sealed, mut identity) = db
        .write_at(who.origin.clone(), clock.now(), move |tx| -> AppResult<_> {
            let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
            let person = db::cases::trainee_identity(tx.conn, &case.candidate_id)?;
            let facts = db::cases::facts(tx.conn, &case.id)?;
            tx.audit("case.identity.read", "case", &case.id)?;
            Ok((
                (case.id, case.candidate_id, person.passport_sealed, facts),
                person.identity,
            ))
        })
        .await?;
    let (case_id, candidate_id, passport, facts) = sealed;
    let open = |column: &str, row: &str, value: &str| {
        keys.open(
            &Place {
                table: if column == "passport" {
                    "candidates"
                } else {
                    "case_facts"
                },
                column,
                row,
            },
            value,
        )
        .map_err(|e| Error::Db(db::DbError::Sealed(format!("{column}: {e}"))))
    };
    if let Some(p) = passport {
        identity.passport_number = Some(open("passport", &candidate_id, &p)?);
    }
    for f in facts.iter().filter(|f| f.sealed) {
        let (column, row) = super::facts::place(&case_id, &f.field);
        let value = open(&column, row, &f.value)?;
        match f.field.as_str() {
            "codice_fiscale" => identity.codice_fiscale = Some(value),
            "birth_place" => identity.birth_place = Some(value),
            _ => {}
        }
    }
    Ok(identity)
}
