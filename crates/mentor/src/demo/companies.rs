//! The 36 host companies of MENTOR II: 19 in Milan, 17 in Turin (DOMAIN.md §2).
//! Names are fictional.

use std::collections::HashMap;

use anyhow::Result;
use db::organisations::OrganisationDraft;
use db::{Database, Origin};
use domain::{Country, OrganisationKind};

pub const MILAN: [&str; 19] = [
    "Navigli Software Srl",
    "Officine Meccaniche Lambro Spa",
    "Brera Design Studio Srl",
    "Lombarda Logistica Srl",
    "Sesto Automazione Srl",
    "Porta Nuova Consulting Srl",
    "Cucina Meneghina Ristorazione Srl",
    "Idroterm Impianti Srl",
    "Bicocca Biotech Srl",
    "Martesana Elettronica Srl",
    "Ortica Costruzioni Srl",
    "Milano Hotel Group Spa",
    "Gorla Tessile Srl",
    "Sempione Data Srl",
    "Lorenteggio Farmaceutici Spa",
    "Greco Energia Srl",
    "Isola Green Tech Srl",
    "Calvairate Manutenzioni Srl",
    "Duomo Fintech Srl",
];

pub const TURIN: [&str; 17] = [
    "Mole Robotics Srl",
    "Lingotto Componenti Auto Spa",
    "Dora Meccatronica Srl",
    "Valentino Software Srl",
    "San Salvario Ristorazione Srl",
    "Mirafiori Stampaggi Srl",
    "Crocetta Ingegneria Srl",
    "Aurora Logistica Srl",
    "Superga Alimentare Srl",
    "Borgo Po Edilizia Srl",
    "Vanchiglia Digital Srl",
    "Pozzo Strada Impianti Srl",
    "Lucento Aerospace Srl",
    "Barriera Tessile Srl",
    "Cit Turin Hotel Srl",
    "Sassi Energia Srl",
    "Madonna di Campagna Plastica Srl",
];

/// Company names → ids, Milan first.
pub fn seed(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    territories: &HashMap<String, String>,
) -> Result<Vec<(String, String)>> {
    let mut out = Vec::with_capacity(MILAN.len() + TURIN.len());
    for (names, city) in [(&MILAN[..], "Milano"), (&TURIN[..], "Torino")] {
        for name in names {
            let draft = OrganisationDraft {
                name: (*name).to_owned(),
                kind: OrganisationKind::HostCompany,
                country: Country::IT,
                territory_id: territories.get(city).cloned(),
                city: city.to_owned(),
            };
            let id = super::partners::ensure(db, origin, programme_id, &draft)?;
            out.push(((*name).to_owned(), id));
        }
    }
    Ok(out)
}
