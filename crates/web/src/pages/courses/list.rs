//! `/courses`: the courses within reach, and for course staff the form of a new one (an
//! organisation they belong to — a coordinator: any of the programme's — and a subject).

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::course::Subject;
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::pages::view::Choice;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

struct Row {
    id: String,
    title: String,
    subject: String,
    organisation: String,
    programme: String,
    sessions: i64,
    enrolled: i64,
}

#[derive(Template)]
#[template(path = "courses/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    may_run: bool,
    runners: Vec<Choice>,
    subjects: Vec<Choice>,
    title: String,
    errors: FormErrors,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    render(&state, &ctx, StatusCode::OK, NewForm::default(), Vec::new()).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    form: NewForm,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let lines = app::courses::list(&state.db, &who).await?;
    let may_run = who.actor.can(domain::Permission::RunCourses);
    let runners = if may_run {
        app::courses::runners(&state.db, &who).await?
    } else {
        Vec::new()
    };
    let chosen = format!("{}|{}", form.programme_id, form.organisation_id);
    html_status(
        status,
        &ListPage {
            page: Page::new(ctx, "courses-title"),
            rows: lines
                .into_iter()
                .map(|l| Row {
                    subject: tr.t(&format!("course-subject-{}", l.course.subject.as_str())),
                    id: l.course.id,
                    title: l.course.title,
                    organisation: l.organisation,
                    programme: l.programme,
                    sessions: l.sessions,
                    enrolled: l.enrolled,
                })
                .collect(),
            may_run,
            runners: runners
                .into_iter()
                .map(|(o, oname, p, pname)| {
                    let value = format!("{p}|{o}");
                    Choice {
                        selected: value == chosen,
                        value,
                        label: format!("{pname} — {oname}"),
                    }
                })
                .collect(),
            subjects: Subject::ALL
                .into_iter()
                .map(|s| Choice {
                    value: s.as_str().to_owned(),
                    label: tr.t(&format!("course-subject-{}", s.as_str())),
                    selected: s.as_str() == form.subject,
                })
                .collect(),
            title: form.title,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct NewForm {
    /// `programme|organisation`, one choice of the form.
    runner: String,
    subject: String,
    title: String,
    #[serde(skip)]
    programme_id: String,
    #[serde(skip)]
    organisation_id: String,
}

/// Creates a course; its page next. A mistake shows the list again (422).
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Form(mut f): Form<NewForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let (p, o) = f.runner.split_once('|').unwrap_or_default();
    f.programme_id = p.to_owned();
    f.organisation_id = o.to_owned();
    let done = app::courses::create(
        &state.db,
        &*state.clock,
        &who,
        app::courses::NewCourse {
            organisation_id: f.organisation_id.clone(),
            programme_id: f.programme_id.clone(),
            subject: f.subject.clone(),
            title: f.title.clone(),
        },
    )
    .await;
    match done {
        Ok(id) => Ok(flash::redirect(
            &format!("/courses/{id}"),
            Flash::new("flash-course-created"),
        )),
        Err(app::Error::Invalid(i)) => {
            let i = if i.field == "organisation_id" {
                Invalid::new("runner", i.key)
            } else {
                i
            };
            render(&state, &ctx, StatusCode::UNPROCESSABLE_ENTITY, f, vec![i]).await
        }
        Err(e) => Err(e.into()),
    }
}
