//! The demo programme's IATI identifiers (issue 16 item 4): the lead partner, Comune di
//! Milano, reports under its Italian tax code (`IT-CF-01199250158`, Codice Fiscale, a
//! registration agency of the IATI codelist). Left unpublished, so the first download
//! (the journey's) publishes them. Idempotent: saved settings are left as they are.

use anyhow::Result;
use db::{Database, Origin};

pub const ORG_REF: &str = "IT-CF-01199250158";
pub const ACTIVITY_ID: &str = "IT-CF-01199250158-MENTOR-II";

pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    if db::iati::settings(&mut conn, programme_id)?.is_some() {
        return Ok(());
    }
    let draft = db::iati::Draft {
        org_ref: ORG_REF.into(),
        org_name: "Comune di Milano".into(),
        org_type: "11".into(),
        activity_id: ACTIVITY_ID.into(),
    };
    db.write_blocking(origin, |tx| {
        db::iati::save(tx, programme_id, &draft, &origin.actor)
    })?;
    Ok(())
}
