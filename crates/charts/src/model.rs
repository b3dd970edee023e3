//! What a chart shows: categories and series, with labels ready to print and raw values
//! to measure. The caller (`app::donor_report::charts_of`) translates and formats; this
//! crate never parses a number or knows a locale.

/// How a chart draws its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// One horizontal bar per category (the first series only).
    Bars,
    /// One bar per series under each category, series told apart by colour and pattern
    /// and named in a legend.
    GroupedBars,
    /// Steps in order, each bar centred and as wide as its value: applications narrowing
    /// to placements. The first series only.
    Funnel,
    /// Each category's actual value against its target: a track as long as the target,
    /// filled as far as the actual (at most the whole track). Series 0 is the actual,
    /// series 1 the target; a series 2, if given, is the share printed beside the track.
    Progress,
}

/// One value: what the geometry measures and what is printed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Point {
    /// The exact value in any unit of the caller's (bars are proportional to it; a value
    /// below zero draws as zero).
    pub raw: i64,
    /// The value as the reader reads it ("1.234", "32,4 giorni", "21 %").
    pub label: String,
}

impl Point {
    pub fn new(raw: i64, label: impl Into<String>) -> Self {
        Point {
            raw,
            label: label.into(),
        }
    }
}

/// A named row of values, one per category (missing ones draw nothing).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Series {
    pub name: String,
    pub points: Vec<Point>,
}

impl Series {
    pub fn new(name: impl Into<String>, points: Vec<Point>) -> Self {
        Series {
            name: name.into(),
            points,
        }
    }
}

/// A chart as data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Chart {
    /// A stable name (`funnel`, `outcomes-by-country`…): the SVG's element ids, anchors
    /// and tests use it. Only ASCII letters, digits and `-` are kept.
    pub key: String,
    pub kind: Kind,
    pub title: String,
    /// One sentence saying what the chart shows (the SVG's `<desc>`).
    pub summary: String,
    /// The header of the table's first column (what the categories are: "Step", "Country").
    pub category_header: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

/// A chart's data as a table: what a screen reader reads, and what shows when the image
/// cannot. Every cell is text as printed in the chart.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Table {
    pub caption: String,
    /// The category header, then one header per series.
    pub headers: Vec<String>,
    /// One row per category: its label, then each series' value (empty where missing).
    pub rows: Vec<Vec<String>>,
}

impl Chart {
    /// The chart's data table.
    pub fn table(&self) -> Table {
        let mut headers = vec![self.category_header.clone()];
        headers.extend(self.series.iter().map(|s| s.name.clone()));
        let rows = self
            .categories
            .iter()
            .enumerate()
            .map(|(i, category)| {
                let mut row = vec![category.clone()];
                row.extend(
                    self.series
                        .iter()
                        .map(|s| s.points.get(i).map(|p| p.label.clone()).unwrap_or_default()),
                );
                row
            })
            .collect();
        Table {
            caption: self.title.clone(),
            headers,
            rows,
        }
    }

    /// Whether there is nothing to draw: no category, or no value above zero in any
    /// series (a chart of zeros says nothing a sentence would not; callers leave it out).
    pub fn is_empty(&self) -> bool {
        !self.series.iter().any(|s| {
            s.points
                .iter()
                .take(self.categories.len())
                .any(|p| p.raw > 0)
        })
    }

    /// The same chart over the categories `range` only (clamped to what exists): a long
    /// chart split across pages. The title and series names are kept.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Chart {
        let end = range.end.min(self.categories.len());
        let start = range.start.min(end);
        Chart {
            categories: self.categories[start..end].to_vec(),
            series: self
                .series
                .iter()
                .map(|s| Series {
                    name: s.name.clone(),
                    points: s
                        .points
                        .iter()
                        .skip(start)
                        .take(end - start)
                        .cloned()
                        .collect(),
                })
                .collect(),
            ..self.clone()
        }
    }

    /// The key with anything but ASCII letters, digits and `-` dropped (for element ids).
    pub fn safe_key(&self) -> String {
        safe_key(&self.key)
    }
}

pub(crate) fn safe_key(key: &str) -> String {
    let kept: String = key
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if kept.is_empty() {
        "chart".to_owned()
    } else {
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> Chart {
        Chart {
            key: "pipe<line>".to_owned(),
            kind: Kind::GroupedBars,
            title: "Outcomes".to_owned(),
            summary: "s".to_owned(),
            category_header: "Country".to_owned(),
            categories: vec!["Tunisia".to_owned(), "Morocco".to_owned()],
            series: vec![
                Series::new("In Italy", vec![Point::new(20, "20"), Point::new(9, "9")]),
                Series::new("Returned", vec![Point::new(3, "3")]),
            ],
        }
    }

    #[test]
    fn the_table_has_a_header_per_series_and_a_row_per_category() {
        let table = chart().table();
        assert_eq!(table.caption, "Outcomes");
        assert_eq!(table.headers, ["Country", "In Italy", "Returned"]);
        assert_eq!(
            table.rows,
            [vec!["Tunisia", "20", "3"], vec!["Morocco", "9", ""]]
        );
    }

    #[test]
    fn a_chart_of_zeros_or_without_categories_is_empty() {
        assert!(!chart().is_empty());
        let mut zeros = chart();
        for s in &mut zeros.series {
            for p in &mut s.points {
                p.raw = 0;
            }
        }
        assert!(zeros.is_empty());
        let none = Chart {
            categories: Vec::new(),
            ..chart()
        };
        assert!(none.is_empty());
    }

    #[test]
    fn a_slice_keeps_its_categories_values_and_names() {
        let second = chart().slice(1..5);
        assert_eq!(second.categories, ["Morocco"]);
        assert_eq!(second.series[0].points, [Point::new(9, "9")]);
        assert!(second.series[1].points.is_empty());
        assert_eq!(second.series[1].name, "Returned");
        let (from, to) = (3, 1);
        assert!(chart().slice(from..to).categories.is_empty());
    }

    #[test]
    fn keys_keep_only_id_characters() {
        assert_eq!(chart().safe_key(), "pipeline");
        assert_eq!(safe_key("<>"), "chart");
    }
}
