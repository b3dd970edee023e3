//! The art. 27 cases: one per accepted placement, read always through the actor's
//! [`Scope`] (coordinators their programmes, promoters their territory's companies, a
//! company its own trainees, agencies the trainees of their countries, mediators and mentors
//! the cases they are assigned to (`people`), a trainee their own). A case out of reach is answered like a missing one.
//!
//! What a case holds is in the files beside: its path and facts (`write`), documents,
//! tasks people add, generated papers; the templates and holidays it is computed with;
//! people's calendar feeds; the escalations already sent.

mod documents;
mod escalations;
mod feeds;
mod holidays;
mod list;
mod papers;
mod people;
mod tasks;
mod templates;
mod write;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::permission::Scope;

use crate::schema::{case_facts, case_steps, cases};
use crate::{DbConn, DbResult};

pub use documents::*;
pub use escalations::*;
pub use feeds::*;
pub use holidays::*;
pub use list::*;
pub use papers::*;
pub use people::*;
pub use tasks::*;
pub use templates::*;
pub use write::*;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = cases, treat_none_as_default_value = false)]
pub struct Case {
    pub id: String,
    pub reference: String,
    pub placement_id: String,
    pub programme_id: String,
    pub call_id: String,
    pub candidate_id: String,
    pub company_id: String,
    pub territory_id: Option<String>,
    /// The host's city, as the company's organisation records it.
    pub city: String,
    /// The ISTAT code whose local holidays count ('' national only).
    pub place: String,
    /// The trainee's country of residence.
    pub country: String,
    pub template_id: String,
    pub step: String,
    pub step_since: NaiveDate,
    /// The earliest date of a deadline running now, kept with every change so the list
    /// sorts by urgency on an index.
    pub next_due: Option<NaiveDate>,
    pub closed: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// One step a case entered.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_steps, treat_none_as_default_value = false)]
pub struct StepEntry {
    pub case_id: String,
    pub seq: i64,
    pub step: String,
    pub entered_on: NaiveDate,
    pub entered_at: Option<NaiveDateTime>,
    pub by_user: Option<String>,
    pub note: String,
    pub recorded_at: NaiveDateTime,
    /// Days spent in the step, once the case entered the next (what the board sums).
    pub days: Option<i64>,
}

/// A recorded fact; `value` is sealed when `sealed` (the caller opens it).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_facts, treat_none_as_default_value = false)]
pub struct Fact {
    pub case_id: String,
    pub field: String,
    pub value: String,
    pub sealed: bool,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

pub(crate) type Backend = <DbConn as diesel::Connection>::Backend;

/// Narrows a boxed query of the `cases` table to the cases `scope` reaches.
macro_rules! reached {
    ($q:expr, $scope:expr, $actor_id:expr) => {{
        let q = $q;
        match $scope {
            Scope::All => q,
            Scope::Programmes(ps) => {
                q.filter($crate::schema::cases::programme_id.eq_any(ps.clone()))
            }
            Scope::Territories(ts) => {
                q.filter($crate::schema::cases::territory_id.eq_any(ts.clone()))
            }
            Scope::Organisations(os) => {
                q.filter($crate::schema::cases::company_id.eq_any(os.clone()))
            }
            Scope::Residence(orgs) => {
                use $crate::schema::{
                    cases as c, organisations as o, programme_organisations as po,
                };
                let countries = o::table
                    .filter(o::id.eq_any(orgs.clone()))
                    .select(o::country);
                let programmes = po::table
                    .filter(po::organisation_id.eq_any(orgs.clone()))
                    .select(po::programme_id);
                q.filter(c::country.eq_any(countries))
                    .filter(c::programme_id.eq_any(programmes))
            }
            Scope::Assigned => {
                use $crate::schema::{case_people as cp, cases as c};
                let held = cp::table
                    .filter(cp::user_id.eq($actor_id.to_owned()))
                    .select(cp::case_id);
                q.filter(c::id.eq_any(held))
            }
            Scope::OwnAccount => {
                use $crate::schema::{candidates as cd, cases as c};
                let own = cd::table
                    .filter(cd::user_id.eq($actor_id.to_owned()))
                    .select(cd::id);
                q.filter(c::candidate_id.eq_any(own))
            }
        }
    }};
}
pub(crate) use reached;

/// One case if `scope` reaches it; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, actor_id: &str, id: &str) -> DbResult<Case> {
    Ok(reached!(cases::table.into_boxed(), scope, actor_id)
        .filter(cases::id.eq(id))
        .select(Case::as_select())
        .first(conn)?)
}

/// The case of a placement, if one was opened (no scope: for the use case that opens it).
pub fn of_placement(conn: &mut DbConn, placement_id: &str) -> DbResult<Option<Case>> {
    Ok(cases::table
        .filter(cases::placement_id.eq(placement_id))
        .select(Case::as_select())
        .first(conn)
        .optional()?)
}

/// A case's path, in order.
pub fn path(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<StepEntry>> {
    Ok(case_steps::table
        .filter(case_steps::case_id.eq(case_id))
        .order(case_steps::seq.asc())
        .select(StepEntry::as_select())
        .load(conn)?)
}

/// A case's facts, by field.
pub fn facts(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Fact>> {
    Ok(case_facts::table
        .filter(case_facts::case_id.eq(case_id))
        .order(case_facts::field.asc())
        .select(Fact::as_select())
        .load(conn)?)
}

/// The trainee's family and given names and the host's name, for a case within reach.
pub fn names(conn: &mut DbConn, case: &Case) -> DbResult<(String, String, String)> {
    use crate::schema::{candidates, organisations};
    let (family, given): (String, String) = candidates::table
        .filter(candidates::id.eq(&case.candidate_id))
        .select((candidates::family_name, candidates::given_names))
        .first(conn)?;
    let company: String = organisations::table
        .filter(organisations::id.eq(&case.company_id))
        .select(organisations::name)
        .first(conn)?;
    Ok((family, given, company))
}

/// What opening a case needs to know of its placement.
#[derive(Debug, Clone)]
pub struct PlacementFacts {
    pub programme_id: String,
    pub call_id: String,
    pub candidate_id: String,
    pub company_id: String,
    pub territory_id: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub country: String,
}

/// The placement's call, programme, trainee's country and host's place (no scope: read in
/// the write that accepted the placement, whose reach was checked).
pub fn placement_facts(conn: &mut DbConn, placement_id: &str) -> DbResult<PlacementFacts> {
    use crate::schema::{calls, candidates, companies, organisations, placements};
    let (call_id, candidate_id, company_id): (String, String, String) = placements::table
        .filter(placements::id.eq(placement_id))
        .select((
            placements::call_id,
            placements::candidate_id,
            placements::company_id,
        ))
        .first(conn)?;
    let programme_id: String = calls::table
        .filter(calls::id.eq(&call_id))
        .select(calls::programme_id)
        .first(conn)?;
    let country: String = candidates::table
        .filter(candidates::id.eq(&candidate_id))
        .select(candidates::residence_country)
        .first(conn)?;
    let (territory_id, city): (Option<String>, String) = organisations::table
        .filter(organisations::id.eq(&company_id))
        .select((organisations::territory_id, organisations::city))
        .first(conn)?;
    let region: Option<String> = companies::table
        .filter(companies::organisation_id.eq(&company_id))
        .select(companies::region)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten();
    Ok(PlacementFacts {
        programme_id,
        call_id,
        candidate_id,
        company_id,
        territory_id,
        city,
        region,
        country,
    })
}

/// The trainee's identity as the host's papers need it (the passport still sealed, the
/// birth place and codice fiscale are sealed facts the caller opens).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub family_name: String,
    pub given_names: String,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: Option<String>,
    pub codice_fiscale: Option<String>,
    pub passport_number: Option<String>,
    pub nationality: String,
}

/// A trainee's identity and sealed passport number.
#[derive(Debug, Clone)]
pub struct TraineeIdentity {
    pub identity: Identity,
    pub passport_sealed: Option<String>,
}

/// The identity of candidate `candidate_id` (no scope: the caller found the case with its
/// reach and audits the reading).
pub fn trainee_identity(conn: &mut DbConn, candidate_id: &str) -> DbResult<TraineeIdentity> {
    use crate::schema::candidates as c;
    let (family_name, given_names, birth_date, nationality, passport_sealed): (
        String,
        String,
        Option<NaiveDate>,
        String,
        Option<String>,
    ) = c::table
        .filter(c::id.eq(candidate_id))
        .select((
            c::family_name,
            c::given_names,
            c::birth_date,
            c::nationality,
            c::passport_sealed,
        ))
        .first(conn)?;
    Ok(TraineeIdentity {
        identity: Identity {
            family_name,
            given_names,
            birth_date,
            nationality,
            ..Identity::default()
        },
        passport_sealed,
    })
}

/// What the rules of many cases read, in a few queries (not one per case): their paths,
/// their documents' kinds (the case's and its application's) and their facts' names.
#[derive(Debug, Default)]
pub struct Batch {
    pub steps: Vec<StepEntry>,
    /// (case id, kind).
    pub case_documents: Vec<(String, String)>,
    /// (candidate id, kind).
    pub candidate_documents: Vec<(String, String)>,
    /// (case id, field).
    pub facts: Vec<(String, String)>,
}

/// The batch of `cases`.
pub fn batch(conn: &mut DbConn, cases: &[Case]) -> DbResult<Batch> {
    use crate::schema::{candidate_documents as cd, case_documents as docs};
    let mut b = Batch::default();
    for chunk in cases.chunks(5000) {
        let ids: Vec<&str> = chunk.iter().map(|c| c.id.as_str()).collect();
        let candidates: Vec<&str> = chunk.iter().map(|c| c.candidate_id.as_str()).collect();
        b.steps.extend(
            case_steps::table
                .filter(case_steps::case_id.eq_any(&ids))
                .order((case_steps::case_id.asc(), case_steps::seq.asc()))
                .select(StepEntry::as_select())
                .load(conn)?,
        );
        b.case_documents.extend(
            docs::table
                .filter(docs::case_id.eq_any(&ids))
                .select((docs::case_id, docs::kind))
                .load::<(String, String)>(conn)?,
        );
        b.candidate_documents.extend(
            cd::table
                .filter(cd::candidate_id.eq_any(&candidates))
                .select((cd::candidate_id, cd::kind))
                .load::<(String, String)>(conn)?,
        );
        b.facts.extend(
            case_facts::table
                .filter(case_facts::case_id.eq_any(&ids))
                .select((case_facts::case_id, case_facts::field))
                .load::<(String, String)>(conn)?,
        );
    }
    Ok(b)
}
