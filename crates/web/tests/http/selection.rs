//! Selection through the router: criteria per call, each assessor's own scores and the
//! weighted total, interviews, the ranking (scoped, names hidden from evaluators), and the
//! decision that puts the candidate's message in the outbox in their language.

use axum::http::StatusCode;
use domain::candidate::Status;
use domain::{Country, Locale, Role};
use testkit::fixtures;

use crate::support::msg1;
use crate::support::translator;
use crate::support::{
    ADMIN, AGENCY_TN, COMPANY, COORDINATOR, EVALUATOR, PARTICIPANT, TestApp, on_each_backend,
};

const CANDIDATE: &str = "amina@example.tn";

pub(crate) struct Setup {
    pub call: String,
    /// Criteria ids: motivation (30, /10), italian (30, /10), studies (20, /5), experience (20, /5).
    pub criteria: Vec<String>,
    pub tn: String,
    pub ma: String,
}

fn tr(l: Locale, key: &str) -> String {
    translator(l).t(key)
}

fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// A message as it appears in HTML (apostrophes escaped).
fn html(l: Locale, key: &str) -> String {
    tr(l, key).replace('\'', "&#39;")
}

/// A call in p1 with ANETI (Tunisia) and an officer, CeSPI with an evaluator, a Tunisian
/// candidate with an account in Arabic and a Moroccan one without account, both eligible.
pub(crate) async fn setup(app: &TestApp) -> Setup {
    app.agencies_and_evaluator(&[Country::TN]);
    let d = app.db.db();
    let call = fixtures::call(d, &app.seed.p1, "MENTOR II call");
    let account =
        fixtures::user_speaking(d, CANDIDATE, &app.seed.lead, Role::Participant, Locale::Ar);
    let tn = fixtures::candidate_of(d, &call, "Trabelsi", "TN", Status::Eligible, Some(&account));
    let ma = fixtures::candidate(d, &call, "Alaoui", "MA", Status::Eligible);

    let mut c = app.signed_in(COORDINATOR).await;
    c.accept_language = Some("en".into());
    let path = format!("/calls/{call}/criteria");
    for (name, weight, max) in [
        ("Motivation", "30", "10"),
        ("Italian", "30", "10"),
        ("Relevant studies", "20", "5"),
        ("Experience", "20", "5"),
    ] {
        let res = c
            .post(
                &path,
                &[("name", name), ("weight", weight), ("max_score", max)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let mut conn = d.conn().unwrap();
    let criteria = db::selection::criteria(&mut conn, &call)
        .unwrap_or_default()
        .into_iter()
        .map(|k| k.id)
        .collect();
    Setup {
        call,
        criteria,
        tn,
        ma,
    }
}

fn scores<'a>(s: &'a Setup, values: [&'a str; 4]) -> Vec<(String, String)> {
    s.criteria
        .iter()
        .zip(values)
        .map(|(id, v)| (format!("score-{id}"), v.to_owned()))
        .collect()
}

async fn post_scores(
    client: &mut crate::support::Client,
    candidate: &str,
    fields: &[(String, String)],
) -> crate::support::Resp {
    let f: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    client
        .post(&format!("/candidates/{candidate}/scores"), &f)
        .await
}

fn outbox_to(app: &TestApp, email: &str) -> Vec<db::outbox::Mail> {
    let mut conn = app.db.db().conn().unwrap();
    db::outbox::to_recipient(&mut conn, email).unwrap_or_default()
}

#[tokio::test]
async fn criteria_are_set_per_call_by_those_who_manage_calls() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let path = format!("/calls/{}/criteria", s.call);
        let page = c.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Relevant studies"));
        // Shares of the total: 30 of 100.
        assert!(page.body.contains("30.0 %"), "{}", page.body);

        let before = app.audit_count();
        let res = c
            .post(
                &path,
                &[("name", "Languages"), ("weight", "0"), ("max_score", "10")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::En, "error-criterion-weight")));
        assert!(
            res.body.contains("value=\"Languages\""),
            "typed values are kept"
        );
        let res = c
            .post(
                &path,
                &[
                    ("name", "Motivation"),
                    ("weight", "10"),
                    ("max_score", "10"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::En, "error-criterion-taken")));
        assert_eq!(app.audit_count(), before, "nothing written");

        // A scored criterion cannot be removed; an unscored one can.
        let mut agency = app.signed_in(AGENCY_TN).await;
        let res = post_scores(&mut agency, &s.tn, &scores(&s, ["8", "", "", ""])).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let scored = format!("{path}/{}", s.criteria[0]);
        let res = c.post(&scored, &[("action", "remove")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::En, "error-criterion-scored")));
        let res = c
            .post(
                &scored,
                &[
                    ("action", "save"),
                    ("name", "Motivation"),
                    ("weight", "40"),
                    ("max_score", "10"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = c
            .post(
                &format!("{path}/{}", s.criteria[3]),
                &[("action", "remove")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = c.get(&path).await;
        assert!(!page.body.contains("Experience"));
        assert!(page.body.contains("value=\"40\""));

        // Agencies, evaluators and companies do not set criteria; another programme's
        // coordinator does not reach the call.
        assert_eq!(agency.get(&path).await.status, StatusCode::FORBIDDEN);
        let mut evaluator = app.signed_in(EVALUATOR).await;
        assert_eq!(evaluator.get(&path).await.status, StatusCode::FORBIDDEN);
        let mut other = app.signed_in(crate::support::OTHER_COORDINATOR).await;
        assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn each_assessor_keeps_their_own_scores_and_the_page_shows_the_weighted_mean() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let page_of = |id: &str| format!("/candidates/{id}");

        let mut agency = app.signed_in(AGENCY_TN).await;
        agency.accept_language = Some("en".into());
        // 8/10×30 + 6/10×30 + 5/5×20 + 3/5×20 = 24 + 18 + 20 + 12 = 74
        let res = post_scores(&mut agency, &s.tn, &scores(&s, ["8", "6", "5", "3"])).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = agency.get(&page_of(&s.tn)).await;
        assert!(page.body.contains("data-weighted-total>74.0<"), "{}", page.body);
        assert!(page.body.contains(&plain(translator(Locale::En).tn("selection-assessors", "count", 1))));

        let mut evaluator = app.signed_in(EVALUATOR).await;
        evaluator.accept_language = Some("en".into());
        let page = evaluator.get(&page_of(&s.tn)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("id=\"my-scores\""), "evaluators score");
        assert!(!page.body.contains("Trabelsi"), "evaluators see no names");
        // Their own form starts empty: the agency's scores are not theirs.
        assert!(page.body.contains(&format!("name=\"score-{}\" type=\"number\" min=\"0\" max=\"10\" step=\"1\" inputmode=\"numeric\" dir=\"ltr\" value=\"\"", s.criteria[0])));
        // Means: motivation (8+6)/2=7 → 21, italian (6+8)/2=7 → 21, studies 4.5/5 → 18,
        // experience 3/5 → 12: 72.0
        let mut fields = scores(&s, ["6", "8", "4", "3"]);
        fields.push((format!("note-{}", s.criteria[0]), "Clear plan for after return".into()));
        let res = post_scores(&mut evaluator, &s.tn, &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = evaluator.get(&page_of(&s.tn)).await;
        assert!(page.body.contains("data-weighted-total>72.0<"), "{}", page.body);
        assert!(page.body.contains("Clear plan for after return"));
        assert!(page.body.contains(&tr(Locale::En, "event-score")), "on the timeline");

        // The agency revises its own score; the evaluator's stay.
        let res = post_scores(&mut agency, &s.tn, &scores(&s, ["10", "6", "5", "3"])).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = evaluator.get(&page_of(&s.tn)).await;
        // motivation (10+6)/2 = 8 → 24: 75.0
        assert!(page.body.contains("data-weighted-total>75.0<"), "{}", page.body);

        // Out of range: refused with the reason, nothing written.
        let before = app.audit_count();
        let res = post_scores(&mut agency, &s.tn, &scores(&s, ["11", "6", "5", "3"])).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&html(Locale::En, "error-score-range")));
        assert_eq!(app.audit_count(), before);

        // A Moroccan application is out of the Tunisian agency's reach.
        let res = post_scores(&mut agency, &s.ma, &scores(&s, ["1", "1", "1", "1"])).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        // A submitted application, not yet screened, is not scored.
        let sent = fixtures::candidate(app.db.db(), &s.call, "Ben Salah", "TN", Status::Submitted);
        let res = post_scores(&mut agency, &sent, &scores(&s, ["1", "1", "1", "1"])).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::En, "error-not-assessable")));
        // Companies and participants do not score.
        let mut company = app.signed_in(COMPANY).await;
        let res = post_scores(&mut company, &s.tn, &scores(&s, ["1", "1", "1", "1"])).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let mut participant = app.signed_in(PARTICIPANT).await;
        let res = post_scores(&mut participant, &s.tn, &scores(&s, ["1", "1", "1", "1"])).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);

        // The candidate reaching their own application sees no scores or notes.
        let mut own_page = app.signed_in(CANDIDATE).await;
        let page = own_page.get(&page_of(&s.tn)).await;
        assert!(!page.body.contains("Clear plan for after return"));
        assert!(!page.body.contains("data-weighted-total"));

        // The API gives assessors the total; the candidate's own answer has none.
        let mut api = app.client();
        api.bearer = Some(app.token(EVALUATOR));
        let json = api.get(&format!("/api/v1/candidates/{}", s.tn)).await.json();
        assert_eq!(json["selection"]["weighted_total"], 75.0, "{json}");
        assert_eq!(json["selection"]["assessors"], 2);
        assert!(json.get("identity").is_none());
        let mut own = app.client();
        own.bearer = Some(app.token(CANDIDATE));
        let json = own.get(&format!("/api/v1/candidates/{}", s.tn)).await.json();
        assert!(json.get("selection").is_none(), "{json}");
    })
    .await;
}

