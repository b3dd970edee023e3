//! Outreach to companies: campaigns with their conversion through the pipeline, the
//! funnel per territory, and each person's follow-ups due.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::companies::Filter;
use domain::Country;
use domain::ids::ProgrammeId;
use domain::outreach::{self, Stage};
use domain::permission::Scope;
use serde::Deserialize;

use super::view::Choice;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

/// One line of a funnel: stage, companies that reached it, share of the total.
pub struct Step {
    pub label: String,
    pub count: usize,
    pub percent: i64,
}

fn funnel(ctx: &Ctx, stages: &[Stage]) -> Vec<Step> {
    let tr = ctx.tr();
    let total = stages.len();
    outreach::funnel(stages)
        .into_iter()
        .map(|(s, n)| Step {
            label: tr.t(&s.message_key()),
            count: n,
            percent: outreach::percent(n, total),
        })
        .collect()
}

pub struct CampaignRow {
    pub id: String,
    pub name: String,
    pub channel: String,
    pub starts_on: String,
    pub contacted: usize,
    pub hosting: usize,
}

pub struct Due {
    pub id: String,
    pub company_id: String,
    pub company: String,
    pub date: String,
    pub notes: String,
}

#[derive(Template)]
#[template(path = "outreach/index.html")]
struct IndexPage {
    page: Page,
    campaigns: Vec<CampaignRow>,
    territories: Vec<TerritoryFunnel>,
    due: Vec<Due>,
}

/// The outreach funnel of the companies in one territory.
struct TerritoryFunnel {
    name: String,
    /// How many companies the territory has (the funnel's 100 %).
    companies: usize,
    steps: Vec<Step>,
}

pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let me = granted.authed.user.id.clone();
    let today = state.clock.today();
    let (campaigns, companies, territories, due) = state
        .db
        .read(move |c| {
            let campaigns = db::outreach::list_campaigns(c, &s)?;
            let mut with_companies = Vec::new();
            for k in campaigns {
                let ids = db::outreach::companies_of_campaign(c, &k.id)?;
                with_companies.push((k, ids));
            }
            let companies = db::companies::list(c, &s, &Filter::default())?;
            let territories = db::territories::list(c, &s, None)?;
            let due = db::outreach::due_for(c, &me, today)?;
            Ok((with_companies, companies, territories, due))
        })
        .await?;
    let tr = ctx.tr();
    let stage_of = |id: &str| {
        companies
            .iter()
            .find(|c| c.organisation.id == id)
            .map_or(Stage::Identified, |c| c.stage())
    };
    let campaigns = campaigns
        .into_iter()
        .map(|(k, ids)| CampaignRow {
            contacted: ids.len(),
            hosting: ids.iter().filter(|id| stage_of(id).is_host()).count(),
            starts_on: tr.date(&k.starts_on),
            id: k.id,
            name: k.name,
            channel: k.channel,
        })
        .collect();
    let territories = territories
        .into_iter()
        .filter_map(|t| {
            let stages: Vec<Stage> = companies
                .iter()
                .filter(|c| c.organisation.territory_id.as_deref() == Some(t.id.as_str()))
                .map(|c| c.stage())
                .collect();
            (!stages.is_empty()).then(|| TerritoryFunnel {
                name: t.name,
                companies: stages.len(),
                steps: funnel(&ctx, &stages),
            })
        })
        .collect();
    let due = due
        .into_iter()
        .map(|(k, company)| Due {
            date: k.follow_up_on.map(|d| tr.date(&d)).unwrap_or_default(),
            id: k.id,
            company_id: k.company_id,
            company,
            notes: k.notes,
        })
        .collect();
    html(&IndexPage {
        page: Page::new(&ctx, "outreach-title"),
        campaigns,
        territories,
        due,
    })
}

#[derive(Template)]
#[template(path = "outreach/campaign.html")]
struct CampaignPage {
    page: Page,
    k: db::outreach::Campaign,
    period: String,
    contacts: i64,
    companies: usize,
    steps: Vec<Step>,
}

