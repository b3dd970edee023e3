//! Host companies: an organisation of kind `host_company` with its profile, checklist
//! declarations and outreach stage. A company registered only as an organisation (no
//! profile row yet) reads as a prospect at stage "identified". A VAT number shared with
//! another company is flagged ([`same_vat`]), never refused; [`places_held`] is what the
//! headcount cap counts.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::company::CompanyDraft;
use domain::host_rules::Declarations;
use domain::outreach::Stage;
use domain::permission::Scope;
use domain::{Country, OrganisationKind};
use serde::Serialize;

use crate::organisations::{Organisation, OrganisationDraft};
use crate::schema::{companies, organisations, positions};
use crate::{DbConn, DbError, DbResult, Tx, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize, Default)]
#[diesel(table_name = companies)]
pub struct Profile {
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
    #[diesel(deserialize_as = String)]
    pub stage: Stage,
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

impl Profile {
    pub fn declarations(&self) -> Declarations {
        Declarations {
            safety_compliant: self.safety_compliant,
            disability_compliant: self.disability_compliant,
            no_recent_dismissals: self.no_recent_dismissals,
            no_insolvency: self.no_insolvency,
            no_wage_support: self.no_wage_support,
        }
    }
}

/// A company with its organisation record.
#[derive(Debug, Clone, Serialize)]
pub struct Company {
    #[serde(flatten)]
    pub organisation: Organisation,
    pub profile: Option<Profile>,
}

impl Company {
    pub fn stage(&self) -> Stage {
        self.profile.as_ref().map_or(Stage::Identified, |p| p.stage)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub stage: Option<Stage>,
    pub territory_id: Option<String>,
    /// Part of the name or VAT number.
    pub query: Option<String>,
}

type Backend = <DbConn as diesel::Connection>::Backend;

fn scoped(
    conn: &mut DbConn,
    scope: &Scope,
) -> DbResult<organisations::BoxedQuery<'static, Backend>> {
    Ok(hosts_among(scope::organisation_ids(conn, scope)?))
}

/// Host companies, among `ids` when given (a scope's organisations).
fn hosts_among(ids: Option<Vec<String>>) -> organisations::BoxedQuery<'static, Backend> {
    let mut q = organisations::table
        .filter(organisations::kind.eq(OrganisationKind::HostCompany.as_str()))
        .into_boxed();
    if let Some(ids) = ids {
        q = q.filter(organisations::id.eq_any(ids));
    }
    q
}

fn attach(conn: &mut DbConn, orgs: Vec<Organisation>) -> DbResult<Vec<Company>> {
    let ids: Vec<&str> = orgs.iter().map(|o| o.id.as_str()).collect();
    let mut profiles: std::collections::HashMap<String, Profile> = std::collections::HashMap::new();
    // Chunks keep the parameter count within SQLite's limit.
    for chunk in ids.chunks(500) {
        let rows: Vec<Profile> = companies::table
            .filter(companies::organisation_id.eq_any(chunk))
            .select(Profile::as_select())
            .load(conn)?;
        profiles.extend(rows.into_iter().map(|p| (p.organisation_id.clone(), p)));
    }
    Ok(orgs
        .into_iter()
        .map(|o| {
            let profile = profiles.remove(&o.id);
            Company {
                organisation: o,
                profile,
            }
        })
        .collect())
}

pub fn list(conn: &mut DbConn, scope: &Scope, filter: &Filter) -> DbResult<Vec<Company>> {
    let mut q = scoped(conn, scope)?;
    if let Some(t) = &filter.territory_id {
        q = q.filter(organisations::territory_id.eq(t.clone()));
    }
    if let Some(text) = filter
        .query
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let pattern = format!("%{}%", text.replace(['%', '_'], ""));
        let by_vat = companies::table
            .filter(companies::vat_number.like(pattern.clone()))
            .select(companies::organisation_id);
        q = q.filter(
            organisations::name
                .like(pattern)
                .or(organisations::id.eq_any(by_vat)),
        );
    }
    if let Some(stage) = filter.stage {
        let at_stage = companies::table
            .filter(companies::stage.eq(stage.as_str()))
            .select(companies::organisation_id);
        if stage == Stage::Identified {
            let with_profile = companies::table
                .filter(companies::stage.ne(Stage::Identified.as_str()))
                .select(companies::organisation_id);
            q = q.filter(organisations::id.ne_all(with_profile));
        } else {
            q = q.filter(organisations::id.eq_any(at_stage));
        }
    }
    let orgs: Vec<Organisation> = q
        .select(Organisation::as_select())
        .order(organisations::name.asc())
        .load(conn)?;
    attach(conn, orgs)
}

