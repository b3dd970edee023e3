//! Step 1 of the application: identity and contacts. Every mistake is shown at once, each
//! beside its field, with everything typed kept; the passport number alone is never sent
//! back in the page: a valid one is kept in the draft even when other fields are refused,
//! and the page shows it masked (`app::applications::passport_hint`).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Country;
use domain::candidate::IdentityFields;
use domain::ids::CandidateId;

use super::steps::{Draft, StepLink, load, step_links};
use crate::flash::{self, Flash};
use crate::pages::form_errors::{self, FormErrors};
use crate::pages::view::Choice;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

/// Countries offered for nationality and residence (others are added as programmes grow).
const COUNTRIES: [&str; 5] = ["MA", "TN", "DZ", "EG", "LY"];

fn country_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    COUNTRIES
        .into_iter()
        .map(|c| Choice {
            value: c.to_owned(),
            label: crate::pages::candidates::view::country_name(&ctx.tr(), c),
            selected: c == selected,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "apply/identity.html")]
struct IdentityPage {
    page: Page,
    id: String,
    steps: Vec<StepLink>,
    f: IdentityFields,
    has_passport: bool,
    /// The stored number, all but its end hidden.
    passport_hint: Option<String>,
    sexes: Vec<Choice>,
    nationalities: Vec<Choice>,
    residences: Vec<Choice>,
    territories: Vec<Choice>,
    errors: FormErrors,
}

fn identity_page(
    ctx: &Ctx,
    d: &Draft,
    f: IdentityFields,
    errors: FormErrors,
    passport_hint: Option<String>,
) -> IdentityPage {
    let tr = ctx.tr();
    IdentityPage {
        page: Page::new(ctx, "step-identity"),
        id: d.c.id.clone(),
        steps: step_links(ctx, &d.c.id, 0, d.c.step),
        has_passport: d.c.passport_sealed.is_some(),
        sexes: domain::candidate::SEXES
            .into_iter()
            .map(|s| Choice {
                value: s.to_owned(),
                label: tr.t(&format!("sex-{s}")),
                selected: s == f.sex,
            })
            .collect(),
        nationalities: country_choices(ctx, &f.nationality),
        residences: country_choices(ctx, &f.residence_country),
        territories: d
            .territories
            .iter()
            .filter(|t| t.country != Country::IT)
            .map(|t| Choice {
                value: t.id.clone(),
                label: t.name.clone(),
                selected: t.id == f.residence_territory_id,
            })
            .collect(),
        f,
        errors,
        passport_hint,
    }
}

pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let c = &d.c;
    let f = IdentityFields {
        family_name: c.family_name.clone(),
        given_names: c.given_names.clone(),
        family_name_ar: c.family_name_ar.clone().unwrap_or_default(),
        given_names_ar: c.given_names_ar.clone().unwrap_or_default(),
        birth_date: c.birth_date.map(|b| b.to_string()).unwrap_or_default(),
        sex: c.sex.clone(),
        nationality: c.nationality.map(String::from).unwrap_or_default(),
        residence_country: c.residence_country.map(String::from).unwrap_or_default(),
        residence_territory_id: c.residence_territory_id.clone().unwrap_or_default(),
        passport_number: String::new(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        whatsapp: c.whatsapp.clone().unwrap_or_default(),
    };
    let hint = app::applications::passport_hint(&state.field_keys, &d.c);
    html(&identity_page(&ctx, &d, f, FormErrors::default(), hint))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<IdentityFields>,
) -> Result<Response, AppError> {
    let d = match load(&state, &ctx, id).await? {
        Ok(d) => d,
        Err(r) => return Ok(r),
    };
    let who = ctx.acting()?;
    let cid = CandidateId::new(d.c.id.clone());
    let r = app::applications::save_identity(
        &state.db,
        &*state.clock,
        &who,
        &state.field_keys,
        &cid,
        &f,
    )
    .await;
    let refused = form_errors::refused(r)?;
    if !refused.is_empty() {
        // Read again: a passport number typed this time was kept in the draft.
        let d = match load(&state, &ctx, d.c.id).await? {
            Ok(d) => d,
            Err(r) => return Ok(r),
        };
        let hint = app::applications::passport_hint(&state.field_keys, &d.c);
        let f = IdentityFields {
            passport_number: String::new(),
            ..f
        };
        let errors = FormErrors::new(&ctx, &refused);
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &identity_page(&ctx, &d, f, errors, hint),
        );
    }
    Ok(flash::redirect(
        &format!("/applications/{}/education", d.c.id),
        Flash::new("flash-step-saved"),
    ))
}
