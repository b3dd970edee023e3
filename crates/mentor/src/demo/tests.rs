//! The demo seeded twice on both backends: the same records, each part as its module says.

use domain::OrganisationKind;
use domain::permission::Scope;

fn programmes_id(c: &mut db::DbConn) -> String {
    db::programmes::find_by_slug_unscoped(c, super::PROGRAMME_SLUG)
        .ok()
        .flatten()
        .map(|p| p.id)
        .unwrap_or_default()
}

fn user(c: &mut db::DbConn, email: &str) -> db::users::User {
    let email = domain::Email::parse(email).unwrap_or_else(|e| panic!("{e}"));
    db::users::find_by_email_unscoped(c, &email)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("{email:?}"))
}

/// The two cohorts of issue 13: MENTOR II's 41 completed cases (one visa refused and
/// filed again) and the current call's cases in progress, some overdue, reached by
/// the accounts the journeys use; the second seeding opens none.
fn cohorts(c: &mut db::DbConn, first: &super::Summary, second: &super::Summary) {
    use db::cases::CaseFilter;
    let today = domain::deadline::rome_today(chrono::Utc::now());
    assert_eq!(first.cases_past, 41);
    assert!(first.cases_current >= 25, "{}", first.cases_current);
    assert_eq!((second.cases_past, second.cases_current), (0, 0));
    let every = CaseFilter {
        closed: true,
        ..Default::default()
    };
    let cases = db::cases::all(c, &Scope::All, "", &every).unwrap_or_default();
    assert_eq!(
        cases.len(),
        first.cases_past + first.cases_current,
        "none twice"
    );
    let programme = programmes_id(c);
    let past_call = db::calls::find_by_title_unscoped(c, &programme, super::cohort::CALL_TITLE)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("the 2022 call"));
    let (past, current): (Vec<_>, Vec<_>) = cases.iter().partition(|k| k.call_id == past_call.id);
    assert_eq!(past.len(), 41);
    assert!(past.iter().all(|k| k.closed && k.step == "completed"));
    assert_eq!(
        past.iter().filter(|k| k.country == "TN").count(),
        23,
        "23 from Tunisia"
    );
    let mut refused = 0;
    let mut extended = 0;
    for k in &past {
        let path: Vec<(String, chrono::NaiveDate)> = db::cases::path(c, &k.id)
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.step, e.entered_on))
            .collect();
        assert!(path.windows(2).all(|w| w[0].1 <= w[1].1), "{path:?}");
        let first_day = path.first().map(|p| p.1).unwrap_or_default();
        let last_day = path.last().map(|p| p.1).unwrap_or_default();
        assert!(first_day.to_string().as_str() >= "2022-01-01", "{path:?}");
        assert!(last_day.to_string().as_str() <= "2024-12-31", "{path:?}");
        let steps: Vec<&str> = path.iter().map(|p| p.0.as_str()).collect();
        if let Some(r) = steps.iter().position(|s| *s == "visa_refused") {
            refused += 1;
            assert_eq!(steps.get(r + 1), Some(&"visa_requested"), "filed again");
            assert!(steps[r..].contains(&"visa_issued"));
        }
        extended += usize::from(steps.contains(&"extended"));
        // The consulate decided within its 90 days.
        let on = |s: &str| path.iter().rev().find(|p| p.0 == s).map(|p| p.1);
        if let (Some(asked), Some(issued)) = (on("visa_requested"), on("visa_issued")) {
            let waited = (issued - asked).num_days();
            assert!((21..=90).contains(&waited), "{waited}");
        }
        let facts = db::cases::facts(c, &k.id).unwrap_or_default();
        for field in [
            "inail_policy",
            "company_tutor",
            "allowance",
            "codice_fiscale",
        ] {
            assert!(facts.iter().any(|f| f.field == field), "{field}");
        }
    }
    assert_eq!(refused, 1, "one visa refused and filed again");
    assert_eq!(extended, 15);
    // The board reads every path whole (its steps grouped by case, in order): the
    // 2022 cohort gives the chart its times per step.
    let paths = db::cases::paths(c, &Scope::All, "", &every).unwrap_or_default();
    assert_eq!(paths.len(), cases.len());
    assert!(paths.iter().all(|p| {
        p.entered.first().map(|e| e.0.as_str()) == Some("convention")
            && p.entered.windows(2).all(|w| w[0].1 <= w[1].1)
    }));
    assert_eq!(
        paths.iter().map(|p| p.entered.len()).sum::<usize>(),
        cases
            .iter()
            .map(|k| db::cases::path(c, &k.id).map(|p| p.len()).unwrap_or(0))
            .sum::<usize>()
    );
    let order = db::cases::step_order(c).unwrap_or_default();
    let order: Vec<&str> = order.iter().map(String::as_str).collect();
    let figures = domain::procedure::board::figures(&order, &paths);
    // The traineeship itself (months by design) is no bottleneck: the consulate is.
    let not_waiting = db::cases::not_waiting_steps(c).unwrap_or_default();
    assert_eq!(not_waiting, ["active", "extended"]);
    let bottleneck =
        domain::procedure::board::bottleneck(&figures, &not_waiting).map(|f| f.step.as_str());
    assert_eq!(bottleneck, Some("visa_requested"), "{figures:?}");
    let before_arrival = [
        "convention",
        "training_project",
        "regional_review",
        "regional_approved",
        "visa_requested",
        "visa_issued",
        "ready_to_depart",
    ];
    let slowest = figures
        .iter()
        .filter(|f| before_arrival.contains(&f.step.as_str()))
        .max_by(|a, b| {
            a.average_days
                .partial_cmp(&b.average_days)
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .map(|f| f.step.as_str());
    assert_eq!(slowest, Some("visa_requested"), "{figures:?}");
    // The current call: in progress, some overdue, some near.
    assert!(current.iter().all(|k| !k.closed));
    let overdue = current
        .iter()
        .filter(|k| k.next_due.is_some_and(|d| d < today))
        .count();
    let near = current
        .iter()
        .filter(|k| {
            k.next_due
                .is_some_and(|d| d >= today && d <= today + chrono::Duration::days(7))
        })
        .count();
    assert!(overdue >= 3, "{overdue} overdue");
    assert!(near >= 2, "{near} near");
    // The demo company: two cases, one overdue; another company has its own.
    let company = user(c, "company@demo.example");
    let company = db::memberships::load_actor(c, &company.id)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("company actor"));
    let scope = company
        .scope(domain::Permission::ViewCases)
        .unwrap_or_else(|| panic!("company scope"));
    let theirs =
        db::cases::all(c, &scope, &company.user_id, &CaseFilter::default()).unwrap_or_default();
    assert!(theirs.len() >= 2, "{}", theirs.len());
    assert!(theirs.iter().any(|k| k.next_due.is_some_and(|d| d < today)));
    assert!(
        current
            .iter()
            .any(|k| theirs.iter().all(|t| t.company_id != k.company_id))
    );
    // The promoter (Milan) reaches overdue cases.
    let promoter = user(c, "promoter@demo.example");
    let promoter = db::memberships::load_actor(c, &promoter.id)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("promoter actor"));
    let scope = promoter
        .scope(domain::Permission::ViewCases)
        .unwrap_or_else(|| panic!("promoter scope"));
    let counts = db::cases::counts(c, &scope, &promoter.user_id, &CaseFilter::default(), today)
        .unwrap_or_default();
    assert!(
        counts.overdue >= 1 && counts.open > counts.overdue,
        "{counts:?}"
    );
    // The French trainee owns one case, at the visa request, with papers to give.
    let trainee = user(c, super::current::TRAINEE);
    assert_eq!(trainee.locale.as_deref(), Some("fr"));
    let actor = db::memberships::load_actor(c, &trainee.id)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("trainee actor"));
    let scope = actor
        .scope(domain::Permission::ViewCases)
        .unwrap_or_else(|| panic!("trainee scope"));
    let own = db::cases::all(c, &scope, &trainee.id, &CaseFilter::default()).unwrap_or_default();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].step, "visa_requested");
    assert_eq!(own[0].city, "Milano");
}

