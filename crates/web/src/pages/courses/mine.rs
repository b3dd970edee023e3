//! `/my/courses`: the participant's own courses — sessions, where they stand, and their
//! certificates to download in any of the four languages (their own by default).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::{LangQuery, rate};
use crate::context::Authed;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

struct SessionLine {
    date: String,
    starts_at: String,
    topic: String,
    place: String,
    online: bool,
}

struct OwnRow {
    enrolment: String,
    title: String,
    subject: String,
    organisation: String,
    so_far: String,
    of_planned: String,
    min_attendance: i64,
    level: String,
    complete: bool,
    certificate: Option<(String, String)>,
    sessions: Vec<SessionLine>,
}

#[derive(Template)]
#[template(path = "courses/mine.html")]
struct MinePage {
    page: Page,
    rows: Vec<OwnRow>,
    languages: Vec<(&'static str, &'static str)>,
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    _who: Authed,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let own = app::courses::mine(&state.db, &who).await?;
    html(&MinePage {
        page: Page::new(&ctx, "my-courses-title"),
        rows: own
            .into_iter()
            .map(|c| OwnRow {
                enrolment: c.enrolment_id,
                subject: tr.t(&format!("course-subject-{}", c.subject.as_str())),
                title: c.title,
                organisation: c.organisation,
                so_far: rate(c.so_far),
                of_planned: rate(c.of_planned),
                min_attendance: i64::from(c.min_attendance),
                level: c.level.map(|l| l.as_str().to_owned()).unwrap_or_default(),
                complete: c.complete,
                certificate: c.certificate.map(|x| (x.code, tr.date(&x.issued_on))),
                sessions: c
                    .sessions
                    .iter()
                    .map(|s| SessionLine {
                        date: tr.date(&s.held_on),
                        starts_at: s.starts_at.clone(),
                        topic: s.topic.clone(),
                        place: s.place.clone(),
                        online: s.online,
                    })
                    .collect(),
            })
            .collect(),
        languages: super::languages(),
    })
}

/// One's own certificate; another person's enrolment is answered as missing.
pub async fn certificate(
    State(state): State<AppState>,
    ctx: Ctx,
    _who: Authed,
    Path(enrolment): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&enrolment)?;
    let who = ctx.acting()?;
    let locale = q.locale()?.or(Some(ctx.locale));
    let (bytes, code) =
        app::courses::own_certificate_pdf(&state.db, &who, &enrolment, locale).await?;
    Ok(super::pdf(bytes, &code))
}
