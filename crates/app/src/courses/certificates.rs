//! Certificates of completion as PDF (the `paper` crate: fonts bundled, Arabic shaped and
//! right to left), in the participant's language by default and in any of the four on
//! request; and their public verification by code, which tells only the name, the course
//! and the date, and is throttled per client address like sign-in (a guesser waits).
//!
//! The PDF is made when asked for, not stored: the same certificate gives the same bytes
//! (`paper` writes no date of its own), and nothing in it is not in the database already.

use chrono::Duration;
use db::DbConn;
use db::courses::{Course, Verified};
use domain::course::{code_is_well_formed, verify_limit};
use domain::throttle::Record;
use domain::{Locale, Permission};
use i18n::Tr;
use paper::{Block, Sheet};
use sha2::{Digest, Sha256};

use super::standing::{Standing, rule_of, standings};
use crate::{Acting, AppResult, Clock, Error};

/// What a certificate prints.
struct Facts {
    course: Course,
    organisation: String,
    programme: String,
    standing: Standing,
    code: String,
    issued_on: chrono::NaiveDate,
    locale: Locale,
}

fn facts_of(
    conn: &mut DbConn,
    course: Course,
    enrolment_id: &str,
    locale: Option<Locale>,
) -> AppResult<Facts> {
    let (rule, _) = rule_of(conn, &course.programme_id)?;
    let (_, all) = standings(conn, &course, &rule)?;
    let standing = all
        .into_iter()
        .find(|s| s.enrolled.id == enrolment_id)
        .ok_or(Error::NotFound)?;
    let cert = standing.certificate.clone().ok_or(Error::NotFound)?;
    let locale = match locale {
        Some(l) => l,
        None => db::courses::holder_locale(conn, &standing.enrolled.case_id)?
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or_default(),
    };
    let line = db::courses::lines(conn, vec![course.clone()])?
        .pop()
        .ok_or(Error::NotFound)?;
    Ok(Facts {
        course,
        organisation: line.organisation,
        programme: line.programme,
        standing,
        code: cert.code,
        issued_on: cert.issued_on,
        locale,
    })
}

/// A rate in per mille as a percentage with one decimal.
pub fn percent(per_mille: u32) -> String {
    format!("{}.{} %", per_mille / 10, per_mille % 10)
}

fn sheet(f: &Facts) -> Sheet {
    let tr = Tr::new(f.locale);
    let e = &f.standing.enrolled;
    // In Arabic, the name as the participant writes it in Arabic, when they gave it.
    let name = match (f.locale, &e.given_names_ar, &e.family_name_ar) {
        (Locale::Ar, Some(g), Some(fam)) if !g.is_empty() && !fam.is_empty() => {
            format!("{g} {fam}")
        }
        _ => format!("{} {}", e.given_names, e.family_name),
    };
    let field = |label: &str, value: String| Block::Field {
        label: tr.t(label),
        value,
    };
    let mut blocks = vec![
        Block::Paragraph(tr.t("certificate-intro")),
        field("certificate-name", name),
        field("certificate-course", f.course.title.clone()),
        field(
            "certificate-subject",
            tr.t(&format!("course-subject-{}", f.course.subject.as_str())),
        ),
        field("certificate-organisation", f.organisation.clone()),
    ];
    if let Some(r) = f.standing.of_planned {
        blocks.push(field("certificate-attendance", percent(r)));
    }
    if f.course.subject.is_language()
        && let Some(l) = f.standing.level
    {
        blocks.push(field("certificate-level", l.as_str().to_owned()));
    }
    blocks.push(field("certificate-issued", tr.date(&f.issued_on)));
    blocks.push(field("certificate-code", f.code.clone()));
    blocks.push(Block::Paragraph(tr.t1(
        "certificate-verify",
        "code",
        &f.code,
    )));
    Sheet {
        lang: f.locale.tag().to_owned(),
        title: tr.t("certificate-title"),
        subtitle: Some(f.programme.clone()),
        blocks,
        footer: Some(tr.t("certificate-footer")),
    }
}

async fn render(f: Facts) -> AppResult<(Vec<u8>, String)> {
    let code = f.code.clone();
    let s = sheet(&f);
    let pdf = tokio::task::spawn_blocking(move || paper::render(&s))
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?
        .map_err(|e| Error::Db(db::DbError::Migration(format!("certificate: {e}"))))?;
    Ok((pdf, code))
}

/// The certificate of an enrolment of the course `id`, for the course's staff; with its
/// code. `NotFound` when none was issued.
pub async fn certificate_pdf(
    db: &db::Database,
    who: &Acting,
    id: &str,
    enrolment: &str,
    locale: Option<Locale>,
) -> AppResult<(Vec<u8>, String)> {
    let scope = who.scope(Permission::ViewCourses)?;
    let (id, enrolment) = (id.to_owned(), enrolment.to_owned());
    let f = db
        .read_as(move |conn| -> AppResult<Facts> {
            let course = db::courses::find(conn, &scope, &id)?;
            facts_of(conn, course, &enrolment, locale)
        })
        .await?;
    render(f).await
}

/// The certificate of one of the signed-in participant's own enrolments.
pub async fn own_certificate_pdf(
    db: &db::Database,
    who: &Acting,
    enrolment: &str,
    locale: Option<Locale>,
) -> AppResult<(Vec<u8>, String)> {
    let user_id = who.actor.user_id.clone();
    let enrolment = enrolment.to_owned();
    let f = db
        .read_as(move |conn| -> AppResult<Facts> {
            let e = db::courses::own_enrolment(conn, &user_id, &enrolment)?;
            facts_of(conn, e.course, &e.id, locale)
        })
        .await?;
    render(f).await
}

/// What the public page answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    Found(Verified),
    /// No certificate has this code (or it cannot be one).
    Unknown,
    /// Too many unknown codes from this address lately: try again after this long.
    Wait(Duration),
}

/// The throttle row of an address, keyed by a keyed hash (never the address itself).
fn address_key(key: &db::AuditKey, address: &str) -> String {
    let mut h = Sha256::new();
    h.update(key.bytes());
    h.update(b"verify-address\x1f");
    h.update(address.as_bytes());
    hex::encode(h.finalize())
}

/// Looks a code up for anyone, signed in or not. Each unknown code counts against the
/// client's address (`domain::course::verify_limit`); past the free ones, the address
/// waits, and a code is not even looked up.
pub async fn verify(
    db: &db::Database,
    clock: &dyn Clock,
    address: &str,
    request_id: &str,
    typed: &str,
) -> AppResult<Verification> {
    let limit = verify_limit();
    let now = clock.now();
    let key = address_key(db.audit_key(), address);
    let k = key.clone();
    let record: Record = db.read(move |c| db::sign_in_throttle::peek(c, &k)).await?;
    if let Some(wait) = limit.wait(now, &record) {
        return Ok(Verification::Wait(wait));
    }
    if let Some(code) = code_is_well_formed(typed) {
        let found = db.read(move |c| db::courses::verify(c, &code)).await?;
        if let Some(v) = found {
            return Ok(Verification::Found(v));
        }
    }
    let anonymous = db::Origin::user("anonymous", request_id);
    db.write_at(anonymous, now, move |tx| -> AppResult<()> {
        let r = db::sign_in_throttle::lock(tx, &key)?;
        db::sign_in_throttle::save(tx, &key, &r.after_failure(now, &limit))?;
        Ok(())
    })
    .await?;
    Ok(Verification::Unknown)
}
