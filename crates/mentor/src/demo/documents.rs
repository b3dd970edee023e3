//! Documents of the 41 shortlisted demo participants: a CV and a diploma (small PDFs made
//! here), a passport scan (a small PNG made here, no real document), and for some an Italian
//! language certificate; one passport has expired, as happens. Files are sealed and stored in
//! the data folder exactly like uploads. Idempotent: candidates who already have documents
//! are left alone.

use anyhow::Result;
use app::files::{self, DocumentStore};
use chrono::{Duration, NaiveDate, Utc};
use db::candidates::ListFilter;
use db::{Database, Origin};
use domain::document::{FileType, Kind};
use domain::fieldcrypt::Keyring;
use domain::permission::Scope;
use sha2::{Digest, Sha256};

/// A one-page PDF saying `lines` (ASCII), valid enough for any reader.
pub fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut text = String::from("BT /F1 14 Tf 60 780 Td 18 TL");
    for l in lines {
        let safe: String = l
            .chars()
            .map(|c| {
                if c.is_ascii() && c != '(' && c != ')' && c != '\\' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        text.push_str(&format!(" ({safe}) '"));
    }
    text.push_str(" ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for x in bytes {
        a = (a + u32::from(*x)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// A small grey PNG (a stand-in for a passport scan): a light page with a darker band where
/// a photo would be. Uncompressed ("stored") deflate blocks, so no codec is needed.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..height {
        raw.push(0u8); // no filter
        for x in 0..width {
            let photo = x < width / 3 && y > height / 4 && y < height * 3 / 4;
            raw.push(if photo { 0x70 } else { 0xE8 });
        }
    }
    let mut z = vec![0x78, 0x01];
    let chunks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, c) in chunks.iter().enumerate() {
        z.push(u8::from(i + 1 == chunks.len()));
        let len = u16::try_from(c.len()).unwrap_or(u16::MAX);
        z.extend_from_slice(&len.to_le_bytes());
        z.extend_from_slice(&(!len).to_le_bytes());
        z.extend_from_slice(c);
    }
    z.extend_from_slice(&adler32(&raw).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]); // 8-bit greyscale
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &z);
    chunk(b"IEND", &[]);
    out
}

struct Doc {
    kind: Kind,
    name: String,
    bytes: Vec<u8>,
    issued_on: Option<NaiveDate>,
    expires_on: Option<NaiveDate>,
}