/// The 2022 cohort's outcomes are DOMAIN.md §6's figures, recorded once; the mentor
/// holds the 41 and finds the one follow-up left overdue in the inbox, with the earlier
/// ones recorded before it.
fn outcomes(c: &mut db::DbConn, first: &super::Summary, second: &super::Summary) {
    use domain::outcome::summary::tally;
    assert_eq!((first.outcomes, second.outcomes), (41, 0));
    let programme = programmes_id(c);
    let counts = db::outcomes::counts(c, &Scope::All, "", &programme).unwrap_or_default();
    let (rows, total) = tally(&counts);
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.country.as_str(), r.in_italy, r.returned_home, r.total()))
        .collect();
    assert_eq!(got, [("TN", 20, 3, 23), ("MA", 9, 9, 18)]);
    assert_eq!((total.in_italy, total.returned_home), (29, 12));
    let mentor = user(c, super::outcomes::MENTOR);
    assert_eq!(
        db::cases::cases_held(c, &mentor.id, domain::duty::Duty::Mentor)
            .unwrap_or_default()
            .len(),
        41
    );
    let actor = db::memberships::load_actor(c, &mentor.id)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("mentor actor"));
    let today = domain::deadline::rome_today(chrono::Utc::now());
    let tasks = app::tasks::find(c, &actor, today).unwrap_or_default();
    let overdue: Vec<_> = tasks
        .iter()
        .filter(|t| t.kind.id == "follow-up-overdue")
        .collect();
    assert_eq!(overdue.len(), 1, "{tasks:?}");
    let case_id = overdue[0]
        .href
        .trim_start_matches("/cases/")
        .trim_end_matches("/follow-ups/new");
    let done = db::outcomes::follow_ups_of(c, case_id).unwrap_or_default();
    assert!(!done.is_empty(), "earlier follow-ups to preload");
    let all = db::outcomes::list_follow_ups(c, &Scope::All, "", None).unwrap_or_default();
    assert!(all.len() > 41, "{} follow-ups", all.len());
}

