//! The merge tool: the open duplicate flags whose two records the reader may screen, a
//! side-by-side comparison where the reader chooses the record to keep and, for each field
//! that differs, the value to keep; then merge, or "not the same person" to dismiss.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::duplicate::MERGE_FIELDS;

use super::candidates::view::{country_name, status_label};
use super::confirm;
use crate::flash::{self, Flash};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

fn name(c: &db::candidates::Candidate) -> String {
    format!("{} {}", c.family_name, c.given_names)
}

pub struct PairRow {
    pub href: String,
    pub a: String,
    pub b: String,
    pub reasons: String,
    pub since: String,
}

#[derive(Template)]
#[template(path = "duplicates/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<PairRow>,
}

/// Open flags in reach, oldest first.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let actor_id = granted.authed.user.id.clone();
    let pairs = state
        .db
        .read(move |c| db::duplicates::open_in_scope(c, &scope, &actor_id, 200))
        .await?;
    let tr = ctx.tr();
    html(&ListPage {
        page: Page::new(&ctx, "duplicates-title"),
        rows: pairs
            .into_iter()
            .map(|p| PairRow {
                href: format!("/duplicates/{}", p.flag.id),
                a: name(&p.a),
                b: name(&p.b),
                reasons: super::documents::reason_list(&ctx, &p.flag.reasons()),
                since: tr.date(&p.flag.created_at.date()),
            })
            .collect(),
    })
}

/// One compared field: both values, whether they differ, and which side is chosen.
pub struct FieldRow {
    pub field: &'static str,
    pub label: String,
    pub a: String,
    pub b: String,
    pub differ: bool,
    /// Read left to right whatever the page's direction (a date, an e-mail, a number).
    pub ltr: bool,
}

/// Facts shown for information (not chosen: the kept record keeps its own).
pub struct InfoRow {
    pub label: String,
    pub a: String,
    pub b: String,
    /// A date or a number: read left to right whatever the page's direction.
    pub ltr: bool,
}

#[derive(Template)]
#[template(path = "duplicates/compare.html")]
struct ComparePage {
    page: Page,
    id: String,
    open: bool,
    reasons: String,
    a_id: String,
    b_id: String,
    a_name: String,
    b_name: String,
    fields: Vec<FieldRow>,
    info: Vec<InfoRow>,
    state_text: String,
}

