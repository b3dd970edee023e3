//! The activity as an IATI 2.03 XML document: a small writer (escaped text and attributes,
//! two-space indentation) and the elements in the order the schema requires.

use std::fmt::Write as _;

use super::activity::{Activity, IndicatorEntry, Org};

/// Escapes text for an element or a double-quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped rather than written.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    fn tag(&mut self, name: &str, attrs: &[(&str, &str)], close: &str) {
        let _ = write!(self.out, "{}<{name}", "  ".repeat(self.depth));
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{}\"", escape(v));
        }
        self.out.push_str(close);
    }

    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs, ">\n");
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        let _ = writeln!(self.out, "{}</{name}>", "  ".repeat(self.depth));
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs, "/>\n");
    }

    fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.tag(name, attrs, ">");
        let _ = writeln!(self.out, "{}</{name}>", escape(text));
    }

    /// An element holding one narrative.
    fn narrative(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        self.text("narrative", &[], text);
        self.close(name);
    }

    fn org(&mut self, name: &str, o: &Org, with_role: bool) {
        let mut attrs: Vec<(&str, &str)> = Vec::new();
        if let Some(r) = &o.reference {
            attrs.push(("ref", r));
        }
        if let Some(k) = &o.kind {
            attrs.push(("type", k));
        }
        if with_role {
            attrs.push(("role", o.role));
        }
        self.narrative(name, &attrs, &o.name);
    }
}

fn cents(c: i64) -> String {
    let sign = if c < 0 { "-" } else { "" };
    let a = c.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

fn percent(bp: i64) -> String {
    crate::results::Value::new(crate::results::Unit::Percent, bp).decimal()
}

fn indicator(w: &mut Writer, i: &IndicatorEntry) {
    let ascending = if i.ascending { "1" } else { "0" };
    w.open(
        "indicator",
        &[("measure", i.measure), ("ascending", ascending)],
    );
    w.narrative("title", &[], &i.title);
    if let Some((year, value)) = &i.baseline {
        let year = year.to_string();
        w.empty("baseline", &[("year", &year), ("value", value)]);
    }
    for p in &i.periods {
        w.open("period", &[]);
        w.empty("period-start", &[("iso-date", &p.starts_on.to_string())]);
        w.empty("period-end", &[("iso-date", &p.ends_on.to_string())]);
        if let Some(t) = &p.target {
            w.empty("target", &[("value", t)]);
        }
        if let Some(a) = &p.actual {
            w.empty("actual", &[("value", a)]);
        }
        w.close("period");
    }
    w.close("indicator");
}

/// The document.
pub fn to_xml(a: &Activity) -> String {
    let mut w = Writer {
        out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
        depth: 0,
    };
    let generated = a.last_updated.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    w.open(
        "iati-activities",
        &[("version", "2.03"), ("generated-datetime", &generated)],
    );
    w.open(
        "iati-activity",
        &[
            ("last-updated-datetime", &generated),
            ("xml:lang", &a.lang),
            ("default-currency", &a.currency),
        ],
    );
    w.text("iati-identifier", &[], &a.identifier);
    w.org("reporting-org", &a.reporting, false);
    w.narrative("title", &[], &a.title);
    if !a.description.is_empty() {
        w.narrative("description", &[("type", "1")], &a.description);
    }
    for o in &a.participating {
        w.org("participating-org", o, true);
    }
    w.empty("activity-status", &[("code", a.status)]);
    for (kind, day) in &a.dates {
        w.empty(
            "activity-date",
            &[("type", kind), ("iso-date", &day.to_string())],
        );
    }
    for (code, bp) in &a.countries {
        w.empty(
            "recipient-country",
            &[("code", code), ("percentage", &percent(*bp))],
        );
    }
    for (code, bp) in &a.sectors {
        w.empty(
            "sector",
            &[
                ("vocabulary", "1"),
                ("code", code),
                ("percentage", &percent(*bp)),
            ],
        );
    }
    for b in &a.budgets {
        let start = b.starts_on.to_string();
        w.open("budget", &[("type", "1"), ("status", "2")]);
        w.empty("period-start", &[("iso-date", &start)]);
        w.empty("period-end", &[("iso-date", &b.ends_on.to_string())]);
        w.text(
            "value",
            &[("currency", &a.currency), ("value-date", &start)],
            &cents(b.cents),
        );
        w.close("budget");
    }
    for t in &a.transactions {
        let on = t.on.to_string();
        w.open("transaction", &[]);
        w.empty("transaction-type", &[("code", t.kind)]);
        w.empty("transaction-date", &[("iso-date", &on)]);
        w.text(
            "value",
            &[("currency", &t.currency), ("value-date", &on)],
            &cents(t.cents),
        );
        w.narrative("description", &[], &t.description);
        if let Some(p) = &t.provider {
            w.narrative("provider-org", &[], p);
        }
        w.close("transaction");
    }
    for r in &a.results {
        w.open("result", &[("type", r.kind), ("aggregation-status", "0")]);
        w.narrative("title", &[], &r.title);
        for i in &r.indicators {
            indicator(&mut w, i);
        }
        w.close("result");
    }
    w.close("iati-activity");
    w.close("iati-activities");
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            escape("R&D <\"x\"> 'y'"),
            "R&amp;D &lt;&quot;x&quot;&gt; &apos;y&apos;"
        );
        assert_eq!(escape("a\u{1}b"), "ab");
        assert_eq!(cents(326_007_484), "3260074.84");
        assert_eq!(cents(-5), "-0.05");
        assert_eq!(percent(5610), "56.1");
    }
}
