//! `/results/{programme}/report.pdf[?period=]`: the donor report — the indicators, the
//! charts and the period's narrative — as one PDF in the reader's language, from the same
//! `app::results::report` the pages read. A submitted period gives its frozen figures.

use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::PeriodQuery;
use crate::{AppError, AppState, Ctx, Granted};

pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let report = super::report_for(&state, &ctx, &id, &q).await?;
    let tr = ctx.tr();
    // Live figures are dated by the programme's own calendar (Rome), as deadlines are.
    let today = domain::deadline::rome_today(state.clock.now().and_utc());
    let slug = report.programme.slug.clone();
    let label = report
        .period
        .as_ref()
        .map(|p| format!("-{}", file_part(&p.label)))
        .unwrap_or_default();
    let bytes = tokio::task::spawn_blocking(move || app::donor_report::pdf(&report, &tr, today))
        .await
        .map_err(|_| AppError::Internal("donor report task failed".into()))??;
    let file = format!("{}{label}-report.pdf", file_part(&slug));
    Ok(crate::pages::documents::attachment(
        bytes,
        "application/pdf",
        &format!("attachment; filename=\"{file}\""),
    ))
}

/// A label as a safe file-name part: ASCII letters and digits, the rest as dashes.
fn file_part(s: &str) -> String {
    let part: String = s
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    part.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_parts_keep_ascii_letters_and_digits_only() {
        assert_eq!(super::file_part("mentor-ii"), "mentor-ii");
        assert_eq!(super::file_part("2022 – 2023"), "2022---2023");
        assert_eq!(super::file_part("\"x\"/y"), "x--y");
    }
}
