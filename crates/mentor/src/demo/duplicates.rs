//! A handful of realistic possible duplicates in the demo call, entered through the same
//! storage path as staff entry (so `db::duplicates::flag_for` raises the flags):
//! two sisters sharing the family phone (open flag, a person should dismiss it), a young
//! woman who applied twice with two e-mail addresses and the same passport (open flag, to
//! merge), and a young man who did the same and whose records were already merged (so the
//! demo shows a merged record in the audit trail). Idempotent: looked up by e-mail.

use anyhow::{Context, Result};
use chrono::Utc;
use db::candidates::{ListFilter, SealedPassport};
use db::{Database, Origin};
use domain::candidate::{EducationFields, IdentityFields, PreferenceFields};
use domain::fieldcrypt::{Keyring, Place, normalise_document_number};
use domain::permission::Scope;

struct Applicant {
    family: (&'static str, &'static str),
    given: (&'static str, &'static str),
    sex: &'static str,
    birth: &'static str,
    country: &'static str,
    email: &'static str,
    phone: &'static str,
    passport: &'static str,
    studies: &'static str,
}

const APPLICANTS: [Applicant; 6] = [
    // Sisters from Sfax, one family phone.
    Applicant {
        family: ("Ben Ammar", "بن عمار"),
        given: ("Salma", "سلمى"),
        sex: "f",
        birth: "1999-03-14",
        country: "TN",
        email: "salma.benammar@example.tn",
        phone: "+216 74 412 300",
        passport: "Z0481236",
        studies: "Licence en gestion",
    },
    Applicant {
        family: ("Ben Ammar", "بن عمار"),
        given: ("Rim", "ريم"),
        sex: "f",
        birth: "2001-11-02",
        country: "TN",
        email: "rim.benammar@example.tn",
        phone: "00216 74 412 300",
        passport: "Z0517742",
        studies: "BTS en hôtellerie",
    },
    // The same person twice, two e-mail addresses, the same passport.
    Applicant {
        family: ("El Idrissi", "الإدريسي"),
        given: ("Hajar", "هاجر"),
        sex: "f",
        birth: "1998-07-21",
        country: "MA",
        email: "hajar.elidrissi@example.ma",
        phone: "+212 661 204 518",
        passport: "UF4410273",
        studies: "Licence professionnelle en logistique",
    },
    Applicant {
        family: ("El Idrissi", "الادريسي"),
        given: ("Hajar", "هاجر"),
        sex: "f",
        birth: "1998-07-21",
        country: "MA",
        email: "h.idrissi98@example.com",
        phone: "+212 700 118 902",
        passport: "UF 441 0273",
        studies: "Licence professionnelle en logistique",
    },
    // Applied twice; already merged by the agency.
    Applicant {
        family: ("Mejri", "الماجري"),
        given: ("Anis", "أنيس"),
        sex: "m",
        birth: "1997-01-30",
        country: "TN",
        email: "anis.mejri@example.tn",
        phone: "+216 22 813 447",
        passport: "Z0398811",
        studies: "Diplôme de technicien supérieur en électricité",
    },
    Applicant {
        family: ("Mejri", "ماجري"),
        given: ("Anis", "أنيس"),
        sex: "m",
        birth: "1997-01-30",
        country: "TN",
        email: "anis.mejri.pro@example.com",
        phone: "+216 22 813 447",
        passport: "",
        studies: "Diplôme de technicien supérieur en électricité",
    },
];

/// How many of these applications stay in the lists (all but the one merged away).
#[cfg(test)]
pub const LIVE: usize = APPLICANTS.len() - 1;

fn find_by_email(db: &Database, email: &str) -> Result<Option<String>> {
    let mut conn = db.conn()?;
    let f = ListFilter {
        q: email.to_owned(),
        per_page: 5,
        ..Default::default()
    };
    let mut found = db::candidates::list(&mut conn, &Scope::All, "", &f)?.0;
    if found.is_empty() {
        let merged = ListFilter {
            status: Some("merged".into()),
            ..f
        };
        found = db::candidates::list(&mut conn, &Scope::All, "", &merged)?.0;
    }
    Ok(found.into_iter().find(|c| c.email == email).map(|c| c.id))
}

