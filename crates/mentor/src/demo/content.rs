//! The demo's content in other languages (issue 12): the call, written in English, has its
//! French and Arabic versions (title, description, selection criteria), Italian left
//! missing so the count of missing languages shows; the positions are written in Italian
//! (`offers.rs`), and the first ones get a description with its French and Arabic versions.
//! Idempotent: a call that has its French title already is left as it is.

use anyhow::{Context, Result};
use chrono::Utc;
use db::{Database, Origin};
use domain::Locale;
use domain::content::{Field, Kind, Version};
use domain::permission::Scope;

/// (Italian title of `offers.rs`, Italian description, French title, French description,
/// Arabic title, Arabic description).
type Translated = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const POSITIONS: [Translated; 2] = [
    (
        "Sviluppatore web junior",
        "Sviluppo e manutenzione dei siti dei clienti in un piccolo gruppo, con un tutor che segue il lavoro ogni giorno.",
        "Développeur web junior",
        "Développement et maintenance des sites des clients au sein d'une petite équipe, avec un tuteur qui suit le travail chaque jour.",
        "مطوّر ويب مبتدئ",
        "تطوير مواقع الزبائن وصيانتها ضمن فريق صغير، مع مؤطّر يتابع العمل يوميًا.",
    ),
    (
        "Addetto di magazzino",
        "Ricevimento, stoccaggio e preparazione degli ordini in un magazzino di Milano; turni di giorno.",
        "Magasinier",
        "Réception, stockage et préparation des commandes dans un entrepôt de Milan ; horaires de jour.",
        "عامل مخزن",
        "استلام البضائع وتخزينها وتحضير الطلبيات في مخزن بميلانو؛ العمل نهارًا.",
    ),
];

const CALL_FR: (&str, &str) = (
    "MENTOR II — stages à Milan et Turin",
    "Stages de six mois (art. 27) dans des entreprises d'accueil de Milan et Turin pour des jeunes qualifiés résidant en Tunisie et au Maroc, avec une formation en italien avant le départ.",
);
const CALL_AR: (&str, &str) = (
    "مِنتور 2 — تدريبات في ميلانو وتورينو",
    "تدريبات لمدة ستة أشهر (المادة 27) في مؤسسات مستضيفة بميلانو وتورينو لفائدة الشباب المؤهلين المقيمين في تونس والمغرب، مع تكوين في اللغة الإيطالية قبل السفر.",
);

/// The criteria of `selection.rs` in French and Arabic.
const CRITERIA: [(&str, &str, &str); 4] = [
    (
        "Motivation and return project",
        "Motivation et projet de retour",
        "الدافعية ومشروع العودة",
    ),
    ("Italian language", "Langue italienne", "اللغة الإيطالية"),
    ("Relevant studies", "Études pertinentes", "دراسات ذات صلة"),
    (
        "Work experience",
        "Expérience professionnelle",
        "الخبرة المهنية",
    ),
];

fn version(kind: Kind, id: &str, field: Field, lang: Locale, text: &str) -> Result<Version> {
    Version::parse(kind, id, field, lang, text).map_err(|e| anyhow::anyhow!("demo version: {e}"))
}

pub fn seed(db: &Database, origin: &Origin, call_title: &str, programme_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let call = db::calls::find_by_title_unscoped(&mut conn, programme_id, call_title)?
        .context("the demo call")?;
    let done = db::content::versions_of(
        &mut conn,
        Kind::Call,
        std::slice::from_ref(&call.id),
        Locale::Fr,
    )?;
    if !done.is_empty() {
        return Ok(());
    }
    let mut versions = Vec::new();
    for (lang, (title, description)) in [(Locale::Fr, CALL_FR), (Locale::Ar, CALL_AR)] {
        versions.push(version(Kind::Call, &call.id, Field::Title, lang, title)?);
        versions.push(version(
            Kind::Call,
            &call.id,
            Field::Description,
            lang,
            description,
        )?);
    }
    for k in db::selection::criteria(&mut conn, &call.id)? {
        if let Some((_, fr, ar)) = CRITERIA.iter().find(|(en, _, _)| *en == k.name) {
            versions.push(version(
                Kind::Criterion,
                &k.id,
                Field::Name,
                Locale::Fr,
                fr,
            )?);
            versions.push(version(
                Kind::Criterion,
                &k.id,
                Field::Name,
                Locale::Ar,
                ar,
            )?);
        }
    }
    // Every demo position is written in Italian; the first of two offers get a description.
    let positions = db::positions::list(&mut conn, &Scope::All, &Default::default())?;
    let today = Utc::now().date_naive();
    let mut described = Vec::new();
    for (it_title, it_text, fr_title, fr_text, ar_title, ar_text) in POSITIONS {
        let Some(p) = positions.iter().find(|l| l.position.title == it_title) else {
            continue;
        };
        let p = &p.position;
        let mut fields = app::positions::fields_of(p);
        fields.description = it_text.to_owned();
        let draft = fields
            .parse(today)
            .map_err(|e| anyhow::anyhow!("demo position: {e}"))?;
        described.push((p.id.clone(), draft));
        for (lang, title, text) in [
            (Locale::Fr, fr_title, fr_text),
            (Locale::Ar, ar_title, ar_text),
        ] {
            versions.push(version(Kind::Position, &p.id, Field::Title, lang, title)?);
            versions.push(version(
                Kind::Position,
                &p.id,
                Field::Description,
                lang,
                text,
            )?);
        }
    }
    let ids: Vec<String> = positions.iter().map(|l| l.position.id.clone()).collect();
    drop(conn);
    db.write_blocking(origin, |tx| {
        for id in &ids {
            db::positions::set_lang(tx, id, Locale::It)?;
        }
        for (id, draft) in &described {
            db::positions::update(tx, id, draft)?;
        }
        for v in &versions {
            db::content::set(tx, v)?;
        }
        tx.audit("demo.seed_content", "call", &call.id)
    })
    .context("demo content in other languages")
}
