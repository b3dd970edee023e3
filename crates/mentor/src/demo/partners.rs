//! Territories and partner organisations of MENTOR II (DOMAIN.md §2).

use std::collections::HashMap;

use anyhow::Result;
use db::organisations::OrganisationDraft;
use db::{Database, Origin};
use domain::{Country, OrganisationKind as K};

/// (name, country)
const TERRITORIES: &[(&str, &str)] = &[
    ("Milano", "IT"),
    ("Torino", "IT"),
    ("Tunis", "TN"),
    ("Sfax", "TN"),
    ("Tanger", "MA"),
    ("Béni Mellal-Khénifra", "MA"),
    ("Khouribga", "MA"),
];

/// (name, kind, country, territory, city)
pub const PARTNERS: &[(&str, K, &str, &str, &str)] = &[
    ("Comune di Milano", K::LeadPartner, "IT", "Milano", "Milano"),
    ("Città di Torino", K::Municipality, "IT", "Torino", "Torino"),
    (
        "Municipalité de Tunis",
        K::Municipality,
        "TN",
        "Tunis",
        "Tunis",
    ),
    (
        "Municipalité de Sfax",
        K::Municipality,
        "TN",
        "Sfax",
        "Sfax",
    ),
    (
        "Commune de Tanger",
        K::Municipality,
        "MA",
        "Tanger",
        "Tanger",
    ),
    (
        "Région Béni Mellal-Khénifra",
        K::Municipality,
        "MA",
        "Béni Mellal-Khénifra",
        "Béni Mellal",
    ),
    ("ANETI", K::OriginAgency, "TN", "Tunis", "Tunis"),
    ("ANAPEC", K::OriginAgency, "MA", "Tanger", "Casablanca"),
    ("AFOL Metropolitana", K::Promoter, "IT", "Milano", "Milano"),
    (
        "Agenzia Piemonte Lavoro",
        K::Promoter,
        "IT",
        "Torino",
        "Torino",
    ),
    ("ANOLF Piemonte", K::Ngo, "IT", "Torino", "Torino"),
    ("Soleterre", K::Ngo, "IT", "Milano", "Milano"),
    (
        "Promos Italia",
        K::BusinessAssociation,
        "IT",
        "Milano",
        "Milano",
    ),
    (
        "CEIPiemonte",
        K::BusinessAssociation,
        "IT",
        "Torino",
        "Torino",
    ),
    ("CeSPI", K::ResearchCentre, "IT", "", "Roma"),
    (
        "Ministero del Lavoro e delle Politiche Sociali",
        K::Ministry,
        "IT",
        "",
        "Roma",
    ),
    ("Eurocities", K::Ministry, "BE", "", "Bruxelles"),
    (
        "ICMPD – Migration Partnership Facility",
        K::Donor,
        "AT",
        "",
        "Wien",
    ),
];

/// Territory name → id.
pub fn territories(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    for (name, country) in TERRITORIES {
        let mut conn = db.conn()?;
        let id = match db::territories::find_by_name_unscoped(&mut conn, programme_id, name)? {
            Some(t) => t.id,
            None => {
                let country = Country::parse(country).map_err(|e| anyhow::anyhow!("{e}"))?;
                db.write_blocking(origin, |tx| {
                    db::territories::create(tx, programme_id, name, country)
                })?
            }
        };
        out.insert((*name).to_owned(), id);
    }
    Ok(out)
}

/// Creates a missing organisation and makes sure it takes part in the programme.
pub fn ensure(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    draft: &OrganisationDraft,
) -> Result<String> {
    let mut conn = db.conn()?;
    let existing = db::organisations::find_by_name_unscoped(&mut conn, &draft.name)?;
    let id = db.write_blocking(origin, |tx| {
        let id = match &existing {
            Some(o) => o.id.clone(),
            None => db::organisations::create(tx, draft)?,
        };
        db::programmes::add_organisation(tx, programme_id, &id)?;
        Ok(id)
    })?;
    Ok(id)
}

pub fn organisations(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    territories: &HashMap<String, String>,
) -> Result<usize> {
    for (name, kind, country, territory, city) in PARTNERS {
        let draft = OrganisationDraft {
            name: (*name).to_owned(),
            kind: *kind,
            country: Country::parse(country).map_err(|e| anyhow::anyhow!("{e}"))?,
            territory_id: territories.get(*territory).cloned(),
            city: (*city).to_owned(),
        };
        ensure(db, origin, programme_id, &draft)?;
    }
    Ok(PARTNERS.len())
}
