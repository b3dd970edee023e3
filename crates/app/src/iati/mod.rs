//! The programme's IATI 2.03 activity file (issue 16 item 4): its settings (the reporting
//! organisation and the activity identifier, kept by `ManageResults`, permanent once the
//! coordinator publishes them) and the export itself, read by `ViewResults`: a download
//! is an audited read and changes nothing. The activity is
//! built by `domain::iati` from the programme's `Report`, its partners, the grant
//! disbursements and the traineeships per country of the outcome table; errors of
//! `domain::iati::check` refuse the export (422), warnings go with the file.

mod settings;

use chrono::DateTime;
use domain::iati::{Finding, Sources};
use domain::results::outcome_table::Line;
use domain::{Invalid, Locale, Permission};
use i18n::Tr;

use crate::{Acting, AppResult, Clock, Error};

pub use settings::{SettingsView, save, settings};

/// The IATI file's language: its narratives are written in English, which every donor
/// system reads; staff-written titles keep their own words.
pub const FILE_LOCALE: Locale = Locale::En;

/// An exported activity file.
#[derive(Debug, Clone)]
pub struct Export {
    pub programme_id: String,
    pub activity_id: String,
    pub xml: String,
    /// What IATI says should be there and is not (never blocking).
    pub warnings: Vec<Finding>,
}

/// Builds the activity of the programme `key` (id or slug) and checks it, without
/// publishing: the page shows the warnings from here.
pub async fn build(
    db: &db::Database,
    cache: &crate::results::Cache,
    clock: &dyn Clock,
    who: &Acting,
    key: &str,
) -> AppResult<Export> {
    let scope = who.scope(Permission::ViewResults)?;
    let actor_id = who.actor.user_id.clone();
    let key = key.to_owned();
    let (programme, stored, partners, paid, table) = db
        .read_as(move |c| -> AppResult<_> {
            let p = crate::outcome_report::programme(c, &scope, &key)?;
            let stored = db::iati::settings(c, &p.id)?;
            let partners = db::iati::partners(c, &p.id)?;
            let paid = db::iati::disbursements(c, &p.id)?;
            let table = crate::outcome_report::count(c, &scope, &actor_id, &p)?.table;
            Ok((p, stored, partners, paid, table))
        })
        .await?;
    let Some(stored) = stored else {
        return Err(Error::Invalid(Invalid::new(
            "settings",
            "iati-error-no-settings",
        )));
    };
    let report = crate::results::report(db, cache, who, &programme.id, None).await?;
    let weights: Vec<(String, i64)> = table
        .countries
        .iter()
        .map(|c| {
            let n = table.cell(Line::Traineeships, Some(*c)).unwrap_or(0);
            (c.as_str().to_owned(), n)
        })
        .collect();
    let settings = domain::iati::Settings {
        org_ref: stored.org_ref,
        org_name: stored.org_name,
        org_type: stored.org_type,
        activity_id: stored.activity_id,
    };
    let tr = Tr::new(FILE_LOCALE);
    let activity = domain::iati::activity(
        &report,
        &Sources {
            settings: &settings,
            partners: &partners,
            disbursements: &paid,
            country_weights: &weights,
            description: tr.t1("iati-description", "programme", &programme.name),
            lang: FILE_LOCALE.as_str().to_owned(),
            now: DateTime::from_naive_utc_and_offset(clock.now(), chrono::Utc),
        },
    );
    let checked = domain::iati::check(&activity);
    if let Some(e) = checked.errors.first() {
        return Err(Error::Invalid(Invalid::new("settings", e.key)));
    }
    Ok(Export {
        programme_id: programme.id,
        activity_id: settings.activity_id,
        xml: domain::iati::to_xml(&activity),
        warnings: checked.warnings,
    })
}

/// Exports the activity file: builds it, then records who took it (`iati.export`, an
/// audited read: the entry is its only write, and it is written apart from the read).
pub async fn export(
    db: &db::Database,
    cache: &crate::results::Cache,
    clock: &dyn Clock,
    who: &Acting,
    key: &str,
) -> AppResult<Export> {
    let out = build(db, cache, clock, who, key).await?;
    let id = out.programme_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok::<_, Error>(tx.audit("iati.export", "programme", &id)?)
    })
    .await?;
    Ok(out)
}

/// Publishes the identifiers of programme `key`: from now on they can no longer change,
/// as the donors' systems key the activity by them. Only a file that passes IATI's rules
/// is published (the same check as a download); publishing twice changes nothing.
/// Returns whether this call published them.
pub async fn publish(
    db: &db::Database,
    cache: &crate::results::Cache,
    clock: &dyn Clock,
    who: &Acting,
    key: &str,
) -> AppResult<bool> {
    let manage = who.scope(Permission::ManageResults)?;
    let out = build(db, cache, clock, who, key).await?;
    let key = key.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        // Within reach of the one who publishes, read again inside the write.
        let p = crate::outcome_report::programme(tx.conn, &manage, &key)?;
        if p.id != out.programme_id {
            return Err(Error::NotFound);
        }
        Ok(db::iati::publish(tx, &p.id)?)
    })
    .await
}
