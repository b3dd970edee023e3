use axum::Json;
use axum::extract::{Path, State};
use domain::Permission;

use crate::{AppError, AppState, Ctx};

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<db::programmes::Programme>>, AppError> {
    let scope = ctx
        .authed()?
        .actor
        .scope(Permission::ViewProgrammes)
        .ok_or(AppError::Forbidden)?;
    Ok(Json(
        state
            .db
            .read(move |c| db::programmes::list(c, &scope))
            .await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Json<db::programmes::Programme>, AppError> {
    let scope = ctx
        .authed()?
        .actor
        .scope(Permission::ViewProgrammes)
        .ok_or(AppError::Forbidden)?;
    Ok(Json(
        state
            .db
            .read(move |c| db::programmes::find(c, &scope, &id))
            .await?,
    ))
}
