use axum::Json;
use axum::extract::State;

use super::ApiPath;
use crate::{AppError, AppState, Granted};

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
) -> Result<Json<Vec<db::programmes::Programme>>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::programmes::list(c, &scope))
            .await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    granted: Granted,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<db::programmes::Programme>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::programmes::find(c, &scope, &id))
            .await?,
    ))
}
