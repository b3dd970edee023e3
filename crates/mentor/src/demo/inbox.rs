//! Work waiting in the demo's inboxes beyond what the other parts leave: the demo company
//! account's company has a second position, sent back by the promoter for changes, so the
//! company's home page has something to do (edit, submit again). Idempotent: found by title.

use anyhow::{Result, anyhow};
use chrono::{Duration, Utc};
use db::{Database, Origin};
use domain::permission::Scope;
use domain::position::{PositionFields, PositionStatus};

/// The returned position's title.
pub const RETURNED: &str = "Analista dati junior";

pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<()> {
    let today = Utc::now().date_naive();
    let mut conn = db.conn()?;
    let company = db::organisations::find_by_name_unscoped(&mut conn, super::companies::MILAN[0])?
        .ok_or_else(|| anyhow!("demo company missing"))?;
    let filter = db::positions::Filter {
        company_id: Some(company.id.clone()),
        status: None,
    };
    if db::positions::list(&mut conn, &Scope::All, &filter)?
        .iter()
        .any(|p| p.position.title == RETURNED)
    {
        return Ok(());
    }
    drop(conn);
    let position = PositionFields {
        title: RETURNED.into(),
        description: String::new(),
        lang: "it".into(),
        occupation: "analista di dati".into(),
        isco_code: "2511".into(),
        required_skills: "Excel, SQL di base".into(),
        desired_skills: "Python".into(),
        min_italian: "A2".into(),
        education_level: "4".into(),
        city: "Milano".into(),
        workplace: "Milano".into(),
        starts_on: (today + Duration::days(150)).to_string(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        board: "on".into(),
        lodging: String::new(),
        tutor_name: "Tutor aziendale 1".into(),
        places: "1".into(),
    }
    .parse(today)
    .map_err(|e| anyhow!("demo position: {e}"))?;
    db.write_blocking(origin, |tx| {
        let id = db::positions::create(tx, programme_id, &company.id, &position)?;
        db::positions::set_status(tx, &id, PositionStatus::Submitted, "")?;
        // The promoter's note on returning it: what to change before sending it again.
        db::positions::set_status(
            tx,
            &id,
            PositionStatus::Draft,
            "Indicare l'orario del tutor e le competenze richieste in modo più preciso.",
        )
    })?;
    Ok(())
}
