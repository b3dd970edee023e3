//! The ESCO taxonomy (European Skills, Competences, Qualifications and Occupations) as read
//! from the official CSV download package: occupations with their ISCO-08 group, the ISCO
//! groups, skills, skill groups and the skills hierarchy, and the skill collections.
//!
//! Parsing only: the caller opens the files and passes readers in. Columns are found by
//! their header names, so extra or reordered columns in a later ESCO version do no harm.

use std::collections::HashMap;
use std::io::Read;

/// An ISCO-08 group: `2`, `25`, `251`, `2512`; its parent is the code one digit shorter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IscoGroup {
    pub code: String,
    pub label: String,
    pub parent_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupation {
    pub uri: String,
    pub isco_code: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skill {
    pub uri: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    /// `skill/competence` or `knowledge`.
    pub skill_type: String,
    /// `transversal`, `cross-sector`, `sector-specific` or `occupation-specific`.
    pub reuse_level: String,
    pub description: String,
}

/// A group in the skills hierarchy (`S1.0`, an ISCED-F field, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillGroup {
    pub uri: String,
    pub code: String,
    pub label: String,
    pub parent_uri: Option<String>,
}

/// Everything one import loads; the importer stores it as it comes (see `db::taxonomy`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Package {
    pub isco_groups: Vec<IscoGroup>,
    pub occupations: Vec<Occupation>,
    pub skills: Vec<Skill>,
    pub skill_groups: Vec<SkillGroup>,
    /// Collection name (`transversal`, `language`, `ict`) and the URIs of its skills.
    pub collections: Vec<(String, Vec<String>)>,
    /// The package's other languages (`occupations_fr.csv`, `skills_it.csv`, …).
    pub translations: Vec<Translation>,
}

/// The occupations and skills of one language other than English, as its files give
/// them: preferred and alternative labels in that language, the rest as in English. A
/// concept the English files lack (a reduced package: `skills_fr.csv` without
/// `skills_en.csv`) is still a concept: the importer stores it with this label.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translation {
    /// The language's ISO 639-1 code, as in the file name (`fr`).
    pub lang: String,
    pub occupations: Vec<Occupation>,
    pub skills: Vec<Skill>,
}

/// What a translated file of the package holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslatedKind {
    Occupations,
    Skills,
}

/// `occupations_fr.csv` → (occupations, `fr`); `skills_it.csv` → (skills, `it`). English
/// files, other parts of the package (groups, collections) and other names are `None`.
pub fn translated_file(name: &str) -> Option<(TranslatedKind, String)> {
    let stem = name.strip_suffix(".csv")?;
    let (kind, lang) = stem.rsplit_once('_')?;
    let kind = match kind {
        "occupations" => TranslatedKind::Occupations,
        "skills" => TranslatedKind::Skills,
        _ => return None,
    };
    let is_code = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
    (is_code && lang != "en").then(|| (kind, lang.to_owned()))
}

/// How labels and what people type are compared, in any language: lower case, accents
/// and other combining marks dropped (Arabic vowel signs too), ligatures spelled out, and
/// anything but letters and digits a single space. "Électricien/électricienne" and
/// "electricien electricienne" fold alike; so do "l’équipe" and "l equipe".
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        if !c.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The folded terms a concept is found by: its preferred label (`true`) and each
/// alternative label, once each.
pub fn terms(label: &str, alt_labels: &[String]) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for (l, preferred) in
        std::iter::once((label, true)).chain(alt_labels.iter().map(|a| (a.as_str(), false)))
    {
        let f = fold(l);
        if !f.is_empty() && !out.iter().any(|(o, _)| *o == f) {
            out.push((f, preferred));
        }
    }
    out
}

/// A file that does not have the ESCO layout.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("column {0} missing from the header")]
    MissingColumn(&'static str),
    #[error("line {line}: {message}")]
    Row { line: u64, message: String },
}

