use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct Me {
    id: String,
    email: String,
    display_name: String,
    locale: String,
    memberships: Vec<db::memberships::MembershipView>,
}

pub async fn me(State(state): State<AppState>, ctx: Ctx) -> Result<Json<Me>, AppError> {
    let a = ctx.authed()?;
    let id = a.user.id.clone();
    let memberships = state
        .db
        .read(move |c| db::memberships::of_user(c, &id))
        .await?;
    Ok(Json(Me {
        id: a.user.id.clone(),
        email: a.user.email.clone(),
        display_name: a.user.display_name.clone(),
        locale: ctx.locale.tag().to_owned(),
        memberships,
    }))
}
