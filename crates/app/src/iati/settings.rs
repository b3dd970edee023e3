//! The IATI settings of a programme: read by `ViewResults`, kept by `ManageResults` until
//! the first export publishes them; from then on a change is refused (422,
//! `iati-error-published`), as IATI identifiers are permanent.

use domain::iati::SettingsFields;
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// What the settings form shows.
#[derive(Debug, Clone)]
pub struct SettingsView {
    pub programme_id: String,
    pub programme: String,
    pub slug: String,
    pub stored: Option<db::iati::Settings>,
    /// The person may change the settings (their role; the settings still unpublished).
    pub may_manage: bool,
}

impl SettingsView {
    pub fn published(&self) -> bool {
        self.stored
            .as_ref()
            .is_some_and(|s| s.published_at.is_some())
    }

    /// The stored settings as the form's fields.
    pub fn fields(&self) -> SettingsFields {
        self.stored
            .as_ref()
            .map(|s| SettingsFields {
                org_ref: s.org_ref.clone(),
                org_name: s.org_name.clone(),
                org_type: s.org_type.clone(),
                activity_id: s.activity_id.clone(),
            })
            .unwrap_or_default()
    }
}

/// The settings of the programme `key` (id or slug).
pub async fn settings(db: &db::Database, who: &Acting, key: &str) -> AppResult<SettingsView> {
    let scope = who.scope(Permission::ViewResults)?;
    let manage = who.actor.scope(Permission::ManageResults);
    let key = key.to_owned();
    db.read_as(move |c| -> AppResult<_> {
        let p = crate::outcome_report::programme(c, &scope, &key)?;
        let stored = db::iati::settings(c, &p.id)?;
        let may_manage = match &manage {
            Some(s) => db::programmes::find(c, s, &p.id).is_ok(),
            None => false,
        } && stored.as_ref().is_none_or(|s| s.published_at.is_none());
        Ok(SettingsView {
            programme_id: p.id,
            programme: p.name,
            slug: p.slug,
            stored,
            may_manage,
        })
    })
    .await
}

/// Saves the settings of the programme `key` while unpublished.
pub async fn save(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    key: &str,
    fields: &SettingsFields,
) -> AppResult<()> {
    let scope = who.scope(Permission::ManageResults)?;
    let parsed = fields.parse()?;
    let (key, by) = (key.to_owned(), who.actor.user_id.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let p = crate::outcome_report::programme(tx.conn, &scope, &key)?;
        let draft = db::iati::Draft {
            org_ref: parsed.org_ref,
            org_name: parsed.org_name,
            org_type: parsed.org_type,
            activity_id: parsed.activity_id,
        };
        if !db::iati::save(tx, &p.id, &draft, &by)? {
            return Err(Error::Invalid(Invalid::new(
                "activity_id",
                "iati-error-published",
            )));
        }
        Ok(())
    })
    .await
}
