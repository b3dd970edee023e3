//! ESCO occupations and skills on the demo applications (chosen from their studies and
//! languages, from the built-in ESCO subset), and the coordinator's saved searches — one of
//! them watched, so the daily digest has something to say; two applications also carry a
//! skill described in the candidate's own words (in French), for staff to map to ESCO.
//! Idempotent: applications that already carry ESCO concepts and searches that already
//! exist by name are left alone.

use anyhow::{Context, Result};
use db::candidates::{Chosen, Concept, ListFilter};
use db::{Database, Origin};
use domain::permission::Scope;

use super::taxonomy::{OCCUPATIONS, SKILLS};

/// The coordinator's searches: (name, the list's filters as stored, watched).
const SEARCHES: [(&str, &str, bool); 2] = [
    (
        "Tunisia — eligible, Italian B1 or better",
        r#"{"status":"eligible","country":"TN","lang":"it","level":"B1"}"#,
        true,
    ),
    (
        "Morocco — waiting list, computer programming",
        r#"{"status":"waiting_list","country":"MA","skill":"computer programming"}"#,
        false,
    ),
];

/// Skills two candidates described in their own words, in French.
const OWN_WORDS: [&str; 2] = ["réparation de vélos", "pose de panneaux solaires"];

fn occupation(label: &str) -> Option<Concept> {
    OCCUPATIONS.iter().find(|o| o.2 == label).map(|o| Concept {
        uri: o.0.to_owned(),
        label: o.2.to_owned(),
    })
}

fn skill(label: &str) -> Option<Concept> {
    SKILLS.iter().find(|s| s.1 == label).map(|s| Concept {
        uri: s.0.to_owned(),
        label: s.1.to_owned(),
    })
}

/// What someone with these studies would plausibly name: (occupations, skills).
fn by_studies(field: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match field {
        "Computer science" => (
            &["web developer", "software developer"],
            &[
                "computer programming",
                "use databases",
                "solve technical problems",
            ],
        ),
        "Mechanical engineering" => (
            &["mechanical engineering technician"],
            &[
                "solve technical problems",
                "carry out work-related calculations",
            ],
        ),
        "Logistics" => (
            &["logistics analyst", "warehouse worker"],
            &["use spreadsheets software", "manage quantitative data"],
        ),
        "Electrical engineering" => (
            &["electrician", "electrical engineering technician"],
            &[
                "follow safety precautions in work practices",
                "solve technical problems",
            ],
        ),
        "Hospitality" => (
            &["hospitality establishment receptionist", "cook"],
            &["attend to hygiene", "work in teams"],
        ),
        "Automation" => (
            &["automation engineering technician"],
            &[
                "solve technical problems",
                "use digital device operating systems",
            ],
        ),
        "Business administration" => (
            &["accounting assistant"],
            &["use spreadsheets software", "manage time"],
        ),
        "Technical studies" => (
            &["welder", "textile machine operator"],
            &[
                "follow safety precautions in work practices",
                "work independently",
            ],
        ),
        "Biotechnology" => (
            &["data analyst", "food production operator"],
            &[
                "manage quantitative data",
                "use spreadsheets software",
                "attend to hygiene",
            ],
        ),
        _ => (&[], &["work in teams", "demonstrate willingness to learn"]),
    }
}

pub fn seed(db: &Database, origin: &Origin, call_title: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let calls = db::calls::list(&mut conn, &Scope::All)?;
    let Some(call) = calls.into_iter().find(|c| c.title == call_title) else {
        return Ok(());
    };
    let f = ListFilter {
        call_id: Some(call.id.clone()),
        ..Default::default()
    };
    let applications = db::candidates::export(&mut conn, &Scope::All, "", &f, 10_000)?;
    let ids: Vec<String> = applications.iter().map(|(c, _)| c.id.clone()).collect();
    let done = db::candidates::esco_of_many(&mut conn, &ids)?;
    if done.is_empty() {
        let mut rows = Vec::with_capacity(applications.len());
        for (i, (c, p)) in applications.iter().enumerate() {
            let Some(p) = p else { continue };
            let (occupations, skills) = by_studies(&p.field_of_study);
            let mut chosen = Chosen {
                occupations: occupations.iter().filter_map(|l| occupation(l)).collect(),
                skills: skills.iter().filter_map(|l| skill(l)).collect(),
            };
            let langs = p.languages();
            if langs.level("it").is_some_and(|l| l.rank() >= 2) {
                chosen.skills.extend(skill("understand spoken Italian"));
            }
            if langs.level("fr").is_some_and(|l| l.rank() >= 4) {
                chosen.skills.extend(skill("write French"));
            }
            if i % 3 == 0 {
                chosen.skills.extend(skill("work in teams"));
            }
            rows.push((c.id.clone(), chosen));
        }
        // Skills no ESCO term named, as two candidates wrote them (`candidate_free_skills`).
        let own_words: Vec<(String, &str)> = applications
            .iter()
            .filter(|(c, _)| c.status != domain::candidate::Status::Draft)
            .map(|(c, _)| c.id.clone())
            .zip(OWN_WORDS)
            .collect();
        db.write_blocking(origin, |tx| {
            db::candidates::insert_esco(tx, &rows)?;
            for (id, text) in &own_words {
                let kind = db::candidates::EscoKind::Skill;
                db::candidates::set_own_free(tx, id, "fr", &[(kind, (*text).to_owned())])?;
            }
            tx.audit("demo.seed_esco", "call", &call.id)
        })
        .context("demo ESCO concepts")?;
    }
    let email = domain::Email::parse("coordinator@demo.example")
        .map_err(|e| anyhow::anyhow!("demo coordinator: {e}"))?;
    let Some(coordinator) = db::users::find_by_email_unscoped(&mut conn, &email)? else {
        return Ok(());
    };
    let existing = db::saved_searches::list_of(&mut conn, &coordinator.id)?;
    for (name, query, watched) in SEARCHES {
        if existing.iter().any(|s| s.name == name) {
            continue;
        }
        db.write_blocking(origin, |tx| {
            db::saved_searches::create(tx, &coordinator.id, name, query, watched)
        })
        .context("demo saved search")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_concept_named_is_in_the_built_in_subset() {
        for field in [
            "Computer science",
            "Mechanical engineering",
            "Logistics",
            "Electrical engineering",
            "Hospitality",
            "Automation",
            "Business administration",
            "Technical studies",
            "Biotechnology",
        ] {
            let (occupations, skills) = super::by_studies(field);
            for o in occupations {
                assert!(super::occupation(o).is_some(), "{o}");
            }
            for s in skills {
                assert!(super::skill(s).is_some(), "{s}");
            }
        }
        for s in ["understand spoken Italian", "write French", "work in teams"] {
            assert!(super::skill(s).is_some(), "{s}");
        }
    }
}
