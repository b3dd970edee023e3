//! Procedures and holidays as data: the shipped templates and each year's holidays are
//! stored at start ([`seed`], idempotent); an administrator or coordinator imports an
//! adapted template (validated whole, every mistake with its line) and keeps the holidays.
//! A new version of a template serves cases opened after it; open cases keep theirs.

use chrono::{Datelike, NaiveDate};
use db::cases::{Holiday, StoredTemplate};
use domain::Permission;
use domain::deadline::holidays;
use domain::procedure::{SHIPPED, TemplateError, parse};

use crate::{Acting, AppResult, Clock, Error};

/// The largest template file accepted, in bytes.
pub const MAX_TEMPLATE_BYTES: usize = 256 * 1024;

/// Places whose own holidays are seeded (Milan, Turin).
const PLACES: [&str; 2] = ["015146", "001272"];

/// Stores the shipped templates not stored yet and the holidays of the years around
/// `today` (five back, two ahead) not stored yet, nationally and for the places the
/// calendar knows. Idempotent: run at every start.
pub async fn seed(db: &db::Database, today: NaiveDate) -> AppResult<()> {
    let now = today.and_hms_opt(0, 0, 0).unwrap_or_default();
    db.write_at(db::Origin::system(), now, move |tx| seed_in(tx, today))
        .await
}

/// [`seed`] inside a write the caller holds (the demo seeds synchronously).
pub fn seed_in(tx: &mut db::Tx<'_>, today: NaiveDate) -> AppResult<()> {
    for (_, src) in SHIPPED {
        let t = parse(src).map_err(|_| Error::NotFound)?;
        store_shipped(tx, &t, src)?;
    }
    let mut days = Vec::new();
    for year in today.year() - 5..=today.year() + 2 {
        if !db::cases::has_year(tx.conn, "", year)? {
            days.extend(holidays::italian(year).into_iter().map(|h| Holiday {
                place: String::new(),
                day: h.date,
                name: h.name.to_owned(),
            }));
        }
        for place in PLACES {
            if !db::cases::has_year(tx.conn, place, year)? {
                days.extend(holidays::local(place, year).into_iter().map(|h| Holiday {
                    place: place.to_owned(),
                    day: h.date,
                    name: h.name.to_owned(),
                }));
            }
        }
    }
    if !days.is_empty() {
        db::cases::add_holidays(tx, &days)?;
    }
    Ok(())
}

/// Stores a shipped template's version unless it is stored; the stored row either way.
pub(crate) fn store_shipped(
    tx: &mut db::Tx<'_>,
    t: &domain::procedure::Template,
    src: &str,
) -> AppResult<StoredTemplate> {
    if let Some(stored) =
        db::cases::template_version(tx.conn, t.id.get_ref(), *t.version.get_ref())?
    {
        return Ok(stored);
    }
    let stored = StoredTemplate {
        id: db::id::new_id(),
        template_key: t.id.get_ref().clone(),
        version: *t.version.get_ref(),
        name: t.name.clone(),
        region: t.region.clone(),
        source: src.to_owned(),
        imported_by: None,
        imported_at: tx.now,
    };
    db::cases::insert_template(tx, &stored)?;
    Ok(stored)
}

/// Why an import was refused: the template's mistakes, each with its line.
#[derive(Debug)]
pub enum ImportError {
    Invalid(Vec<TemplateError>),
    App(Error),
}

impl From<Error> for ImportError {
    fn from(e: Error) -> Self {
        ImportError::App(e)
    }
}

/// Imports a template: validated whole, stored as a new version (`TemplateVersionTaken`
/// when that version exists). Returns the stored row.
pub async fn import(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    source: &str,
) -> Result<StoredTemplate, ImportError> {
    who.scope(Permission::ManageProcedures)?;
    if source.len() > MAX_TEMPLATE_BYTES {
        return Err(ImportError::Invalid(vec![TemplateError {
            line: 0,
            key: "procedure-error-too-large",
            subject: String::new(),
        }]));
    }
    let t = parse(source).map_err(ImportError::Invalid)?;
    let stored = StoredTemplate {
        id: db::id::new_id(),
        template_key: t.id.get_ref().clone(),
        version: *t.version.get_ref(),
        name: t.name.clone(),
        region: t.region.clone(),
        source: source.to_owned(),
        imported_by: Some(who.actor.user_id.clone()),
        imported_at: clock.now(),
    };
    let row = stored.clone();
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            db::cases::insert_template(tx, &row)?;
            Ok(())
        },
    )
    .await?;
    Ok(stored)
}

