//! The papers produced from a case, not typed: the training project (one per trainee) and
//! the convention (one per promoter and host, covering the host's trainees), as PDF in
//! Italian following the regional template's fields, filled from what the system knows
//! (the trainee, the position, the host's registry data, the case's facts). Each generation
//! whose printed facts differ from the newest version's is a new version; the page shows
//! what changed between versions and since the one the Region saw (the newest when the
//! case went to review). The file holds personal data: it is sealed like an upload.

use std::collections::BTreeMap;
use std::sync::Arc;

use db::cases::{Paper, PaperSources};
use domain::procedure::facts;
use domain::procedure::papers::{Change, PaperKind, diff};
use domain::{Locale, Permission, Role};
use i18n::Tr;

use super::identity::{self, Identity};
use crate::files::{self, DocumentStore};
use crate::{Acting, AppResult, Clock, Error};

/// Sections of a paper: a heading's message and the fields under it, in order.
type Sections = &'static [(&'static str, &'static [&'static str])];

const TRAINING_PROJECT: Sections = &[
    (
        "paper-section-trainee",
        &[
            "family_name",
            "given_names",
            "birth_date",
            "birth_place",
            "nationality",
            "codice_fiscale",
            "passport_number",
        ],
    ),
    ("paper-section-promoter", &["promoter", "promoter_tutor"]),
    (
        "paper-section-host",
        &["company", "vat_number", "ateco", "address", "company_tutor"],
    ),
    (
        "paper-section-traineeship",
        &[
            "occupation",
            "workplace",
            "planned_start_on",
            "planned_end_on",
            "duration_months",
            "hours_per_week",
            "allowance",
            "board_and_lodging",
            "lodging",
        ],
    ),
    (
        "paper-section-objectives",
        &["required_skills", "desired_skills"],
    ),
    (
        "paper-section-insurance",
        &["inail_policy", "liability_policy"],
    ),
];

const CONVENTION: Sections = &[
    ("paper-section-promoter", &["promoter"]),
    (
        "paper-section-host",
        &["company", "vat_number", "ateco", "address"],
    ),
    ("paper-section-trainees", &["trainees", "trainees_covered"]),
];

/// A paper's versions, newest first, each with what changed since the one before; and
/// what changed since the version the Region saw, when a newer one exists.
#[derive(Debug, Clone)]
pub struct Versions {
    pub kind: PaperKind,
    pub versions: Vec<(Paper, Vec<Change>)>,
    pub since_region: Option<(i64, Vec<Change>)>,
}

/// Whether `who` may generate papers: promoters and coordinators (who sign them as
/// promoter, or answer for the programme).
fn may_generate(who: &domain::Actor) -> bool {
    who.is_admin()
        || who
            .roles()
            .iter()
            .any(|r| matches!(r, Role::Coordinator | Role::PromoterStaff))
}

/// The subject a paper of `kind` is kept under.
fn subject(kind: PaperKind, case: &db::cases::Case) -> String {
    match kind {
        PaperKind::TrainingProject => case.id.clone(),
        PaperKind::Convention => format!("{}:{}", case.programme_id, case.company_id),
    }
}

