//! A scene written as an SVG document, for pasting into a page as it is.
//!
//! Accessible: `role="img"` named by its `<title>` and described by its `<desc>` (the
//! chart's data table goes under it on the page); presentation attributes only, no
//! `style`, so a strict Content-Security-Policy lets it through; a `viewBox` and
//! `width="100%"` so it scales down to a 360 px phone. Every text is escaped, and
//! characters XML forbids are dropped.

use std::fmt::Write;

use crate::scene::{Anchor, Direction, Scene, Shape};

/// The SVG document of `scene`.
pub fn svg(scene: &Scene) -> String {
    let mut out = String::with_capacity(256 + scene.shapes.len() * 96);
    let key = &scene.key;
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="chart-{key}-title" aria-describedby="chart-{key}-desc" font-family="'Noto Sans', 'Noto Naskh Arabic', sans-serif" direction="{dir}">"#,
        w = num(scene.width),
        h = num(scene.height),
        dir = scene.direction.as_str(),
    );
    let _ = write!(
        out,
        r#"<title id="chart-{key}-title">{}</title><desc id="chart-{key}-desc">{}</desc>"#,
        escape(&scene.title),
        escape(&scene.summary),
    );
    for shape in &scene.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}""#,
                    num(*x),
                    num(*y),
                    num(*w),
                    num(*h),
                    fill.hex()
                );
                if let Some(stroke) = stroke {
                    let _ = write!(out, r#" stroke="{}" stroke-width="1""#, stroke.hex());
                }
                out.push_str("/>");
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                color,
                width,
            } => {
                let _ = write!(
                    out,
                    r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
                    num(*x1),
                    num(*y1),
                    num(*x2),
                    num(*y2),
                    color.hex(),
                    num(*width)
                );
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                anchor,
                direction,
                color,
            } => {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" font-size="{}" text-anchor="{}" direction="{}" fill="{}"{}>{}</text>"#,
                    num(*x),
                    num(*y),
                    num(*size),
                    text_anchor(*anchor, *direction),
                    direction.as_str(),
                    color.hex(),
                    if *bold { r#" font-weight="bold""# } else { "" },
                    escape(text),
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// SVG's `text-anchor` is relative to the text's own direction: a right-to-left text's
/// `start` is its right end.
fn text_anchor(anchor: Anchor, direction: Direction) -> &'static str {
    match (anchor, direction) {
        (Anchor::Middle, _) => "middle",
        (Anchor::Left, Direction::Ltr) | (Anchor::Right, Direction::Rtl) => "start",
        (Anchor::Right, Direction::Ltr) | (Anchor::Left, Direction::Rtl) => "end",
    }
}

/// A coordinate with at most one decimal, without a trailing `.0` (and never `-0`).
fn num(value: f32) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let tenths = (f64::from(value) * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    if abs.is_multiple_of(10) {
        format!("{sign}{}", abs / 10)
    } else {
        format!("{sign}{}.{}", abs / 10, abs % 10)
    }
}

/// Text for an element or an attribute: markup escaped, characters XML 1.0 forbids dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Chart, Kind, Point, Series, layout};

    fn chart(title: &str, category: &str) -> Chart {
        Chart {
            key: "funnel".to_owned(),
            kind: Kind::Bars,
            title: title.to_owned(),
            summary: "Applications & placements".to_owned(),
            category_header: "Step".to_owned(),
            categories: vec![category.to_owned()],
            series: vec![Series::new("People", vec![Point::new(5, "5 <x>")])],
        }
    }

    #[test]
    fn markup_in_every_text_is_escaped() {
        let out = svg(&layout(
            &chart(r#"Tom & "Jerry" <b>"#, "<script>alert('x')</script>"),
            640.0,
            Direction::Ltr,
        ));
        assert!(!out.contains("<script>"), "{out}");
        assert!(!out.contains("<b>"));
        assert!(
            out.contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;"),
            "{out}"
        );
        assert!(out.contains("&lt;script&gt;alert(&#39;x&#39;)"), "{out}");
        assert!(out.contains("Applications &amp; placements"));
        assert!(out.contains("5 &lt;x&gt;"));
        // Every `<` and `&` left opens a tag or an entity of ours.
        for (i, _) in out.match_indices('&') {
            let rest = &out[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|e| rest.starts_with(e)),
                "{rest}"
            );
        }
    }

    #[test]
    fn the_document_is_an_accessible_scalable_image() {
        let out = svg(&layout(
            &chart("Funnel", "Applications"),
            640.0,
            Direction::Ltr,
        ));
        assert!(out.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 "#));
        assert!(out.contains(r#"role="img""#));
        assert!(out.contains(r#"aria-labelledby="chart-funnel-title""#));
        assert!(out.contains(r#"<title id="chart-funnel-title">Funnel</title>"#));
        assert!(out.contains(r#"<desc id="chart-funnel-desc">"#));
        assert!(out.contains(r#"width="100%""#));
        assert!(!out.contains("style="));
        assert!(out.ends_with("</svg>"));
        assert_eq!(out.matches("<text").count(), out.matches("</text>").count());
    }

    #[test]
    fn control_characters_are_dropped() {
        let out = svg(&layout(&chart("A\u{0}B\u{7}C", "x"), 640.0, Direction::Ltr));
        assert!(out.contains(">ABC</title>"), "{out}");
    }

    #[test]
    fn anchors_follow_the_text_direction() {
        assert_eq!(text_anchor(Anchor::Left, Direction::Ltr), "start");
        assert_eq!(text_anchor(Anchor::Right, Direction::Rtl), "start");
        assert_eq!(text_anchor(Anchor::Right, Direction::Ltr), "end");
        assert_eq!(text_anchor(Anchor::Left, Direction::Rtl), "end");
    }

    #[test]
    fn coordinates_have_one_decimal_at_most() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(f32::NAN), "0");
    }
}
