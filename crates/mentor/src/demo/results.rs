//! MENTOR II's logframe (seeds 000 and 002): the overall objective, the three specific
//! objectives — circular mobility for traineeships, communication and advocacy,
//! monitoring and evaluation — with their expected results and a dozen indicators, most
//! computed by the registry from the demo's records (applications, selections, trainees
//! placed with target 40, traineeships completed, in Italy at the end, returned home,
//! companies engaged with target 300, host companies, mean procedure days, proposals
//! presented, grants and euros awarded), two entered by hand (cooperation protocols
//! signed: Turin–Khouribga 30 Sep 2024, Milan–Tangier 9 Dec 2024 and Milan–Sfax, with the
//! protocols as evidence; partners reporting better capacity).
//!
//! Reporting periods: 2022 and 2023 submitted by the coordinator through the same use case
//! as the page (their figures frozen), 2024 open with a narrative. Idempotent: a programme
//! with a logframe is left as it is; evidence is added once.

use anyhow::{Context, Result, anyhow};
use app::files::{self, DocumentStore};
use chrono::NaiveDate;
use db::{Database, DbConn, Origin};
use domain::fieldcrypt::Keyring;
use domain::results::editing::{NewIndicator, NewNode, NewPeriod, NodeKind};
use domain::results::{Unit, rule};
use sha2::{Digest, Sha256};

const COORDINATOR: &str = "coordinator@demo.example";

/// The manual indicator that takes the protocols as evidence.
pub const PROTOCOLS: &str = "OS1.R3.I2";
/// A calendar day as (year, month, day).
type Ymd = (i32, u32, u32);

/// The periods, in order: (label, first day, last day, submitted on).
pub const PERIODS: [(&str, Ymd, Ymd, Option<Ymd>); 3] = [
    ("2022", (2022, 1, 1), (2022, 12, 31), Some((2023, 2, 15))),
    ("2023", (2023, 1, 1), (2023, 12, 31), Some((2024, 2, 20))),
    ("2024", (2024, 1, 1), (2024, 12, 31), None),
];

fn day((y, m, d): Ymd) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn acting(conn: &mut DbConn, email: &str) -> Result<app::Acting> {
    let id = super::outcomes::user_id(conn, email)?;
    let actor = db::memberships::load_actor(conn, &id)?.ok_or_else(|| anyhow!("{email}"))?;
    Ok(app::Acting {
        actor,
        origin: Origin::user(&id, "demo"),
    })
}

/// An indicator: (code, title, source rule or `None` for manual, unit, ascending, baseline
/// (year, value), target (year, value)).
type Ind = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Unit,
    bool,
    Option<(i32, i64)>,
    Option<(i32, i64)>,
);

/// A node and its indicators.
struct Node {
    kind: NodeKind,
    code: &'static str,
    title: &'static str,
    indicators: Vec<Ind>,
    results: Vec<Node>,
}

fn leaf(code: &'static str, title: &'static str, indicators: Vec<Ind>) -> Node {
    Node {
        kind: NodeKind::Result,
        code,
        title,
        indicators,
        results: vec![],
    }
}

