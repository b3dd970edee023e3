use axum::Json;
use axum::extract::{Path, Query, State};
use db::organisations::Filter;
use domain::{OrganisationKind, Permission};
use serde::Deserialize;

use crate::{AppError, AppState, Ctx};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    kind: Option<String>,
    programme: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Json<Vec<db::organisations::Organisation>>, AppError> {
    let scope = ctx
        .authed()?
        .actor
        .scope(Permission::ViewOrganisations)
        .ok_or(AppError::Forbidden)?;
    let kind = match q.kind.as_deref() {
        Some(k) => Some(OrganisationKind::parse(k)?),
        None => None,
    };
    let filter = Filter {
        kind,
        programme_id: q.programme,
    };
    Ok(Json(
        state
            .db
            .read(move |c| db::organisations::list(c, &scope, &filter))
            .await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Json<db::organisations::Organisation>, AppError> {
    let scope = ctx
        .authed()?
        .actor
        .scope(Permission::ViewOrganisations)
        .ok_or(AppError::Forbidden)?;
    Ok(Json(
        state
            .db
            .read(move |c| db::organisations::find(c, &scope, &id))
            .await?,
    ))
}
