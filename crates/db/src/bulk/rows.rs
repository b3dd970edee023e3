//! The rows `bulk` writes, one struct per table, every column named (no default taken
//! silently), so a generated row is as complete as one the application writes.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::Insertable;

use crate::candidates::{Candidate, Profile};
use crate::schema::{
    candidate_esco, candidate_profiles, candidate_terms, candidates, companies, follow_ups,
    organisations, outcomes, outreach_contacts, placements, positions, programme_organisations,
    selection_scores, traineeships,
};

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = organisations, treat_none_as_default_value = false)]
pub struct NewOrganisation {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub territory_id: Option<String>,
    pub city: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = programme_organisations, treat_none_as_default_value = false)]
pub struct ProgrammeMember {
    pub programme_id: String,
    pub organisation_id: String,
}

/// A host company's profile (its organisation row comes first).
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = companies, treat_none_as_default_value = false)]
pub struct NewCompany {
    pub organisation_id: String,
    pub vat_number: Option<String>,
    pub tax_code: Option<String>,
    pub ateco: Option<String>,
    pub employees: Option<i32>,
    pub address: String,
    pub region: Option<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub notes: String,
    pub stage: String,
    pub stage_changed_at: NaiveDateTime,
    pub owner_id: Option<String>,
    pub safety_compliant: Option<bool>,
    pub disability_compliant: Option<bool>,
    pub no_recent_dismissals: Option<bool>,
    pub no_insolvency: Option<bool>,
    pub no_wage_support: Option<bool>,
    pub checklist_updated_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = outreach_contacts, treat_none_as_default_value = false)]
pub struct NewOutreachContact {
    pub id: String,
    pub company_id: String,
    pub campaign_id: Option<String>,
    pub kind: String,
    pub happened_on: NaiveDate,
    pub author_id: Option<String>,
    pub notes: String,
    pub follow_up_on: Option<NaiveDate>,
    pub follow_up_done: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = positions, treat_none_as_default_value = false)]
pub struct NewPosition {
    pub id: String,
    pub programme_id: String,
    pub company_id: String,
    pub title: String,
    pub occupation: String,
    pub isco_code: Option<String>,
    pub required_skills: String,
    pub desired_skills: String,
    pub min_italian: String,
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
    pub status: String,
    pub status_note: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub occupation_uri: Option<String>,
    pub lang: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = selection_scores, treat_none_as_default_value = false)]
pub struct NewScore {
    pub id: String,
    pub candidate_id: String,
    pub criterion_id: String,
    pub assessor_id: String,
    pub score: i64,
    pub note: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = placements, treat_none_as_default_value = false)]
pub struct NewPlacement {
    pub id: String,
    pub run_id: Option<String>,
    pub call_id: String,
    pub candidate_id: String,
    pub position_id: String,
    pub company_id: String,
    pub status: String,
    pub score: i64,
    pub note: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub interview_slot_id: Option<String>,
    pub reversed_at: Option<NaiveDateTime>,
    pub reversed_by: Option<String>,
    pub reversal_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = traineeships, treat_none_as_default_value = false)]
pub struct NewTraineeship {
    pub case_id: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours_per_week: i64,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = outcomes, treat_none_as_default_value = false)]
pub struct NewOutcome {
    pub case_id: String,
    pub kind: String,
    pub day: NaiveDate,
    pub country: String,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = follow_ups, treat_none_as_default_value = false)]
pub struct NewFollowUp {
    pub case_id: String,
    pub months: i64,
    pub done_on: NaiveDate,
    pub country: String,
    pub working: bool,
    pub sector: String,
    pub occupation: String,
    pub remittances: bool,
    pub business_links: bool,
    pub further_mobility: bool,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
}

/// An application's profile with the French and English ranks the list filters on, in
/// one row (what `candidates::set_language_ranks` would otherwise update after).
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = candidate_profiles, treat_none_as_default_value = false)]
pub(crate) struct ProfileRow<'a> {
    pub candidate_id: &'a str,
    pub isced_level: Option<i64>,
    pub field_of_study: &'a str,
    pub qualification_title: &'a str,
    pub qualification_date: Option<NaiveDate>,
    pub languages: &'a str,
    pub experience: &'a str,
    pub sectors: &'a str,
    pub cities: &'a str,
    pub available_from: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
    pub french_rank: i64,
    pub english_rank: i64,
}

