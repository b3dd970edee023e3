//! How applications are shown: status names, eligibility reasons, the timeline — shared by
//! the candidate's own pages and the staff pages.

use domain::eligibility::{Outcome, Rules};

use i18n::{FluentArg, Tr};

pub fn status_label(tr: &Tr, status: &str) -> String {
    tr.t(&format!("status-{}", status.replace('_', "-")))
}

pub fn country_name(tr: &Tr, code: &str) -> String {
    if code.is_empty() {
        return "—".to_owned();
    }
    let key = format!("country-{}", code.to_lowercase());
    let name = tr.t(&key);
    if name == key { code.to_owned() } else { name }
}

pub fn language_name(tr: &Tr, code: &str) -> String {
    tr.t(&format!("language-{code}"))
}

pub struct OutcomeLine {
    pub passed: bool,
    pub text: String,
}

/// One sentence per rule, in the reader's language.
pub fn outcome_lines(tr: &Tr, outcomes: &[Outcome]) -> Vec<OutcomeLine> {
    outcomes
        .iter()
        .map(|o| {
            let args: Vec<(&str, FluentArg)> = o
                .args
                .iter()
                .map(|(k, v)| {
                    let v = match k.as_str() {
                        "language" => language_name(tr, v),
                        "date" => chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
                            .map_or_else(|_| v.clone(), |d| tr.date(&d)),
                        "country" => country_name(tr, v),
                        "countries" => v
                            .split(", ")
                            .map(|c| country_name(tr, c))
                            .collect::<Vec<_>>()
                            .join(", "),
                        _ => v.clone(),
                    };
                    (k.as_str(), FluentArg::Str(v))
                })
                .collect();
            OutcomeLine {
                passed: o.passed,
                text: tr.t_with(&o.key, &args),
            }
        })
        .collect()
}

/// The rules of a call in words, for the public page.
pub fn rule_lines(tr: &Tr, rules: &Rules) -> Vec<String> {
    let s = |v: String| FluentArg::Str(v);
    let mut out = Vec::new();
    if let Some(a) = &rules.age {
        out.push(tr.t_with(
            "rule-age",
            &[
                ("min", s(a.min.to_string())),
                ("max", s(a.max.to_string())),
                ("date", s(tr.date(&a.on))),
            ],
        ));
    }
    if !rules.residence_countries.is_empty() {
        let names: Vec<String> = rules
            .residence_countries
            .iter()
            .map(|c| country_name(tr, c.as_str()))
            .collect();
        out.push(tr.t1("rule-residence", "countries", &names.join(", ")));
    }
    if let Some(m) = rules.qualification_within_months {
        out.push(tr.t1("rule-qualification", "months", &m.to_string()));
    }
    if let Some(l) = &rules.language {
        out.push(tr.t_with(
            "rule-language",
            &[
                ("language", s(language_name(tr, &l.language))),
                ("min", s(l.min.as_str().to_owned())),
            ],
        ));
    }
    if let Some(m) = rules.min_isced {
        out.push(tr.t1("rule-education", "min", &m.to_string()));
    }
    out
}

pub struct TimelineLine {
    pub when: String,
    pub text: String,
    pub note: Option<String>,
    /// A note written by staff, hidden for blind review.
    pub note_hidden: bool,
}

/// Timeline events that only staff see (an assessor's scores, an interview's result).
pub fn staff_only(kind: &str) -> bool {
    // A staged decision is not the candidate's to see until it is published (then it is a
    // `status` event like any other).
    matches!(
        kind,
        "score" | "interview-result" | "decision-staged" | "decision-withdrawn"
    )
}

/// The timeline of an application. `identity` is whether the reader sees candidates'
/// names: if not (blind review), the notes staff wrote (a decision's reason, an override's
/// justification) are hidden, as they may name the candidate; labels of our own (a
/// document's kind, an interview's time) still show.
pub fn timeline(tr: &Tr, events: &[db::candidates::Event], identity: bool) -> Vec<TimelineLine> {
    events
        .iter()
        .map(|e| {
            // An interview's event carries its time, shown in the reader's language.
            if e.kind == "interview" {
                let when = e
                    .note
                    .as_deref()
                    .and_then(|n| chrono::NaiveDateTime::parse_from_str(n, "%Y-%m-%dT%H:%M").ok())
                    .map_or_else(String::new, |t| tr.date_time(&t));
                return TimelineLine {
                    when: tr.date_time(&e.at),
                    text: tr.t1("event-interview", "when", &when),
                    note: None,
                    note_hidden: false,
                };
            }
            let text = match (e.kind.as_str(), &e.to_status) {
                ("status", Some(to)) => tr.t1("event-status", "status", &status_label(tr, to)),
                ("created", Some(to)) if to != "draft" => {
                    tr.t1("event-entered", "status", &status_label(tr, to))
                }
                ("created", _) => tr.t("event-created"),
                ("submitted", _) => tr.t("event-submitted"),
                ("override", _) => tr.t("event-override"),
                ("score", _) => tr.t("event-score"),
                ("interview-result", _) => tr.t("event-interview-result"),
                ("document_added", _) => tr.t("event-document-added"),
                ("document_deleted", _) => tr.t("event-document-deleted"),
                ("merged_from", _) => tr.t("event-merged-from"),
                ("merged_into", _) => tr.t("event-merged-into"),
                ("duplicate_dismissed", _) => tr.t("event-duplicate-dismissed"),
                ("imported", _) => tr.t("lists-event-imported"),
                ("decision-staged", Some(to)) => {
                    tr.t1("event-decision-staged", "status", &status_label(tr, to))
                }
                ("decision-withdrawn", _) => tr.t("event-decision-withdrawn"),
                ("decision-reversed", _) => tr.t1(
                    "event-decision-reversed",
                    "status",
                    &status_label(tr, e.from_status.as_deref().unwrap_or("")),
                ),
                _ => e.kind.clone(),
            };
            let (note, note_hidden) = match e.kind.as_str() {
                // Document events carry the kind; shown in words.
                "document_added" | "document_deleted" => (
                    e.note
                        .as_deref()
                        .and_then(|k| domain::document::Kind::parse(k).ok())
                        .map(|k| tr.t(&k.message_key())),
                    false,
                ),
                _ if !identity => (None, e.note.is_some()),
                _ => (e.note.clone(), false),
            };
            TimelineLine {
                when: tr.date_time(&e.at),
                text,
                note,
                note_hidden,
            }
        })
        .collect()
}

/// Italian level shown from its stored rank (0 = none).
pub fn italian_label(rank: i64) -> &'static str {
    domain::cefr::Cefr::ALL
        .into_iter()
        .find(|c| c.rank() == rank)
        .map_or("—", |c| c.as_str())
}