/// The companies `scope` reaches among `ids`, by name (a matching problem reads only the
/// companies of its open positions, not every company of the programme).
pub fn among(conn: &mut DbConn, scope: &Scope, ids: &[String]) -> DbResult<Vec<Company>> {
    let reach = scope::organisation_ids(conn, scope)?;
    let mut orgs: Vec<Organisation> = Vec::new();
    for chunk in ids.chunks(500) {
        orgs.extend(
            hosts_among(reach.clone())
                .filter(organisations::id.eq_any(chunk))
                .select(Organisation::as_select())
                .load::<Organisation>(conn)?,
        );
    }
    orgs.sort_by(|a, b| a.name.cmp(&b.name));
    attach(conn, orgs)
}

pub fn find(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Company> {
    let q = scoped(conn, scope)?;
    let org: Organisation = q
        .filter(organisations::id.eq(id.to_owned()))
        .select(Organisation::as_select())
        .first(conn)?;
    let profile = companies::table
        .filter(companies::organisation_id.eq(id))
        .select(Profile::as_select())
        .first(conn)
        .optional()?;
    Ok(Company {
        organisation: org,
        profile,
    })
}

/// The company's profile, when it has one (a prospect may not). Unscoped: callers reach
/// the company first.
pub fn profile(conn: &mut DbConn, company_id: &str) -> DbResult<Option<Profile>> {
    Ok(companies::table
        .filter(companies::organisation_id.eq(company_id))
        .select(Profile::as_select())
        .first(conn)
        .optional()?)
}

/// Registers a company in a programme (as a prospect unless `stage` says otherwise).
pub fn create(
    tx: &mut Tx<'_>,
    programme_id: &str,
    draft: &CompanyDraft,
    stage: Stage,
    owner: Option<&str>,
) -> DbResult<String> {
    let org = OrganisationDraft {
        name: draft.name.clone(),
        kind: OrganisationKind::HostCompany,
        country: Country::IT,
        territory_id: draft.territory_id.clone(),
        city: draft.city.clone(),
    };
    let id = crate::organisations::create(tx, &org)?;
    crate::programmes::add_organisation(tx, programme_id, &id)?;
    insert_profile(tx, &id, draft, stage, owner)?;
    tx.audit("company.create", "organisation", &id)?;
    Ok(id)
}

/// The profile columns a company's form sets: written alike when the profile is created and
/// when it is edited, so the two cannot drift apart.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = companies,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
struct Fields<'a> {
    vat_number: Option<&'a str>,
    tax_code: Option<&'a str>,
    ateco: Option<&'a str>,
    employees: Option<i32>,
    address: &'a str,
    region: Option<&'a str>,
    contact_name: &'a str,
    contact_email: &'a str,
    contact_phone: &'a str,
    notes: &'a str,
    updated_at: NaiveDateTime,
}

fn fields(d: &CompanyDraft, now: NaiveDateTime) -> Fields<'_> {
    Fields {
        vat_number: d.vat_number.as_ref().map(|v| v.as_str()),
        tax_code: d.tax_code.as_ref().map(|v| v.as_str()),
        ateco: d.ateco.as_deref(),
        employees: d.employees,
        address: &d.address,
        region: d.region.as_deref(),
        contact_name: &d.contact_name,
        contact_email: d.contact_email.as_ref().map_or("", |e| e.as_str()),
        contact_phone: &d.contact_phone,
        notes: &d.notes,
        updated_at: now,
    }
}