#[tokio::test]
async fn interviews_ranking_and_decisions_reach_the_candidate_in_their_language() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let mut agency = app.signed_in(AGENCY_TN).await;
        agency.accept_language = Some("en".into());
        post_scores(&mut agency, &s.tn, &scores(&s, ["8", "6", "5", "3"])).await;
        let mut coordinator = app.signed_in(COORDINATOR).await;
        coordinator.accept_language = Some("en".into());
        // 5/10×30 + 5/10×30 + 5/5×20 + 0 = 50
        post_scores(&mut coordinator, &s.ma, &scores(&s, ["5", "5", "5", "0"])).await;
        // A third eligible application nobody has scored yet.
        fixtures::candidate(app.db.db(), &s.call, "Idrissi", "MA", Status::Eligible);

        // Interviews: the panel is required; scheduled ones are on both timelines.
        let path = format!("/candidates/{}/interviews", s.tn);
        let res = agency
            .post(
                &path,
                &[
                    ("date", "2022-04-12"),
                    ("time", "10:30"),
                    ("place", "https://meet.example.org/m2"),
                    ("panel", ""),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr(Locale::En, "error-interview-panel")));
        let res = agency
            .post(
                &path,
                &[
                    ("date", "2022-04-12"),
                    ("time", "10:30"),
                    ("place", "https://meet.example.org/m2"),
                    ("panel", "ANETI officer, Comune di Milano"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = agency.get(&format!("/candidates/{}", s.tn)).await;
        assert!(page.body.contains("href=\"https://meet.example.org/m2\""));
        assert!(
            page.shows(&msg1("event-interview", "when", "12/04/2022 10:30")),
            "{}",
            page.body
        );
        let mut conn = app.db.db().conn().unwrap();
        let tn_row =
            db::candidates::find(&mut conn, &domain::permission::Scope::All, "", &s.tn).unwrap();
        let interview = db::selection::interviews_of(&mut conn, &tn_row)
            .unwrap_or_default()
            .remove(0)
            .id;
        // Evaluators record it; they do not schedule.
        let mut evaluator = app.signed_in(EVALUATOR).await;
        evaluator.accept_language = Some("en".into());
        assert_eq!(
            evaluator
                .post(
                    &path,
                    &[
                        ("date", "2022-04-13"),
                        ("time", "09:00"),
                        ("place", "x"),
                        ("panel", "y")
                    ]
                )
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let res = evaluator
            .post(
                &format!("{path}/{interview}"),
                &[("notes", "Motivated, good Italian"), ("score", "85")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

        // The candidate sees the interview on their page (in Arabic, their language), not
        // the scores.
        let mut candidate = app.signed_in(CANDIDATE).await;
        let own = candidate.get(&format!("/applications/{}", s.tn)).await;
        let scheduled =
            plain(translator(Locale::Ar).t1("event-interview", "when", "12/04/2022 10:30"));
        assert!(own.body.contains(&scheduled), "{}", own.body);
        assert!(!own.body.contains(&tr(Locale::Ar, "event-score")));
        assert!(!own.body.contains("Motivated, good Italian"));

        // The ranking: best first, unscored counted, decisions for those who screen.
        let ranking = format!("/calls/{}/ranking", s.call);
        let page = coordinator.get(&ranking).await;
        assert_eq!(page.status, StatusCode::OK);
        let (first, second) = (
            page.body.find("Trabelsi").unwrap_or(usize::MAX),
            page.body.find("Alaoui").unwrap_or(0),
        );
        assert!(first < second, "74 ranks above 50");
        assert!(page.body.contains("data-weighted-total>74.0"));
        assert!(page.body.contains(">85<"), "the interview score is shown");
        assert!(page.body.contains(&plain(translator(Locale::En).tn(
            "ranking-unassessed",
            "count",
            1
        ))));
        assert!(
            page.body
                .contains("name=\"decision\" value=\"shortlisted\"")
        );
        let page = evaluator.get(&ranking).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("Trabelsi") && !page.body.contains("Alaoui"),
            "no names"
        );
        assert!(
            !page.body.contains("name=\"decision\""),
            "evaluators do not decide"
        );
        let page = agency.get(&ranking).await;
        assert!(
            page.body.contains("Trabelsi") && !page.body.contains("Alaoui"),
            "own country only"
        );
        let mut company = app.signed_in(COMPANY).await;
        assert_eq!(company.get(&ranking).await.status, StatusCode::FORBIDDEN);

        // Shortlisting from the ranking stages the decision and goes back to it; nothing
        // is sent until the call's decisions are published.
        let res = coordinator
            .post(
                &format!("/candidates/{}/decision", s.tn),
                &[("decision", "shortlisted"), ("back", &ranking)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(
            res.location(),
            Some(format!("{ranking}#c-{}", s.tn).as_str())
        );
        assert!(outbox_to(&app, "trabelsi@example.org").is_empty());
        let page = coordinator.get(&ranking).await;
        assert!(page.body.contains("data-staged=\"shortlisted\""));

        // A rejection needs a reason: refused, nothing staged. With it, the message (in
        // French: no account) carries the reason once published.
        let ma_email = "alaoui@example.org";
        let res = coordinator
            .post(
                &format!("/candidates/{}/decision", s.ma),
                &[("decision", "rejected"), ("reason", "")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = coordinator
            .post(
                &format!("/candidates/{}/decision", s.ma),
                &[
                    ("decision", "rejected"),
                    ("reason", "Italian level below the call's A2"),
                    ("back", "https://evil.example/"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(
            res.location(),
            Some(format!("/candidates/{}#decision", s.ma).as_str()),
            "no open redirect"
        );
        assert!(outbox_to(&app, ma_email).is_empty());
        let res = coordinator
            .post(
                &format!("/calls/{}/decisions/publish", s.call),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let mails = outbox_to(&app, "trabelsi@example.org");
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].locale, "ar");
        assert_eq!(mails[0].kind, "candidate.decision");
        assert!(mails[0].subject.contains("MENTOR II call"));
        assert!(
            mails[0].subject.starts_with("ترشحك"),
            "{}",
            mails[0].subject
        );
        assert!(mails[0].sent_at.is_none(), "the worker sends it later");
        let mails = outbox_to(&app, ma_email);
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].locale, "fr");
        assert!(mails[0].body.contains("Italian level below the call's A2"));
        assert!(mails[0].body.contains(&tr(Locale::Fr, "mail-signature")));
        // Screening steps that are not decisions write no message.
        let other = fixtures::candidate(app.db.db(), &s.call, "Mansouri", "TN", Status::Submitted);
        coordinator
            .post(
                &format!("/candidates/{other}/status"),
                &[("status", "eligible")],
            )
            .await;
        assert!(outbox_to(&app, "mansouri@example.org").is_empty());

        // The API tells the decision.
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let json = api
            .get(&format!("/api/v1/candidates/{}", s.tn))
            .await
            .json();
        assert_eq!(json["decision"]["status"], "shortlisted");
        assert_eq!(json["selection"]["interview_score"], 85);

        // Administrators see the outbox without addresses or contents.
        let mut admin = app.signed_in(ADMIN).await;
        let page = admin.get("/outbox").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("candidate.decision"));
        assert!(!page.body.contains(CANDIDATE) && !page.body.contains("Italian level below"));
        assert_eq!(
            coordinator.get("/outbox").await.status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}
