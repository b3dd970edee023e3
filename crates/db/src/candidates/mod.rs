//! Candidates and their applications (one row per candidate and call), their profile and
//! their timeline. Reads take the actor's [`Scope`]: all, programmes, the countries of
//! residence of an agency's organisations ([`Scope::Residence`]), or one's own.

mod counts;
mod entry;
mod esco;
mod free_skills;
mod list;
mod terms;
mod write;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Country;
use domain::candidate::{LanguageLevels, Status};
use domain::eligibility::Outcome;
use domain::permission::Scope;

use crate::schema::programme_organisations as po;
use crate::schema::{candidate_events as ev, candidate_profiles as cp, candidates, organisations};
use crate::{DbConn, DbResult};

pub use counts::{at_status_by_call, not_at_status};
pub use entry::*;
pub use esco::*;
pub use free_skills::*;
pub use list::{ListFilter, Sort, export, list};
pub(crate) use terms::set_terms;
pub use terms::terms_of;
pub use write::*;

/// An application as stored: one field list for reading a row and for inserting one
/// (a draft, staff entry, an import, demo seeding), so the two cannot drift apart. The typed
/// fields are written as the text the column holds and parsed back when read. Being
/// insertable with `serialize_as` fields, it is inserted by value, not by reference.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = candidates, treat_none_as_default_value = false)]
pub struct Candidate {
    pub id: String,
    pub programme_id: String,
    pub call_id: String,
    pub user_id: Option<String>,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub status: Status,
    pub step: i64,
    pub family_name: String,
    pub given_names: String,
    pub family_name_ar: Option<String>,
    pub given_names_ar: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub sex: String,
    /// `None` until the candidate has given it (a draft); stored as blank.
    #[diesel(deserialize_as = crate::MaybeBlank, serialize_as = crate::MaybeBlank)]
    pub nationality: Option<Country>,
    #[diesel(deserialize_as = crate::MaybeBlank, serialize_as = crate::MaybeBlank)]
    pub residence_country: Option<Country>,
    pub residence_territory_id: Option<String>,
    pub email: String,
    pub phone: String,
    pub whatsapp: Option<String>,
    pub passport_sealed: Option<String>,
    pub passport_index: Option<String>,
    pub italian_rank: i64,
    pub consent_version: Option<String>,
    pub consent_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub eligibility: String,
    pub eligible: bool,
    pub override_reason: Option<String>,
    pub decision_reason: Option<String>,
    pub search_text: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Candidate {
    pub fn outcomes(&self) -> Vec<Outcome> {
        serde_json::from_str(&self.eligibility).unwrap_or_default()
    }

    /// Passed the rules, or a failure was overridden with a justification.
    pub fn passes(&self) -> bool {
        self.eligible || self.override_reason.is_some()
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = cp, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct Profile {
    pub candidate_id: String,
    pub isced_level: Option<i64>,
    pub field_of_study: String,
    pub qualification_title: String,
    pub qualification_date: Option<NaiveDate>,
    pub languages: String,
    pub experience: String,
    pub sectors: String,
    pub cities: String,
    pub available_from: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
}

impl Profile {
    pub fn languages(&self) -> LanguageLevels {
        LanguageLevels::decode(&self.languages)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ev, treat_none_as_default_value = false)]
pub struct Event {
    pub id: String,
    pub candidate_id: String,
    pub at: NaiveDateTime,
    pub actor: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub note: Option<String>,
}

type Backend = <DbConn as diesel::Connection>::Backend;

/// Narrows a boxed query of the `candidates` table (any selection, grouped or not) to the
/// applications `scope` reaches.
macro_rules! reached {
    ($q:expr, $scope:expr, $actor_id:expr) => {{
        let q = $q;
        match $scope {
            Scope::All => q,
            // One programme (the usual case) as `=`: PostgreSQL keeps an index's order for
            // `=` but not for `= ANY(array)`, and the list's pages rely on that order.
            Scope::Programmes(ps) if ps.len() == 1 => {
                q.filter(candidates::programme_id.eq(ps[0].clone()))
            }
            Scope::Programmes(ps) => q.filter(candidates::programme_id.eq_any(ps.clone())),
            Scope::Residence(orgs) => {
                let countries = organisations::table
                    .filter(organisations::id.eq_any(orgs.clone()))
                    .select(organisations::country);
                let programmes = po::table
                    .filter(po::organisation_id.eq_any(orgs.clone()))
                    .select(po::programme_id);
                q.filter(candidates::residence_country.eq_any(countries))
                    .filter(candidates::programme_id.eq_any(programmes))
            }
            Scope::OwnAccount => q.filter(candidates::user_id.eq($actor_id.to_owned())),
            // Mediators and mentors: the participants of the cases they hold a duty in.
            Scope::Assigned => {
                use $crate::schema::{case_people, cases};
                let held = case_people::table
                    .filter(case_people::user_id.eq($actor_id.to_owned()))
                    .select(case_people::case_id);
                let people = cases::table
                    .filter(cases::id.eq_any(held))
                    .select(cases::candidate_id);
                q.filter(candidates::id.eq_any(people))
            }
            // Organisation and territory scopes reach no candidate: candidates belong to no
            // partner, and territorial reach is for companies.
            Scope::Organisations(_) | Scope::Territories(_) => q.filter(candidates::id.eq("")),
        }
    }};
}
pub(crate) use reached;

/// Candidates `scope` reaches, as a query to add filters to.
pub(crate) fn scoped(scope: &Scope, actor_id: &str) -> candidates::BoxedQuery<'static, Backend> {
    reached!(candidates::table.into_boxed(), scope, actor_id)
}

/// One candidate if `scope` reaches them; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, actor_id: &str, id: &str) -> DbResult<Candidate> {
    Ok(scoped(scope, actor_id)
        .filter(candidates::id.eq(id.to_owned()))
        .select(Candidate::as_select())
        .first(conn)?)
}

/// The profile of a candidate already found through [`find`].
pub fn profile(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Option<Profile>> {
    Ok(cp::table
        .filter(cp::candidate_id.eq(&candidate.id))
        .select(Profile::as_select())
        .first(conn)
        .optional()?)
}

/// The timeline of a candidate already found through [`find`], oldest first.
pub fn events(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Vec<Event>> {
    Ok(ev::table
        .filter(ev::candidate_id.eq(&candidate.id))
        .select(Event::as_select())
        .order(ev::at.asc())
        .load(conn)?)
}

/// The applications of one account (a person may apply to several calls).
pub fn of_user(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<Candidate>> {
    Ok(candidates::table
        .filter(candidates::user_id.eq(user_id))
        .select(Candidate::as_select())
        .order(candidates::created_at.desc())
        .load(conn)?)
}

/// How many other applications carry the same passport (by blind index).
pub fn same_passport(conn: &mut DbConn, candidate: &Candidate) -> DbResult<i64> {
    let Some(index) = &candidate.passport_index else {
        return Ok(0);
    };
    Ok(candidates::table
        .filter(candidates::passport_index.eq(index))
        .filter(candidates::id.ne(&candidate.id))
        .count()
        .get_result(conn)?)
}

/// The countries of residence an application entered by someone with `scope` must have:
/// `None` when any country will do (coordinators, administrators).
pub fn residence_countries(conn: &mut DbConn, scope: &Scope) -> DbResult<Option<Vec<String>>> {
    Ok(match scope {
        Scope::All | Scope::Programmes(_) => None,
        Scope::Residence(orgs) => Some(
            organisations::table
                .filter(organisations::id.eq_any(orgs.clone()))
                .select(organisations::country)
                .load(conn)?,
        ),
        Scope::OwnAccount | Scope::Assigned | Scope::Organisations(_) | Scope::Territories(_) => {
            Some(Vec::new())
        }
    })
}