/// Generates the paper of `kind` for the case `id`: a new version when what it prints
/// changed, else the newest one as it is.
#[allow(clippy::too_many_arguments)]
pub async fn generate(
    db: &db::Database,
    clock: &dyn Clock,
    keys: Arc<domain::fieldcrypt::Keyring>,
    store: Arc<DocumentStore>,
    who: &Acting,
    id: &str,
    kind: PaperKind,
) -> AppResult<Paper> {
    let scope = who.scope(Permission::WorkCases)?;
    if !may_generate(&who.actor) {
        return Err(Error::Forbidden);
    }
    let actor_id = who.actor.user_id.clone();
    let (s, a, cid) = (scope.clone(), actor_id.clone(), id.to_owned());
    let (case, sources, recorded, trainees) = db
        .read(move |conn| {
            let case = db::cases::find(conn, &s, &a, &cid)?;
            let sources = db::cases::paper_sources(conn, &case)?;
            let recorded = db::cases::facts(conn, &case.id)?;
            let mut trainees = Vec::new();
            for (_, candidate) in db::cases::host_cases(conn, &case.programme_id, &case.company_id)?
            {
                let person = db::cases::trainee_identity(conn, &candidate)?;
                trainees.push(format!(
                    "{} {}",
                    person.identity.given_names, person.identity.family_name
                ));
            }
            Ok((case, sources, recorded, trainees))
        })
        .await?;
    let person = match kind {
        PaperKind::TrainingProject => identity::read(db, clock, &keys, who, &case.id).await?,
        PaperKind::Convention => Identity::default(),
    };
    let recorded: BTreeMap<String, String> = recorded
        .into_iter()
        .filter(|f| !f.sealed)
        .map(|f| (f.field, f.value))
        .collect();
    let tr = Tr::new(Locale::It);
    let printed = printed_facts(kind, &tr, &sources, &recorded, &person, &trainees);
    let facts_json = serde_json::to_string(&printed)
        .map_err(|e| Error::Db(db::DbError::Migration(format!("paper facts: {e}"))))?;
    let subject = subject(kind, &case);
    let (subj, json) = (subject.clone(), facts_json.clone());
    let newest = db
        .read(move |conn| Ok(db::cases::papers(conn, kind, &subj)?.into_iter().next()))
        .await?;
    if let Some(p) = newest.filter(|p| p.facts == json) {
        return Ok(p);
    }
    let sheet = sheet(kind, &tr, &case.reference, &printed);
    let pdf = tokio::task::spawn_blocking(move || paper::render(&sheet))
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?
        .map_err(|e| Error::Db(db::DbError::Migration(format!("paper: {e}"))))?;
    let paper_id = db::id::new_id();
    let sha256 = hex_sha256(&pdf);
    let (name, st, k) = (paper_id.clone(), store.clone(), keys.clone());
    tokio::task::spawn_blocking(move || st.put(&name, &files::seal(&k, &name, &pdf)))
        .await
        .map_err(|_| Error::Db(db::DbError::Join))?
        .map_err(|e| Error::Db(db::DbError::Sealed(format!("document store: {e}"))))?;
    let case_id = case.id.clone();
    let row = Paper {
        id: paper_id.clone(),
        kind,
        subject: subject.clone(),
        version: 0,
        facts: facts_json,
        sha256,
        stored_name: paper_id.clone(),
        created_by: actor_id.clone(),
        created_at: clock.now(),
        submitted_at: None,
    };
    let written = db
        .write_at(
            who.origin.clone(),
            clock.now(),
            move |tx| -> AppResult<Paper> {
                db::cases::find(tx.conn, &scope, &actor_id, &case_id)?;
                let newest = db::cases::papers(tx.conn, kind, &subject)?
                    .into_iter()
                    .next();
                let mut row = row;
                row.version = newest.map_or(1, |p| p.version + 1);
                db::cases::add_paper(tx, &row, &case_id)?;
                Ok(row)
            },
        )
        .await;
    if written.is_err() {
        let _ = store.remove(&paper_id);
    }
    written
}

/// The versions of both papers of the case `id`.
pub async fn versions(db: &db::Database, who: &Acting, id: &str) -> AppResult<Vec<Versions>> {
    let scope = who.scope(Permission::ViewCases)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    let participant = !may_generate(&who.actor) && who.actor.roles().contains(&Role::Participant);
    db.read_as(move |conn| -> AppResult<Vec<Versions>> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        let mut out = Vec::new();
        for kind in PaperKind::ALL {
            // The convention is between promoter and host: not the trainee's paper.
            if participant && kind == PaperKind::Convention {
                continue;
            }
            let papers = db::cases::papers(conn, kind, &subject(kind, &case))?;
            out.push(with_changes(kind, papers));
        }
        Ok(out)
    })
    .await
}

fn parse_facts(p: &Paper) -> BTreeMap<String, String> {
    serde_json::from_str(&p.facts).unwrap_or_default()
}

/// Each version with its changes since the one before (versions newest first).
pub fn with_changes(kind: PaperKind, papers: Vec<Paper>) -> Versions {
    let parsed: Vec<BTreeMap<String, String>> = papers.iter().map(parse_facts).collect();
    let since_region = papers
        .iter()
        .position(|p| p.submitted_at.is_some())
        .filter(|&i| i > 0)
        .map(|i| (papers[i].version, diff(&parsed[i], &parsed[0])));
    let versions = papers
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let changes = parsed
                .get(i + 1)
                .map(|older| diff(older, &parsed[i]))
                .unwrap_or_default();
            (p, changes)
        })
        .collect();
    Versions {
        kind,
        versions,
        since_region,
    }
}

/// A version for download by someone who sees the case (the convention not to the
/// trainee), audited `case.paper.download`; the caller opens the sealed file.
pub async fn download(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    paper_id: &str,
) -> AppResult<Paper> {
    let scope = who.scope(Permission::ViewCases)?;
    let actor_id = who.actor.user_id.clone();
    let participant = !may_generate(&who.actor) && who.actor.roles().contains(&Role::Participant);
    let agency = who.actor.roles().contains(&Role::AgencyStaff) && !may_generate(&who.actor);
    let (id, paper_id) = (id.to_owned(), paper_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<Paper> {
            let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
            let mut found = None;
            for kind in PaperKind::ALL {
                if let Ok(p) = db::cases::paper(tx.conn, &subject(kind, &case), &paper_id) {
                    found = Some(p);
                }
            }
            let p = found.ok_or(Error::NotFound)?;
            if agency || (participant && p.kind == PaperKind::Convention) {
                return Err(Error::NotFound);
            }
            tx.audit("case.paper.download", "case", &case.id)?;
            Ok(p)
        },
    )
    .await
}

