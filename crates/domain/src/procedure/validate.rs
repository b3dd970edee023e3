//! Reading a template file and checking it before any case uses it.

use std::collections::{BTreeSet, VecDeque};

use toml::Spanned;

use super::{CASE_DOCUMENTS, Template};
use crate::Role;
use crate::document::Kind;

/// One mistake in a template file: its line (1-based), a message key, and what it is about
/// (a step, a role, a document kind, or the reader's own words for a syntax error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub line: usize,
    pub key: &'static str,
    pub subject: String,
}

/// Longest template file read (a real one is a few kilobytes).
pub const MAX_BYTES: usize = 256 * 1024;

/// The template in `src`, or every mistake in it, each with its line.
pub fn parse(src: &str) -> Result<Template, Vec<TemplateError>> {
    if src.len() > MAX_BYTES {
        return Err(vec![TemplateError {
            line: 1,
            key: "procedure-error-too-large",
            subject: String::new(),
        }]);
    }
    let t: Template = toml::from_str(src).map_err(|e| {
        vec![TemplateError {
            line: e.span().map_or(1, |s| line_of(src, s.start)),
            key: "procedure-error-syntax",
            subject: e.message().to_owned(),
        }]
    })?;
    let errors = Checker {
        src,
        errors: Vec::new(),
    }
    .check(&t);
    if errors.is_empty() {
        Ok(t)
    } else {
        Err(errors)
    }
}

fn line_of(src: &str, offset: usize) -> usize {
    src.get(..offset.min(src.len()))
        .map_or(1, |before| before.matches('\n').count() + 1)
}

struct Checker<'a> {
    src: &'a str,
    errors: Vec<TemplateError>,
}

