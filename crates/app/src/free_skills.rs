//! Mapping what a candidate described in their own words to ESCO: staff who may change an
//! application's ESCO section (`ScreenCandidates`), within their reach, choose the concept
//! (by a label in their language or English); the concept joins the application's and the
//! description records the mapping, audited (`candidate.free_skill.map`). Only once the
//! application is sent: a draft's words may still change.

use db::candidates::Resolved;
use domain::ids::CandidateId;
use domain::{Invalid, Locale, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Maps the description `free_id` of the application `id` to the concept labelled
/// `label` (of the description's kind) in `lang` or English. A label that is no concept is
/// refused (`Invalid` on `mapped_label`) and nothing changes; a description mapped already
/// is a `Conflict`.
pub async fn map(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    free_id: &str,
    label: &str,
    lang: Locale,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let (id, free_id, label) = (id.clone(), free_id.to_owned(), label.trim().to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        // Reach first: a description of an application beyond reach is not found. A draft's
        // words may still change: they are mapped once the application is sent.
        let c = db::candidates::find(tx.conn, &s, &actor_id, id.as_str())?;
        if c.status == domain::candidate::Status::Draft {
            return Err(Error::Conflict(domain::Conflict::Transition));
        }
        let free = db::candidates::free_of(tx.conn, id.as_str())?
            .into_iter()
            .find(|f| f.id == free_id)
            .ok_or(db::DbError::NotFound)?;
        let concept = match db::candidates::resolve_in(
            tx.conn,
            free.kind(),
            lang.tag(),
            std::slice::from_ref(&label),
        )?
        .pop()
        {
            Some(Resolved::Concept(c)) if !label.is_empty() => c,
            _ => {
                return Err(Error::Invalid(Invalid::new(
                    "mapped_label",
                    "skills-error-no-concept",
                )));
            }
        };
        Ok(db::candidates::map_free(
            tx,
            &s,
            &actor_id,
            id.as_str(),
            &free_id,
            &concept,
        )?)
    })
    .await
}
