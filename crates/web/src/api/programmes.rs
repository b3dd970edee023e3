use axum::Json;
use axum::extract::{Path, State};

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
    Path(id): Path<String>,
) -> Result<Json<db::programmes::Programme>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::programmes::find(c, &scope, &id))
            .await?,
    ))
}