fn logframe() -> Vec<Node> {
    use Unit::{Count, Days, Euro};
    let base = Some((2021, 0));
    vec![
        Node {
            kind: NodeKind::Overall,
            code: "OO",
            title: "Migliorare la cooperazione tra la UE e i Paesi Terzi del Mediterraneo in materia di migrazione e mobilità legale e circolare dei giovani per motivi di lavoro",
            indicators: vec![
                (
                    "OO.I1",
                    "Tirocinanti in Italia alla fine del tirocinio (proroga o contratto di lavoro)",
                    Some(rule::IN_ITALY),
                    Count,
                    true,
                    base,
                    None,
                ),
                (
                    "OO.I2",
                    "Tirocinanti rientrati nel paese d'origine",
                    Some(rule::RETURNED_HOME),
                    Count,
                    true,
                    base,
                    None,
                ),
            ],
            results: vec![],
        },
        Node {
            kind: NodeKind::Specific,
            code: "OS1",
            title: "Mobilità circolare per tirocinio: migliorare la capacità degli attori territoriali di attuare schemi di migrazione circolare",
            indicators: vec![(
                "OS1.I1",
                "Tirocinanti collocati in imprese di Milano e Torino",
                Some(rule::PLACED),
                Count,
                true,
                base,
                Some((2024, 40)),
            )],
            results: vec![
                leaf(
                    "OS1.R1",
                    "Candidati selezionati e abbinati alle imprese",
                    vec![
                        (
                            "OS1.R1.I1",
                            "Candidature ricevute",
                            Some(rule::APPLICATIONS),
                            Count,
                            true,
                            base,
                            None,
                        ),
                        (
                            "OS1.R1.I2",
                            "Candidati selezionati",
                            Some(rule::SELECTED),
                            Count,
                            true,
                            base,
                            None,
                        ),
                        (
                            "OS1.R1.I3",
                            "Giorni medi della procedura art. 27",
                            Some(rule::PROCEDURE_DAYS),
                            Days,
                            false,
                            None,
                            None,
                        ),
                    ],
                ),
                leaf(
                    "OS1.R2",
                    "Tirocini semestrali svolti presso le imprese ospitanti",
                    vec![
                        (
                            "OS1.R2.I1",
                            "Tirocini conclusi",
                            Some(rule::TRAINEESHIPS_COMPLETED),
                            Count,
                            true,
                            base,
                            Some((2024, 40)),
                        ),
                        (
                            "OS1.R2.I2",
                            "Imprese ospitanti",
                            Some(rule::HOST_COMPANIES),
                            Count,
                            true,
                            base,
                            None,
                        ),
                    ],
                ),
                leaf(
                    "OS1.R3",
                    "Rientri accompagnati e progetti dei rientrati",
                    vec![
                        (
                            "OS1.R3.I1",
                            "Progetti presentati al bando",
                            Some(rule::GRANT_PRESENTED),
                            Count,
                            true,
                            base,
                            None,
                        ),
                        (
                            PROTOCOLS,
                            "Protocolli di cooperazione firmati tra i territori",
                            None,
                            Count,
                            true,
                            base,
                            Some((2024, 3)),
                        ),
                        (
                            "OS1.R3.I3",
                            "Progetti finanziati",
                            Some(rule::GRANTS_AWARDED),
                            Count,
                            true,
                            base,
                            None,
                        ),
                        (
                            "OS1.R3.I4",
                            "Euro assegnati ai progetti",
                            Some(rule::GRANT_EUROS_AWARDED),
                            Euro,
                            true,
                            base,
                            Some((2024, 100_000)),
                        ),
                    ],
                ),
            ],
        },
        Node {
            kind: NodeKind::Specific,
            code: "OS2",
            title: "Comunicazione, disseminazione e advocacy: aumentare la consapevolezza di migranti e imprese sulle opportunità esistenti",
            indicators: vec![],
            results: vec![leaf(
                "OS2.R1",
                "Imprese italiane coinvolte con campagne informative e workshop",
                vec![(
                    "OS2.R1.I1",
                    "Imprese coinvolte",
                    Some(rule::COMPANIES_ENGAGED),
                    Count,
                    true,
                    base,
                    Some((2024, 300)),
                )],
            )],
        },
        Node {
            kind: NodeKind::Specific,
            code: "OS3",
            title: "Monitoraggio e valutazione: imparare dall'esperienza e influenzare politiche e procedure",
            indicators: vec![],
            results: vec![leaf(
                "OS3.R1",
                "Attori territoriali con capacità rafforzate",
                vec![(
                    "OS3.R1.I1",
                    "Partner che dichiarano capacità migliorate",
                    None,
                    Count,
                    true,
                    base,
                    Some((2024, 12)),
                )],
            )],
        },
    ]
}

fn new_indicator(i: &Ind) -> NewIndicator {
    NewIndicator {
        code: i.0.into(),
        title: i.1.into(),
        unit: i.3,
        ascending: i.4,
        rule: i.2.map(str::to_owned),
        baseline: i.5.map(|(y, v)| (y, v * i.3.scale())),
        target: i.6.map(|(y, v)| (y, v * i.3.scale())),
    }
}