/// The two records side by side.
pub async fn compare(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let actor_id = granted.authed.user.id.clone();
    let (pair, docs_a, docs_b, call_a, call_b) = state
        .db
        .read(move |c| {
            let pair = db::duplicates::find(c, &scope, &actor_id, &id)?;
            let da = db::documents::of_candidate(c, &pair.a)?.len();
            let db_ = db::documents::of_candidate(c, &pair.b)?.len();
            let ca = db::calls::find_published(c, &pair.a.call_id)?.title;
            let cb = db::calls::find_published(c, &pair.b.call_id)?.title;
            Ok((pair, da, db_, ca, cb))
        })
        .await?;
    let tr = ctx.tr();
    let (a, b) = (&pair.a, &pair.b);
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| tr.date(&d)).unwrap_or_default();
    let passport = |c: &db::candidates::Candidate| {
        if c.passport_sealed.is_some() {
            tr.t("duplicate-passport-on-file")
        } else {
            String::new()
        }
    };
    let values: HashMap<&str, (String, String, bool)> = HashMap::from([
        (
            "family_name",
            (a.family_name.clone(), b.family_name.clone(), false),
        ),
        (
            "given_names",
            (a.given_names.clone(), b.given_names.clone(), false),
        ),
        (
            "family_name_ar",
            (opt(&a.family_name_ar), opt(&b.family_name_ar), false),
        ),
        (
            "given_names_ar",
            (opt(&a.given_names_ar), opt(&b.given_names_ar), false),
        ),
        (
            "birth_date",
            (
                date(a.birth_date),
                date(b.birth_date),
                a.birth_date != b.birth_date,
            ),
        ),
        ("email", (a.email.clone(), b.email.clone(), false)),
        ("phone", (a.phone.clone(), b.phone.clone(), false)),
        ("whatsapp", (opt(&a.whatsapp), opt(&b.whatsapp), false)),
        (
            "passport",
            (
                passport(a),
                passport(b),
                a.passport_index != b.passport_index,
            ),
        ),
    ]);
    let fields = MERGE_FIELDS
        .iter()
        .filter_map(|(field, label)| {
            let (va, vb, differs) = values.get(field)?.clone();
            Some(FieldRow {
                field,
                label: tr.t(label),
                differ: differs || va != vb,
                ltr: matches!(
                    *field,
                    "birth_date" | "email" | "phone" | "whatsapp" | "passport"
                ),
                a: va,
                b: vb,
            })
        })
        .collect();
    let info = vec![
        InfoRow {
            label: tr.t("field-call"),
            a: call_a,
            b: call_b,
            ltr: false,
        },
        InfoRow {
            label: tr.t("field-status"),
            a: status_label(&tr, a.status.as_str()),
            b: status_label(&tr, b.status.as_str()),
            ltr: false,
        },
        InfoRow {
            label: tr.t("field-residence-country"),
            a: country_name(&tr, a.residence_country.as_ref().map_or("", |c| c.as_str())),
            b: country_name(&tr, b.residence_country.as_ref().map_or("", |c| c.as_str())),
            ltr: false,
        },
        InfoRow {
            label: tr.t("field-submitted-at"),
            a: a.submitted_at
                .map(|t| tr.date(&t.date()))
                .unwrap_or_default(),
            b: b.submitted_at
                .map(|t| tr.date(&t.date()))
                .unwrap_or_default(),
            ltr: true,
        },
        InfoRow {
            label: tr.t("documents-title"),
            a: tr.number(&i64::try_from(docs_a).unwrap_or(0)),
            b: tr.number(&i64::try_from(docs_b).unwrap_or(0)),
            ltr: true,
        },
    ];
    let status = pair.flag.status;
    html(&ComparePage {
        page: Page::new(&ctx, "duplicate-compare-title"),
        open: status == domain::duplicate::FlagStatus::Open,
        state_text: tr.t(&format!("duplicate-status-{}", status.as_str())),
        reasons: super::documents::reason_list(&ctx, &pair.flag.reasons()),
        a_name: name(a),
        b_name: name(b),
        a_id: a.id.clone(),
        b_id: b.id.clone(),
        fields,
        info,
        id: pair.flag.id,
    })
}

/// Merges the pair as chosen: `keep` names the record that stays; each field's value names
/// the record whose value to keep.
pub async fn merge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let keep = form
        .get("keep")
        .cloned()
        .ok_or(AppError::BadRequest("error-duplicate-keep"))?;
    let take_from_other: Vec<String> = MERGE_FIELDS
        .iter()
        .filter(|(f, _)| form.get(*f).is_some_and(|v| !v.is_empty() && *v != keep))
        .map(|(f, _)| (*f).to_owned())
        .collect();
    // A merge cannot be undone: the chosen values are confirmed on a page of their own.
    if !confirm::confirmed(form.get("confirmed").map(String::as_str)) {
        let tr = ctx.tr();
        let mut hidden: Vec<(String, String)> = vec![("keep".into(), keep.clone())];
        hidden.extend(
            MERGE_FIELDS
                .iter()
                .filter_map(|(f, _)| form.get(*f).map(|v| ((*f).to_owned(), v.clone()))),
        );
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("duplicates-merge-question"),
                lines: vec![tr.tn(
                    "duplicates-merge-taken",
                    "count",
                    i64::try_from(take_from_other.len()).unwrap_or(0),
                )],
                warnings: vec![tr.t("duplicates-merge-final")],
                action: format!("/duplicates/{id}/merge"),
                hidden,
                reason: None,
                confirm: tr.t("action-merge"),
                cancel: format!("/duplicates/{id}"),
                danger: true,
                name: "merge-duplicates",
            },
        );
    }
    let choice = app::duplicates::Merge {
        keep: keep.clone(),
        take_from_other,
    };
    let keys = state.field_keys.clone();
    app::duplicates::merge(&state.db, &*state.clock, &who, keys, &id, choice).await?;
    Ok(flash::redirect(
        &format!("/candidates/{keep}"),
        Flash::new("flash-duplicates-merged"),
    ))
}

/// "Not the same person".
pub async fn dismiss(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    app::duplicates::dismiss(&state.db, &*state.clock, &who, &id).await?;
    Ok(flash::redirect(
        "/duplicates",
        Flash::new("flash-duplicate-dismissed"),
    ))
}
