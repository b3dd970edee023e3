//! The papers generated from cases, by kind, subject (the case for a training project;
//! the promoter–host pair for a convention) and version: the facts printed (JSON), the
//! PDF's hash and its sealed file, and when a version went to the Region.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::procedure::papers::PaperKind;

use crate::schema::case_papers as p;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = p, treat_none_as_default_value = false)]
pub struct Paper {
    pub id: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub kind: PaperKind,
    pub subject: String,
    pub version: i64,
    /// The facts printed on it, a JSON object of field → text.
    pub facts: String,
    pub sha256: String,
    pub stored_name: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
}

/// The versions of a paper, newest first.
pub fn papers(conn: &mut DbConn, kind: PaperKind, subject: &str) -> DbResult<Vec<Paper>> {
    Ok(p::table
        .filter(p::kind.eq(kind.as_str()))
        .filter(p::subject.eq(subject))
        .order(p::version.desc())
        .select(Paper::as_select())
        .load(conn)?)
}

/// Stores a new version (numbered after the newest; the unique key refuses a second
/// writer of the same number). Audited `case.paper.generate`.
pub fn add_paper(tx: &mut Tx<'_>, paper: &Paper, case_id: &str) -> DbResult<()> {
    diesel::insert_into(p::table)
        .values(paper.clone())
        .execute(tx.conn)
        .map_err(crate::error::unique(domain::Conflict::CaseMoved))?;
    tx.audit("case.paper.generate", "case", case_id)
}

/// Marks the newest version of a paper as the one sent to the Region (when it had not
/// been sent).
pub fn submit_newest(tx: &mut Tx<'_>, kind: PaperKind, subject: &str) -> DbResult<()> {
    let newest: Option<String> = p::table
        .filter(p::kind.eq(kind.as_str()))
        .filter(p::subject.eq(subject))
        .order(p::version.desc())
        .select(p::id)
        .first(tx.conn)
        .optional()?;
    if let Some(id) = newest {
        diesel::update(
            p::table
                .filter(p::id.eq(id))
                .filter(p::submitted_at.is_null()),
        )
        .set(p::submitted_at.eq(Some(tx.now)))
        .execute(tx.conn)?;
    }
    Ok(())
}

/// One version by id, of the subject.
pub fn paper(conn: &mut DbConn, subject: &str, id: &str) -> DbResult<Paper> {
    Ok(p::table
        .filter(p::subject.eq(subject))
        .filter(p::id.eq(id))
        .select(Paper::as_select())
        .first(conn)?)
}

/// What the papers print beside the case's facts: the position the trainee was placed on,
/// the host and its registry data, the promoter of the host's territory.
#[derive(Debug, Clone, Default)]
pub struct PaperSources {
    pub position_title: String,
    pub occupation: String,
    pub required_skills: String,
    pub desired_skills: String,
    pub workplace: String,
    pub position_city: String,
    pub starts_on: Option<chrono::NaiveDate>,
    pub duration_months: i32,
    pub hours_per_week: i32,
    pub allowance_cents: i64,
    pub board: bool,
    pub lodging: bool,
    pub tutor_name: String,
    pub company: String,
    pub company_city: String,
    pub address: String,
    pub vat_number: Option<String>,
    pub ateco: Option<String>,
    pub promoter: String,
}

/// The sources of a case's papers (the case found with the reader's reach already).
pub fn paper_sources(conn: &mut DbConn, case: &super::Case) -> DbResult<PaperSources> {
    use crate::schema::{companies, organisations, placements, positions};
    let position_id: String = placements::table
        .filter(placements::id.eq(&case.placement_id))
        .select(placements::position_id)
        .first(conn)?;
    #[allow(clippy::type_complexity)]
    let (
        title,
        occupation,
        required,
        desired,
        workplace,
        city,
        starts_on,
        months,
        hours,
        allowance,
        board,
        lodging,
        tutor,
    ): (
        String,
        String,
        String,
        String,
        String,
        String,
        chrono::NaiveDate,
        i32,
        i32,
        i64,
        bool,
        bool,
        String,
    ) = positions::table
        .filter(positions::id.eq(&position_id))
        .select((
            positions::title,
            positions::occupation,
            positions::required_skills,
            positions::desired_skills,
            positions::workplace,
            positions::city,
            positions::starts_on,
            positions::duration_months,
            positions::hours_per_week,
            positions::allowance_cents,
            positions::board,
            positions::lodging,
            positions::tutor_name,
        ))
        .first(conn)?;
    let (company, company_city): (String, String) = organisations::table
        .filter(organisations::id.eq(&case.company_id))
        .select((organisations::name, organisations::city))
        .first(conn)?;
    let registry: Option<(String, Option<String>, Option<String>)> = companies::table
        .filter(companies::organisation_id.eq(&case.company_id))
        .select((companies::address, companies::vat_number, companies::ateco))
        .first(conn)
        .optional()?;
    let (address, vat_number, ateco) = registry.unwrap_or_default();
    let promoter: Option<String> = match &case.territory_id {
        Some(t) => organisations::table
            .filter(organisations::territory_id.eq(t))
            .filter(organisations::kind.eq(domain::OrganisationKind::Promoter.as_str()))
            .select(organisations::name)
            .order(organisations::name.asc())
            .first(conn)
            .optional()?,
        None => None,
    };
    Ok(PaperSources {
        position_title: title,
        occupation,
        required_skills: required,
        desired_skills: desired,
        workplace,
        position_city: city,
        starts_on: Some(starts_on),
        duration_months: months,
        hours_per_week: hours,
        allowance_cents: allowance,
        board,
        lodging,
        tutor_name: tutor,
        company,
        company_city,
        address,
        vat_number,
        ateco,
        promoter: promoter.unwrap_or_default(),
    })
}

/// The open cases of a host in a programme (a convention covers them all): (case id,
/// candidate id), oldest first.
pub fn host_cases(
    conn: &mut DbConn,
    programme_id: &str,
    company_id: &str,
) -> DbResult<Vec<(String, String)>> {
    use crate::schema::cases;
    Ok(cases::table
        .filter(cases::programme_id.eq(programme_id))
        .filter(cases::company_id.eq(company_id))
        .filter(cases::closed.eq(false))
        .order(cases::created_at.asc())
        .select((cases::id, cases::candidate_id))
        .load(conn)?)
}
