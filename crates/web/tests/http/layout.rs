//! Layout on a phone and in Arabic (issue 12, item 2), as far as markup can show it: each
//! input has its label beside it, wide tables scroll inside a named, focusable box of their
//! own, and left-to-right values (phone, e-mail, dates, the phone example) are isolated in
//! right-to-left pages while their labels keep the page's direction. The widths themselves
//! are measured in the browser (e2e/phone.test.mjs).

use std::collections::HashMap;

use axum::http::StatusCode;
use domain::candidate::Status;
use testkit::fixtures;

use crate::support::*;

/// An element of a parsed page: its tag, attributes, text and parent.
struct El {
    tag: String,
    attrs: HashMap<String, String>,
    text: String,
    parent: Option<usize>,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
}

/// Every element of `html`, in document order.
fn elements(html: &str) -> Vec<El> {
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{Handle, NodeData, RcDom};

    fn text_of(h: &Handle) -> String {
        let mut out = String::new();
        for c in h.children.borrow().iter() {
            match &c.data {
                NodeData::Text { contents } => out.push_str(&contents.borrow()),
                NodeData::Element { .. } => out.push_str(&text_of(c)),
                _ => {}
            }
        }
        out
    }
    fn walk(h: &Handle, parent: Option<usize>, out: &mut Vec<El>) {
        let mut me = parent;
        if let NodeData::Element { name, attrs, .. } = &h.data {
            out.push(El {
                tag: name.local.to_string(),
                attrs: attrs
                    .borrow()
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect(),
                text: text_of(h),
                parent,
            });
            me = Some(out.len() - 1);
        }
        for c in h.children.borrow().iter() {
            walk(c, me, out);
        }
    }
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut out = Vec::new();
    walk(&dom.document, None, &mut out);
    out
}

/// The indexes of `i`'s ancestors, nearest first.
fn ancestors(els: &[El], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = els[i].parent;
    while let Some(p) = at {
        out.push(p);
        at = els[p].parent;
    }
    out
}

fn by_id<'a>(els: &'a [El], id: &str) -> (usize, &'a El) {
    els.iter()
        .enumerate()
        .find(|(_, e)| e.attr("id") == Some(id))
        .unwrap_or_else(|| panic!("no element #{id}"))
}

/// The labels pointing at `id` with `for`.
fn labels_for<'a>(els: &'a [El], id: &str) -> Vec<(usize, &'a El)> {
    els.iter()
        .enumerate()
        .filter(|(_, e)| e.tag == "label" && e.attr("for") == Some(id))
        .collect()
}

/// Whether `i` is read left to right: itself or an ancestor says `dir="ltr"`, before any
/// ancestor says another direction.
fn isolated_ltr(els: &[El], i: usize) -> bool {
    std::iter::once(i)
        .chain(ancestors(els, i))
        .find_map(|a| els[a].attr("dir"))
        == Some("ltr")
}

/// A new application of the signed-in participant, at its identity step; the step's
/// address. (Signed in already, so the same however a new account is opened.)
async fn identity_step(app: &TestApp, c: &mut Client) -> String {
    let call = fixtures::call(app.db.db(), &app.seed.p1, "Layout call");
    let res = c.post(&format!("/open-calls/{call}/apply"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let next = res.location().unwrap_or_default().to_owned();
    assert!(next.ends_with("/identity"), "{next}");
    next
}

#[tokio::test]
async fn the_identity_step_keeps_phone_email_and_passport_left_to_right_beside_their_labels() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(PARTICIPANT).await;
        let step = identity_step(&app, &mut c).await;
        let page = c.get(&format!("{step}?lang=ar")).await;
        assert_eq!(page.status, StatusCode::OK);
        let els = elements(&page.body);
        assert_eq!(els[0].attr("dir"), Some("rtl"), "the page is right to left");

        for (id, kind) in [
            ("phone", Some("tel")),
            ("whatsapp", Some("tel")),
            ("email", Some("email")),
            ("passport_number", None),
        ] {
            let (_, input) = by_id(&els, id);
            assert_eq!(input.attr("type"), kind.or(input.attr("type")), "#{id}");
            assert_eq!(
                input.attr("dir"),
                Some("ltr"),
                "#{id} is typed left to right"
            );
            let labels = labels_for(&els, id);
            assert_eq!(labels.len(), 1, "#{id} has one label of its own");
            // The label is text of the page: it keeps the page's direction.
            assert!(
                !isolated_ltr(&els, labels[0].0),
                "the label of #{id} stays right to left"
            );
        }

        // The phone example inside the Arabic hint is isolated left to right (LRI … PDI), so
        // `+216 20 123 456` is not shown reversed. (The test client drops the invisible
        // marks from pages, so the message is read from the catalogue.)
        let hint = translator(domain::Locale::Ar).t("hint-phone");
        assert!(
            hint.contains("\u{2066}+216 20 123 456\u{2069}"),
            "the example is isolated: {hint:?}"
        );
        assert_eq!(by_id(&els, "phone-hint").1.text, without_isolation(hint));
    })
    .await;
}