/// Every stored template version.
pub async fn list(db: &db::Database, who: &Acting) -> AppResult<Vec<StoredTemplate>> {
    who.scope(Permission::ViewCases)?;
    Ok(db.read(db::cases::templates).await?)
}

/// One stored template version, parsed for its read-only page.
pub async fn show(
    db: &db::Database,
    who: &Acting,
    id: &str,
) -> AppResult<(StoredTemplate, domain::procedure::Template)> {
    who.scope(Permission::ViewCases)?;
    let id = id.to_owned();
    let stored = db.read(move |conn| db::cases::template(conn, &id)).await?;
    let t = parse(&stored.source).map_err(|_| Error::NotFound)?;
    Ok((stored, t))
}

/// The holidays stored for `year`.
pub async fn holidays_of(db: &db::Database, who: &Acting, year: i32) -> AppResult<Vec<Holiday>> {
    who.scope(Permission::ViewCases)?;
    Ok(db
        .read(move |conn| db::cases::holidays_of_year(conn, year))
        .await?)
}

/// Adds a holiday (a place's own when `place` is an ISTAT code, national when empty) and
/// recomputes the open cases' nearest deadlines.
pub async fn add_holiday(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    place: &str,
    day: NaiveDate,
    name: &str,
) -> AppResult<()> {
    who.scope(Permission::ManageProcedures)?;
    let place = place.trim().to_owned();
    if !(place.is_empty() || (place.len() == 6 && place.bytes().all(|b| b.is_ascii_digit()))) {
        return Err(domain::Invalid::new("place", "procedure-error-place").into());
    }
    let name = domain::bounds::text("name", name, 100)?;
    if name.is_empty() {
        return Err(domain::Invalid::new("name", "error-required").into());
    }
    domain::bounds::within("day", day)?;
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            db::cases::add_holidays(tx, &[Holiday { place, day, name }])?;
            refresh_all(tx)
        },
    )
    .await
}

/// Removes a holiday and recomputes the open cases' nearest deadlines.
pub async fn remove_holiday(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    place: &str,
    day: NaiveDate,
) -> AppResult<()> {
    who.scope(Permission::ManageProcedures)?;
    let place = place.to_owned();
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            db::cases::remove_holiday(tx, &place, day)?;
            refresh_all(tx)
        },
    )
    .await
}

/// The open cases' nearest deadlines again (holidays changed: working-day counts move).
/// Read as one batch — the cases, their states, their open tasks, the calendars — and
/// written only where the date moved, so a holiday costs a few queries, not a few per case.
fn refresh_all(tx: &mut db::Tx<'_>) -> AppResult<()> {
    let open = db::cases::all(
        tx.conn,
        &domain::permission::Scope::All,
        "",
        &db::cases::CaseFilter::default(),
    )?;
    let states = super::states_of(tx.conn, &open)?;
    let ids: Vec<String> = open.iter().map(|c| c.id.clone()).collect();
    let mut tasks: std::collections::HashMap<String, NaiveDate> = Default::default();
    for t in db::cases::open_tasks(tx.conn, &ids)? {
        let due = tasks.entry(t.case_id).or_insert(t.due_on);
        *due = (*due).min(t.due_on);
    }
    let calendars = super::Calendars::load(tx.conn)?;
    let mut templates = super::Templates::default();
    for case in &open {
        let Some(state) = states.get(&case.id) else {
            continue;
        };
        let t = templates.get(tx.conn, &case.template_id)?;
        let cal = calendars.of(&case.place);
        let due = domain::procedure::running(t, state, &cal)
            .into_iter()
            .map(|(_, due)| due.date)
            .chain(tasks.get(&case.id).copied())
            .min();
        if due != case.next_due {
            db::cases::set_next_due(tx, &case.id, due)?;
        }
    }
    Ok(())
}
