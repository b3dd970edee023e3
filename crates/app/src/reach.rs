//! The references a write carries, checked inside its transaction.
//!
//! A form or API body names other records by id (a territory, a programme, an organisation,
//! a company, a call, a campaign, a region). Each is looked up here with the acting
//! person's reach for the write: one that does not exist and one beyond reach get the same
//! answer, `Invalid { field, "error-reference-unknown" }` (422 naming the field), so that
//! neither a bad id becomes a foreign-key failure (500) nor an answer tells whether a
//! record exists elsewhere. The record being changed itself is found with the scope as
//! everywhere else: beyond reach it is `NotFound` (404).

use db::{DbConn, DbError, DbResult};
use domain::Invalid;
use domain::permission::Scope;

use crate::{AppResult, Error};

/// The message for a reference to a record that is unknown or beyond reach.
pub const UNKNOWN: &str = "error-reference-unknown";

/// The input field `field` refused as an unknown reference.
pub fn unknown(field: &'static str) -> Error {
    Error::Invalid(Invalid::new(field, UNKNOWN))
}

/// A required reference left empty.
pub fn required(field: &'static str) -> Error {
    Error::Invalid(Invalid::new(field, "error-required"))
}

/// `found`, the record a field names: missing (or beyond reach, which a scoped lookup
/// answers alike) becomes that field's refusal.
pub fn reference<T>(field: &'static str, found: DbResult<T>) -> AppResult<T> {
    match found {
        Err(DbError::NotFound) => Err(unknown(field)),
        other => Ok(other?),
    }
}

/// The id in `value`, or `required(field)` when it is blank.
pub fn given<'a>(field: &'static str, value: &'a str) -> AppResult<&'a str> {
    let v = value.trim();
    if v.is_empty() {
        Err(required(field))
    } else {
        Ok(v)
    }
}

/// A programme within reach of `scope`.
pub fn programme(
    conn: &mut DbConn,
    scope: &Scope,
    field: &'static str,
    id: &str,
) -> AppResult<db::programmes::Programme> {
    reference(field, db::programmes::find(conn, scope, id))
}

/// The territory a record is placed in: within reach of `scope` (for a business
/// association or a promoter, one of their own territories) and, when the record belongs
/// to programmes, one of theirs. `None` is allowed only to those whose reach
/// is not territorial: a territorial person's record placed nowhere (a company) or
/// everywhere (a campaign) would lie outside their territory.
pub fn territory(
    conn: &mut DbConn,
    scope: &Scope,
    field: &'static str,
    id: Option<&str>,
    programmes: Option<&[String]>,
) -> AppResult<()> {
    let Some(id) = id else {
        return if matches!(scope, Scope::Territories(_)) {
            Err(required(field))
        } else {
            Ok(())
        };
    };
    let t = reference(field, db::territories::find(conn, scope, id))?;
    if programmes.is_some_and(|ps| !ps.contains(&t.programme_id)) {
        return Err(unknown(field));
    }
    Ok(())
}

/// The territory a candidate says they live in: one of their application's programme
/// (whoever enters it: the candidate or staff), or `Invalid` on `residence_territory_id`.
pub fn residence_territory(
    conn: &mut DbConn,
    programme_id: &str,
    id: Option<&str>,
) -> AppResult<()> {
    let programme = Scope::Programmes(vec![programme_id.to_owned()]);
    territory(conn, &programme, "residence_territory_id", id, None)
}

/// A region with regional hosting rules (public reference data, so no scope).
pub fn region(conn: &mut DbConn, field: &'static str, region: Option<&str>) -> AppResult<()> {
    match region {
        Some(r) => match db::rules::find(conn, r)? {
            Some(_) => Ok(()),
            None => Err(unknown(field)),
        },
        None => Ok(()),
    }
}

/// The programmes an organisation takes part in.
pub fn programmes_of(conn: &mut DbConn, organisation_id: &str) -> AppResult<Vec<String>> {
    Ok(db::programmes::ids_of_organisation(conn, organisation_id)?)
}
