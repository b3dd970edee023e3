//! Results in storage, on both backends: the logframe in order and per programme, a period
//! submitted once with its frozen figures (the second submission a `PeriodSubmitted`
//! conflict, the narrative then fixed), manual values replaced in place, evidence found
//! only through its indicator, and the facts loader counting applications, grant lists
//! and companies without a name or an id in them.

use chrono::NaiveDate;
use db::Origin;
use db::results::{facts, logframe, manual, periods};
use domain::Conflict;
use domain::candidate::Status as CandidateStatus;
use domain::results::editing::{NewIndicator, NewNode, NodeKind};
use domain::results::{Figure, Unit, Value};
use testkit::{fixtures, on_each_backend};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn node(kind: NodeKind, code: &str) -> NewNode {
    NewNode {
        kind,
        code: code.into(),
        title: format!("{code} title"),
    }
}

fn indicator(code: &str, rule: Option<&str>) -> NewIndicator {
    NewIndicator {
        code: code.into(),
        title: code.into(),
        unit: Unit::Count,
        ascending: true,
        rule: rule.map(str::to_owned),
        baseline: Some((2022, 0)),
        target: Some((2024, 40)),
    }
}

#[test]
fn the_logframe_periods_and_manual_values_keep_their_order_and_freeze_once() {
    on_each_backend(|db| {
        let p = fixtures::programme(db, "r-one");
        let other = fixtures::programme(db, "r-two");
        let (os1, r1, placed, manual_id, period) = db
            .write_blocking(&Origin::system(), |tx| {
                logframe::add_node(tx, &p, None, &node(NodeKind::Overall, "OO"))?;
                let os1 = logframe::add_node(tx, &p, None, &node(NodeKind::Specific, "OS1"))?;
                let r1 = logframe::add_node(tx, &p, Some(&os1), &node(NodeKind::Result, "R1"))?;
                let placed =
                    logframe::add_indicator(tx, &p, &r1, &indicator("R1.I1", Some("placed")))?;
                let m = logframe::add_indicator(tx, &p, &os1, &indicator("OS1.I1", None))?;
                let period = periods::create(
                    tx,
                    &p,
                    &domain::results::editing::NewPeriod {
                        label: "2024".into(),
                        starts_on: d(2024, 1, 1),
                        ends_on: d(2024, 12, 31),
                    },
                )?;
                Ok((os1, r1, placed, m, period))
            })
            .unwrap();
        let mut c = db.conn().unwrap();
        let nodes = logframe::nodes(&mut c, &p).unwrap();
        assert_eq!(
            nodes.iter().map(|n| n.code.as_str()).collect::<Vec<_>>(),
            ["OO", "OS1", "R1"]
        );
        assert_eq!(nodes[2].parent_id.as_deref(), Some(os1.as_str()));
        assert_eq!(nodes[2].kind, NodeKind::Result);
        let is = logframe::indicators(&mut c, &p).unwrap();
        assert_eq!(is.len(), 2);
        assert_eq!(
            (is[0].rule.as_deref(), is[0].node_id.as_str()),
            (Some("placed"), r1.as_str())
        );
        assert_eq!(
            (is[0].target_year, is[0].target_raw),
            (Some(2024), Some(40))
        );
        assert!(logframe::nodes(&mut c, &other).unwrap().is_empty());
        assert!(matches!(
            logframe::indicator(&mut c, &other, &placed),
            Err(db::DbError::NotFound)
        ));
        drop(c);

        // A manual value replaced in place; evidence found through its indicator only.
        db.write_blocking(&Origin::system(), |tx| {
            manual::set(tx, &manual_id, &period, 2, "first", "u")?;
            manual::set(tx, &manual_id, &period, 3, "three protocols", "u")?;
            manual::add_evidence(
                tx,
                &manual::EvidenceRow {
                    id: "ev-1".into(),
                    indicator_id: manual_id.clone(),
                    period_id: period.clone(),
                    content_type: "application/pdf".into(),
                    size_bytes: 10,
                    sha256: "ab".repeat(32),
                    uploaded_by: "u".into(),
                    uploaded_at: d(2024, 12, 9).and_hms_opt(9, 0, 0).unwrap(),
                },
            )
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        let values = manual::values(&mut c, &p).unwrap();
        assert_eq!(values.len(), 1);
        assert_eq!(
            (values[0].raw, values[0].note.as_str()),
            (3, "three protocols")
        );
        assert_eq!(manual::evidence(&mut c, &manual_id).unwrap().len(), 1);
        assert!(matches!(
            manual::find_evidence(&mut c, &placed, "ev-1"),
            Err(db::DbError::NotFound)
        ));
        drop(c);

        // Submitted once, with its figures; then neither again nor its narrative.
        let figure = Figure::new(Value::count(7));
        db.write_blocking(&Origin::system(), |tx| {
            periods::set_narrative(tx, &p, &period, &[("summary".into(), "Good year".into())])?;
            periods::submit(
                tx,
                &p,
                &period,
                "u",
                &[
                    (placed.clone(), figure.clone()),
                    (periods::rule_subject("placed"), figure.clone()),
                ],
            )
        })
        .unwrap();
        for attempt in 0..2 {
            let e = db
                .write_blocking(&Origin::system(), |tx| {
                    if attempt == 0 {
                        periods::submit(tx, &p, &period, "u", &[])
                    } else {
                        periods::set_narrative(tx, &p, &period, &[])
                    }
                })
                .unwrap_err();
            assert!(
                matches!(e, db::DbError::Conflict(Conflict::PeriodSubmitted)),
                "{e:?}"
            );
        }
        let mut c = db.conn().unwrap();
        let row = periods::find(&mut c, &p, &period).unwrap();
        assert!(row.submitted_at.is_some());
        assert_eq!(
            row.narrative().unwrap(),
            [("summary".to_owned(), "Good year".to_owned())]
        );
        let snaps = periods::snapshots(&mut c, &p).unwrap();
        assert_eq!(snaps.len(), 2);
        assert!(
            snaps
                .iter()
                .all(|(per, _, f)| per == &period && f == &figure)
        );
        assert!(periods::snapshots(&mut c, &other).unwrap().is_empty());
        let audit = db::audit::recent(&mut c, 1, None).unwrap();
        assert_eq!(audit[0].action, "results.period.submit");
    });
}

#[test]
fn the_facts_count_applications_and_hold_no_names() {
    on_each_backend(|db| {
        let p = fixtures::programme(db, "r-facts");
        let call = fixtures::call(db, &p, "2022");
        fixtures::candidate(db, &call, "Trabelsi", "TN", CandidateStatus::Shortlisted);
        fixtures::candidate(db, &call, "Idrissi", "MA", CandidateStatus::Submitted);
        let mut c = db.conn().unwrap();
        let f = facts::facts(&mut c, &p).unwrap();
        assert_eq!(f.people.len(), 2);
        assert_eq!(
            f.people.iter().map(|x| x.seq).collect::<Vec<_>>(),
            [1, 2],
            "numbered in the order they applied"
        );
        let countries: Vec<_> = f.people.iter().map(|x| x.country.as_str()).collect();
        assert!(countries.contains(&"TN") && countries.contains(&"MA"));
        let selected = f.people.iter().filter(|x| x.selected_on.is_some()).count();
        assert_eq!(selected, 1, "the shortlisted one");
        assert!(f.people.iter().all(|x| x.placed_on.is_none()));
        assert!(!format!("{f:?}").contains("Trabelsi"));
        // Identities only on request, by sequence number.
        let names = facts::identities(&mut c, &p, &[1, 2, 9]).unwrap();
        assert_eq!(names.len(), 2);
        assert!(names.values().any(|(n, _)| n.contains("Trabelsi")));
    });
}
