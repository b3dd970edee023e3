//! The Prometheus text exposition format, version 0.0.4, as much of it as `/metrics`
//! needs: a family's `# HELP` and `# TYPE` lines, then its samples
//! `name{label="value",…} value`, one a line, label values escaped.

use std::fmt::{Display, Write};

/// The `Content-Type` of the format.
pub(crate) const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// What a family of samples is.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Counter,
    Gauge,
    Histogram,
}

impl Kind {
    const fn as_str(self) -> &'static str {
        match self {
            Kind::Counter => "counter",
            Kind::Gauge => "gauge",
            Kind::Histogram => "histogram",
        }
    }
}

/// The text being written.
#[derive(Default)]
pub(crate) struct Exposition {
    out: String,
}

impl Exposition {
    /// Starts a family: its help text (one line, no backslash) and its kind.
    pub fn family(&mut self, name: &str, help: &str, kind: Kind) {
        // Writing to a String cannot fail.
        let _ = writeln!(self.out, "# HELP {name} {help}");
        let _ = writeln!(self.out, "# TYPE {name} {}", kind.as_str());
    }

    /// One sample of the family last started (or of its `_bucket`, `_sum`, `_count`).
    pub fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: impl Display) {
        self.out.push_str(name);
        if !labels.is_empty() {
            self.out.push('{');
            for (i, (label, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                self.out.push_str(label);
                self.out.push_str("=\"");
                escape_into(&mut self.out, v);
                self.out.push('"');
            }
            self.out.push('}');
        }
        let _ = writeln!(self.out, " {value}");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// A label value as the format quotes it: backslash, double quote and line feed escaped.
fn escape_into(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

/// Microseconds as seconds, the unit of every duration the format carries (exact below
/// 2^53 µs, some 285 years).
pub(crate) fn seconds(micros: u64) -> f64 {
    micros as f64 / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_has_its_help_type_and_samples_with_escaped_labels() {
        let mut e = Exposition::default();
        e.family("x_total", "Things.", Kind::Counter);
        e.sample(
            "x_total",
            &[("route", "/a/{id}"), ("q", "say \"hi\"\\\n")],
            3,
        );
        e.sample("x_total", &[], 0.25);
        assert_eq!(
            e.finish(),
            "# HELP x_total Things.\n# TYPE x_total counter\n\
             x_total{route=\"/a/{id}\",q=\"say \\\"hi\\\"\\\\\\n\"} 3\nx_total 0.25\n"
        );
    }

    #[test]
    fn seconds_are_written_without_an_exponent() {
        assert_eq!(seconds(1).to_string(), "0.000001");
        assert_eq!(seconds(2_500_000).to_string(), "2.5");
        assert_eq!(seconds(0).to_string(), "0");
    }
}