/// The logframe of `results.rs`, seeded once: its periods (2022 and 2023 frozen, 2024
/// open), and the registry's figures over the demo agreeing with §6.
fn results(c: &mut db::DbConn) {
    let programme = programmes_id(c);
    assert_eq!(
        db::results::logframe::nodes(c, &programme)
            .map(|n| n.len())
            .ok(),
        Some(9),
        "OO, three specific objectives, five results, once"
    );
    let periods = db::results::periods::list(c, &programme).unwrap_or_default();
    let submitted: Vec<_> = periods.iter().map(|p| p.submitted_at.is_some()).collect();
    assert_eq!(submitted, [true, true, false]);
    let facts = db::results::facts::facts(c, &programme).unwrap_or_default();
    let all = chrono::NaiveDate::MAX;
    let total = |code| {
        domain::results::registry::compute(code, &facts, all)
            .map(|f| f.total.raw)
            .unwrap_or(-1)
    };
    use domain::results::rule;
    assert_eq!(total(rule::IN_ITALY), 29);
    assert_eq!(total(rule::RETURNED_HOME), 12);
    assert!(total(rule::TRAINEESHIPS_COMPLETED) >= 41);
    assert!(total(rule::HOST_COMPANIES) >= 36);
}

#[test]
fn seeding_twice_gives_the_same_demo_on_both_backends() {
    testkit::on_each_backend(|db| {
        let keys = testkit::field_keys();
        let first =
            super::seed(db, "first demo password", &keys).unwrap_or_else(|e| panic!("{e:#}"));
        let second =
            super::seed(db, "second demo password", &keys).unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!(first.host_companies, 36);
        assert_eq!(second.organisations, first.organisations);
        let mut c = db.conn().unwrap_or_else(|e| panic!("{e}"));
        let filter = db::organisations::Filter {
            kind: Some(OrganisationKind::HostCompany),
            programme_id: None,
        };
        let companies = db::organisations::list(&mut c, &Scope::All, &filter).unwrap_or_default();
        assert_eq!(companies.len(), 300, "300 companies engaged");
        let hosting = db::companies::list(
            &mut c,
            &Scope::All,
            &db::companies::Filter {
                stage: Some(domain::outreach::Stage::Hosting),
                ..Default::default()
            },
        )
        .unwrap_or_default();
        assert_eq!(hosting.len(), 36);
        assert_eq!(
            hosting
                .iter()
                .filter(|o| o.organisation.city == "Milano")
                .count(),
            19
        );
        for stage in domain::outreach::Stage::ALL
            .into_iter()
            .filter(|s| *s != domain::outreach::Stage::AlumniHost)
        {
            let f = db::companies::Filter {
                stage: Some(stage),
                ..Default::default()
            };
            assert!(
                !db::companies::list(&mut c, &Scope::All, &f)
                    .unwrap_or_default()
                    .is_empty(),
                "{stage:?}"
            );
        }
        let open = db::positions::open_places(&mut c, &Scope::All).unwrap_or_default();
        assert!(
            open >= 41,
            "enough open places for the 41 participants: {open}"
        );
        assert_eq!(
            db::outreach::list_campaigns(&mut c, &Scope::All)
                .map(|k| k.len())
                .ok(),
            Some(2)
        );
        assert_eq!(
            db::programmes::list(&mut c, &Scope::All)
                .map(|p| p.len())
                .ok(),
            Some(1)
        );
        let users = db::users::list(&mut c, &Scope::All, "").unwrap_or_default();
        // Beside the demo accounts, the hosts' tutors nobody signs in as.
        let tutors = super::traineeships::is_tutor_account;
        assert_eq!(
            users.iter().filter(|u| !tutors(u.email.as_str())).count(),
            super::ACCOUNTS.len()
        );
        super::traineeships::check(&mut c);
        super::courses::check(db);
        super::grants::check(&mut c);
        super::mentorships::check(&mut c);
        assert_eq!(
            (first.mentorships, second.mentorships),
            (super::mentorships::MENTORSHIPS, 0)
        );
        super::awards::check(&mut c);
        super::grant_payments::check(&mut c);
        assert_eq!(
            (first.grant_applications, second.grant_applications),
            (45, 0)
        );
        // The approved demo run proposed the 41 shortlisted participants (23 TN, 18 MA).
        let programme = programmes_id(&mut c);
        let current =
            db::calls::find_by_title_unscoped(&mut c, &programme, super::candidates::CALL_TITLE)
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("the current call"));
        let placements = db::matching::placements(
            &mut c,
            &Scope::All,
            &db::matching::Filter {
                call_id: Some(current.id.clone()),
                status: None,
                page: None,
            },
        )
        .unwrap_or_default();
        assert_eq!(
            placements.len(),
            41,
            "every shortlisted participant is placed"
        );
        assert_eq!(
            placements
                .iter()
                .filter(|p| p.candidate_country == domain::Country::TN)
                .count(),
            23
        );
        assert_eq!(
            placements
                .iter()
                .filter(|p| p.candidate_country == domain::Country::MA)
                .count(),
            18
        );
        let mut companies: Vec<&str> = placements
            .iter()
            .map(|p| p.placement.company_id.as_str())
            .collect();
        companies.sort_unstable();
        companies.dedup();
        assert_eq!(
            companies.len(),
            36,
            "the spread run gives every host company a trainee"
        );
        // Selection: four criteria, the 41 shortlisted scored by two assessors and
        // interviewed; a few decision e-mails in the outbox.
        let call = db::calls::list(&mut c, &Scope::All)
            .unwrap_or_default()
            .into_iter()
            .find(|k| k.title == super::candidates::CALL_TITLE)
            .unwrap_or_else(|| panic!("demo call"));
        assert_eq!(
            db::selection::criteria(&mut c, &call.id)
                .map(|k| k.len())
                .ok(),
            Some(4)
        );
        let inputs = db::selection::ranking_inputs(&mut c, &Scope::All, "", &call.id)
            .unwrap_or_else(|e| panic!("{e}"));
        let shortlisted: Vec<_> = inputs
            .candidates
            .iter()
            .filter(|k| k.status == domain::candidate::Status::Shortlisted)
            .collect();
        assert_eq!(shortlisted.len(), 41);
        for k in &shortlisted {
            assert_eq!(
                inputs.scores.get(&k.id).map(Vec::len),
                Some(8),
                "two assessors × four criteria"
            );
            assert!(inputs.interviews.contains_key(&k.id));
        }
        // Six from the earlier parts, and the 38 applicants told of the 2024 award.
        assert_eq!(
            db::outbox::recent(&mut c, 50).map(|m| m.len()).ok(),
            Some(6 + 38)
        );
        // The coordinator watches a saved search; the applications carry ESCO concepts.
        let coordinator = db::users::find_by_email_unscoped(
            &mut c,
            &domain::Email::parse("coordinator@demo.example").unwrap_or_else(|e| panic!("{e}")),
        )
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("coordinator"));
        let searches = db::saved_searches::list_of(&mut c, &coordinator.id).unwrap_or_default();
        assert_eq!(searches.len(), 2, "seeded once");
        assert_eq!(searches.iter().filter(|s| s.watched).count(), 1);
        let with_skill = db::candidates::list(
            &mut c,
            &Scope::All,
            "",
            &db::candidates::ListFilter {
                skill: "computer programming".into(),
                per_page: 1,
                ..Default::default()
            },
        )
        .map(|r| r.1)
        .unwrap_or(0);
        assert!(
            with_skill > 50,
            "{with_skill} applications name computer programming"
        );
        cohorts(&mut c, &first, &second);
        outcomes(&mut c, &first, &second);
        results(&mut c);
        // The password printed last is the one that works.
        let email =
            domain::Email::parse("coordinator@demo.example").unwrap_or_else(|e| panic!("{e}"));
        let creds = db::users::credentials(&mut c, &email)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("creds"));
        assert!(domain::password::verify(
            &creds.password_hash,
            "second demo password"
        ));
    });
}
