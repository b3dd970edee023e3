//! Staged selection decisions through the router (issue 11): staff stage, the candidate
//! sees nothing until the coordinator publishes the call's decisions (then their decision
//! and exactly one message), each refusal answered as the domain says, a second publish
//! refused, two at once sending once, and the coordinator's reversal with its reason.

use axum::http::StatusCode;
use domain::candidate::Status;
use domain::{Country, Locale, Role};
use testkit::fixtures;

use crate::support::*;

const CANDIDATE: &str = "amina@example.tn";
const TN_EMAIL: &str = "trabelsi@example.org";
const MA_EMAIL: &str = "alaoui@example.org";

struct Setup {
    call: String,
    tn: String,
    ma: String,
}

/// A call in p1 (41 places, open), ANETI with an officer, a Tunisian candidate with an
/// account in Arabic and a Moroccan one without account, both eligible.
fn setup(app: &TestApp) -> Setup {
    app.agencies_and_evaluator(&[Country::TN]);
    let d = app.db.db();
    let call = fixtures::call(d, &app.seed.p1, "MENTOR II call");
    let account =
        fixtures::user_speaking(d, CANDIDATE, &app.seed.lead, Role::Participant, Locale::Ar);
    let tn = fixtures::candidate_of(d, &call, "Trabelsi", "TN", Status::Eligible, Some(&account));
    let ma = fixtures::candidate(d, &call, "Alaoui", "MA", Status::Eligible);
    Setup { call, tn, ma }
}

fn outbox_to(app: &TestApp, email: &str) -> Vec<db::outbox::Mail> {
    let mut conn = app.db.db().conn().unwrap();
    db::outbox::to_recipient(&mut conn, email).unwrap_or_default()
}

fn status_of(app: &TestApp, id: &str) -> Status {
    let mut conn = app.db.db().conn().unwrap();
    db::candidates::find(&mut conn, &domain::permission::Scope::All, "", id)
        .unwrap()
        .status
}

async fn coordinator(app: &TestApp) -> Client {
    let mut c = app.signed_in(COORDINATOR).await;
    c.accept_language = Some("en".into());
    c
}

/// Whether one of the latest audit entries is `action` (the outbox writes its own).
fn audited(app: &TestApp, action: &str) -> bool {
    let mut conn = app.db.db().conn().unwrap();
    db::audit::recent(&mut conn, 5, None)
        .unwrap()
        .iter()
        .any(|r| r.action == action)
}

const CONFIRMED: &[(&str, &str)] = &[("confirmed", "yes")];

