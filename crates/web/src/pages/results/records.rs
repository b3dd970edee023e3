//! `/results/{programme}/indicators/{id}/records`: the records behind a computed figure —
//! the rule in words and the fact rows it counted, a page at a time. People are shown by
//! their sequence number; a name and case reference only when `app::results::records`
//! gives them (never to an evaluator).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::results::Dimension;

use super::{PeriodQuery, dimension_label, key_label, rule_text, show};
use crate::pages::cases::checked_id;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Row {
    seq: String,
    on: String,
    value: String,
    keys: Vec<String>,
    identity: Option<String>,
}

#[derive(Template)]
#[template(path = "results/records.html")]
struct RecordsPage {
    page: Page,
    back: String,
    rule: String,
    as_of: Option<String>,
    total: String,
    columns: Vec<String>,
    identities: bool,
    rows: Vec<Row>,
    page_no: usize,
    pages: usize,
    prev: Option<String>,
    next: Option<String>,
}

pub async fn records(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((programme, id)): Path<(String, String)>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    checked_id(&programme)?;
    checked_id(&id)?;
    let who = ctx.acting()?;
    let period = q.period()?;
    let r = app::results::records(
        &state.db,
        &state.results,
        &who,
        &programme,
        &id,
        period,
        q.page.max(1),
    )
    .await?;
    let territories = app::results::territories(&state.db, &who, &programme).await?;
    let tr = ctx.tr();
    let dims: Vec<Dimension> = domain::results::registry::find(&r.rule)
        .map(|rule| rule.dimensions.to_vec())
        .unwrap_or_default();
    let identities = r.rows.iter().any(|x| x.identity.is_some());
    let rows = r
        .rows
        .iter()
        .map(|x| Row {
            seq: format!("#{}", x.record.seq),
            on: tr.date(&x.record.on),
            value: show(&tr, x.record.value),
            keys: dims
                .iter()
                .map(|d| {
                    x.record
                        .key(*d)
                        .map(|k| key_label(&tr, *d, k, &territories))
                        .unwrap_or_default()
                })
                .collect(),
            identity: x
                .identity
                .as_ref()
                .map(|(name, reference)| match reference {
                    Some(rf) => format!("{name} · {rf}"),
                    None => name.clone(),
                }),
        })
        .collect();
    let link = |page: usize| {
        let mut s = format!("/results/{programme}/indicators/{id}/records?page={page}");
        if let Some(p) = period {
            s.push_str(&format!("&period={p}"));
        }
        s
    };
    let total = i64::try_from(r.total).unwrap_or(i64::MAX);
    html(&RecordsPage {
        page: Page::titled(
            &ctx,
            tr.t1(
                "results-records-title",
                "indicator",
                &format!("{} {}", r.code, r.title),
            ),
        ),
        back: format!("/results/{programme}/indicators/{id}"),
        rule: rule_text(&tr, &r.rule),
        as_of: r.as_of.map(|d| tr.date(&d)),
        total: tr.number(&total),
        columns: dims.iter().map(|d| dimension_label(&tr, *d)).collect(),
        identities,
        rows,
        page_no: r.page,
        pages: r.pages,
        prev: (r.page > 1).then(|| link(r.page - 1)),
        next: (r.page < r.pages).then(|| link(r.page + 1)),
    })
}
