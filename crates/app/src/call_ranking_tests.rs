use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use db::selection::{self, ScoreInput};
use db::{Database, Origin};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::selection::CriterionDraft;
use domain::{Actor, OrganisationKind, Permission, Role};
use testkit::fixtures;

use super::{Cache, Ranking};

/// A coordinator of a programme with a call, one criterion and two scored applications.
fn call_with_scores(db: &Database) -> (Actor, Scope, String, [String; 2]) {
    let p = fixtures::programme(db, "ranking-cache");
    let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
    let user = fixtures::user(db, "coordinator@ranking.example", &lead, Role::Coordinator);
    let call = fixtures::call(db, &p, "Call");
    let actor = db::memberships::load_actor(&mut db.conn().unwrap(), &user)
        .unwrap()
        .unwrap();
    let scope = actor.scope(Permission::ScreenCandidates).unwrap();
    let low = fixtures::candidate(db, &call, "Low", "TN", Status::Eligible);
    let high = fixtures::candidate(db, &call, "High", "MA", Status::Eligible);
    db.write_blocking(&Origin::system(), |tx| {
        let draft = CriterionDraft {
            name: "Motivation".into(),
            weight: 1,
            max_score: 10,
        };
        let k = selection::add_criterion(tx, &Scope::All, &call, &draft)?;
        for (id, score) in [(&low, 3), (&high, 9)] {
            let input = ScoreInput {
                criterion_id: k.clone(),
                score: Some(score),
                note: None,
            };
            selection::save_scores(tx, &Scope::All, &user, id, &[input])?
                .map_err(|_| db::DbError::NotFound)?;
        }
        Ok(())
    })
    .unwrap();
    (actor, scope, call, [low, high])
}

fn order(r: &Ranking) -> Vec<&str> {
    r.rows.iter().map(|r| r.application.id.as_str()).collect()
}

#[test]
fn a_ranking_is_kept_until_a_write_then_within_the_bound_unless_the_write_was_mine() {
    testkit::on_each_backend(|db| {
        let (me, scope, call, [low, high]) = call_with_scores(db);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let now: NaiveDateTime = Utc::now().naive_utc();
        let at = |cache: &Cache| {
            rt.block_on(cache.ranking(db, &me, scope.clone(), &call, now))
                .unwrap()
        };

        let strict = Cache::default();
        let first = at(&strict);
        assert_eq!(order(&first), [high.as_str(), low.as_str()]);
        assert_eq!(first.unassessed, 0);
        assert!(Arc::ptr_eq(&first, &at(&strict)), "nothing written: kept");
        let third = fixtures::candidate(db, &call, "Third", "TN", Status::Eligible);
        let after = at(&strict);
        assert!(!Arc::ptr_eq(&first, &after), "a write: recomputed");
        assert_eq!(after.unassessed, 1, "{third} is not scored yet");

        let tolerant = Cache::new(Duration::from_secs(3600));
        let kept = at(&tolerant);
        fixtures::candidate(db, &call, "Fourth", "MA", Status::Eligible);
        assert!(
            Arc::ptr_eq(&kept, &at(&tolerant)),
            "another's write: within the bound"
        );
        db.write_blocking(&Origin::user(&me.user_id, "test"), |_| Ok(()))
            .unwrap();
        assert_eq!(at(&tolerant).unassessed, 2, "my own write shows at once");

        // A call out of reach is refused, and the refusal is not kept.
        let other = fixtures::programme(db, "elsewhere");
        let theirs = fixtures::call(db, &other, "Theirs");
        let refused = rt.block_on(strict.ranking(db, &me, scope.clone(), &theirs, now));
        assert!(refused.is_err());
    });
}
