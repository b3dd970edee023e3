//! The audit log for administrators: newest entries, and whether the chain holds — against
//! the latest anchor when anchoring is configured (issue 10, defect 6), otherwise said to be
//! consistent but unanchored, never "intact" on the chain's word alone. "Anchor now" writes
//! the head of the chain to the configured places.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use domain::audit::{Break, Verdict};
use i18n::FluentArg;
use serde::Deserialize;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

const PAGE_SIZE: i64 = 100;

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    page: Page,
    status: String,
    /// `intact`, `unanchored`, `tampered` or `unreadable` (the `data-verdict` attribute).
    verdict: &'static str,
    rows: Vec<db::audit::Row>,
    older: Option<i64>,
    /// Anchoring is configured: the "anchor now" button is shown.
    can_anchor: bool,
    anchored: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    before: Option<i64>,
    anchored: Option<u8>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let key = state.db.audit_key().clone();
    let anchoring = state.anchoring.clone();
    let latest = tokio::task::spawn_blocking(move || anchoring.latest(&key))
        .await
        .map_err(|_| AppError::Internal("anchor read failed".into()))?;
    let key = state.db.audit_key().clone();
    let anchor = match &latest {
        Ok(a) => a.clone(),
        Err(e) => {
            tracing::warn!(error = %e, "the latest audit anchor cannot be used");
            None
        }
    };
    let (rows, verdict) = state
        .db
        .read(move |c| {
            Ok((
                db::audit::recent(c, PAGE_SIZE, q.before)?,
                db::audit::check(c, &key, anchor.as_ref())?,
            ))
        })
        .await?;
    let (verdict, status) = match (&latest, verdict) {
        (_, Verdict::Broken(Break::Tampered { seq })) => {
            ("tampered", tr.tn("audit-tampered", "seq", seq))
        }
        (_, Verdict::Broken(Break::Gap { expected, .. })) => {
            ("tampered", tr.tn("audit-gap", "seq", expected))
        }
        (_, Verdict::Missing { present, anchored }) => (
            "tampered",
            tr.t_with(
                "audit-missing",
                &[
                    ("seq", FluentArg::Num(present as i64)),
                    ("count", FluentArg::Num(anchored)),
                ],
            ),
        ),
        (_, Verdict::Rewritten { seq }) => ("tampered", tr.tn("audit-rewritten", "seq", seq)),
        (Err(_), _) => ("unreadable", tr.t("audit-anchor-unusable")),
        (Ok(_), Verdict::Unanchored { entries }) => (
            "unanchored",
            tr.tn("audit-unanchored", "count", entries as i64),
        ),
        (Ok(_), Verdict::Anchored { entries, anchor }) => (
            "intact",
            tr.t_with(
                "audit-anchored",
                &[
                    ("count", FluentArg::Num(entries as i64)),
                    ("seq", FluentArg::Num(anchor.count)),
                    ("at", FluentArg::Str(anchor.at)),
                ],
            ),
        ),
    };
    let older = if rows.len() as i64 == PAGE_SIZE {
        rows.last().map(|r| r.seq)
    } else {
        None
    };
    html(&AuditPage {
        page: Page::new(&ctx, "audit-title"),
        status,
        verdict,
        rows,
        older,
        can_anchor: state.anchoring.is_configured(),
        anchored: q.anchored == Some(1),
    })
}

/// `POST /audit/anchor`: anchors the chain now, as the acting administrator.
pub async fn anchor(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    if !state.anchoring.is_configured() {
        return Err(AppError::NotFound);
    }
    let acting = ctx.acting()?;
    state
        .anchoring
        .anchor(&state.db, state.clock.as_ref(), acting.origin)
        .await
        .map_err(|e| match e {
            app::audit_anchor::Error::Db(e) => AppError::from(e),
            e => AppError::Internal(e.to_string()),
        })?;
    Ok(super::see_other("/audit?anchored=1"))
}