#[tokio::test]
async fn the_candidate_sees_a_decision_only_once_published_with_exactly_one_message() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut agency = app.signed_in(AGENCY_TN).await;
        agency.accept_language = Some("en".into());
        let res = agency
            .post(
                &format!("/candidates/{}/decision", s.tn),
                &[("decision", "shortlisted")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            res.location(),
            Some(format!("/candidates/{}#decision", s.tn).as_str())
        );
        let page = agency.get(&format!("/candidates/{}", s.tn)).await;
        assert!(page.body.contains(r#"data-flash="flash-decision-staged""#));
        assert!(page.body.contains(r#"data-staged="shortlisted""#));
        let list = agency.get("/candidates?staged=shortlisted").await;
        assert!(list.body.contains(&s.tn) && list.body.contains(r#"data-staged="shortlisted""#));
        assert!(audited(&app, "candidate.decision.stage"));

        // The candidate sees nothing of it: page, API, outbox.
        let mut candidate = app.signed_in(CANDIDATE).await;
        let own = candidate.get(&format!("/applications/{}", s.tn)).await;
        let ar = translator(Locale::Ar);
        assert!(own.body.contains(&ar.t("status-eligible")), "{}", own.body);
        assert!(!own.body.contains(&ar.t("status-shortlisted")));
        let mut api = app.client();
        api.bearer = Some(app.token(CANDIDATE));
        let json = api
            .get(&format!("/api/v1/candidates/{}", s.tn))
            .await
            .json();
        assert_eq!(json["status"], "eligible");
        assert!(json["decision"].is_null());
        assert!(outbox_to(&app, TN_EMAIL).is_empty());

        // The coordinator previews, is asked to confirm, publishes; it says so.
        let mut c = coordinator(&app).await;
        let preview = c.get(&format!("/calls/{}/decisions", s.call)).await;
        assert_eq!(preview.status, StatusCode::OK);
        assert!(preview.body.contains(r#"data-staged-total="1""#));
        assert!(preview.shows(&msg_n("decisions-count-messages", "count", 1)));
        assert!(preview.shows(&msg("decisions-warning-call-open")));
        let publish = format!("/calls/{}/decisions/publish", s.call);
        let ask = c.post(&publish, &[]).await;
        assert_eq!(ask.status, StatusCode::OK);
        assert!(ask.body.contains(r#"data-confirm="publish-decisions""#));
        assert!(
            outbox_to(&app, TN_EMAIL).is_empty(),
            "nothing before confirming"
        );
        // The call has an Arabic title: the message names the call by it.
        let title_ar = format!("v:call:{}:title:ar", s.call);
        let res = c
            .post(
                &format!("/calls/{}/translations", s.call),
                &[("lang", "en"), (title_ar.as_str(), "دعوة منتور الثانية")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = c.post(&publish, CONFIRMED).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let after = c.get(&format!("/calls/{}/decisions", s.call)).await;
        assert!(
            after
                .body
                .contains(r#"data-flash="flash-decisions-published""#)
        );
        assert!(after.body.contains(r#"data-staged-total="0""#));

        // Now the candidate sees it, and has exactly one message, in Arabic.
        let own = candidate.get(&format!("/applications/{}", s.tn)).await;
        assert!(
            own.body.contains(&ar.t("status-shortlisted")),
            "{}",
            own.body
        );
        let mails = outbox_to(&app, TN_EMAIL);
        assert_eq!(mails.len(), 1);
        assert_eq!(
            (mails[0].kind.as_str(), mails[0].locale.as_str()),
            ("candidate.decision", "ar")
        );
        assert!(
            mails[0].body.contains("دعوة منتور الثانية"),
            "{}",
            mails[0].body
        );
        let json = api
            .get(&format!("/api/v1/candidates/{}", s.tn))
            .await
            .json();
        assert_eq!(json["decision"]["status"], "shortlisted");

        // The same decisions are not published twice; nothing more is sent.
        let again = c.post(&publish, CONFIRMED).await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        assert!(again.shows(&msg("decisions-error-nothing-staged")));
        assert_eq!(outbox_to(&app, TN_EMAIL).len(), 1);
        assert!(outbox_to(&app, MA_EMAIL).is_empty(), "only what was staged");
    })
    .await;
}

#[tokio::test]
async fn refusals_are_answered_as_the_domain_says() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = coordinator(&app).await;
        let publish = format!("/calls/{}/decisions/publish", s.call);

        // Publishing with nothing staged, asked or confirmed.
        for fields in [&[][..], CONFIRMED] {
            let res = c.post(&publish, fields).await;
            assert_eq!(res.status, StatusCode::CONFLICT);
            assert!(res.shows(&msg("decisions-error-nothing-staged")));
        }
        // Those who screen but do not manage calls do not publish.
        let mut agency = app.signed_in(AGENCY_TN).await;
        agency.accept_language = Some("en".into());
        assert_eq!(
            agency.post(&publish, CONFIRMED).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            agency
                .get(&format!("/calls/{}/decisions", s.call))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        // Another programme's coordinator does not reach the call.
        let mut other = app.signed_in(OTHER_COORDINATOR).await;
        assert_eq!(
            other.post(&publish, CONFIRMED).await.status,
            StatusCode::NOT_FOUND
        );

        // A rejection without a reason: 422, the field marked, nothing staged.
        let stage = format!("/candidates/{}/decision", s.ma);
        let res = agency
            .post(
                &format!("/candidates/{}/decision", s.tn),
                &[("decision", "rejected"), ("reason", " ")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-reason-required")));
        assert!(res.body.contains(r#"id="decision-reason" name="reason""#));
        assert!(
            res.part(r#"id="decision-reason""#, "</textarea>")
                .contains(r#"aria-invalid="true""#),
            "the reason field is marked"
        );
        // Not a decision, or not one this status allows.
        let res = c.post(&stage, &[("decision", "eligible")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("decisions-error-not-stageable")));
        // The old one-click path refuses a decision.
        let res = c
            .post(
                &format!("/candidates/{}/status", s.ma),
                &[("status", "shortlisted")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("decisions-error-stage-instead")));
        assert_eq!(status_of(&app, &s.ma), Status::Eligible);

        // Withdrawing: gone, then nothing to withdraw.
        assert_eq!(
            c.post(&stage, &[("decision", "waiting_list")]).await.status,
            StatusCode::SEE_OTHER
        );
        let withdraw = format!("/candidates/{}/decision/withdraw", s.ma);
        assert_eq!(c.post(&withdraw, &[]).await.status, StatusCode::SEE_OTHER);
        assert_eq!(c.post(&withdraw, &[]).await.status, StatusCode::CONFLICT);

        // Reversal: only a published decision, only by the coordinator, only with a reason.
        let reverse = format!("/candidates/{}/reverse", s.ma);
        let res = c
            .post(&reverse, &[("reason", "Too early"), ("confirmed", "yes")])
            .await;
        assert_eq!(
            res.status,
            StatusCode::CONFLICT,
            "nothing published to reverse"
        );
        assert!(res.shows(&msg("decisions-error-not-decided")));
        c.post(
            &stage,
            &[("decision", "rejected"), ("reason", "Italian below A2")],
        )
        .await;
        assert_eq!(
            c.post(&publish, CONFIRMED).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(status_of(&app, &s.ma), Status::Rejected);
        assert_eq!(outbox_to(&app, MA_EMAIL).len(), 1);

        let res = agency
            .post(
                &reverse,
                &[("reason", "Appeal upheld"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::FORBIDDEN,
            "those who screen do not reverse"
        );
        let res = other
            .post(
                &reverse,
                &[("reason", "Appeal upheld"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::NOT_FOUND,
            "another programme's coordinator"
        );
        let ask = c.post(&reverse, &[]).await;
        assert_eq!(ask.status, StatusCode::OK);
        assert!(ask.body.contains(r#"data-confirm="reverse-decision""#));
        let res = c
            .post(&reverse, &[("reason", "  "), ("confirmed", "yes")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-reason-required")));
        assert!(res.body.contains(r#"aria-invalid="true""#));
        assert_eq!(
            status_of(&app, &s.ma),
            Status::Rejected,
            "refusals change nothing"
        );
        assert_eq!(outbox_to(&app, MA_EMAIL).len(), 1);

        let res = c
            .post(
                &reverse,
                &[
                    ("reason", "Appeal upheld: A2 certificate"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert!(audited(&app, "candidate.decision.reverse"));
        assert_eq!(status_of(&app, &s.ma), Status::Eligible);
        let mails = outbox_to(&app, MA_EMAIL);
        assert_eq!(mails.len(), 2);
        let told = mails
            .iter()
            .find(|m| m.kind == "candidate.decision.reversed")
            .unwrap();
        assert_eq!(told.locale, "fr");
        assert!(told.body.contains("Appeal upheld: A2 certificate"));
        let page = c.get(&format!("/candidates/{}", s.ma)).await;
        assert!(
            page.body
                .contains(r#"data-flash="flash-decision-reversed""#)
        );
        assert!(page.shows(&msg1(
            "event-decision-reversed",
            "status",
            &msg("status-rejected")
        )));
        assert!(
            page.body.contains("Appeal upheld: A2 certificate"),
            "the reason is on the timeline"
        );
    })
    .await;
}

#[tokio::test]
async fn a_shortlist_over_the_places_is_warned_of_before_publishing() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let d = app.db.db();
        // 40 already shortlisted + Trabelsi and Alaoui staged: 42 for 41 places.
        for i in 0..40 {
            fixtures::candidate(d, &s.call, &format!("Placed{i}"), "TN", Status::Shortlisted);
        }
        let mut c = coordinator(&app).await;
        for id in [&s.tn, &s.ma] {
            let res = c
                .post(
                    &format!("/candidates/{id}/decision"),
                    &[("decision", "shortlisted")],
                )
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER);
        }
        let warning = msg_nums(
            "decisions-warning-over-places",
            &[("shortlist", 42), ("places", 41)],
        );
        let preview = c.get(&format!("/calls/{}/decisions", s.call)).await;
        assert!(preview.shows(&warning), "{}", preview.body);
        let ask = c
            .post(&format!("/calls/{}/decisions/publish", s.call), &[])
            .await;
        assert!(ask.shows(&warning), "the confirmation says it again");
        // Withdrawn down to the places: no warning.
        c.post(&format!("/candidates/{}/decision/withdraw", s.ma), &[])
            .await;
        let preview = c.get(&format!("/calls/{}/decisions", s.call)).await;
        assert!(!preview.body.contains("data-warning=\"over-places\"") && !preview.shows(&warning));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_publishes_at_once_publish_and_send_once() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let c = coordinator(&app).await;
        let mut first = c.via(&app.router);
        for (id, d) in [(&s.tn, "shortlisted"), (&s.ma, "waiting_list")] {
            let res = first
                .post(&format!("/candidates/{id}/decision"), &[("decision", d)])
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER);
        }
        let second = app.second_server();
        let publish = format!("/calls/{}/decisions/publish", s.call);
        let tasks: Vec<_> = (0..4)
            .map(|i| {
                let mut client = if i % 2 == 0 {
                    c.via(&app.router)
                } else {
                    c.via(&second)
                };
                let at = publish.clone();
                tokio::spawn(async move { client.post(&at, CONFIRMED).await.status })
            })
            .collect();
        let mut answers = Vec::new();
        for t in tasks {
            answers.push(t.await.unwrap());
        }
        let count = |code: StatusCode| answers.iter().filter(|a| **a == code).count();
        assert_eq!(count(StatusCode::SEE_OTHER), 1, "{answers:?}");
        assert_eq!(count(StatusCode::CONFLICT), 3, "{answers:?}");
        assert_eq!(outbox_to(&app, TN_EMAIL).len(), 1);
        assert_eq!(outbox_to(&app, MA_EMAIL).len(), 1);
        assert_eq!(status_of(&app, &s.ma), Status::WaitingList);
    })
    .await;
}

#[tokio::test]
async fn staged_decisions_wait_in_the_publishers_inbox() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut c = coordinator(&app).await;
        c.post(
            &format!("/candidates/{}/decision", s.tn),
            &[("decision", "shortlisted")],
        )
        .await;
        let actor = |email: &str| {
            let mut conn = app.db.db().conn().unwrap();
            let email = domain::Email::parse(email).unwrap();
            let user = db::users::find_by_email_unscoped(&mut conn, &email)
                .unwrap()
                .unwrap();
            db::memberships::load_actor(&mut conn, &user.id)
                .unwrap()
                .unwrap()
        };
        let today = chrono::Utc::now().date_naive();
        let tasks = |email: &str| {
            let mut conn = app.db.db().conn().unwrap();
            app::tasks::find(&mut conn, &actor(email), today)
                .unwrap()
                .into_iter()
                .filter(|t| t.kind.id == "publish-decisions")
                .collect::<Vec<_>>()
        };
        let mine = tasks(COORDINATOR);
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].count, 1);
        assert_eq!(mine[0].href, format!("/calls/{}/decisions", s.call));
        assert_eq!(mine[0].about.as_deref(), Some("MENTOR II call"));
        assert!(
            tasks(AGENCY_TN).is_empty(),
            "those who stage do not publish"
        );
        assert!(
            tasks(OTHER_COORDINATOR).is_empty(),
            "another programme's call"
        );
        c.post(&format!("/calls/{}/decisions/publish", s.call), CONFIRMED)
            .await;
        assert!(
            tasks(COORDINATOR).is_empty(),
            "it leaves the inbox once done"
        );
    })
    .await;
}

#[tokio::test]
async fn a_staged_shortlist_is_matched_on_but_proposed_only_once_published() {
    on_each_backend(|app| async move {
        // Three published shortlists and three places; a fourth candidate, eligible, is
        // shortlisted by staging only, and company A offers a fourth place.
        let s = crate::matching::setup(&app);
        let d = app.db.db();
        let staged = fixtures::candidate(d, &s.call, "Staged", "MA", Status::Eligible);
        let (p1, a) = (app.seed.p1.clone(), app.seed.company_a.clone());
        let extra = d
            .write_blocking(&db::Origin::system(), |tx| {
                let extra = crate::matching::position("Developer A2", "1");
                let id = db::positions::create(tx, &p1, &a, &extra)?;
                db::positions::set_status(tx, &id, domain::position::PositionStatus::Open, "")?;
                Ok(id)
            })
            .unwrap();
        let mut c = coordinator(&app).await;
        let res = c
            .post(
                &format!("/candidates/{staged}/decision"),
                &[("decision", "shortlisted")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        // The staged candidate is locked to the fourth place, so the run surely holds them.
        let back = format!("/calls/{}/matching", s.call);
        let res = c
            .post(
                &format!("/calls/{}/matching/constraints", s.call),
                &[
                    ("candidate", staged.as_str()),
                    ("position", extra.as_str()),
                    ("kind", "lock"),
                    ("back", back.as_str()),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = c
            .post(
                &format!("/calls/{}/matching/runs", s.call),
                &[("method", "optimal")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let run = res.location().unwrap().to_owned();
        let page = c.get(&run).await;
        assert!(
            page.part("Staged", "</tr>").contains("data-locked"),
            "matched on while staged"
        );

        let asked = c.post(&format!("{run}/approve"), &[]).await;
        assert_eq!(asked.status, StatusCode::OK, "proposing is confirmed first");
        assert!(asked.body.contains(r#"data-confirm="approve-run""#));
        let refused = c.post(&format!("{run}/approve"), CONFIRMED).await;
        assert_eq!(refused.status, StatusCode::CONFLICT);
        assert!(refused.shows(&msg("error-shortlist-unpublished")));
        let mut conn = d.conn().unwrap();
        assert!(
            db::matching::active_placements(&mut conn, &s.call)
                .unwrap_or_default()
                .is_empty(),
            "no company hears of anyone"
        );
        drop(conn);

        let res = c
            .post(&format!("/calls/{}/decisions/publish", s.call), CONFIRMED)
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(status_of(&app, &staged), Status::Shortlisted);
        let res = c.post(&format!("{run}/approve"), CONFIRMED).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    })
    .await;
}