/// Seeds the logframe and the periods (idempotent).
pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    if !db::results::logframe::nodes(&mut conn, programme_id)?.is_empty() {
        return Ok(());
    }
    let co = acting(&mut conn, COORDINATOR)?;
    drop(conn);
    let mut manual: Vec<(String, &'static str)> = Vec::new();
    db.write_blocking(origin, |tx| {
        for n in logframe() {
            let node = NewNode {
                kind: n.kind,
                code: n.code.into(),
                title: n.title.into(),
            };
            let id = db::results::logframe::add_node(tx, programme_id, None, &node)?;
            for i in &n.indicators {
                let ind =
                    db::results::logframe::add_indicator(tx, programme_id, &id, &new_indicator(i))?;
                if i.2.is_none() {
                    manual.push((ind, i.0));
                }
            }
            for r in &n.results {
                let node = NewNode {
                    kind: r.kind,
                    code: r.code.into(),
                    title: r.title.into(),
                };
                let rid = db::results::logframe::add_node(tx, programme_id, Some(&id), &node)?;
                for i in &r.indicators {
                    let ind = db::results::logframe::add_indicator(
                        tx,
                        programme_id,
                        &rid,
                        &new_indicator(i),
                    )?;
                    if i.2.is_none() {
                        manual.push((ind, i.0));
                    }
                }
            }
        }
        Ok(())
    })
    .context("demo logframe")?;
    for (label, starts, ends, submitted) in PERIODS {
        let period = NewPeriod {
            label: label.into(),
            starts_on: day(starts),
            ends_on: day(ends),
        };
        let at = day(submitted.unwrap_or(ends))
            .and_hms_opt(10, 0, 0)
            .unwrap_or_default();
        let id = db
            .write_blocking_at(origin, at, |tx| {
                db::results::periods::create(tx, programme_id, &period)
            })
            .context("demo period")?;
        // Manual values: partners reporting better capacity each year, the protocols in 2024.
        let values: Vec<(&String, i64, &str)> = manual
            .iter()
            .filter_map(|(ind, code)| match (*code, label) {
                (PROTOCOLS, "2024") => Some((
                    ind,
                    3,
                    "Torino–Khouribga (30/09/2024), Milano–Tangeri (09/12/2024), Milano–Sfax",
                )),
                ("OS3.R1.I1", "2022") => Some((ind, 4, "Questionario ai partner, dicembre 2022")),
                ("OS3.R1.I1", "2023") => Some((ind, 9, "Questionario ai partner, dicembre 2023")),
                ("OS3.R1.I1", "2024") => Some((ind, 11, "Questionario ai partner, novembre 2024")),
                _ => None,
            })
            .collect();
        let by = co.actor.user_id.clone();
        db.write_blocking_at(origin, at, |tx| {
            for (ind, raw, note) in &values {
                db::results::manual::set(tx, ind, &id, *raw, note, &by)?;
            }
            if submitted.is_none() {
                let narrative = [
                    ("summary", "Il terzo anno del progetto: i rientri accompagnati, il bando per i progetti dei rientrati e i protocolli tra i territori."),
                    ("achievements", "Firmati i protocolli Torino–Khouribga e Milano–Tangeri; assegnati i contributi del bando."),
                    ("challenges", "Tempi del nulla osta e dei visti ancora lunghi in alcune prefetture."),
                    ("next_steps", "Conferenza finale e piano di sostenibilità con i comitati locali."),
                ]
                .map(|(k, t)| (k.to_owned(), t.to_owned()));
                db::results::periods::set_narrative(tx, programme_id, &id, &narrative)?;
            }
            Ok::<(), db::DbError>(())
        })
        .context("demo manual values")?;
        if submitted.is_some() {
            db.write_blocking_at(origin, at, |tx| {
                app::results::periods::submit_in(tx, &co, programme_id, &id)
            })
            .map_err(|e| anyhow!("submitting the demo period {label}: {e}"))?;
        }
    }
    Ok(())
}

/// The signed protocols as evidence of the 2024 value (once).
pub fn evidence(db: &Database, store: &DocumentStore, keys: &Keyring) -> Result<usize> {
    let mut conn = db.conn()?;
    let Some(p) = db::programmes::find_by_slug_unscoped(&mut conn, super::PROGRAMME_SLUG)? else {
        return Ok(0);
    };
    let Some(ind) = db::results::logframe::indicators(&mut conn, &p.id)?
        .into_iter()
        .find(|i| i.code == PROTOCOLS)
    else {
        return Ok(0);
    };
    if !db::results::manual::evidence(&mut conn, &ind.id)?.is_empty() {
        return Ok(0);
    }
    let Some(period) = db::results::periods::list(&mut conn, &p.id)?
        .into_iter()
        .find(|x| x.label == "2024")
    else {
        return Ok(0);
    };
    drop(conn);
    let bytes = super::documents::pdf(&[
        "Protocolli di cooperazione MENTOR II",
        "Torino - Khouribga, 30/09/2024",
        "Milano - Tangeri, 09/12/2024",
        "Milano - Sfax",
    ]);
    let id = db::id::new_id();
    store.put(&id, &files::seal(keys, &id, &bytes))?;
    let row = db::results::manual::EvidenceRow {
        id,
        indicator_id: ind.id,
        period_id: period.id,
        content_type: "application/pdf".into(),
        size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        sha256: hex::encode(Sha256::digest(&bytes)),
        uploaded_by: "demo".into(),
        uploaded_at: day((2024, 12, 10)).and_hms_opt(9, 0, 0).unwrap_or_default(),
    };
    db.write_blocking(&Origin::system(), |tx| {
        db::results::manual::add_evidence(tx, &row)
    })?;
    Ok(1)
}
