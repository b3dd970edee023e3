//! The table of DOMAIN.md §6 from the records, through the router.

use super::*;

/// The 44 of MENTOR II as DOMAIN.md §6 breaks them down, on a call of p1 written through
/// the storage: (country, basis, presented project), per person.
fn seed_section_6(app: &TestApp) -> String {
    use Basis::{Completed as C, Recovered as R};
    use ProjectOrigin::{Home, Italy};
    use ProjectType::{Entrepreneurial as E, Professional as P};
    type Group = (
        &'static str,
        Basis,
        Option<(ProjectType, ProjectOrigin)>,
        usize,
    );
    let groups: [Group; 10] = [
        ("TN", C, Some((E, Italy)), 6),
        ("TN", C, Some((P, Italy)), 10),
        ("TN", C, Some((E, Home)), 1),
        ("TN", C, Some((P, Home)), 2),
        ("TN", R, Some((P, Home)), 1),
        ("TN", C, None, 4),
        ("MA", C, Some((P, Italy)), 9),
        ("MA", R, Some((E, Home)), 2),
        ("MA", C, Some((P, Home)), 8),
        ("MA", C, None, 1),
    ];
    let d = app.db.db();
    let selection = fixtures::call(d, &app.seed.p1, "MENTOR II");
    let mut people = Vec::new();
    for (g, (country, basis, project, n)) in groups.into_iter().enumerate() {
        for i in 0..n {
            let id = fixtures::candidate(
                d,
                &selection,
                &format!("Person{g}x{i}"),
                country,
                CandidateStatus::Shortlisted,
            );
            people.push((id, country, basis, project));
        }
    }
    let terms = {
        let mut t = domain::grant::fields::TermsFields::default();
        for (k, v) in terms("MENTOR II — 2024") {
            match k {
                "title" => t.title = v,
                "currency" => t.currency = v,
                "fund" => t.fund = "100000".into(),
                "min_grant" => t.min_grant = v,
                "max_grant" => t.max_grant = v,
                "opens_on" => t.opens_on = v,
                "closes_on" => t.closes_on = v,
                "quality_threshold" => t.quality_threshold = v,
                _ => {}
            }
        }
        t.entrepreneurial = true;
        t.professional = true;
        t.from_italy = true;
        t.from_home = true;
        t.shares_by = "none".into();
        t.criteria = vec![("Feasibility".into(), "100".into())];
        t.parse(today()).unwrap()
    };
    let by = app.seed.coordinator.clone();
    d.write_blocking(&Origin::system(), |tx| {
        let call = db::grants::calls::create(tx, &app.seed.p1, &terms, &by)?;
        for (id, country, basis, project) in &people {
            let reason = if *basis == R { "Recovered" } else { "" };
            db::grants::eligibles::add(
                tx,
                &call,
                id,
                *basis,
                reason,
                Country::parse(country).unwrap(),
                &by,
            )?;
            if let Some((kind, from)) = project {
                let draft = db::grants::applications::Draft {
                    project_type: *kind,
                    origin: *from,
                    title: "A project".into(),
                    summary: "What it does".into(),
                    requested_cents: 300_000,
                    lang: "fr".into(),
                    lines: vec![("equipment".into(), "Tools".into(), 300_000)],
                };
                let a = db::grants::applications::create(tx, &call, id, &draft)?;
                db::grants::applications::set_status(tx, &a, Status::Draft, Status::Submitted)?;
            }
        }
        // A draft never submitted and one withdrawn do not count as presented.
        Ok(call)
    })
    .unwrap()
}

#[tokio::test]
async fn the_table_of_section_6_comes_from_the_records() {
    on_each_backend(|app| async move {
        let call = seed_section_6(&app);
        let mut c = english(&app, COORDINATOR).await;
        let res = c.get(&format!("/grant-calls/{call}/table")).await;
        assert_eq!(res.status, StatusCode::OK);
        let row = |key: &str| -> Vec<String> {
            let part = res.part(&format!("data-row=\"{key}\""), "</tr>");
            part.split("<td>")
                .skip(1)
                .map(|cell| {
                    let text = cell.split("</td>").next().unwrap_or_default();
                    crate::support::without_isolation(
                        text.replace("<bdi dir=\"ltr\">", "")
                            .replace("</bdi>", "")
                            .replace("<span dir=\"ltr\">", "")
                            .replace("</span>", ""),
                    )
                })
                .collect()
        };
        assert_eq!(row("eligible"), ["24 (1)", "20 (2)", "44 (3)"]);
        assert_eq!(row("presented"), ["20", "19", "39"]);
        assert_eq!(row("did-not-apply"), ["4", "1", "5"]);
        assert_eq!(
            row("entrepreneurial"),
            ["7 (6 / 1)", "2 (0 / 2)", "9 (6 / 3)"]
        );
        assert_eq!(
            row("professional"),
            ["13 (10 / 3)", "17 (9 / 8)", "30 (19 / 11)"]
        );

        c.bearer = Some(app.token(COORDINATOR));
        let json = c.get(&format!("/api/v1/grant-calls/{call}")).await.json();
        assert_eq!(json["table"]["total"]["presented"], 39);
        assert_eq!(json["table"]["countries"][0]["country"], "TN");
        assert_eq!(json["table"]["countries"][1]["professional_home"], 8);
        assert_eq!(json["counts"]["submitted"], 39);
    })
    .await;
}
