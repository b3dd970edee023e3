use std::process::ExitCode;

use anyhow::Result;

use crate::commands::user::generate_password;
use crate::config::Options;
use crate::demo;

/// Seeds the demo programme (idempotent), prints how to sign in, and serves.
pub fn run(options: &Options) -> Result<ExitCode> {
    let db = options.open_db()?;
    let password = match std::env::var("MENTOR_DEMO_PASSWORD") {
        Ok(p) if !p.is_empty() => p,
        _ => generate_password()?,
    };
    let field_keys = options.field_keys()?;
    let summary = demo::seed(&db, &password, &field_keys)?;
    let store = options.document_store()?;
    demo::documents::seed(&db, &store, &field_keys)?;
    demo::case_documents::seed(&db, &store, &field_keys)?;
    demo::results::evidence(&db, &store, &field_keys)?;
    println!();
    println!(
        "Mentor demo: {} — {} organisations, {} host companies, {} applications",
        demo::PROGRAMME_NAME,
        summary.organisations,
        summary.host_companies,
        summary.candidates
    );
    if summary.cases_past + summary.cases_current > 0 {
        println!(
            "Art. 27 cases opened: {} of the MENTOR II 2022 cohort (completed), {} of the current call",
            summary.cases_past, summary.cases_current
        );
    }
    if summary.outcomes > 0 {
        println!(
            "Outcomes recorded: {} of the 2022 cohort, with their follow-ups",
            summary.outcomes
        );
    }
    if summary.grant_applications > 0 {
        println!(
            "Return projects: {} applications to the 2024 call and its open second round",
            summary.grant_applications
        );
    }
    if summary.mentorships > 0 {
        println!(
            "Mentoring: {} mentorships of the 2022 cohort, with their sessions and plans",
            summary.mentorships
        );
    }
    println!(
        "Open http://{}/ and sign in with one of these accounts:",
        options.addr
    );
    for (email, what) in demo::ACCOUNTS.iter().map(|a| (a.email, a.describe)) {
        println!("  {email:<28} {what}");
    }
    println!("Password for every demo account: {password}");
    println!();
    crate::commands::serve::serve(options, db, field_keys)
}
