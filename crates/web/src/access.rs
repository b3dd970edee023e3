//! What the route layer hands a handler once it has admitted a request.
//!
//! Each route declares its [`Access`](crate::routes::Access) once, in the route table. When
//! the route layer admits a request for `Access::Permission(p)` it puts a [`Granted`] into the
//! request: the permission, the reach (`Scope`) the person has for it, and who they are. A
//! handler takes `Granted` (or, on a `SignedIn` route, [`Authed`]) as an extractor instead
//! of looking the scope up again, so a handler cannot ask for a permission other than the
//! one its route checked without saying so ([`Authed::scope_for`]).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use domain::Permission;
use domain::permission::Scope;

use crate::AppError;
use crate::context::{Authed, Ctx};

/// The permission the route declared, as granted to the signed-in person.
///
/// Plain fields, so that a handler can move the scope into a database closure and still
/// read who is asking; a second permission's reach is `granted.authed.scope_for(p)`.
#[derive(Debug, Clone)]
pub struct Granted {
    /// The permission the route declared (and the route layer checked).
    pub permission: Permission,
    /// The person's reach for that permission.
    pub scope: Scope,
    pub authed: Authed,
}

impl Authed {
    /// The reach for `permission`; `Forbidden` when the person lacks it.
    pub fn scope_for(&self, permission: Permission) -> Result<Scope, AppError> {
        self.actor.scope(permission).ok_or(AppError::Forbidden)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Granted {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        // Only the route layer inserts it, for routes that declare a permission: a handler
        // asking for it on any other route is a mistake in the route table.
        parts
            .extensions
            .get::<Granted>()
            .cloned()
            .ok_or_else(|| AppError::Internal("route declares no permission".into()))
    }
}

/// The signed-in person, for handlers of `SignedIn` routes (the route layer has already
/// sent anyone else to sign in).
impl<S: Send + Sync> FromRequestParts<S> for Authed {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        let ctx = parts
            .extensions
            .get::<Ctx>()
            .ok_or_else(|| AppError::Internal("context middleware missing".into()))?;
        ctx.user.clone().ok_or(AppError::Unauthenticated)
    }
}

impl Ctx {
    /// The signed-in person's reach for `permission`, for helpers shared by routes of
    /// different permissions (a form redrawn after a failed save, say). Handlers take
    /// [`Granted`] instead.
    pub fn scope_for(&self, permission: Permission) -> Result<Scope, AppError> {
        self.authed()?.scope_for(permission)
    }
}