/// Seeds the documents; returns how many were added.
pub fn seed(db: &Database, store: &DocumentStore, keys: &Keyring) -> Result<usize> {
    let origin = Origin::system();
    let mut conn = db.conn()?;
    let shortlisted = db::candidates::list(
        &mut conn,
        &Scope::All,
        "",
        &ListFilter {
            status: Some("shortlisted".into()),
            per_page: 200,
            ..Default::default()
        },
    )?
    .0;
    let today = Utc::now().date_naive();
    let mut added = 0;
    for (i, c) in shortlisted.iter().enumerate() {
        if !db::documents::of_candidate(&mut conn, c)?.is_empty() {
            continue;
        }
        let profile = db::candidates::profile(&mut conn, c)?;
        let studies = profile
            .as_ref()
            .map(|p| p.qualification_title.clone())
            .unwrap_or_default();
        let graduated = profile.as_ref().and_then(|p| p.qualification_date);
        let file = |s: &str| s.replace(' ', "_");
        let person = format!("{} {}", c.given_names, c.family_name);
        // Passports are valid ten years; the seventh participant's ran out last month.
        let issued = today - Duration::days(365 * 3 + i64::try_from(i * 11).unwrap_or(0));
        let expires = if i == 6 {
            today - Duration::days(30)
        } else {
            issued + Duration::days(365 * 10)
        };
        let mut docs = vec![
            Doc {
                kind: Kind::Cv,
                name: format!("CV_{}.pdf", file(&c.family_name)),
                bytes: pdf(&[
                    "Curriculum vitae",
                    &person,
                    &c.email,
                    &format!("Studies: {studies}"),
                ]),
                issued_on: None,
                expires_on: None,
            },
            Doc {
                kind: Kind::Passport,
                name: format!("passport_{}.png", file(&c.family_name)),
                bytes: png(120, 80),
                issued_on: Some(issued),
                expires_on: Some(expires),
            },
            Doc {
                kind: Kind::Diploma,
                name: format!("diploma_{}.pdf", file(&c.family_name)),
                bytes: pdf(&["Diploma", &person, &studies]),
                issued_on: graduated,
                expires_on: None,
            },
        ];
        if i % 3 == 0 {
            docs.push(Doc {
                kind: Kind::LanguageCertificate,
                name: "certificato_italiano_A2.pdf".into(),
                bytes: pdf(&["Certificazione di lingua italiana", &person, "Livello A2"]),
                issued_on: Some(today - Duration::days(120)),
                expires_on: None,
            });
        }
        for d in docs {
            let id = db::id::new_id();
            let file_type = FileType::sniff(&d.bytes).unwrap_or(FileType::Pdf);
            store.put(&id, &files::seal(keys, &id, &d.bytes))?;
            let row = db::documents::Document {
                id: id.clone(),
                candidate_id: c.id.clone(),
                kind: d.kind,
                issued_on: d.issued_on,
                expires_on: d.expires_on,
                size_bytes: i64::try_from(d.bytes.len()).unwrap_or(0),
                sha256: hex::encode(Sha256::digest(&d.bytes)),
                content_type: file_type.mime().into(),
                original_name: domain::document::safe_file_name(&d.name, d.kind, file_type),
                stored_name: id.clone(),
                uploaded_by: origin.actor.clone(),
                uploaded_at: Utc::now().naive_utc(),
            };
            db.write_blocking(&origin, |tx| db::documents::add(tx, &Scope::All, "", &row))?;
            added += 1;
        }
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_files_are_what_their_bytes_say() {
        assert_eq!(
            FileType::sniff(&pdf(&["CV", "Amina (Sfax)"])),
            Some(FileType::Pdf)
        );
        let p = png(30, 20);
        assert_eq!(FileType::sniff(&p), Some(FileType::Png));
        assert_eq!(
            crc32(b"IEND"),
            0xAE42_6082,
            "the well-known CRC of an empty IEND"
        );
    }

    #[test]
    fn the_shortlisted_get_their_documents_once() {
        testkit::on_each_backend(|db| {
            let keys = testkit::field_keys();
            super::super::seed(db, "a demo password", &keys).unwrap_or_else(|e| panic!("{e:#}"));
            // The possible duplicates: the sisters and Hajar's two applications are open,
            // Anis's were merged.
            let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
            let open =
                db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 100).unwrap_or_default();
            assert!(open.len() >= 2, "{}", open.len());
            assert!(open.iter().any(|p| {
                p.a.family_name == "El Idrissi"
                    && p.flag
                        .reasons()
                        .contains(&domain::duplicate::Reason::Passport)
            }));
            let merged = ListFilter {
                status: Some("merged".into()),
                per_page: 10,
                ..Default::default()
            };
            let merged = db::candidates::list(&mut conn, &Scope::All, "", &merged)
                .unwrap_or_default()
                .0;
            assert_eq!(merged.len(), 1);
            assert_eq!(merged[0].family_name, "Mejri");
            let dir = std::env::temp_dir().join(format!("mentor-demo-docs-{}", db::id::new_id()));
            let store = DocumentStore::open(&dir).unwrap_or_else(|e| panic!("{e}"));
            let first = seed(db, &store, &keys).unwrap_or_else(|e| panic!("{e:#}"));
            assert!(first >= 41 * 3, "{first}");
            assert_eq!(
                seed(db, &store, &keys).unwrap_or(1),
                0,
                "seeding twice adds nothing"
            );
            // The cases' papers: those of the steps they passed, once.
            let papers = super::super::case_documents::seed(db, &store, &keys)
                .unwrap_or_else(|e| panic!("{e:#}"));
            assert!(papers > 41 * 10, "{papers}");
            assert_eq!(
                super::super::case_documents::seed(db, &store, &keys).unwrap_or(1),
                0,
                "seeding the cases' papers twice adds nothing"
            );
            let cases = db::cases::all(
                &mut conn,
                &Scope::All,
                "",
                &db::cases::CaseFilter {
                    closed: true,
                    ..Default::default()
                },
            )
            .unwrap_or_default();
            let kinds = |id: &str| {
                db::cases::document_kinds(&mut db.conn().unwrap_or_else(|e| panic!("{e}")), id)
                    .unwrap_or_default()
            };
            for case in cases.iter().filter(|k| k.closed) {
                let held = kinds(&case.id);
                for kind in [
                    "convention_signed",
                    "visa",
                    "hospitality_declaration",
                    "final_report",
                ] {
                    assert!(held.iter().any(|k| k == kind), "{kind}");
                }
            }
            // The French trainee's case waits for the housing proof of the visa request.
            let waiting = cases
                .iter()
                .find(|k| k.step == "visa_requested" && k.city == "Milano")
                .unwrap_or_else(|| panic!("a case at the visa request"));
            let held = kinds(&waiting.id);
            assert!(held.iter().any(|k| k == "regional_approval"), "{held:?}");
            assert!(!held.iter().any(|k| k == "housing_proof"), "{held:?}");
            let files = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
            assert_eq!(files, first + papers);
            let _ = std::fs::remove_dir_all(&dir);
        });
    }
}