/// Seeds the pairs into the demo call; returns how many applications it added.
pub fn seed(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    call_title: &str,
    keys: &Keyring,
) -> Result<usize> {
    let call = {
        let mut conn = db.conn()?;
        db::calls::find_by_title_unscoped(&mut conn, programme_id, call_title)?
            .context("the demo call")?
    };
    let today = Utc::now().date_naive();
    let mut ids = Vec::new();
    let mut added = 0;
    for a in &APPLICANTS {
        if let Some(id) = find_by_email(db, a.email)? {
            ids.push(id);
            continue;
        }
        let identity = IdentityFields {
            family_name: a.family.0.into(),
            given_names: a.given.0.into(),
            family_name_ar: a.family.1.into(),
            given_names_ar: a.given.1.into(),
            birth_date: a.birth.into(),
            sex: a.sex.into(),
            nationality: a.country.into(),
            residence_country: a.country.into(),
            passport_number: a.passport.into(),
            email: a.email.into(),
            phone: a.phone.into(),
            ..Default::default()
        }
        .parse(today)
        .map_err(|e| anyhow::anyhow!("demo duplicate {}: {e}", a.email))?;
        let education = EducationFields {
            isced_level: "6".into(),
            field_of_study: a.studies.into(),
            qualification_title: a.studies.into(),
            qualification_date: "2025-06-30".into(),
            it_understanding: "A2".into(),
            it_speaking: "A2".into(),
            it_writing: "A1".into(),
            ..Default::default()
        }
        .parse(today)
        .map_err(|e| anyhow::anyhow!("demo duplicate {}: {e}", a.email))?;
        let preferences = PreferenceFields {
            experience: "Stage de fin d'études".into(),
            sectors: "logistics, hospitality".into(),
            cities: "Milano, Torino".into(),
            available_from: String::new(),
        }
        .parse()
        .map_err(|e| anyhow::anyhow!("demo duplicate {}: {e}", a.email))?;
        let id = db::id::new_id();
        let passport = identity.passport_number.as_ref().map(|number| {
            let mut nonce = [0u8; 24];
            db::id::fill_random(&mut nonce);
            SealedPassport {
                sealed: keys.seal(
                    &Place {
                        table: "candidates",
                        column: "passport",
                        row: &id,
                    },
                    nonce,
                    number,
                ),
                index: keys.blind_index("passport", &normalise_document_number(number)),
            }
        });
        let (row, profile) = db::candidates::new_submitted(
            &id,
            &call,
            &identity,
            passport,
            &education,
            &preferences,
            Utc::now().naive_utc(),
        );
        let call = call.clone();
        db.write_blocking(origin, |tx| {
            db::candidates::create_submitted(tx, &Scope::All, "", &call, row, profile, today)
        })?;
        ids.push(id);
        added += 1;
    }
    // Anis's two records were merged by the agency, keeping the first as it was.
    if let [.., anis, anis_again] = ids.as_slice() {
        let mut conn = db.conn()?;
        let open = db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 1_000)?;
        let flag = open.into_iter().find(|p| {
            [&p.a.id, &p.b.id].contains(&anis) && [&p.a.id, &p.b.id].contains(&anis_again)
        });
        if let Some(p) = flag {
            let take: Vec<String> = Vec::new();
            db.write_blocking(origin, |tx| {
                db::duplicates::merge(
                    tx,
                    &Scope::All,
                    Some(&Scope::All),
                    "",
                    &p.flag.id,
                    &db::duplicates::MergeChoices {
                        keep: anis,
                        take_from_other: &take,
                    },
                    keys,
                )
            })?;
        }
    }
    Ok(added)
}
