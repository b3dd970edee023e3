//! Outreach to companies: campaigns, the contact log, follow-up reminders, conversion.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::outreach::ContactKind;
use domain::permission::Scope;
use serde::Serialize;

use crate::schema::{campaigns, organisations, outreach_contacts as oc, users};
use crate::{DbConn, DbResult, Tx, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = campaigns)]
pub struct Campaign {
    pub id: String,
    pub programme_id: String,
    pub name: String,
    pub channel: String,
    pub audience: String,
    pub territory_id: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub owner_id: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone)]
pub struct CampaignDraft {
    pub name: String,
    pub channel: String,
    pub audience: String,
    pub territory_id: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub owner_id: Option<String>,
}

pub fn list_campaigns(conn: &mut DbConn, scope: &Scope) -> DbResult<Vec<Campaign>> {
    let mut q = campaigns::table.select(Campaign::as_select()).into_boxed();
    if let Some(ids) = scope::programme_ids(conn, scope)? {
        q = q.filter(campaigns::programme_id.eq_any(ids));
    }
    if let Scope::Territories(ts) = scope {
        q = q.filter(
            campaigns::territory_id
                .eq_any(ts.clone())
                .or(campaigns::territory_id.is_null()),
        );
    }
    Ok(q.order(campaigns::starts_on.desc()).load(conn)?)
}

pub fn find_campaign(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<Campaign> {
    list_campaigns(conn, scope)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(crate::DbError::NotFound)
}

pub fn create_campaign(tx: &mut Tx<'_>, programme_id: &str, d: &CampaignDraft) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(campaigns::table)
        .values((
            campaigns::id.eq(&id),
            campaigns::programme_id.eq(programme_id),
            campaigns::name.eq(&d.name),
            campaigns::channel.eq(&d.channel),
            campaigns::audience.eq(&d.audience),
            campaigns::territory_id.eq(&d.territory_id),
            campaigns::starts_on.eq(d.starts_on),
            campaigns::ends_on.eq(d.ends_on),
            campaigns::owner_id.eq(&d.owner_id),
            campaigns::created_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("campaign.create", "campaign", &id)?;
    Ok(id)
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = oc)]
pub struct Contact {
    pub id: String,
    pub company_id: String,
    pub campaign_id: Option<String>,
    #[diesel(deserialize_as = String)]
    pub kind: ContactKind,
    pub happened_on: NaiveDate,
    pub author_id: Option<String>,
    pub notes: String,
    pub follow_up_on: Option<NaiveDate>,
    pub follow_up_done: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone)]
pub struct ContactDraft {
    pub kind: ContactKind,
    pub happened_on: NaiveDate,
    pub campaign_id: Option<String>,
    pub notes: String,
    pub follow_up_on: Option<NaiveDate>,
}

/// Logs a contact with a company the author can reach.
pub fn add_contact(
    tx: &mut Tx<'_>,
    scope: &Scope,
    company_id: &str,
    author_id: &str,
    d: &ContactDraft,
) -> DbResult<String> {
    crate::companies::find(tx.conn, scope, company_id)?;
    let id = new_id();
    diesel::insert_into(oc::table)
        .values((
            oc::id.eq(&id),
            oc::company_id.eq(company_id),
            oc::campaign_id.eq(&d.campaign_id),
            oc::kind.eq(d.kind.as_str()),
            oc::happened_on.eq(d.happened_on),
            oc::author_id.eq(Some(author_id)),
            oc::notes.eq(&d.notes),
            oc::follow_up_on.eq(d.follow_up_on),
            oc::follow_up_done.eq(false),
            oc::created_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("contact.create", "organisation", company_id)?;
    Ok(id)
}

/// A contact with its author's name, newest first.
pub fn contacts_of(
    conn: &mut DbConn,
    company_id: &str,
) -> DbResult<Vec<(Contact, Option<String>)>> {
    Ok(oc::table
        .left_join(users::table.on(oc::author_id.eq(users::id.nullable())))
        .filter(oc::company_id.eq(company_id))
        .select((Contact::as_select(), users::display_name.nullable()))
        .order((oc::happened_on.desc(), oc::created_at.desc()))
        .load(conn)?)
}

/// Follow-ups due by `today` that `user_id` logged and has not done, with the company name.
pub fn due_for(
    conn: &mut DbConn,
    user_id: &str,
    today: NaiveDate,
) -> DbResult<Vec<(Contact, String)>> {
    Ok(oc::table
        .inner_join(organisations::table)
        .filter(oc::author_id.eq(user_id))
        .filter(oc::follow_up_done.eq(false))
        .filter(oc::follow_up_on.le(today))
        .select((Contact::as_select(), organisations::name))
        .order(oc::follow_up_on.asc())
        .load(conn)?)
}

pub fn mark_done(tx: &mut Tx<'_>, contact_id: &str, user_id: &str) -> DbResult<()> {
    let n = diesel::update(
        oc::table
            .filter(oc::id.eq(contact_id))
            .filter(oc::author_id.eq(user_id)),
    )
    .set(oc::follow_up_done.eq(true))
    .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("contact.follow_up_done", "contact", contact_id)
}

/// Companies contacted at least once within a campaign.
pub fn companies_of_campaign(conn: &mut DbConn, campaign_id: &str) -> DbResult<Vec<String>> {
    Ok(oc::table
        .filter(oc::campaign_id.eq(campaign_id))
        .select(oc::company_id)
        .distinct()
        .load(conn)?)
}

pub fn contact_count(conn: &mut DbConn, campaign_id: &str) -> DbResult<i64> {
    Ok(oc::table
        .filter(oc::campaign_id.eq(campaign_id))
        .count()
        .get_result(conn)?)
}
