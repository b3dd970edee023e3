//! The ESCO taxonomy: imports are idempotent and audited once; the pickers' search.

use std::path::PathBuf;

use db::Origin;
use db::taxonomy::{self, Counts};
use domain::taxonomy::{self as esco, Package};

fn esco_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/esco")
}

fn open(name: &str) -> std::fs::File {
    std::fs::File::open(esco_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A slice of the real package: 100 occupations and web developer, every ISCO group,
/// the transversal skills and their collection, 50 skill groups with parents.
fn slice() -> Package {
    let all = esco::parse_occupations(open("occupations_en.csv")).unwrap();
    let mut occupations: Vec<_> = all.iter().take(100).cloned().collect();
    occupations.extend(all.into_iter().filter(|o| o.label == "web developer"));
    let skills = esco::parse_skills(open("transversalSkillsCollection_en.csv")).unwrap();
    let groups = esco::parse_skill_groups(open("skillGroups_en.csv")).unwrap();
    let hierarchy = esco::parse_hierarchy(open("skillsHierarchy_en.csv")).unwrap();
    let skill_groups = esco::with_parents(groups.into_iter().take(50).collect(), hierarchy);
    Package {
        isco_groups: esco::parse_isco_groups(open("ISCOGroups_en.csv")).unwrap(),
        occupations,
        collections: vec![(
            "transversal".into(),
            skills.iter().map(|s| s.uri.clone()).collect(),
        )],
        skills,
        skill_groups,
        translations: Vec::new(),
    }
}

fn import(db: &db::Database, p: &Package) -> Counts {
    db.write_blocking(&Origin::cli(), |tx| {
        taxonomy::import(tx, p, &mut |_, _, _| {})
    })
    .unwrap()
}

#[test]
fn importing_twice_gives_the_same_counts_and_one_audit_entry_each() {
    let package = slice();
    testkit::on_each_backend(|db| {
        let first = import(db, &package);
        assert_eq!(first.occupations, 101);
        assert_eq!(first.isco_groups, 619);
        assert_eq!(first.skills, 107);
        assert_eq!(first.collection_members, 107);
        assert!(first.skill_groups > 50, "hierarchy groups added: {first:?}");
        let second = import(db, &package);
        assert_eq!(first, second);
        let mut c = db.conn().unwrap();
        assert_eq!(taxonomy::counts(&mut c).ok(), Some(second));
        let entries = db::audit::recent(&mut c, 50, None).unwrap_or_default();
        let imports: Vec<_> = entries
            .iter()
            .filter(|e| e.action == "taxonomy.import")
            .collect();
        assert_eq!(imports.len(), 2, "one entry per import");
        assert_eq!(imports[0].object_id, second.object_id());
    });
}

#[test]
fn search_finds_occupations_by_prefix_then_by_alternative_label() {
    let package = slice();
    testkit::on_each_backend(|db| {
        import(db, &package);
        let mut c = db.conn().unwrap();
        let found = taxonomy::search_occupations(&mut c, "Web Dev", 10).unwrap_or_default();
        assert_eq!(
            found.first().map(|o| o.label.as_str()),
            Some("web developer")
        );
        assert_eq!(found[0].isco_code.as_deref(), Some("2513"));
        // "web engineer" is one of its alternative labels.
        let by_alt = taxonomy::search_occupations(&mut c, "engineer", 50).unwrap_or_default();
        assert!(
            by_alt.iter().any(|o| o.label == "web developer"),
            "{by_alt:?}"
        );
        assert!(
            taxonomy::search_occupations(&mut c, "%", 10)
                .unwrap_or_default()
                .is_empty(),
            "LIKE wildcards are taken literally"
        );
        let limited = taxonomy::search_occupations(&mut c, "e", 3).unwrap_or_default();
        assert_eq!(limited.len(), 3);
        let skills = taxonomy::search_skills(&mut c, "work in t", 5).unwrap_or_default();
        assert_eq!(
            skills.first().map(|s| s.label.as_str()),
            Some("work in teams")
        );
        let uri = &found[0].uri;
        let row = taxonomy::occupation(&mut c, uri).ok().flatten();
        assert_eq!(row.map(|r| r.label), Some("web developer".into()));
        let by_label = taxonomy::occupation_by_label(&mut c, " Web  developer")
            .ok()
            .flatten();
        assert_eq!(by_label.map(|r| r.uri), Some(uri.clone()));
        let skill = taxonomy::skill(&mut c, &skills[0].uri).ok().flatten();
        assert_eq!(skill.map(|s| s.reuse_level), Some("transversal".into()));
    });
}
