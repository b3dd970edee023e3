//! Traineeship positions of host companies. A position names an ESCO occupation when its
//! `occupation` is one's preferred label (`occupation_uri`; the ISCO code is then ESCO's).
//! The rules a position must meet are checked by `app::positions`, not here.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::cefr::Cefr;
use domain::permission::Scope;
use domain::position::{PositionDraft, PositionStatus};
use serde::Serialize;

use crate::schema::{organisations, positions};
use crate::{DbConn, DbResult, Tx, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = positions)]
pub struct Position {
    pub id: String,
    pub programme_id: String,
    pub company_id: String,
    pub title: String,
    pub occupation: String,
    pub isco_code: Option<String>,
    pub required_skills: String,
    pub desired_skills: String,
    #[diesel(deserialize_as = String)]
    pub min_italian: Cefr,
    pub education_level: i32,
    pub city: String,
    pub workplace: String,
    pub starts_on: NaiveDate,
    pub duration_months: i32,
    pub hours_per_week: i32,
    pub allowance_cents: i64,
    pub board: bool,
    pub lodging: bool,
    pub tutor_name: String,
    pub places: i32,
    #[diesel(deserialize_as = String)]
    pub status: PositionStatus,
    pub status_note: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The ESCO occupation, when `occupation` is one's preferred label.
    pub occupation_uri: Option<String>,
    /// The language `title` and `description` are written in (the original; versions in
    /// other languages are in `content`).
    #[diesel(deserialize_as = String)]
    pub lang: domain::Locale,
    /// What the trainee will do, for candidates; may be empty.
    pub description: String,
}

/// A position with its company's name, for lists.
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    #[serde(flatten)]
    pub position: Position,
    pub company_name: String,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub company_id: Option<String>,
    pub status: Option<PositionStatus>,
}

pub fn list(conn: &mut DbConn, scope: &Scope, filter: &Filter) -> DbResult<Vec<Listed>> {
    let mut q = positions::table
        .inner_join(organisations::table)
        .select((Position::as_select(), organisations::name))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(positions::company_id.eq_any(ids));
    }
    if let Some(c) = &filter.company_id {
        q = q.filter(positions::company_id.eq(c.clone()));
    }
    if let Some(s) = filter.status {
        q = q.filter(positions::status.eq(s.as_str()));
    }
    let rows: Vec<(Position, String)> = q
        .order((organisations::name.asc(), positions::title.asc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(position, company_name)| Listed {
            position,
            company_name,
        })
        .collect())
}

/// One position if its company is within `scope`; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Listed> {
    let mut q = positions::table
        .inner_join(organisations::table)
        .filter(positions::id.eq(id.to_owned()))
        .select((Position::as_select(), organisations::name))
        .into_boxed();
    if let Some(ids) = scope::organisation_ids(conn, scope)? {
        q = q.filter(positions::company_id.eq_any(ids));
    }
    let (position, company_name) = q.first(conn)?;
    Ok(Listed {
        position,
        company_name,
    })
}

/// The ESCO occupation a position names, and the ISCO code to store: ESCO's when the
/// occupation is an ESCO preferred label, the one typed otherwise.
fn esco_of(conn: &mut DbConn, d: &PositionDraft) -> DbResult<(Option<String>, Option<String>)> {
    Ok(
        match crate::taxonomy::occupation_by_label(conn, &d.occupation)? {
            Some(o) if !o.isco_code.is_empty() => (Some(o.uri), Some(o.isco_code)),
            Some(o) => (Some(o.uri), d.isco_code.clone()),
            None => (None, d.isco_code.clone()),
        },
    )
}

/// The columns a position's form sets: written alike when it is created and when it is
/// edited, so the two cannot drift apart.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = positions,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
struct Fields<'a> {
    title: &'a str,
    description: &'a str,
    occupation: &'a str,
    occupation_uri: Option<String>,
    isco_code: Option<String>,
    required_skills: &'a str,
    desired_skills: &'a str,
    min_italian: &'static str,
    education_level: i32,
    city: &'a str,
    workplace: &'a str,
    starts_on: NaiveDate,
    duration_months: i32,
    hours_per_week: i32,
    allowance_cents: i64,
    board: bool,
    lodging: bool,
    tutor_name: &'a str,
    places: i32,
    lang: &'static str,
    updated_at: NaiveDateTime,
}

fn fields<'a>(conn: &mut DbConn, d: &'a PositionDraft, now: NaiveDateTime) -> DbResult<Fields<'a>> {
    let (occupation_uri, isco_code) = esco_of(conn, d)?;
    Ok(Fields {
        title: &d.title,
        description: &d.description,
        occupation: &d.occupation,
        occupation_uri,
        isco_code,
        required_skills: &d.required_skills,
        desired_skills: &d.desired_skills,
        min_italian: d.min_italian.as_str(),
        education_level: d.education_level,
        city: &d.city,
        workplace: &d.workplace,
        starts_on: d.starts_on,
        duration_months: d.duration_months,
        hours_per_week: d.hours_per_week,
        allowance_cents: d.allowance_cents,
        board: d.board,
        lodging: d.lodging,
        tutor_name: &d.tutor_name,
        places: d.places,
        lang: d.lang.as_str(),
        updated_at: now,
    })
}

pub fn create(
    tx: &mut Tx<'_>,
    programme_id: &str,
    company_id: &str,
    d: &PositionDraft,
) -> DbResult<String> {
    let id = new_id();
    let fields = fields(tx.conn, d, tx.now)?;
    diesel::insert_into(positions::table)
        .values((
            fields,
            positions::id.eq(&id),
            positions::programme_id.eq(programme_id),
            positions::company_id.eq(company_id),
            positions::status.eq(PositionStatus::Draft.as_str()),
            positions::status_note.eq(""),
            positions::created_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("position.create", "position", &id)?;
    Ok(id)
}

pub fn update(tx: &mut Tx<'_>, id: &str, d: &PositionDraft) -> DbResult<()> {
    let fields = fields(tx.conn, d, tx.now)?;
    diesel::update(positions::table.filter(positions::id.eq(id)))
        .set(fields)
        .execute(tx.conn)?;
    tx.audit("position.update", "position", id)
}

pub fn set_status(tx: &mut Tx<'_>, id: &str, status: PositionStatus, note: &str) -> DbResult<()> {
    diesel::update(positions::table.filter(positions::id.eq(id)))
        .set((
            positions::status.eq(status.as_str()),
            positions::status_note.eq(note),
            positions::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit(&format!("position.{}", status.as_str()), "position", id)
}

/// Records the language a position's original text is written in. The caller has checked
/// the writer's reach and writes the audit entry of the save.
pub fn set_lang(tx: &mut Tx<'_>, id: &str, lang: domain::Locale) -> DbResult<()> {
    diesel::update(positions::table.filter(positions::id.eq(id)))
        .set(positions::lang.eq(lang.as_str()))
        .execute(tx.conn)?;
    Ok(())
}

/// Open places (open positions' places) that `scope` reaches.
pub fn open_places(conn: &mut DbConn, scope: &Scope) -> DbResult<i64> {
    let rows = list(
        conn,
        scope,
        &Filter {
            company_id: None,
            status: Some(PositionStatus::Open),
        },
    )?;
    Ok(rows.iter().map(|r| i64::from(r.position.places)).sum())
}
