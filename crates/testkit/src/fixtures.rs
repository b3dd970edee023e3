//! Builders for the records tests need, written through the real storage functions.

use db::organisations::OrganisationDraft;
use db::{Database, Origin};
use domain::password::NewPassword;
use domain::programme::ProgrammeFields;
use domain::{Country, Email, OrganisationKind, Role};

/// The password of every fixture user.
pub const PASSWORD: &str = "correct horse battery staple";

fn fail<E: std::fmt::Display>(what: &str) -> impl FnOnce(E) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// A programme with the given slug, spanning 2021–2024, in Italy, Morocco and Tunisia.
pub fn programme(db: &Database, slug: &str) -> String {
    let draft = ProgrammeFields {
        name: format!("Programme {slug}"),
        slug: slug.into(),
        countries: "IT,MA,TN".into(),
        starts_on: "2021-07-01".into(),
        ends_on: "2024-12-31".into(),
        budget: "3260000".into(),
        currency: "EUR".into(),
    }
    .parse()
    .map_err(fail("programme fields"))
    .unwrap_or_else(|e| panic!("{e}"));
    db.write_blocking(&Origin::system(), |tx| db::programmes::create(tx, &draft))
        .unwrap_or_else(|e| panic!("create programme: {e}"))
}

/// An organisation taking part in `programme_id`.
pub fn organisation(
    db: &Database,
    programme_id: &str,
    name: &str,
    kind: OrganisationKind,
) -> String {
    let draft = OrganisationDraft {
        name: name.into(),
        kind,
        country: Country::IT,
        territory_id: None,
        city: "Milano".into(),
    };
    db.write_blocking(&Origin::system(), |tx| {
        let id = db::organisations::create(tx, &draft)?;
        db::programmes::add_organisation(tx, programme_id, &id)?;
        Ok(id)
    })
    .unwrap_or_else(|e| panic!("create organisation: {e}"))
}

/// A user with `role` in `organisation_id`, password [`PASSWORD`].
pub fn user(db: &Database, email: &str, organisation_id: &str, role: Role) -> String {
    let email = Email::parse(email).unwrap_or_else(|e| panic!("email: {e}"));
    let hash = NewPassword::parse(PASSWORD)
        .ok()
        .and_then(|p| p.hash([1; 16]).ok())
        .unwrap_or_else(|| panic!("hash"));
    db.write_blocking(&Origin::system(), |tx| {
        let id = db::users::create(tx, &email, "Test User", &hash, None)?;
        db::memberships::add(tx, &id, organisation_id, role)?;
        Ok(id)
    })
    .unwrap_or_else(|e| panic!("create user: {e}"))
}