#[tokio::test]
async fn each_quota_input_is_labelled_with_its_country_or_city_and_sits_with_its_label() {
    on_each_backend(|app| async move {
        let s = crate::matching::setup(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let page = c.get(&format!("/calls/{}/matching", s.call)).await;
        assert_eq!(page.status, StatusCode::OK);
        let els = elements(&page.body);

        let quotas: Vec<(usize, &El)> = els
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.tag == "input"
                    && e.attr("name").is_some_and(|n| {
                        ["country_", "countrymin_", "city_", "citymin_"]
                            .iter()
                            .any(|p| n.starts_with(p))
                    })
            })
            .collect();
        // TN and MA, Milano: a maximum and a minimum each.
        assert_eq!(quotas.len(), 6, "{}", page.body);
        for (i, input) in quotas {
            let name = input.attr("name").unwrap_or_default();
            let place = name.split_once('_').map(|(_, p)| p).unwrap_or_default();
            let id = input.attr("id").unwrap_or_default();
            assert_eq!(
                input.attr("dir"),
                Some("ltr"),
                "{name}: digits left to right"
            );
            let labels = labels_for(&els, id);
            assert_eq!(labels.len(), 1, "{name} has one label");
            let (l, label) = labels[0];
            // A country by its name in the reader's language, a city as it is written.
            let named = if place.len() == 2 {
                msg(&format!("country-{}", place.to_lowercase()))
            } else {
                place.to_owned()
            };
            assert!(
                label.text.contains(&named),
                "{name}: the label names {named}: {:?}",
                label.text
            );
            // The label and its input share a box of their own (`.field`), so they cannot
            // drift apart when the line wraps; the box sits in the place's own fieldset.
            let field = els[i].parent.unwrap();
            assert_eq!(els[field].attr("class"), Some("field"), "{name}");
            assert_eq!(
                els[l].parent,
                Some(field),
                "{name}: label and input together"
            );
            let group = els[field].parent.unwrap();
            assert_eq!(els[group].tag, "fieldset", "{name}");
            assert_eq!(
                els[group].attr("data-quota").map(|q| q.ends_with(place)),
                Some(true)
            );
            let legend = els
                .iter()
                .find(|e| e.tag == "legend" && e.parent == Some(group))
                .unwrap();
            assert_eq!(
                legend.text, named,
                "{name}: the group is named after its place"
            );
        }
        // The weights too: each input with its label in one box.
        let (w, _) = by_id(&els, "w_language");
        let field = els[w].parent.unwrap();
        assert_eq!(els[field].attr("class"), Some("field"));
        assert_eq!(labels_for(&els, "w_language")[0].1.parent, Some(field));
    })
    .await;
}

#[tokio::test]
async fn each_candidate_filter_sits_with_its_label_and_wide_tables_scroll_in_a_named_box() {
    on_each_backend(|app| async move {
        let call = fixtures::call(app.db.db(), &app.seed.p1, "Filter call");
        fixtures::candidate(app.db.db(), &call, "Ben Salah", "TN", Status::Submitted);
        let mut c = app.signed_in(COORDINATOR).await;
        let page = c.get("/candidates?language=it&level=B1").await;
        assert_eq!(page.status, StatusCode::OK);
        let els = elements(&page.body);

        let (form, _) = els
            .iter()
            .enumerate()
            .find(|(_, e)| e.tag == "form" && e.attr("role") == Some("search"))
            .unwrap();
        let controls: Vec<usize> = (0..els.len())
            .filter(|&i| {
                matches!(els[i].tag.as_str(), "input" | "select")
                    && els[i].attr("type") != Some("hidden")
                    && ancestors(&els, i).contains(&form)
            })
            .collect();
        assert!(controls.len() >= 9, "the filters: {}", controls.len());
        for i in controls {
            let id = els[i].attr("id").unwrap_or_default();
            let labels = labels_for(&els, id);
            assert_eq!(labels.len(), 1, "#{id} has one label");
            let field = els[i].parent.unwrap();
            assert_eq!(els[field].attr("class"), Some("field"), "#{id}");
            assert_eq!(
                labels[0].1.parent,
                Some(field),
                "#{id}: label and control together"
            );
        }

        // Every table of the list and of the calls scrolls inside its own box, which a
        // keyboard can reach and a screen reader can name.
        let list = c.get("/candidates").await;
        let calls = c.get("/calls").await;
        assert_eq!(calls.status, StatusCode::OK);
        for body in [&list.body, &calls.body] {
            let els = elements(body);
            let tables: Vec<usize> = (0..els.len()).filter(|&i| els[i].tag == "table").collect();
            assert!(!tables.is_empty());
            for t in tables {
                let boxed = els[t].parent.map(|p| &els[p]).unwrap();
                assert_eq!(boxed.attr("class"), Some("table-scroll"));
                assert_eq!(boxed.attr("role"), Some("region"));
                assert_eq!(boxed.attr("tabindex"), Some("0"));
                assert!(
                    boxed
                        .attr("aria-label")
                        .is_some_and(|l| !l.trim().is_empty())
                );
            }
        }
    })
    .await;
}

