//! Who the reporting commands act as: the operator at the command line holds the database
//! and its keys, so they read as an administrator (every programme), with the `cli` origin
//! in the audit log. Shared by `report` and `export`.

use domain::permission::{Actor, Membership};
use domain::{OrganisationKind, Role};

/// The operator as an `Acting` person.
pub fn acting() -> app::Acting {
    app::Acting {
        actor: Actor {
            user_id: "cli".into(),
            memberships: vec![Membership {
                organisation_id: String::new(),
                organisation_kind: OrganisationKind::LeadPartner,
                role: Role::Admin,
                programme_ids: Vec::new(),
                territory_id: None,
            }],
        },
        origin: db::Origin::cli(),
    }
}

/// A runtime for one command's use cases.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    use anyhow::Context;
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// A use case's refusal in words (the message in `tr`'s language).
pub fn refusal(tr: &i18n::Tr, e: app::Error) -> anyhow::Error {
    match e {
        app::Error::NotFound => anyhow::anyhow!("no such programme (give its slug or id)"),
        app::Error::Invalid(i) => anyhow::anyhow!("{}", tr.t(i.key)),
        e => anyhow::anyhow!("{e}"),
    }
}