/// The collections ESCO publishes as separate files, by name and file name.
pub const COLLECTIONS: [(&str, &str); 3] = [
    ("transversal", "transversalSkillsCollection_en.csv"),
    ("language", "languageSkillsCollection_en.csv"),
    ("ict", "ictSkillsCollection_en.csv"),
];

/// Reads rows as maps from the header's column names, requiring `required` columns.
fn rows(
    input: impl Read,
    required: &[&'static str],
) -> Result<Vec<HashMap<String, String>>, ParseError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| row_error(&e))?
        .iter()
        // A byte-order mark may precede the first column name.
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    for r in required {
        if !header.iter().any(|h| h == r) {
            return Err(ParseError::MissingColumn(r));
        }
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| row_error(&e))?;
        out.push(
            header
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.clone(), v.trim().to_owned()))
                .collect(),
        );
    }
    Ok(out)
}

fn row_error(e: &csv::Error) -> ParseError {
    ParseError::Row {
        line: e.position().map_or(0, csv::Position::line),
        message: e.to_string(),
    }
}

fn get(row: &HashMap<String, String>, column: &str) -> String {
    row.get(column).cloned().unwrap_or_default()
}

/// Alternative labels: one per line in the occupations file, ` | `-separated in the
/// collection files.
pub fn split_labels(s: &str) -> Vec<String> {
    let parts: Vec<&str> = if s.contains('\n') {
        s.split('\n').collect()
    } else {
        s.split('|').collect()
    };
    parts
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// `occupations_en.csv`. Rows without a URI or label are skipped.
pub fn parse_occupations(input: impl Read) -> Result<Vec<Occupation>, ParseError> {
    let required = ["conceptUri", "iscoGroup", "preferredLabel"];
    Ok(rows(input, &required)?
        .into_iter()
        .filter_map(|r| {
            let uri = get(&r, "conceptUri");
            let label = get(&r, "preferredLabel");
            (!uri.is_empty() && !label.is_empty()).then(|| Occupation {
                uri,
                isco_code: get(&r, "iscoGroup"),
                label,
                alt_labels: split_labels(&get(&r, "altLabels")),
                description: get(&r, "description"),
            })
        })
        .collect())
}

/// `ISCOGroups_en.csv`.
pub fn parse_isco_groups(input: impl Read) -> Result<Vec<IscoGroup>, ParseError> {
    Ok(rows(input, &["code", "preferredLabel"])?
        .into_iter()
        .filter_map(|r| {
            let code = get(&r, "code");
            let label = get(&r, "preferredLabel");
            (!code.is_empty()).then(|| IscoGroup {
                parent_code: (code.len() > 1).then(|| code[..code.len() - 1].to_owned()),
                code,
                label,
            })
        })
        .collect())
}

/// `skills_en.csv` or a collection file (same columns for what we keep).
pub fn parse_skills(input: impl Read) -> Result<Vec<Skill>, ParseError> {
    Ok(rows(input, &["conceptUri", "preferredLabel"])?
        .into_iter()
        .filter_map(|r| {
            let uri = get(&r, "conceptUri");
            let label = get(&r, "preferredLabel");
            (!uri.is_empty() && !label.is_empty()).then(|| Skill {
                uri,
                label,
                alt_labels: split_labels(&get(&r, "altLabels")),
                skill_type: get(&r, "skillType"),
                reuse_level: get(&r, "reuseLevel"),
                description: get(&r, "description"),
            })
        })
        .collect())
}

/// The code of a group is the last segment of its URI (`…/skill/S1.0` → `S1.0`,
/// `…/isced-f/0613` → `0613`); groups named by a UUID have none.
fn code_of(uri: &str) -> String {
    let last = uri.rsplit('/').next().unwrap_or_default();
    if last.len() > 16 {
        String::new()
    } else {
        last.to_owned()
    }
}

/// `skillGroups_en.csv`; parents come from the hierarchy (see [`with_parents`]).
pub fn parse_skill_groups(input: impl Read) -> Result<Vec<SkillGroup>, ParseError> {
    Ok(rows(input, &["conceptUri", "preferredLabel"])?
        .into_iter()
        .filter_map(|r| {
            let uri = get(&r, "conceptUri");
            (!uri.is_empty()).then(|| SkillGroup {
                code: code_of(&uri),
                label: get(&r, "preferredLabel"),
                parent_uri: None,
                uri,
            })
        })
        .collect())
}

/// `skillsHierarchy_en.csv`: one row per group, its ancestors in the columns before it.
/// Returns every group named there with its parent.
pub fn parse_hierarchy(input: impl Read) -> Result<Vec<SkillGroup>, ParseError> {
    let levels = ["Level 0", "Level 1", "Level 2", "Level 3"];
    let mut out: Vec<SkillGroup> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in rows(input, &["Level 0 URI", "Level 0 preferred term"])? {
        let mut parent: Option<String> = None;
        for level in levels {
            let uri = get(&r, &format!("{level} URI"));
            if uri.is_empty() {
                break;
            }
            if !seen.contains_key(&uri) {
                seen.insert(uri.clone(), out.len());
                out.push(SkillGroup {
                    code: code_of(&uri),
                    label: get(&r, &format!("{level} preferred term")),
                    parent_uri: parent.clone(),
                    uri: uri.clone(),
                });
            }
            parent = Some(uri);
        }
    }
    Ok(out)
}

/// The groups of `skillGroups_en.csv` with their parents from the hierarchy, plus the
/// hierarchy's groups that file does not list.
pub fn with_parents(groups: Vec<SkillGroup>, hierarchy: Vec<SkillGroup>) -> Vec<SkillGroup> {
    let mut parents: HashMap<String, SkillGroup> =
        hierarchy.into_iter().map(|g| (g.uri.clone(), g)).collect();
    let mut out: Vec<SkillGroup> = groups
        .into_iter()
        .map(|mut g| {
            if let Some(h) = parents.remove(&g.uri) {
                g.parent_uri = h.parent_uri;
            }
            g
        })
        .collect();
    let mut rest: Vec<SkillGroup> = parents.into_values().collect();
    rest.sort_by(|a, b| a.uri.cmp(&b.uri));
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_files_are_read_by_column_name() {
        // The reduced French export: fewer columns, in another order.
        let csv = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n\
                   KnowledgeSkillCompetence,http://x/s1,skill/competence,transversal,travailler en équipe,\"travail d'équipe\ncollaborer\",\n\
                   KnowledgeSkillCompetence,,skill/competence,transversal,sans URI,,\n";
        let skills = parse_skills(csv.as_bytes()).unwrap();
        assert_eq!(skills.len(), 1);
        assert_eq!(skills[0].label, "travailler en équipe");
        assert_eq!(skills[0].alt_labels, ["travail d'équipe", "collaborer"]);
        assert_eq!(skills[0].reuse_level, "transversal");
    }

    #[test]
    fn translated_files_are_named_by_kind_and_language() {
        assert_eq!(
            translated_file("occupations_fr.csv"),
            Some((TranslatedKind::Occupations, "fr".to_owned()))
        );
        assert_eq!(
            translated_file("skills_it.csv"),
            Some((TranslatedKind::Skills, "it".to_owned()))
        );
        for other in [
            "skills_en.csv",
            "ISCOGroups_fr.csv",
            "skills_fr.txt",
            "skills_FR.csv",
            "skills.csv",
            "skills_fren.csv",
        ] {
            assert_eq!(translated_file(other), None, "{other}");
        }
    }

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(
            fold("Électricien/électricienne"),
            "electricien electricienne"
        );
        assert_eq!(fold("  travail en ÉQUIPE "), "travail en equipe");
        assert_eq!(
            fold("technicien en ingénierie de l’automation"),
            "technicien en ingenierie de l automation"
        );
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(
            fold("Python (computer programming)"),
            "python computer programming"
        );
        assert_eq!(fold("العَرَبِيَّة"), "العربية", "Arabic vowel signs are dropped");
        assert_eq!(fold("%_"), "");
        let t = terms(
            "Électricien",
            &["electricien".into(), "électricienne".into()],
        );
        assert_eq!(
            t,
            [
                ("electricien".to_owned(), true),
                ("electricienne".to_owned(), false)
            ]
        );
    }

    const OCCUPATIONS: &str = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description
Occupation,http://data.europa.eu/esco/occupation/c40a,2513,web developer,\"web developers
web engineer\",,released,2016-07-05T13:58:41Z,,,,\"a,
b\",\"Web developers develop, implement and document web-accessible software.\"
Occupation,,2513,no uri,,,,,,,,,
";

    #[test]
    fn occupations_keep_uri_isco_labels_and_description() {
        let got = parse_occupations(OCCUPATIONS.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            got,
            vec![Occupation {
                uri: "http://data.europa.eu/esco/occupation/c40a".into(),
                isco_code: "2513".into(),
                label: "web developer".into(),
                alt_labels: vec!["web developers".into(), "web engineer".into()],
                description:
                    "Web developers develop, implement and document web-accessible software.".into(),
            }]
        );
    }

    #[test]
    fn labels_split_on_lines_or_bars() {
        let check = |input: &str, expected: &[&str]| {
            assert_eq!(split_labels(input), expected, "{input:?}");
        };
        check("", &[]);
        check("a\nb  c\n", &["a", "b c"]);
        check(
            "give advice | counsel others",
            &["give advice", "counsel others"],
        );
        check("one", &["one"]);
    }

    #[test]
    fn isco_groups_know_their_parent() {
        let csv = "conceptType,conceptUri,code,preferredLabel,altLabels,inScheme,description
ISCOGroup,http://data.europa.eu/esco/isco/C2,2,Professionals,,,
ISCOGroup,http://data.europa.eu/esco/isco/C2512,2512,Software developers,,,
";
        let got = parse_isco_groups(csv.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let pairs: Vec<(&str, Option<&str>)> = got
            .iter()
            .map(|g| (g.code.as_str(), g.parent_code.as_deref()))
            .collect();
        assert_eq!(pairs, [("2", None), ("2512", Some("251"))]);
    }

    #[test]
    fn a_file_without_the_layout_is_refused() {
        assert_eq!(
            parse_occupations("name,city\nx,y\n".as_bytes()),
            Err(ParseError::MissingColumn("conceptUri"))
        );
        assert_eq!(
            parse_isco_groups("".as_bytes()),
            Err(ParseError::MissingColumn("code"))
        );
    }

    #[test]
    fn skills_from_a_collection_file() {
        let csv = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description,broaderConceptUri,broaderConceptPT
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/045f,skill/competence,transversal,give advice to others,make recommendations to others | counsel others,Offer suggestions.,x,y
";
        let got = parse_skills(csv.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].label, "give advice to others");
        assert_eq!(got[0].skill_type, "skill/competence");
        assert_eq!(got[0].reuse_level, "transversal");
        assert_eq!(got[0].alt_labels.len(), 2);
    }

    #[test]
    fn the_hierarchy_gives_each_group_its_parent() {
        let csv = "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note
http://e/skill/S,skills,,,,,,,,
http://e/skill/S,skills,http://e/skill/S1,communication,,,,,d,
http://e/skill/S,skills,http://e/skill/S1,communication,http://e/skill/S1.0,communication (general),,,,
";
        let h = parse_hierarchy(csv.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<(&str, &str, Option<&str>)> = h
            .iter()
            .map(|g| (g.code.as_str(), g.label.as_str(), g.parent_uri.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("S", "skills", None),
                ("S1", "communication", Some("http://e/skill/S")),
                ("S1.0", "communication (general)", Some("http://e/skill/S1")),
            ]
        );
        let groups = vec![SkillGroup {
            uri: "http://e/skill/S1".into(),
            code: "S1".into(),
            label: "communication".into(),
            parent_uri: None,
        }];
        let merged = with_parents(groups, h);
        assert_eq!(merged.len(), 3);
        assert_eq!(merged[0].parent_uri.as_deref(), Some("http://e/skill/S"));
    }
}
