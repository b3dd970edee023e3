//! `mentor taxonomy import DIR`: loads the official ESCO CSV package (English), and every
//! other language it has (`occupations_<lang>.csv`, `skills_<lang>.csv`: preferred and
//! alternative labels, searched by readers of that language). Files are read by their
//! columns' names, so a reduced export (fewer columns) loads too; a concept only a
//! translated file has (a package without `skills_en.csv`) is loaded with that label.
//! Everything is read before the one transaction that writes it (a language's files are a
//! few megabytes), under the one `taxonomy.import` audit entry.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use db::Origin;
use db::taxonomy::Part;
use domain::taxonomy::{self as esco, Package};

use crate::config::Options;

#[derive(Subcommand)]
pub enum TaxonomyCommand {
    /// Load the ESCO CSV package from DIR (occupations_en.csv, ISCOGroups_en.csv,
    /// skillGroups_en.csv, skillsHierarchy_en.csv, the skill collections and skills_en.csv
    /// when present, and every other language's occupations_<lang>.csv and
    /// skills_<lang>.csv). Running it again replaces the same rows: nothing is duplicated.
    Import { dir: PathBuf },
}

pub fn run(options: &Options, cmd: TaxonomyCommand) -> Result<ExitCode> {
    match cmd {
        TaxonomyCommand::Import { dir } => import(options, &dir),
    }
}

/// Opens `name` in `dir`, or `None` when the package does not have it.
fn open(dir: &Path, name: &str) -> Result<Option<File>> {
    let path = dir.join(name);
    if !path.exists() {
        return Ok(None);
    }
    File::open(&path)
        .map(Some)
        .with_context(|| format!("open {}", path.display()))
}

fn read(dir: &Path) -> Result<Package> {
    let Some(occupations) = open(dir, "occupations_en.csv")? else {
        bail!(
            "{}: occupations_en.csv not found; is this the ESCO CSV package?",
            dir.display()
        );
    };
    let mut p = Package {
        occupations: esco::parse_occupations(occupations).context("occupations_en.csv")?,
        ..Package::default()
    };
    if let Some(f) = open(dir, "ISCOGroups_en.csv")? {
        p.isco_groups = esco::parse_isco_groups(f).context("ISCOGroups_en.csv")?;
    }
    if let Some(f) = open(dir, "skills_en.csv")? {
        p.skills = esco::parse_skills(f).context("skills_en.csv")?;
    }
    for (name, file) in esco::COLLECTIONS {
        if let Some(f) = open(dir, file)? {
            let skills = esco::parse_skills(f).with_context(|| file.to_owned())?;
            p.collections.push((
                name.to_owned(),
                skills.iter().map(|s| s.uri.clone()).collect(),
            ));
            // Without skills_en.csv the collections are the skills we know.
            p.skills.extend(skills);
        }
    }
    let groups = match open(dir, "skillGroups_en.csv")? {
        Some(f) => esco::parse_skill_groups(f).context("skillGroups_en.csv")?,
        None => Vec::new(),
    };
    let hierarchy = match open(dir, "skillsHierarchy_en.csv")? {
        Some(f) => esco::parse_hierarchy(f).context("skillsHierarchy_en.csv")?,
        None => Vec::new(),
    };
    p.skill_groups = esco::with_parents(groups, hierarchy);
    p.translations = translations(dir)?;
    Ok(p)
}

/// The package's other languages, by language code, each with the files it came from.
fn translations(dir: &Path) -> Result<Vec<esco::Translation>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("read {}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| esco::translated_file(n).is_some())
        .collect();
    names.sort();
    let mut out: Vec<esco::Translation> = Vec::new();
    for name in names {
        let Some((kind, lang)) = esco::translated_file(&name) else {
            continue;
        };
        let Some(f) = open(dir, &name)? else {
            continue;
        };
        let i = match out.iter().position(|t| t.lang == lang) {
            Some(i) => i,
            None => {
                out.push(esco::Translation {
                    lang,
                    ..esco::Translation::default()
                });
                out.len() - 1
            }
        };
        match kind {
            esco::TranslatedKind::Occupations => {
                out[i].occupations = esco::parse_occupations(f).with_context(|| name.clone())?;
            }
            esco::TranslatedKind::Skills => {
                out[i].skills = esco::parse_skills(f).with_context(|| name.clone())?;
            }
        }
    }
    Ok(out)
}

/// `[#####     ] 1200/2942 occupations`, redrawn in place on stderr.
fn bar(part: Part, done: usize, total: usize) -> String {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH)
        .checked_div(total)
        .unwrap_or(WIDTH)
        .min(WIDTH);
    format!(
        "\r[{}{}] {done}/{total} {}",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        part.name()
    )
}

fn import(options: &Options, dir: &Path) -> Result<ExitCode> {
    let package = read(dir)?;
    let db = options.open_db()?;
    let mut stderr = std::io::stderr();
    let mut last: Option<Part> = None;
    let mut progress = |part: Part, done: usize, total: usize| {
        if last.is_some_and(|l| l != part) {
            let _ = writeln!(stderr);
        }
        last = Some(part);
        let _ = write!(stderr, "{}", bar(part, done, total));
        let _ = stderr.flush();
    };
    let counts = db
        .write_blocking(&Origin::cli(), |tx| {
            db::taxonomy::import(tx, &package, &mut progress)
        })
        .context("import the taxonomy")?;
    eprintln!();
    println!("{counts}");
    for t in &package.translations {
        let count = |uris: Vec<&str>| {
            uris.into_iter()
                .collect::<std::collections::HashSet<_>>()
                .len()
        };
        let occupations = count(t.occupations.iter().map(|o| o.uri.as_str()).collect());
        let skills = count(t.skills.iter().map(|s| s.uri.as_str()).collect());
        if occupations > 0 {
            println!(
                "occupations_{}.csv: {occupations} {} labels",
                t.lang, t.lang
            );
        }
        if skills > 0 {
            println!("skills_{}.csv: {skills} {} labels", t.lang, t.lang);
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::{Part, bar};

    #[test]
    fn the_bar_fills_in_proportion() {
        let check = |done, total, expected: &str| {
            assert_eq!(
                bar(Part::Occupations, done, total).trim_start_matches('\r'),
                expected
            );
        };
        check(0, 10, "[                              ] 0/10 occupations");
        check(5, 10, "[###############               ] 5/10 occupations");
        check(10, 10, "[##############################] 10/10 occupations");
        check(0, 0, "[##############################] 0/0 occupations");
    }
}
