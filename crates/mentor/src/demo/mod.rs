//! The demo programme "MENTOR II (demo)": the partnership of DOMAIN.md §2 and one account
//! per role. Seeding is idempotent: every record is looked up by its natural key (slug,
//! name, e-mail) and created only when missing, so later issues add their parts here and a
//! second run changes nothing but the demo passwords.

mod accounts;
mod candidates;
mod companies;
mod content;
pub mod documents;
mod duplicates;
mod inbox;
mod interviews;
mod lists;
mod matching;
mod offers;
mod outreach;
mod partners;
mod selection;
mod taxonomy;
mod taxonomy_fr;

use anyhow::{Context, Result};
use db::{Database, Origin};
use domain::programme::ProgrammeFields;

pub use accounts::ACCOUNTS;

pub const PROGRAMME_NAME: &str = "MENTOR II (demo)";
pub const PROGRAMME_SLUG: &str = "mentor-ii";

pub struct Summary {
    pub organisations: usize,
    pub host_companies: usize,
    pub candidates: usize,
}

pub fn seed(
    db: &Database,
    password: &str,
    field_keys: &domain::fieldcrypt::Keyring,
) -> Result<Summary> {
    let origin = Origin::system();
    taxonomy::seed(db, &origin)?;
    taxonomy_fr::seed(db, &origin)?;
    let programme_id = programme(db, &origin)?;
    let territories = partners::territories(db, &origin, &programme_id)?;
    let partners = partners::organisations(db, &origin, &programme_id, &territories)?;
    let companies = companies::seed(db, &origin, &programme_id, &territories)?;
    accounts::seed(db, &origin, password, &companies)?;
    let business = accounts::business_accounts(db)?;
    let engaged = outreach::seed(db, &origin, &programme_id, &territories, &business)?;
    candidates::seed(db, &origin, &programme_id, &territories, field_keys)?;
    lists::seed(db, &origin, candidates::CALL_TITLE)?;
    duplicates::seed(
        db,
        &origin,
        &programme_id,
        candidates::CALL_TITLE,
        field_keys,
    )?;
    // Applications in the lists: the generated ones and the possible duplicates, less the
    // one merged away.
    let candidates = {
        let mut conn = db.conn()?;
        let call =
            db::calls::find_by_title_unscoped(&mut conn, &programme_id, candidates::CALL_TITLE)?
                .context("the demo call")?;
        let f = db::candidates::ListFilter {
            call_id: Some(call.id),
            per_page: 1,
            ..Default::default()
        };
        usize::try_from(db::candidates::list(&mut conn, &domain::permission::Scope::All, "", &f)?.1)
            .unwrap_or(0)
    };
    matching::seed(db, &origin, &programme_id)?;
    selection::seed(db, &programme_id)?;
    inbox::seed(db, &origin, &programme_id)?;
    interviews::seed(db, &origin, candidates::CALL_TITLE, &programme_id)?;
    content::seed(db, &origin, candidates::CALL_TITLE, &programme_id)?;
    Ok(Summary {
        organisations: partners + engaged,
        host_companies: companies.len(),
        candidates,
    })
}

fn programme(db: &Database, origin: &Origin) -> Result<String> {
    let mut conn = db.conn()?;
    if let Some(p) = db::programmes::find_by_slug_unscoped(&mut conn, PROGRAMME_SLUG)? {
        return Ok(p.id);
    }
    // MENTOR II: July 2021 – December 2024, EUR 3.26 M (DOMAIN.md §1).
    let draft = ProgrammeFields {
        name: PROGRAMME_NAME.into(),
        slug: PROGRAMME_SLUG.into(),
        countries: "IT,MA,TN".into(),
        starts_on: "2021-07-01".into(),
        ends_on: "2024-12-31".into(),
        budget: "3260000".into(),
        currency: "EUR".into(),
    }
    .parse(chrono::Utc::now().date_naive())
    .map_err(|e| anyhow::anyhow!("demo programme: {e}"))?;
    db.write_blocking(origin, |tx| db::programmes::create(tx, &draft))
        .context("create demo programme")
}

#[cfg(test)]
mod tests {
    use domain::OrganisationKind;
    use domain::permission::Scope;

