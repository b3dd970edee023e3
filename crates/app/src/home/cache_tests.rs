use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use db::{Database, Origin};
use domain::candidate::Status;
use domain::{Actor, OrganisationKind, Role};
use testkit::fixtures;

use super::Cache;
use crate::home::Home;
use crate::kept::EXACT_FOR;

fn shortlisted(home: &Home) -> i64 {
    home.figures
        .iter()
        .find(|f| f.id == "shortlisted")
        .map_or(-1, |f| f.value)
}

/// A coordinator of a programme with one call and one shortlisted application.
fn coordinator(db: &Database) -> (Actor, String) {
    let p = fixtures::programme(db, "home-cache");
    let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
    let user = fixtures::user(db, "coordinator@cache.example", &lead, Role::Coordinator);
    let call = fixtures::call(db, &p, "Call");
    fixtures::candidate(db, &call, "One", "TN", Status::Shortlisted);
    let actor = db::memberships::load_actor(&mut db.conn().unwrap(), &user)
        .unwrap()
        .unwrap();
    (actor, call)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn a_home_page_is_kept_until_a_write_and_then_only_within_the_bound_unless_it_was_mine() {
    testkit::on_each_backend(|db| {
        let (me, call) = coordinator(db);
        let rt = runtime();
        let now: NaiveDateTime = Utc::now().naive_utc();
        let at = |cache: &Cache, now| rt.block_on(cache.home(db, &me, now)).unwrap();

        // Strict (the default): kept while nothing is written, recomputed after a write.
        let strict = Cache::default();
        let first = at(&strict, now);
        assert_eq!(shortlisted(&first), 1);
        assert!(Arc::ptr_eq(&first, &at(&strict, now)));
        fixtures::candidate(db, &call, "Two", "MA", Status::Shortlisted);
        let after = at(&strict, now);
        assert_eq!(shortlisted(&after), 2);
        // Even with nothing written, not past EXACT_FOR, nor on another day.
        let later = now + chrono::Duration::from_std(EXACT_FOR).unwrap();
        assert!(!Arc::ptr_eq(&after, &at(&strict, later)));
        let tomorrow = later + chrono::Duration::days(1);
        assert!(!Arc::ptr_eq(&at(&strict, later), &at(&strict, tomorrow)));

        // Tolerant: others' writes wait for the bound; the person's own show at once.
        let tolerant = Cache::new(Duration::from_secs(3600));
        let kept = at(&tolerant, now);
        fixtures::candidate(db, &call, "Three", "TN", Status::Shortlisted);
        let served = at(&tolerant, now);
        assert!(
            Arc::ptr_eq(&kept, &served),
            "another's write is within the bound"
        );
        assert_eq!(shortlisted(&served), 2);
        db.write_blocking(&Origin::user(&me.user_id, "test"), |_| Ok(()))
            .unwrap();
        let mine = at(&tolerant, now);
        assert_eq!(shortlisted(&mine), 3, "my own write shows at once");
        fixtures::candidate(db, &call, "Four", "MA", Status::Shortlisted);
        let bound = now + chrono::Duration::seconds(30);
        assert_eq!(shortlisted(&at(&tolerant, bound)), 3, "30 s < the bound");
        let past = Cache::new(Duration::from_secs(10));
        at(&past, now);
        fixtures::candidate(db, &call, "Five", "TN", Status::Shortlisted);
        assert_eq!(shortlisted(&at(&past, bound)), 5, "30 s > a 10 s bound");
    });
}
