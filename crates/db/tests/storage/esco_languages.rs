//! ESCO in every language of the package (issue 12): the real French files of
//! `../shared/data/esco` load with their alternative labels, a concept only French names is
//! a concept, and the pickers' search and the resolution of a chosen label work in French,
//! accents and case aside. Skills in a candidate's own words are kept and mapped.

use std::path::PathBuf;
use std::time::Instant;

use db::Origin;
use db::candidates::{Concept, EscoKind, Resolved};
use db::taxonomy::{self, Counts};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::taxonomy::{self as esco, Package, Translation};
use domain::{OrganisationKind, Role};
use testkit::fixtures;

fn open(name: &str) -> std::fs::File {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/esco");
    std::fs::File::open(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

const TEAMWORK: &str = "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0";
const ELECTRICIAN: &str =
    "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";
/// "principes du travail d'équipe", whose alternative label is "principes du travail en
/// équipe"; a knowledge concept the English files here do not have.
const TEAMWORK_PRINCIPLES: &str =
    "http://data.europa.eu/esco/skill/a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01";

/// English: the transversal skills and the electrician; French: every occupation and
/// every skill of the reduced export.
fn package() -> Package {
    let occupations: Vec<_> = esco::parse_occupations(open("occupations_en.csv"))
        .unwrap()
        .into_iter()
        .filter(|o| o.uri == ELECTRICIAN)
        .collect();
    assert_eq!(occupations.len(), 1);
    Package {
        occupations,
        skills: esco::parse_skills(open("transversalSkillsCollection_en.csv")).unwrap(),
        translations: vec![Translation {
            lang: "fr".into(),
            occupations: esco::parse_occupations(open("occupations_fr.csv")).unwrap(),
            skills: esco::parse_skills(open("skills_fr.csv")).unwrap(),
        }],
        ..Package::default()
    }
}

fn import(db: &db::Database, p: &Package) -> Counts {
    db.write_blocking(&Origin::cli(), |tx| {
        taxonomy::import(tx, p, &mut |_, _, _| {})
    })
    .unwrap()
}

fn labels(found: &[taxonomy::Concept]) -> Vec<&str> {
    found.iter().map(|c| c.label.as_str()).collect()
}

#[test]
fn french_labels_load_with_their_alternatives_and_are_searched_in_french() {
    let package = package();
    testkit::on_each_backend(|db| {
        let first = import(db, &package);
        // Every French skill is a concept, the 107 English ones included: the skills
        // pillar is in French only here.
        assert_eq!(first.skills, 13_485);
        assert_eq!(first.occupations, 2942);
        let second = import(db, &package);
        assert_eq!(first, second, "importing again changes nothing");
        let mut c = db.conn().unwrap();
        let imports = db::audit::recent(&mut c, 10, None)
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.action == "taxonomy.import")
            .count();
        assert_eq!(imports, 2, "one entry per import, not one per label");

        // A concept known only in French: stored with its French label, found in any
        // language (English falls back to it).
        let only_fr = taxonomy::skill(&mut c, TEAMWORK_PRINCIPLES).ok().flatten();
        assert_eq!(
            only_fr.map(|s| s.label),
            Some("principes du travail d'équipe".to_owned())
        );
        // The English concept keeps its English label.
        let en = taxonomy::skill(&mut c, TEAMWORK).ok().flatten();
        assert_eq!(en.map(|s| s.label), Some("work in teams".to_owned()));

        // In French, accents and case aside.
        let started = Instant::now();
        let found =
            taxonomy::search_in(&mut c, EscoKind::Skill, "fr", "travail en équipe", 12).unwrap();
        eprintln!(
            "one French skill search over {} skills: {:?}",
            first.skills,
            started.elapsed()
        );
        assert!(
            found
                .iter()
                .any(|s| s.uri == TEAMWORK && s.label == "travailler en équipe"),
            "{:?}",
            labels(&found)
        );
        for typed in ["électricien", "electricien", "ÉLECTRICIEN"] {
            let found = taxonomy::search_in(&mut c, EscoKind::Occupation, "fr", typed, 12).unwrap();
            assert_eq!(
                found.first().map(|o| (o.uri.as_str(), o.label.as_str())),
                Some((ELECTRICIAN, "électricien/électricienne")),
                "{typed}: {:?}",
                labels(&found)
            );
            assert_eq!(found[0].isco_code.as_deref(), Some("7411"));
        }
        // An alternative label finds its concept, shown by its preferred label.
        let found = taxonomy::search_in(
            &mut c,
            EscoKind::Skill,
            "fr",
            "principes du travail en equipe",
            5,
        )
        .unwrap();
        assert_eq!(
            found.first().map(|s| s.uri.as_str()),
            Some(TEAMWORK_PRINCIPLES),
            "{:?}",
            labels(&found)
        );
        // Occupations and skills are searched apart.
        assert!(
            taxonomy::search_in(
                &mut c,
                EscoKind::Skill,
                "fr",
                "électricien/électricienne",
                12
            )
            .unwrap()
            .iter()
            .all(|s| s.uri != ELECTRICIAN)
        );
        // Italian has no labels here: English, and the French-only concepts' labels.
        let it = taxonomy::search_in(&mut c, EscoKind::Skill, "it", "work in t", 5).unwrap();
        assert_eq!(labels(&it).first(), Some(&"work in teams"));
        assert!(
            taxonomy::search_in(&mut c, EscoKind::Occupation, "it", "électricien", 5)
                .unwrap()
                .iter()
                .all(|o| o.uri != ELECTRICIAN),
            "a French label is not searched for an Italian reader"
        );

        // A French choice is the same concept as the English one; other words are free.
        let resolved = db::candidates::resolve_in(
            &mut c,
            EscoKind::Skill,
            "fr",
            &[
                "Travailler en équipe".into(),
                "work in teams".into(),
                "principes du travail en équipe".into(),
                "tricot traditionnel".into(),
            ],
        )
        .unwrap();
        let uri = |r: &Resolved| match r {
            Resolved::Concept(c) => c.uri.clone(),
            Resolved::Free(t) => format!("free: {t}"),
        };
        let got: Vec<String> = resolved.iter().map(uri).collect();
        assert_eq!(
            got,
            [
                TEAMWORK.to_owned(),
                TEAMWORK_PRINCIPLES.to_owned(),
                "free: tricot traditionnel".to_owned()
            ],
            "the same concept twice is kept once"
        );
        // A label with commas, which the forms' lists split, is found whole, in French
        // and in English.
        let digital = "http://data.europa.eu/esco/skill/1d6c7de4-350e-4868-a47b-333b4b0d9650";
        for (lang, parts) in [
            (
                "fr",
                [
                    "évaluer des données",
                    "des informations et des contenus numériques",
                ],
            ),
            ("en", ["evaluate data", "information and digital content"]),
        ] {
            let mut items: Vec<String> = parts.iter().map(|p| (*p).to_owned()).collect();
            items.push("tricot".into());
            let got: Vec<String> =
                db::candidates::resolve_in(&mut c, EscoKind::Skill, lang, &items)
                    .unwrap()
                    .iter()
                    .map(uri)
                    .collect();
            assert_eq!(
                got,
                [digital.to_owned(), "free: tricot".to_owned()],
                "{lang}"
            );
        }
        // The stored label is the concept's own (English here), shown in French on pages.
        let Resolved::Concept(Concept { label, .. }) = &resolved[0] else {
            panic!("a concept")
        };
        assert_eq!(label, "work in teams");
    });
}

#[test]
fn words_of_a_candidate_are_kept_and_mapped_once_within_reach() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let staff = fixtures::user(db, "coordinator@example.org", &lead, Role::Coordinator);
        let call = fixtures::call(db, &p, "Call");
        let sent = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Submitted);
        let draft = fixtures::candidate(db, &call, "Alaoui", "MA", Status::Draft);
        let package = Package {
            skills: esco::parse_skills(open("transversalSkillsCollection_en.csv")).unwrap(),
            ..Package::default()
        };
        import(db, &package);
        for id in [&sent, &draft] {
            db.write_blocking(&Origin::system(), |tx| {
                db::candidates::set_own_free(
                    tx,
                    id,
                    "fr",
                    &[
                        (EscoKind::Skill, "tricot traditionnel".into()),
                        (EscoKind::Occupation, "réparateur de vélos".into()),
                    ],
                )
            })
            .unwrap();
        }
        let mut c = db.conn().unwrap();
        let free = db::candidates::free_of(&mut c, &sent).unwrap();
        assert_eq!(free.len(), 2);
        assert_eq!((free[0].lang.as_str(), free[0].mapped_at), ("fr", None));
        // Only the submitted application waits for staff (a draft may still change).
        let (count, first) = db::candidates::waiting(&mut c, &Scope::All, "").unwrap();
        assert_eq!((count, first.as_deref()), (1, Some(sent.as_str())));
        let none = Scope::Programmes(vec!["elsewhere".into()]);
        assert_eq!(db::candidates::waiting(&mut c, &none, "").unwrap().0, 0);

        let skill = free.iter().find(|f| f.kind() == EscoKind::Skill).unwrap();
        let concept = Concept {
            uri: TEAMWORK.into(),
            label: "work in teams".into(),
        };
        let beyond = db.write_blocking(&Origin::system(), |tx| {
            db::candidates::map_free(tx, &none, &staff, &sent, &skill.id, &concept)
        });
        assert!(matches!(beyond, Err(db::DbError::NotFound)));
        let other = db.write_blocking(&Origin::system(), |tx| {
            db::candidates::map_free(tx, &Scope::All, &staff, &draft, &skill.id, &concept)
        });
        assert!(
            matches!(other, Err(db::DbError::NotFound)),
            "another application's description"
        );
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::map_free(tx, &Scope::All, &staff, &sent, &skill.id, &concept)
        })
        .unwrap();
        let again = db.write_blocking(&Origin::system(), |tx| {
            db::candidates::map_free(tx, &Scope::All, &staff, &sent, &skill.id, &concept)
        });
        assert!(matches!(
            again,
            Err(db::DbError::Conflict(domain::Conflict::FreeSkillMapped))
        ));
        let chosen = db::candidates::esco_of(&mut c, &sent).unwrap();
        assert_eq!(chosen.skills, [concept]);
        let free = db::candidates::free_of(&mut c, &sent).unwrap();
        let mapped = free.iter().find(|f| f.id == skill.id).unwrap();
        assert_eq!(mapped.mapped_uri.as_deref(), Some(TEAMWORK));
        assert!(mapped.mapped_at.is_some());
        // One description still waits.
        assert_eq!(
            db::candidates::waiting(&mut c, &Scope::All, "").unwrap().0,
            1
        );
        let entry = db::audit::recent(&mut c, 1, None).unwrap_or_default();
        assert_eq!(entry[0].action, "candidate.free_skill.map");

        // Saving the step again replaces the words not mapped, and keeps the mapped one.
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::set_own_free(tx, &sent, "fr", &[])
        })
        .unwrap();
        let free = db::candidates::free_of(&mut c, &sent).unwrap();
        assert_eq!(free.len(), 1);
        assert_eq!(free[0].id, skill.id);
        assert_eq!(
            db::candidates::waiting(&mut c, &Scope::All, "").unwrap().0,
            0
        );
    });
}
