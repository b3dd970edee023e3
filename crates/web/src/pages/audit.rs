//! The audit log for administrators: newest entries and whether the chain is intact.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use domain::audit::Break;
use serde::Deserialize;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

const PAGE_SIZE: i64 = 100;

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    page: Page,
    status: String,
    intact: bool,
    rows: Vec<db::audit::Row>,
    older: Option<i64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    before: Option<i64>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let key = state.db.audit_key().clone();
    let (rows, verdict) = state
        .db
        .read(move |c| {
            Ok((
                db::audit::recent(c, PAGE_SIZE, q.before)?,
                db::audit::verify(c, &key)?,
            ))
        })
        .await?;
    let (intact, status) = match verdict {
        Ok(n) => (true, tr.tn("audit-intact", "count", n as i64)),
        Err(Break::Tampered { seq }) => (false, tr.tn("audit-tampered", "seq", seq)),
        Err(Break::Gap { expected, .. }) => (false, tr.tn("audit-gap", "seq", expected)),
    };
    let older = if rows.len() as i64 == PAGE_SIZE {
        rows.last().map(|r| r.seq)
    } else {
        None
    };
    html(&AuditPage {
        page: Page::new(&ctx, "audit-title"),
        status,
        intact,
        rows,
        older,
    })
}
