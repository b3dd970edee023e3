use axum::Json;
use axum::extract::State;
use db::organisations::Filter;
use domain::OrganisationKind;
use serde::Deserialize;

use super::{ApiPath, ApiQuery};
use crate::{AppError, AppState, Granted};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    kind: Option<String>,
    programme: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<db::organisations::Organisation>>, AppError> {
    let scope = granted.scope;
    let kind = match q.kind.as_deref() {
        Some(k) => Some(OrganisationKind::parse(k).map_err(super::extract::bad_query)?),
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
    granted: Granted,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<db::organisations::Organisation>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::organisations::find(c, &scope, &id))
            .await?,
    ))
}
