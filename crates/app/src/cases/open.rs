//! Opening a case when a company accepts a placement, in the transaction that records the
//! acceptance: the template of the host's region (the newest version stored, the shipped
//! one stored first if none is), the host's city and territory, the trainee's country.

use db::cases::{Case, StoredTemplate};
use domain::deadline::rome_today;
use domain::procedure::{SHIPPED, parse, place_of, reference, region_code};

use crate::{AppResult, Error};

/// Opens the case of an accepted placement (nothing when it has one). Called inside the
/// write that accepts it.
pub fn for_placement(tx: &mut db::Tx<'_>, placement_id: &str) -> AppResult<Option<String>> {
    if db::cases::of_placement(tx.conn, placement_id)?.is_some() {
        return Ok(None);
    }
    let p = db::cases::placement_facts(tx.conn, placement_id)?;
    let region = region_code(p.region.as_deref().unwrap_or_default());
    let template = match db::cases::latest_for_region(tx.conn, &region)? {
        Some(t) => t,
        None => store_shipped(tx, &region)?,
    };
    let parsed = parse(&template.source).map_err(|_| Error::NotFound)?;
    let id = db::id::new_id();
    let today = rome_today(tx.now.and_utc());
    let case = Case {
        reference: reference(&id),
        id: id.clone(),
        placement_id: placement_id.to_owned(),
        programme_id: p.programme_id,
        call_id: p.call_id,
        candidate_id: p.candidate_id,
        company_id: p.company_id,
        territory_id: p.territory_id,
        place: place_of(&p.city).to_owned(),
        city: p.city,
        country: p.country,
        template_id: template.id,
        step: parsed.start.get_ref().clone(),
        step_since: today,
        next_due: None,
        closed: false,
        created_at: tx.now,
        updated_at: tx.now,
    };
    let by = tx.actor().to_owned();
    db::cases::open(
        tx,
        &case,
        Some(&by).filter(|b| !b.is_empty()).map(String::as_str),
    )?;
    super::refresh_due(tx, &id)?;
    Ok(Some(id))
}

/// Stores the shipped template of `region` (or, for a region none is shipped for, the
/// first shipped one: the art. 27 rules are national, the regions' differ in detail).
fn store_shipped(tx: &mut db::Tx<'_>, region: &str) -> AppResult<StoredTemplate> {
    let mut chosen = None;
    for (_, src) in SHIPPED {
        let Ok(t) = parse(src) else { continue };
        if chosen.is_none() || t.region == region {
            chosen = Some((t, src));
        }
        if chosen.as_ref().is_some_and(|(t, _)| t.region == region) {
            break;
        }
    }
    let (t, src) = chosen.ok_or(Error::NotFound)?;
    super::procedures::store_shipped(tx, &t, src)
}