#[tokio::test]
async fn a_candidates_dates_email_and_phone_are_isolated_in_an_arabic_page() {
    on_each_backend(|app| async move {
        let call = fixtures::call(app.db.db(), &app.seed.p1, "Isolation call");
        let id = fixtures::candidate(app.db.db(), &call, "Trabelsi", "TN", Status::Submitted);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("ar".into());
        let page = c.get(&format!("/candidates/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let els = elements(&page.body);
        assert_eq!(els[0].attr("dir"), Some("rtl"));

        // The values, each in a left-to-right isolate; their terms (dt) right to left.
        let shown = |value: &str| {
            let (i, _) = els
                .iter()
                .enumerate()
                .rfind(|(_, e)| e.text == value)
                .unwrap_or_else(|| panic!("{value} shown"));
            assert_eq!(els[i].tag, "bdi", "{value} is isolated");
            let dd = els[i].parent.unwrap();
            assert_eq!(els[dd].tag, "dd");
            assert_eq!(
                els[dd].attr("dir"),
                None,
                "{value}: the cell keeps the page's side"
            );
            i
        };
        for value in ["trabelsi@example.org", "+21620000000"] {
            assert!(
                isolated_ltr(&els, shown(value)),
                "{value} is read left to right"
            );
        }
        // A date written with the Arabic month is isolated too, but read right to left.
        let born = translator(domain::Locale::Ar)
            .date(&chrono::NaiveDate::from_ymd_opt(1997, 5, 4).unwrap());
        assert!(
            !isolated_ltr(&els, shown(&born)),
            "{born} keeps its own direction"
        );
        // The timeline's times.
        let times: Vec<usize> = (0..els.len()).filter(|&i| els[i].tag == "time").collect();
        assert!(!times.is_empty());
        assert!(times.iter().all(|&i| isolated_ltr(&els, i)));
    })
    .await;
}

#[tokio::test]
async fn each_criterion_and_ranking_input_names_the_row_it_belongs_to() {
    on_each_backend(|app| async move {
        let call = fixtures::call(app.db.db(), &app.seed.p1, "Criteria call");
        let id = fixtures::candidate(app.db.db(), &call, "Trabelsi", "TN", Status::Eligible);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let path = format!("/calls/{call}/criteria");
        for name in ["Motivation", "Italian"] {
            let fields = [("name", name), ("weight", "50"), ("max_score", "10")];
            assert_eq!(c.post(&path, &fields).await.status, StatusCode::SEE_OTHER);
        }
        let page = c.get(&path).await;
        let els = elements(&page.body);
        for (field, key) in [
            ("weight", "layout-weight-of"),
            ("max_score", "layout-max-score-of"),
        ] {
            let names: Vec<&str> = els
                .iter()
                .filter(|e| e.tag == "input" && e.attr("name") == Some(field))
                .filter_map(|e| e.attr("aria-label"))
                .collect();
            let expected: Vec<String> = ["Motivation", "Italian"]
                .iter()
                .map(|n| msg1(key, "criterion", n))
                .collect();
            assert_eq!(names, expected, "{field}: each input names its criterion");
            let inputs = els
                .iter()
                .filter(|e| e.tag == "input" && e.attr("name") == Some(field));
            assert!(
                inputs.into_iter().all(|e| e.attr("dir") == Some("ltr")),
                "{field}: digits"
            );
        }

        // On the ranking, the reason typed with a decision names the candidate of its row.
        let mut conn = app.db.db().conn().unwrap();
        let scores: Vec<(String, String)> = db::selection::criteria(&mut conn, &call)
            .unwrap()
            .into_iter()
            .map(|k| (format!("score-{}", k.id), "5".to_owned()))
            .collect();
        let fields: Vec<(&str, &str)> = scores
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let res = c.post(&format!("/candidates/{id}/scores"), &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let ranking = c.get(&format!("/calls/{call}/ranking")).await;
        assert_eq!(ranking.status, StatusCode::OK);
        let els = elements(&ranking.body);
        let reasons: Vec<usize> = (0..els.len())
            .filter(|&i| els[i].tag == "input" && els[i].attr("name") == Some("reason"))
            .collect();
        assert!(!reasons.is_empty(), "{}", ranking.body);
        for i in reasons {
            let labels = labels_for(&els, els[i].attr("id").unwrap_or_default());
            assert_eq!(labels.len(), 1);
            assert!(
                labels[0]
                    .1
                    .text
                    .starts_with(&msg1("layout-reason-for", "name", ""))
            );
            assert!(
                labels[0].1.text.contains("Trabelsi"),
                "{}",
                labels[0].1.text
            );
        }
    })
    .await;
}