impl Checker<'_> {
    fn at(&mut self, s: &Spanned<String>, key: &'static str) {
        let line = line_of(self.src, s.span().start);
        self.errors.push(TemplateError {
            line,
            key,
            subject: s.get_ref().clone(),
        });
    }

    fn check(mut self, t: &Template) -> Vec<TemplateError> {
        if *t.version.get_ref() < 1 {
            let line = line_of(self.src, t.version.span().start);
            self.errors.push(TemplateError {
                line,
                key: "procedure-error-version",
                subject: t.version.get_ref().to_string(),
            });
        }
        let mut ids = BTreeSet::new();
        for s in &t.steps {
            if !ids.insert(s.id.get_ref().as_str()) {
                self.at(&s.id, "procedure-error-duplicate-step");
            }
            if let Some(actor) = &s.actor {
                self.role(actor);
            }
            for d in &s.documents {
                let known = CASE_DOCUMENTS.contains(&d.get_ref().as_str())
                    || Kind::parse(d.get_ref()).is_ok();
                if !known {
                    self.at(d, "procedure-error-unknown-document");
                }
            }
        }
        let known = |s: &Spanned<String>| ids.contains(s.get_ref().as_str());
        if !known(&t.start) {
            self.at(&t.start, "procedure-error-unknown-step");
        }
        for tr in &t.transitions {
            for end in [&tr.from, &tr.to] {
                if !known(end) {
                    self.at(end, "procedure-error-unknown-step");
                }
            }
            if tr.roles.is_empty() {
                self.at(&tr.from, "procedure-error-no-roles");
            }
            for r in &tr.roles {
                self.role(r);
            }
        }
        for d in &t.deadlines {
            if !known(&d.anchor) {
                self.at(&d.anchor, "procedure-error-unknown-step");
            }
            for s in &d.during {
                if !known(s) {
                    self.at(s, "procedure-error-unknown-step");
                }
            }
            self.role(&d.who);
        }
        if self.errors.is_empty() {
            self.graph(t);
        }
        self.errors.sort_by_key(|e| e.line);
        self.errors
    }

    fn role(&mut self, r: &Spanned<String>) {
        if Role::parse(r.get_ref()).is_err() {
            self.at(r, "procedure-error-unknown-role");
        }
    }

    /// Every step reachable from the start; an end reachable from every step.
    fn graph(&mut self, t: &Template) {
        let edges: Vec<(&str, &str)> = t
            .transitions
            .iter()
            .map(|tr| (tr.from.get_ref().as_str(), tr.to.get_ref().as_str()))
            .collect();
        let reach = |from: Vec<&str>, forward: bool| -> BTreeSet<String> {
            let mut seen: BTreeSet<String> = from.iter().map(|s| (*s).to_owned()).collect();
            let mut queue: VecDeque<String> = seen.iter().cloned().collect();
            while let Some(s) = queue.pop_front() {
                for (a, b) in &edges {
                    let (here, next) = if forward { (a, b) } else { (b, a) };
                    if *here == s && seen.insert((*next).to_owned()) {
                        queue.push_back((*next).to_owned());
                    }
                }
            }
            seen
        };
        let from_start = reach(vec![t.start.get_ref().as_str()], true);
        let ends: Vec<&str> = t
            .steps
            .iter()
            .filter(|s| s.end)
            .map(|s| s.id.get_ref().as_str())
            .collect();
        if ends.is_empty() {
            self.at(&t.start, "procedure-error-no-end");
            return;
        }
        let to_an_end = reach(ends, false);
        for s in &t.steps {
            if !from_start.contains(s.id.get_ref()) {
                self.at(&s.id, "procedure-error-unreachable");
            } else if !to_an_end.contains(s.id.get_ref()) {
                self.at(&s.id, "procedure-error-dead-end");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
id = "t"
name = "Test"
version = 1
region = "IT-25"
start = "a"

[[step]]
id = "a"
actor = "promoter_staff"
documents = ["convention_signed"]

[[step]]
id = "b"
end = true

[[transition]]
from = "a"
to = "b"
roles = ["promoter_staff"]

[[deadline]]
id = "d"
anchor = "a"
offset = 8
unit = "working_days"
during = ["a"]
who = "promoter_staff"
"#;

    fn errors(src: &str) -> Vec<(usize, &'static str, String)> {
        parse(src)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.line, e.key, e.subject))
            .collect()
    }

    #[test]
    fn the_shipped_templates_are_valid() {
        for (name, src) in super::super::SHIPPED {
            let t = parse(src).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!(t.steps.len() >= 12, "{name}");
            assert!(t.deadlines.len() >= 4, "{name}");
        }
    }

    #[test]
    fn a_small_template_reads() {
        let t = parse(SMALL).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(t.from("a").len(), 1);
        assert_eq!(Template::rule(&t.deadlines[0]).offset, 8);
    }

    #[test]
    fn every_mistake_is_named_with_its_line() {
        let bad = SMALL
            .replace("roles = [\"promoter_staff\"]", "roles = [\"consul\"]")
            .replace(
                "documents = [\"convention_signed\"]",
                "documents = [\"stamp\"]",
            )
            .replace("to = \"b\"", "to = \"c\"");
        assert_eq!(
            errors(&bad),
            vec![
                (11, "procedure-error-unknown-document", "stamp".into()),
                (19, "procedure-error-unknown-step", "c".into()),
                (20, "procedure-error-unknown-role", "consul".into()),
            ]
        );
    }

    #[test]
    fn steps_must_be_reachable_and_lead_to_an_end() {
        let orphan = format!("{SMALL}\n[[step]]\nid = \"lost\"\n");
        assert_eq!(
            errors(&orphan),
            vec![(31, "procedure-error-unreachable", "lost".into())]
        );
        let trap = format!(
            "{SMALL}\n[[step]]\nid = \"trap\"\n\n[[transition]]\nfrom = \"a\"\nto = \"trap\"\nroles = [\"coordinator\"]\n"
        );
        assert_eq!(
            errors(&trap),
            vec![(31, "procedure-error-dead-end", "trap".into())]
        );
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let broken = SMALL.replace("offset = 8", "offset = = 8");
        let e = errors(&broken);
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].0, e[0].1), (25, "procedure-error-syntax"));
        let unknown = SMALL.replace("offset = 8", "offset = 8\ncolour = \"red\"");
        assert_eq!(errors(&unknown)[0].1, "procedure-error-syntax");
    }
}
