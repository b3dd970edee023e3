//! The export of the filtered candidate list to CSV or XLSX: scoped exactly like the list,
//! never a passport number, no names or contacts for evaluators, audited.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use db::candidates::Chosen;
use serde::Deserialize;

use super::CANDIDATE_FIELDS;
use crate::pages::candidates::view::{italian_label, status_label};
use crate::pages::candidates::{ListQuery, ListReader};
use crate::pages::exports::file;
use crate::pages::imports::steps::Field;
use crate::{AppError, AppState, Ctx};

/// The most rows one export writes.
pub const EXPORT_MAX: i64 = 100_000;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExportFormat {
    format: String,
}

/// `GET /candidates/export?format=csv|xlsx&…`: the list as filtered, every page of it.
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
    Query(fmt): Query<ExportFormat>,
) -> Result<Response, AppError> {
    if !matches!(fmt.format.as_str(), "" | "csv" | "xlsx") {
        return Err(AppError::BadRequest("error-export-format"));
    }
    let reader = ListReader::of(&ctx)?;
    let identity = reader.identity;
    let mut filter = q.filter(1);
    if !identity {
        filter = filter.without_identity();
    }
    let (rows, esco, territories) = state
        .db
        .read(move |c| {
            let rows =
                db::candidates::export(c, &reader.scope, &reader.actor_id, &filter, EXPORT_MAX)?;
            let ids: Vec<String> = rows.iter().map(|(c, _)| c.id.clone()).collect();
            let esco = db::candidates::esco_of_many(c, &ids)?;
            Ok((
                rows,
                esco,
                db::territories::list(c, &reader.programmes, None)?,
            ))
        })
        .await?;
    let esco: HashMap<String, Chosen> = esco.into_iter().collect();
    let tr = ctx.tr();
    // Evaluators see no names, contacts or identity: those columns are left out entirely.
    let hidden = [
        "family_name",
        "given_names",
        "family_name_ar",
        "given_names_ar",
        "birth_date",
        "sex",
        "email",
        "phone",
        "whatsapp",
    ];
    let columns: Vec<&Field> = CANDIDATE_FIELDS
        .iter()
        .filter(|f| f.name != "passport_number")
        .filter(|f| identity || !hidden.contains(&f.name))
        .collect();
    let mut header = vec![tr.t("lists-field-reference")];
    header.extend(columns.iter().map(|f| tr.t(f.label)));
    header.push(tr.t("field-status"));
    header.push(tr.t("field-submitted-at"));
    header.push(tr.t("lists-field-eligible"));
    let count = rows.len();
    let out: Vec<Vec<String>> = rows
        .into_iter()
        .map(|(c, p)| {
            let chosen = esco.get(&c.id).cloned().unwrap_or_default();
            let langs = p.as_ref().map(|p| p.languages()).unwrap_or_default();
            let level = |l: &str| {
                langs
                    .level(l)
                    .map(|c| c.as_str().to_owned())
                    .unwrap_or_default()
            };
            let join = |v: &[db::candidates::Concept]| {
                v.iter()
                    .map(|c| c.label.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut row: Vec<String> = vec![c.id.clone()];
            for f in &columns {
                row.push(match f.name {
                    "family_name" => c.family_name.clone(),
                    "given_names" => c.given_names.clone(),
                    "family_name_ar" => c.family_name_ar.clone().unwrap_or_default(),
                    "given_names_ar" => c.given_names_ar.clone().unwrap_or_default(),
                    "birth_date" => c.birth_date.map(|d| d.to_string()).unwrap_or_default(),
                    "sex" => c.sex.clone(),
                    "nationality" => c.nationality.map(String::from).unwrap_or_default(),
                    "residence_country" => {
                        c.residence_country.map(String::from).unwrap_or_default()
                    }
                    "territory" => c
                        .residence_territory_id
                        .as_ref()
                        .and_then(|t| territories.iter().find(|x| &x.id == t))
                        .map(|t| t.name.clone())
                        .unwrap_or_default(),
                    "email" => c.email.clone(),
                    "phone" => c.phone.clone(),
                    "whatsapp" => c.whatsapp.clone().unwrap_or_default(),
                    "isced_level" => p
                        .as_ref()
                        .and_then(|p| p.isced_level)
                        .map(|l| l.to_string())
                        .unwrap_or_default(),
                    "qualification_title" => p
                        .as_ref()
                        .map(|p| p.qualification_title.clone())
                        .unwrap_or_default(),
                    "field_of_study" => p
                        .as_ref()
                        .map(|p| p.field_of_study.clone())
                        .unwrap_or_default(),
                    "qualification_date" => p
                        .as_ref()
                        .and_then(|p| p.qualification_date)
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    "italian" => {
                        let l = italian_label(c.italian_rank);
                        if l == "—" {
                            String::new()
                        } else {
                            l.to_owned()
                        }
                    }
                    "french" => level("fr"),
                    "english" => level("en"),
                    "occupations" => join(&chosen.occupations),
                    "skills" => join(&chosen.skills),
                    "experience" => p.as_ref().map(|p| p.experience.clone()).unwrap_or_default(),
                    "sectors" => p.as_ref().map(|p| p.sectors.clone()).unwrap_or_default(),
                    "cities" => p.as_ref().map(|p| p.cities.clone()).unwrap_or_default(),
                    "available_from" => p
                        .as_ref()
                        .and_then(|p| p.available_from)
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                });
            }
            row.push(status_label(&tr, c.status.as_str()));
            row.push(
                c.submitted_at
                    .map(|t| t.date().to_string())
                    .unwrap_or_default(),
            );
            row.push(tr.t(if c.passes() { "lists-yes" } else { "lists-no" }));
            row
        })
        .collect();
    let format = if fmt.format.is_empty() {
        "csv"
    } else {
        fmt.format.as_str()
    };
    app::saved_searches::exported(&state.db, &*state.clock, &ctx.acting()?, format, count).await?;
    file("candidates", format, header, out)
}