fn insert_profile(
    tx: &mut Tx<'_>,
    id: &str,
    d: &CompanyDraft,
    stage: Stage,
    owner: Option<&str>,
) -> DbResult<()> {
    diesel::insert_into(companies::table)
        .values((
            fields(d, tx.now),
            companies::organisation_id.eq(id),
            companies::stage.eq(stage.as_str()),
            companies::stage_changed_at.eq(tx.now),
            companies::owner_id.eq(owner),
            companies::created_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    Ok(())
}

fn has_profile(conn: &mut DbConn, id: &str) -> DbResult<bool> {
    let n: i64 = companies::table
        .filter(companies::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Saves the profile (and the organisation's name, city, territory).
pub fn save_profile(tx: &mut Tx<'_>, scope: &Scope, id: &str, d: &CompanyDraft) -> DbResult<()> {
    find(tx.conn, scope, id)?;
    diesel::update(organisations::table.filter(organisations::id.eq(id)))
        .set((
            organisations::name.eq(&d.name),
            organisations::city.eq(&d.city),
            organisations::territory_id.eq(&d.territory_id),
            organisations::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if has_profile(tx.conn, id)? {
        diesel::update(companies::table.filter(companies::organisation_id.eq(id)))
            .set(fields(d, tx.now))
            .execute(tx.conn)?;
    } else {
        insert_profile(tx, id, d, Stage::Identified, None)?;
    }
    tx.audit("company.update", "organisation", id)
}

/// Records the company's checklist declarations.
pub fn save_declarations(
    tx: &mut Tx<'_>,
    scope: &Scope,
    id: &str,
    d: &Declarations,
) -> DbResult<()> {
    let company = find(tx.conn, scope, id)?;
    if company.profile.is_none() {
        let draft = CompanyDraft {
            name: company.organisation.name.clone(),
            city: company.organisation.city.clone(),
            territory_id: company.organisation.territory_id.clone(),
            vat_number: None,
            tax_code: None,
            ateco: None,
            employees: None,
            address: String::new(),
            region: None,
            contact_name: String::new(),
            contact_email: None,
            contact_phone: String::new(),
            notes: String::new(),
        };
        insert_profile(tx, id, &draft, Stage::Identified, None)?;
    }
    diesel::update(companies::table.filter(companies::organisation_id.eq(id)))
        .set((
            companies::safety_compliant.eq(d.safety_compliant),
            companies::disability_compliant.eq(d.disability_compliant),
            companies::no_recent_dismissals.eq(d.no_recent_dismissals),
            companies::no_insolvency.eq(d.no_insolvency),
            companies::no_wage_support.eq(d.no_wage_support),
            companies::checklist_updated_at.eq(Some(tx.now)),
            companies::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("company.checklist", "organisation", id)
}

pub fn set_stage(tx: &mut Tx<'_>, scope: &Scope, id: &str, stage: Stage) -> DbResult<()> {
    let company = find(tx.conn, scope, id)?;
    if company.profile.is_none() {
        return Err(DbError::NotFound);
    }
    diesel::update(companies::table.filter(companies::organisation_id.eq(id)))
        .set((
            companies::stage.eq(stage.as_str()),
            companies::stage_changed_at.eq(tx.now),
            companies::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("company.stage", "organisation", id)
}

/// Other companies registered with the same VAT number (flagged, never blocked: a group
/// may register branches separately).
pub fn same_vat(
    conn: &mut DbConn,
    scope: &Scope,
    vat: &str,
    except: &str,
) -> DbResult<Vec<(String, String)>> {
    let others: Vec<String> = companies::table
        .filter(companies::vat_number.eq(vat))
        .filter(companies::organisation_id.ne(except))
        .select(companies::organisation_id)
        .load(conn)?;
    if others.is_empty() {
        return Ok(Vec::new());
    }
    let q = scoped(conn, scope)?;
    let visible: Vec<(String, String)> = q
        .filter(organisations::id.eq_any(others.clone()))
        .select((organisations::id, organisations::name))
        .load(conn)?;
    // Duplicates outside the actor's reach are still flagged, without their name.
    let hidden = others.len() - visible.len();
    let mut out = visible;
    out.extend((0..hidden).map(|_| (String::new(), String::new())));
    Ok(out)
}

/// How many companies the scope reaches at each stage.
pub fn stage_counts(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<(Stage, i64)>> {
    // Counted in the database: loading every company to count them cost the dashboard
    // a fifth of its time on the demo data.
    let ids = scope::organisation_ids(conn, scope)?;
    let total: i64 = hosts_among(ids.clone()).count().get_result(conn)?;
    // Only host companies have a profile row.
    let mut profiled = companies::table
        .group_by(companies::stage)
        .select((companies::stage, diesel::dsl::count_star()))
        .into_boxed();
    if let Some(ids) = ids {
        profiled = profiled.filter(companies::organisation_id.eq_any(ids));
    }
    let profiled: Vec<(String, i64)> = profiled.load(conn)?;
    let at = |s: Stage| {
        profiled
            .iter()
            .filter(|(x, _)| x == s.as_str())
            .map(|(_, n)| n)
            .sum::<i64>()
    };
    // A host company without a profile yet is at the first stage.
    let without_profile = total - profiled.iter().map(|(_, n)| n).sum::<i64>();
    Ok(Stage::ALL
        .into_iter()
        .map(|s| {
            let n = at(s);
            (
                s,
                if s == Stage::Identified {
                    n + without_profile
                } else {
                    n
                },
            )
        })
        .collect())
}

/// Places the company already holds in positions that count against its cap.
pub fn places_held(
    conn: &mut DbConn,
    company_id: &str,
    except_position: Option<&str>,
) -> DbResult<i32> {
    let statuses: Vec<&str> = domain::position::PositionStatus::ALL
        .into_iter()
        .filter(|s| s.holds_places())
        .map(|s| s.as_str())
        .collect();
    let mut q = positions::table
        .filter(positions::company_id.eq(company_id))
        .filter(positions::status.eq_any(statuses))
        .select(positions::places)
        .into_boxed();
    if let Some(p) = except_position {
        q = q.filter(positions::id.ne(p.to_owned()));
    }
    let places: Vec<i32> = q.load(conn)?;
    Ok(places.into_iter().sum())
}
