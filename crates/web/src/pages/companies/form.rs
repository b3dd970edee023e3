//! The company form: registering a company (new, create) and editing its profile (edit,
//! update). A refused field comes back on the form, marked, whether the parse or the use
//! case (a territory or programme beyond reach) refused it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Country;
use domain::company::CompanyFields;
use domain::ids::{OrganisationId, ProgrammeId};
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::pages::view::{self, Choice};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "companies/form.html")]
struct FormPage {
    page: Page,
    action: String,
    f: CompanyFields,
    programmes: Vec<Choice>,
    territories: Vec<Choice>,
    regions: Vec<Choice>,
    creating: bool,
    error: Option<String>,
    invalid: &'static str,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CompanyForm {
    #[serde(flatten)]
    fields: CompanyFields,
    programme_id: String,
}

/// The company form. `granted` is the route's reach for the write (outreach to register,
/// managing companies to edit): it offers only the programmes and territories the write
/// will accept.
async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    granted: &Granted,
    title: &str,
    action: String,
    f: CompanyForm,
    error: Option<&domain::Invalid>,
) -> Result<FormPage, AppError> {
    let scope = granted.scope.clone();
    let (programmes, territories, regions) = state
        .db
        .read(move |c| {
            Ok((
                db::programmes::list(c, &scope)?,
                db::territories::list(c, &scope, None)?,
                db::rules::list(c)?,
            ))
        })
        .await?;
    let tr = ctx.tr();
    Ok(FormPage {
        page: Page::new(ctx, title),
        creating: action == "/companies",
        action,
        programmes: Choice::programmes(programmes, &f.programme_id),
        territories: territories
            .into_iter()
            .filter(|t| t.country == Country::IT)
            .map(|t| Choice {
                selected: t.id == f.fields.territory_id,
                label: t.name,
                value: t.id,
            })
            .collect(),
        regions: regions
            .into_iter()
            .map(|r| Choice {
                selected: r.region == f.fields.region,
                label: r.name,
                value: r.region,
            })
            .collect(),
        f: f.fields,
        error: error.map(|e| tr.t(e.key)),
        invalid: error.map_or("", |e| e.field),
    })
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    html(
        &form_page(
            &state,
            &ctx,
            &granted,
            "companies-new",
            "/companies".into(),
            CompanyForm {
                fields: CompanyFields {
                    territory_id: view::only_territory(&granted.scope),
                    ..Default::default()
                },
                ..Default::default()
            },
            None,
        )
        .await?,
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Form(f): Form<CompanyForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let programme = ProgrammeId::new(f.programme_id.clone());
    // A field that does not parse and one the use case refuses come back the same way.
    let registered = match f.fields.parse() {
        Ok(draft) => {
            app::companies::register(&state.db, &*state.clock, &who, &programme, draft).await
        }
        Err(e) => Err(app::Error::Invalid(e)),
    };
    match registered {
        Ok(c) => Ok(flash::redirect(
            &format!("/companies/{}", c.organisation.id),
            Flash::new("flash-company-created"),
        )),
        Err(app::Error::Invalid(e)) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(
                &state,
                &ctx,
                &granted,
                "companies-new",
                "/companies".into(),
                f,
                Some(&e),
            )
            .await?,
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope.clone();
    let lookup = id.clone();
    let c = state
        .db
        .read(move |conn| db::companies::find(conn, &s, &lookup))
        .await?;
    let p = c.profile.clone().unwrap_or_default();
    let f = CompanyForm {
        fields: CompanyFields {
            name: c.organisation.name.clone(),
            city: c.organisation.city.clone(),
            territory_id: c.organisation.territory_id.clone().unwrap_or_default(),
            vat_number: p.vat_number.unwrap_or_default(),
            tax_code: p.tax_code.unwrap_or_default(),
            ateco: p.ateco.unwrap_or_default(),
            employees: p.employees.map(|n| n.to_string()).unwrap_or_default(),
            address: p.address,
            region: p.region.unwrap_or_default(),
            contact_name: p.contact_name,
            contact_email: p.contact_email,
            contact_phone: p.contact_phone,
            notes: p.notes,
        },
        programme_id: String::new(),
    };
    html(
        &form_page(
            &state,
            &ctx,
            &granted,
            "companies-edit",
            format!("/companies/{id}"),
            f,
            None,
        )
        .await?,
    )
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<CompanyForm>,
) -> Result<Response, AppError> {
    let action = format!("/companies/{id}");
    let who = ctx.acting()?;
    let company = OrganisationId::new(id);
    // A field that does not parse and one the use case refuses come back the same way.
    let updated = match f.fields.parse() {
        Ok(draft) => {
            app::companies::update_profile(&state.db, &*state.clock, &who, &company, draft).await
        }
        Err(e) => Err(app::Error::Invalid(e)),
    };
    match updated {
        Ok(()) => Ok(flash::redirect(&action, Flash::new("flash-saved"))),
        Err(app::Error::Invalid(e)) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(
                &state,
                &ctx,
                &granted,
                "companies-edit",
                action,
                f,
                Some(&e),
            )
            .await?,
        ),
        Err(e) => Err(e.into()),
    }
}