pub async fn campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let (k, ids, contacts, companies) = state
        .db
        .read(move |c| {
            let k = db::outreach::find_campaign(c, &s, &id)?;
            let ids = db::outreach::companies_of_campaign(c, &k.id)?;
            let contacts = db::outreach::contact_count(c, &k.id)?;
            let companies = db::companies::list(c, &s, &Filter::default())?;
            Ok((k, ids, contacts, companies))
        })
        .await?;
    let stages: Vec<Stage> = companies
        .iter()
        .filter(|c| ids.contains(&c.organisation.id))
        .map(|c| c.stage())
        .collect();
    let tr = ctx.tr();
    let period = match k.ends_on {
        Some(end) => format!("{} – {}", tr.date(&k.starts_on), tr.date(&end)),
        None => tr.date(&k.starts_on),
    };
    html(&CampaignPage {
        page: Page::titled(&ctx, k.name.clone()),
        period,
        contacts,
        companies: stages.len(),
        steps: funnel(&ctx, &stages),
        k,
    })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CampaignForm {
    name: String,
    channel: String,
    audience: String,
    territory_id: String,
    programme_id: String,
    starts_on: String,
    ends_on: String,
}

#[derive(Template)]
#[template(path = "outreach/campaign_form.html")]
struct FormPage {
    page: Page,
    f: CampaignForm,
    programmes: Vec<Choice>,
    territories: Vec<Choice>,
    error: Option<String>,
    invalid: &'static str,
}

/// The campaign form, offering the programmes and territories the person does outreach in.
async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    s: Scope,
    f: CampaignForm,
    error: Option<&domain::Invalid>,
) -> Result<FormPage, AppError> {
    let (programmes, territories) = state
        .db
        .read(move |c| {
            Ok((
                db::programmes::list(c, &s)?,
                db::territories::list(c, &s, None)?,
            ))
        })
        .await?;
    Ok(FormPage {
        page: Page::new(ctx, "campaigns-new"),
        error: error.map(|e| ctx.tr().t(e.key)),
        invalid: error.map_or("", |e| e.field),
        programmes: Choice::programmes(programmes, &f.programme_id),
        territories: territories
            .into_iter()
            .filter(|t| t.country == Country::IT)
            .map(|t| Choice {
                selected: t.id == f.territory_id,
                label: t.name,
                value: t.id,
            })
            .collect(),
        f,
    })
}

pub async fn new_campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let f = CampaignForm {
        starts_on: state.clock.today().to_string(),
        territory_id: super::view::only_territory(&granted.scope),
        ..Default::default()
    };
    html(&form_page(&state, &ctx, granted.scope, f, None).await?)
}

pub async fn create_campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Form(f): Form<CampaignForm>,
) -> Result<Response, AppError> {
    let parsed = (|| {
        let ends_on = if f.ends_on.trim().is_empty() {
            None
        } else {
            Some(domain::programme::parse_date("ends_on", &f.ends_on)?)
        };
        let starts_on = domain::programme::parse_date("starts_on", &f.starts_on)?;
        if ends_on.is_some_and(|e| e < starts_on) {
            return Err(domain::Invalid::new("ends_on", "error-ends-before-start"));
        }
        Ok(db::outreach::CampaignDraft {
            name: domain::programme::parse_name(&f.name)?,
            channel: f.channel.trim().to_owned(),
            audience: f.audience.trim().to_owned(),
            territory_id: Some(f.territory_id.clone()).filter(|t| !t.is_empty()),
            starts_on,
            ends_on,
            owner_id: None,
        })
    })();
    let refused = |e: domain::Invalid, f: CampaignForm| {
        let (state, ctx, scope) = (&state, &ctx, granted.scope.clone());
        async move {
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(state, ctx, scope, f, Some(&e)).await?,
            )
        }
    };
    let draft = match parsed {
        Ok(d) => d,
        Err(e) => return refused(e, f).await,
    };
    let who = ctx.acting()?;
    let programme = ProgrammeId::new(f.programme_id.clone());
    match app::outreach::create_campaign(&state.db, &*state.clock, &who, &programme, draft).await {
        Ok(id) => Ok(flash::redirect(
            &format!("/outreach/campaigns/{id}"),
            Flash::new("flash-campaign-created"),
        )),
        Err(app::Error::Invalid(e)) => refused(e, f).await,
        Err(e) => Err(e.into()),
    }
}

/// Marks one of the person's own follow-ups as done.
pub async fn follow_up_done(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    app::outreach::follow_up_done(&state.db, &*state.clock, &who, &id).await?;
    Ok(flash::redirect(
        "/outreach",
        Flash::new("flash-follow-up-done"),
    ))
}