    #[test]
    fn seeding_twice_gives_the_same_demo_on_both_backends() {
        testkit::on_each_backend(|db| {
            let keys = testkit::field_keys();
            let first =
                super::seed(db, "first demo password", &keys).unwrap_or_else(|e| panic!("{e:#}"));
            let second =
                super::seed(db, "second demo password", &keys).unwrap_or_else(|e| panic!("{e:#}"));
            assert_eq!(first.host_companies, 36);
            assert_eq!(second.organisations, first.organisations);
            let mut c = db.conn().unwrap_or_else(|e| panic!("{e}"));
            let filter = db::organisations::Filter {
                kind: Some(OrganisationKind::HostCompany),
                programme_id: None,
            };
            let companies =
                db::organisations::list(&mut c, &Scope::All, &filter).unwrap_or_default();
            assert_eq!(companies.len(), 300, "300 companies engaged");
            let hosting = db::companies::list(
                &mut c,
                &Scope::All,
                &db::companies::Filter {
                    stage: Some(domain::outreach::Stage::Hosting),
                    ..Default::default()
                },
            )
            .unwrap_or_default();
            assert_eq!(hosting.len(), 36);
            assert_eq!(
                hosting
                    .iter()
                    .filter(|o| o.organisation.city == "Milano")
                    .count(),
                19
            );
            for stage in domain::outreach::Stage::ALL
                .into_iter()
                .filter(|s| *s != domain::outreach::Stage::AlumniHost)
            {
                let f = db::companies::Filter {
                    stage: Some(stage),
                    ..Default::default()
                };
                assert!(
                    !db::companies::list(&mut c, &Scope::All, &f)
                        .unwrap_or_default()
                        .is_empty(),
                    "{stage:?}"
                );
            }
            let open = db::positions::open_places(&mut c, &Scope::All).unwrap_or_default();
            assert!(
                open >= 41,
                "enough open places for the 41 participants: {open}"
            );
            assert_eq!(
                db::outreach::list_campaigns(&mut c, &Scope::All)
                    .map(|k| k.len())
                    .ok(),
                Some(2)
            );
            assert_eq!(
                db::programmes::list(&mut c, &Scope::All)
                    .map(|p| p.len())
                    .ok(),
                Some(1)
            );
            let users = db::users::list(&mut c, &Scope::All, "").unwrap_or_default();
            assert_eq!(users.len(), super::ACCOUNTS.len());
            // The approved demo run proposed the 41 shortlisted participants (23 TN, 18 MA).
            let placements = db::matching::placements(&mut c, &Scope::All, &Default::default())
                .unwrap_or_default();
            assert_eq!(
                placements.len(),
                41,
                "every shortlisted participant is placed"
            );
            assert_eq!(
                placements
                    .iter()
                    .filter(|p| p.candidate_country == domain::Country::TN)
                    .count(),
                23
            );
            assert_eq!(
                placements
                    .iter()
                    .filter(|p| p.candidate_country == domain::Country::MA)
                    .count(),
                18
            );
            let mut companies: Vec<&str> = placements
                .iter()
                .map(|p| p.placement.company_id.as_str())
                .collect();
            companies.sort_unstable();
            companies.dedup();
            assert_eq!(
                companies.len(),
                36,
                "the spread run gives every host company a trainee"
            );
            // Selection: four criteria, the 41 shortlisted scored by two assessors and
            // interviewed; a few decision e-mails in the outbox.
            let call = db::calls::list(&mut c, &Scope::All)
                .unwrap_or_default()
                .into_iter()
                .find(|k| k.title == super::candidates::CALL_TITLE)
                .unwrap_or_else(|| panic!("demo call"));
            assert_eq!(
                db::selection::criteria(&mut c, &call.id)
                    .map(|k| k.len())
                    .ok(),
                Some(4)
            );
            let inputs = db::selection::ranking_inputs(&mut c, &Scope::All, "", &call.id)
                .unwrap_or_else(|e| panic!("{e}"));
            let shortlisted: Vec<_> = inputs
                .candidates
                .iter()
                .filter(|k| k.status == domain::candidate::Status::Shortlisted)
                .collect();
            assert_eq!(shortlisted.len(), 41);
            for k in &shortlisted {
                assert_eq!(
                    inputs.scores.get(&k.id).map(Vec::len),
                    Some(8),
                    "two assessors × four criteria"
                );
                assert!(inputs.interviews.contains_key(&k.id));
            }
            assert_eq!(
                db::outbox::recent(&mut c, 50).map(|m| m.len()).ok(),
                Some(6)
            );
            // The coordinator watches a saved search; the applications carry ESCO concepts.
            let coordinator = db::users::find_by_email_unscoped(
                &mut c,
                &domain::Email::parse("coordinator@demo.example").unwrap_or_else(|e| panic!("{e}")),
            )
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("coordinator"));
            let searches = db::saved_searches::list_of(&mut c, &coordinator.id).unwrap_or_default();
            assert_eq!(searches.len(), 2, "seeded once");
            assert_eq!(searches.iter().filter(|s| s.watched).count(), 1);
            let with_skill = db::candidates::list(
                &mut c,
                &Scope::All,
                "",
                &db::candidates::ListFilter {
                    skill: "computer programming".into(),
                    per_page: 1,
                    ..Default::default()
                },
            )
            .map(|r| r.1)
            .unwrap_or(0);
            assert!(
                with_skill > 50,
                "{with_skill} applications name computer programming"
            );
            // The password printed last is the one that works.
            let email =
                domain::Email::parse("coordinator@demo.example").unwrap_or_else(|e| panic!("{e}"));
            let creds = db::users::credentials(&mut c, &email)
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("creds"));
            assert!(domain::password::verify(
                &creds.password_hash,
                "second demo password"
            ));
        });
    }
}