impl<'a> ProfileRow<'a> {
    /// The profile's row, its ranks read from its language levels (none is rank 0).
    pub fn of(p: &'a Profile) -> Self {
        let levels = p.languages();
        let rank = |language| levels.level(language).map_or(0, |c| c.rank());
        ProfileRow {
            candidate_id: &p.candidate_id,
            isced_level: p.isced_level,
            field_of_study: &p.field_of_study,
            qualification_title: &p.qualification_title,
            qualification_date: p.qualification_date,
            languages: &p.languages,
            experience: &p.experience,
            sectors: &p.sectors,
            cities: &p.cities,
            available_from: p.available_from,
            updated_at: p.updated_at,
            french_rank: rank("fr"),
            english_rank: rank("en"),
        }
    }
}

/// An application's row with the French and English ranks of its profile
/// (`french_english_rank`, French × 10 + English), written with the row rather than
/// updated after it: an update of an indexed column writes a new entry in each of the
/// table's indexes and leaves a dead row behind, a million times over at scale.
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = candidates, treat_none_as_default_value = false)]
pub(crate) struct CandidateRow<'a> {
    pub id: &'a str,
    pub programme_id: &'a str,
    pub call_id: &'a str,
    pub user_id: Option<&'a str>,
    pub status: &'static str,
    pub step: i64,
    pub family_name: &'a str,
    pub given_names: &'a str,
    pub family_name_ar: Option<&'a str>,
    pub given_names_ar: Option<&'a str>,
    pub birth_date: Option<NaiveDate>,
    pub sex: &'a str,
    pub nationality: String,
    pub residence_country: String,
    pub residence_territory_id: Option<&'a str>,
    pub email: &'a str,
    pub phone: &'a str,
    pub whatsapp: Option<&'a str>,
    pub passport_sealed: Option<&'a str>,
    pub passport_index: Option<&'a str>,
    pub italian_rank: i64,
    pub consent_version: Option<&'a str>,
    pub consent_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub eligibility: &'a str,
    pub eligible: bool,
    pub override_reason: Option<&'a str>,
    pub decision_reason: Option<&'a str>,
    pub search_text: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub french_english_rank: i64,
}

impl<'a> CandidateRow<'a> {
    /// The row of `c`, whose profile is `p` (its ranks as `ProfileRow` reads them).
    pub fn of(c: &'a Candidate, p: &ProfileRow<'_>) -> Self {
        let country = |c: Option<domain::Country>| c.map(String::from).unwrap_or_default();
        CandidateRow {
            id: &c.id,
            programme_id: &c.programme_id,
            call_id: &c.call_id,
            user_id: c.user_id.as_deref(),
            status: c.status.as_str(),
            step: c.step,
            family_name: &c.family_name,
            given_names: &c.given_names,
            family_name_ar: c.family_name_ar.as_deref(),
            given_names_ar: c.given_names_ar.as_deref(),
            birth_date: c.birth_date,
            sex: &c.sex,
            nationality: country(c.nationality),
            residence_country: country(c.residence_country),
            residence_territory_id: c.residence_territory_id.as_deref(),
            email: &c.email,
            phone: &c.phone,
            whatsapp: c.whatsapp.as_deref(),
            passport_sealed: c.passport_sealed.as_deref(),
            passport_index: c.passport_index.as_deref(),
            italian_rank: c.italian_rank,
            consent_version: c.consent_version.as_deref(),
            consent_at: c.consent_at,
            submitted_at: c.submitted_at,
            eligibility: &c.eligibility,
            eligible: c.eligible,
            override_reason: c.override_reason.as_deref(),
            decision_reason: c.decision_reason.as_deref(),
            search_text: &c.search_text,
            created_at: c.created_at,
            updated_at: c.updated_at,
            french_english_rank: p.french_rank * 10 + p.english_rank,
        }
    }
}

/// One word an application is found by.
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = candidate_terms, treat_none_as_default_value = false)]
pub(crate) struct NewTerm<'a> {
    pub term: &'a str,
    pub candidate_id: &'a str,
}

/// One ESCO occupation or skill of an application.
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = candidate_esco, treat_none_as_default_value = false)]
pub(crate) struct NewEsco<'a> {
    pub candidate_id: &'a str,
    pub kind: &'a str,
    pub uri: &'a str,
    pub label: &'a str,
    pub label_lower: &'a str,
    pub created_at: NaiveDateTime,
}