/// What a paper prints, field by field, as text (dates and money written the Italian way).
fn printed_facts(
    kind: PaperKind,
    tr: &Tr,
    s: &PaperSources,
    recorded: &BTreeMap<String, String>,
    person: &Identity,
    trainees: &[String],
) -> BTreeMap<String, String> {
    let date = |v: &str| {
        facts::date(v)
            .map(|d| tr.date(&d))
            .unwrap_or_else(|| v.to_owned())
    };
    let fact = |name: &str| recorded.get(name).cloned();
    let yes_no = |b: bool| tr.t(if b { "paper-yes" } else { "paper-no" });
    let mut m: BTreeMap<String, String> = BTreeMap::new();
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
            m.insert(k.to_owned(), v);
        }
    };
    put("promoter", Some(s.promoter.clone()));
    put("company", Some(s.company.clone()));
    put("vat_number", s.vat_number.clone());
    put("ateco", s.ateco.clone());
    put(
        "address",
        Some(
            format!("{}, {}", s.address, s.company_city)
                .trim_matches([' ', ','])
                .to_owned(),
        ),
    );
    match kind {
        PaperKind::Convention => {
            put("trainees", Some(trainees.join("; ")));
            put(
                "trainees_covered",
                fact("trainees_covered").or(Some(trainees.len().to_string())),
            );
        }
        PaperKind::TrainingProject => {
            put("family_name", Some(person.family_name.clone()));
            put("given_names", Some(person.given_names.clone()));
            put("birth_date", person.birth_date.map(|d| tr.date(&d)));
            put("birth_place", person.birth_place.clone());
            put("nationality", Some(person.nationality.clone()));
            put("codice_fiscale", person.codice_fiscale.clone());
            put("passport_number", person.passport_number.clone());
            put("promoter_tutor", fact("promoter_tutor"));
            put(
                "company_tutor",
                fact("company_tutor").or(Some(s.tutor_name.clone())),
            );
            put(
                "occupation",
                Some(format!("{} — {}", s.position_title, s.occupation)),
            );
            put(
                "workplace",
                Some(
                    format!("{}, {}", s.workplace, s.position_city)
                        .trim_matches([' ', ','])
                        .to_owned(),
                ),
            );
            put(
                "planned_start_on",
                fact("planned_start_on")
                    .map(|v| date(&v))
                    .or(s.starts_on.map(|d| tr.date(&d))),
            );
            put("planned_end_on", fact("planned_end_on").map(|v| date(&v)));
            put("duration_months", Some(s.duration_months.to_string()));
            put(
                "hours_per_week",
                fact("hours_per_week").or(Some(s.hours_per_week.to_string())),
            );
            let cents = fact("allowance")
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(s.allowance_cents);
            put("allowance", Some(tr.money(&cents, "EUR")));
            put(
                "board_and_lodging",
                Some(format!("{} / {}", yes_no(s.board), yes_no(s.lodging))),
            );
            put("lodging", fact("lodging"));
            put("required_skills", Some(s.required_skills.clone()));
            put("desired_skills", Some(s.desired_skills.clone()));
            put("inail_policy", fact("inail_policy"));
            put("liability_policy", fact("liability_policy"));
        }
    }
    m
}

/// The paper as a sheet to render, in Italian.
fn sheet(
    kind: PaperKind,
    tr: &Tr,
    reference: &str,
    printed: &BTreeMap<String, String>,
) -> paper::Sheet {
    let (title, sections, clauses, signatures): (&str, Sections, &[&str], &[&str]) = match kind {
        PaperKind::TrainingProject => (
            "paper-training-project-title",
            TRAINING_PROJECT,
            &["paper-modules"],
            &[
                "paper-sign-trainee",
                "paper-sign-promoter",
                "paper-sign-host",
            ],
        ),
        PaperKind::Convention => (
            "paper-convention-title",
            CONVENTION,
            &[
                "paper-clause-object",
                "paper-clause-promoter",
                "paper-clause-host",
                "paper-clause-insurance",
            ],
            &["paper-sign-promoter", "paper-sign-host"],
        ),
    };
    let mut blocks = Vec::new();
    for (heading, fields) in sections {
        blocks.push(paper::Block::Heading(tr.t(heading)));
        for f in *fields {
            blocks.push(paper::Block::Field {
                label: tr.t(&format!("paper-field-{}", f.replace('_', "-"))),
                value: printed.get(*f).cloned().unwrap_or_else(|| "—".into()),
            });
        }
    }
    blocks.push(paper::Block::Heading(tr.t("paper-section-clauses")));
    for c in clauses {
        blocks.push(paper::Block::Paragraph(tr.t(c)));
    }
    blocks.push(paper::Block::Signatures(
        signatures.iter().map(|s| tr.t(s)).collect(),
    ));
    paper::Sheet {
        lang: "it".into(),
        title: tr.t(title),
        subtitle: Some(reference.to_owned()),
        blocks,
        footer: Some(tr.t("paper-footer")),
    }
}

fn hex_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// The field names a paper prints (for the page's labels of a diff).
pub fn field_label_key(field: &str) -> String {
    format!("paper-field-{}", field.replace('_', "-"))
}
