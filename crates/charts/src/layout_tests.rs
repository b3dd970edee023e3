//! The layout's geometry: bars in proportion, zeros and empty charts, labels kept within
//! the width, right to left as the mirror image of left to right.

use super::*;
use crate::model::Series;

fn bars(kind: Kind, values: &[i64]) -> Chart {
    Chart {
        key: "k".to_owned(),
        kind,
        title: "Companies by stage".to_owned(),
        summary: "How far companies went".to_owned(),
        category_header: "Stage".to_owned(),
        categories: (0..values.len()).map(|i| format!("Stage {i}")).collect(),
        series: vec![Series::new(
            "Companies",
            values
                .iter()
                .map(|v| Point::new(*v, v.to_string()))
                .collect(),
        )],
    }
}

/// The fill rectangles of series colour `index` (patterns' lines and tracks excluded).
fn bars_of(scene: &Scene, index: usize) -> Vec<(f32, f32, f32, f32)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke: None,
            } if *fill == color(index) && *h > SWATCH => Some((*x, *y, *w, *h)),
            _ => None,
        })
        .collect()
}

fn texts(scene: &Scene) -> Vec<(f32, String, Anchor, Direction)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text {
                x,
                text,
                anchor,
                direction,
                ..
            } => Some((*x, text.clone(), *anchor, *direction)),
            _ => None,
        })
        .collect()
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 0.01
}

#[test]
fn bar_lengths_are_proportional_to_the_values() {
    let scene = layout(&bars(Kind::Bars, &[300, 150, 75, 0]), 640.0, Direction::Ltr);
    let drawn = bars_of(&scene, 0);
    // The zero draws no bar at all.
    assert_eq!(drawn.len(), 3, "{drawn:?}");
    let longest = drawn[0].2;
    assert!(longest > 400.0 && longest < 624.0, "{longest}");
    assert!(close(drawn[1].2 * 2.0, longest));
    assert!(close(drawn[2].2 * 4.0, longest));
    // Rows go down the chart, each bar starting at the left padding.
    assert!(drawn.windows(2).all(|w| w[0].1 < w[1].1));
    assert!(drawn.iter().all(|b| close(b.0, PAD)));
    // Every value is printed, the zero too, as a left-to-right text.
    let printed = texts(&scene);
    for value in ["300", "150", "75", "0"] {
        assert!(
            printed
                .iter()
                .any(|(_, t, _, d)| t == value && *d == Direction::Ltr),
            "{value}"
        );
    }
}

#[test]
fn a_funnel_centres_its_steps_and_narrows_with_them() {
    let scene = layout(&bars(Kind::Funnel, &[400, 100]), 400.0, Direction::Ltr);
    let drawn = bars_of(&scene, 0);
    assert_eq!(drawn.len(), 2);
    for (x, _, w, _) in &drawn {
        assert!(close(x + w / 2.0, 200.0), "{x} {w}");
    }
    assert!(close(drawn[0].2, 400.0 - 2.0 * PAD));
    assert!(close(drawn[1].2 * 4.0, drawn[0].2));
}

#[test]
fn zeros_and_no_data_draw_no_bars_and_stay_finite() {
    for chart in [bars(Kind::Bars, &[0, 0]), bars(Kind::Funnel, &[]), {
        let mut c = bars(Kind::Bars, &[-5, 3]);
        c.series.clear();
        c
    }] {
        let scene = layout(&chart, 640.0, Direction::Ltr);
        assert!(bars_of(&scene, 0).is_empty());
        assert!(scene.height.is_finite() && scene.height > 0.0);
        // The title is still there.
        assert!(
            texts(&scene)
                .iter()
                .any(|(_, t, _, _)| t.starts_with("Companies"))
        );
    }
    // A negative value draws as zero.
    let scene = layout(&bars(Kind::Bars, &[-5, 3]), 640.0, Direction::Ltr);
    assert_eq!(bars_of(&scene, 0).len(), 1);
}

#[test]
fn long_labels_are_wrapped_and_cut_within_the_width() {
    let mut chart = bars(Kind::Bars, &[10, 20]);
    chart.categories[0] = "Tirocini completati con successo presso le aziende ospitanti \
                           della Lombardia e del Piemonte nel primo anno del programma"
        .repeat(3);
    chart.title = "x".repeat(500);
    chart.series[0].points[1].label = "9".repeat(300);
    for width in [160.0, 360.0, 640.0] {
        for direction in [Direction::Ltr, Direction::Rtl] {
            let scene = layout(&chart, width, direction);
            for (x, text, anchor, _) in texts(&scene) {
                let w = crate::text::width(&text, 15.0);
                let (left, right) = match anchor {
                    Anchor::Left => (x, x + w),
                    Anchor::Right => (x - w, x),
                    Anchor::Middle => (x - w / 2.0, x + w / 2.0),
                };
                // Measured at the title's size, the largest: a generous bound for all.
                let size_slack = w * (1.0 - 11.0 / 15.0);
                assert!(left >= -size_slack - 0.01, "{text} {left} at {width}");
                assert!(
                    right <= width + size_slack + 0.01,
                    "{text} {right} at {width}"
                );
            }
            for shape in &scene.shapes {
                if let Shape::Rect { x, w, .. } = shape {
                    assert!(*x >= 0.0 && x + w <= width + 0.01);
                }
            }
            // The long category label takes two lines at most, cut with an ellipsis.
            let cut: Vec<_> = texts(&scene)
                .into_iter()
                .filter(|(_, t, _, _)| t.starts_with("Tirocini") || t.ends_with('…'))
                .collect();
            assert!(cut.iter().any(|(_, t, _, _)| t.ends_with('…')), "{cut:?}");
        }
    }
}

#[test]
fn right_to_left_is_the_mirror_image() {
    let mut chart = bars(Kind::GroupedBars, &[20, 9]);
    chart.series.push(Series::new(
        "Returned",
        vec![Point::new(3, "3"), Point::new(9, "9")],
    ));
    let ltr = layout(&chart, 500.0, Direction::Ltr);
    let rtl = layout(&chart, 500.0, Direction::Rtl);
    assert_eq!(ltr.shapes.len(), rtl.shapes.len());
    assert_eq!(ltr.height, rtl.height);
    for (l, r) in ltr.shapes.iter().zip(&rtl.shapes) {
        match (l, r) {
            (Shape::Rect { x: lx, w: lw, .. }, Shape::Rect { x: rx, w: rw, .. }) => {
                assert!(close(*rx, 500.0 - lx - lw));
                assert_eq!(lw, rw);
            }
            (Shape::Line { x1: l1, .. }, Shape::Line { x1: r1, .. }) => {
                assert!(close(*r1, 500.0 - l1));
            }
            (
                Shape::Text {
                    x: lx,
                    anchor: la,
                    direction: ld,
                    ..
                },
                Shape::Text {
                    x: rx,
                    anchor: ra,
                    direction: rd,
                    ..
                },
            ) => {
                assert!(close(*rx, 500.0 - lx));
                let swapped = match la {
                    Anchor::Left => Anchor::Right,
                    Anchor::Right => Anchor::Left,
                    Anchor::Middle => Anchor::Middle,
                };
                assert_eq!(*ra, swapped);
                // Words take the reader's direction, numbers stay left to right.
                if *ld == Direction::Ltr && *rd == Direction::Ltr {
                    continue;
                }
                assert_eq!((*ld, *rd), (Direction::Ltr, Direction::Rtl));
            }
            _ => panic!("shapes differ: {l:?} {r:?}"),
        }
    }
    // In Arabic the bars grow from the right edge.
    for (x, _, w, _) in bars_of(&rtl, 0) {
        assert!(close(x + w, 500.0 - PAD));
    }
    let numbers = texts(&rtl)
        .into_iter()
        .filter(|(_, t, _, _)| t == "20")
        .collect::<Vec<_>>();
    assert_eq!(numbers.len(), 1);
    assert_eq!(numbers[0].3, Direction::Ltr);
    assert_eq!(numbers[0].2, Anchor::Right);
}

#[test]
fn grouped_series_differ_by_pattern_and_are_named_in_a_legend() {
    let mut chart = bars(Kind::GroupedBars, &[20, 9]);
    chart.series.push(Series::new(
        "Returned home",
        vec![Point::new(3, "3"), Point::new(9, "9")],
    ));
    let scene = layout(&chart, 640.0, Direction::Ltr);
    assert_eq!(bars_of(&scene, 0).len(), 2);
    assert_eq!(bars_of(&scene, 1).len(), 2);
    // The second series is hatched: white lines over its bars.
    let hatching = scene
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Line { color, .. } if *color == WHITE))
        .count();
    assert!(hatching > 10, "{hatching}");
    let names: Vec<String> = texts(&scene).into_iter().map(|t| t.1).collect();
    assert!(names.contains(&"Companies".to_owned()));
    assert!(names.contains(&"Returned home".to_owned()));
    // Hatching stays inside its bar.
    let (bx, by, bw, bh) = bars_of(&scene, 1)[0];
    let inside = scene.shapes.iter().filter(|shape| {
        matches!(shape, Shape::Line { x1, y1, .. }
            if *y1 >= by && *y1 <= by + bh && *x1 >= bx && *x1 <= bx + bw)
    });
    let mut count = 0;
    for shape in inside {
        if let Shape::Line { x2, y2, .. } = shape {
            assert!(*x2 <= bx + bw + 0.01 && *y2 >= by - 0.01 && *y2 <= by + bh + 0.01);
            count += 1;
        }
    }
    assert!(count > 0);
}

#[test]
fn progress_fills_the_track_as_far_as_the_target_and_no_further() {
    let chart = Chart {
        key: "progress".to_owned(),
        kind: Kind::Progress,
        title: "Progress".to_owned(),
        summary: String::new(),
        category_header: "Indicator".to_owned(),
        categories: vec![
            "Placed".to_owned(),
            "Companies".to_owned(),
            "Zero".to_owned(),
        ],
        series: vec![
            Series::new(
                "Value",
                vec![
                    Point::new(10, "10"),
                    Point::new(400, "400"),
                    Point::new(0, "0"),
                ],
            ),
            Series::new(
                "Target",
                vec![
                    Point::new(40, "40"),
                    Point::new(300, "300"),
                    Point::new(5, "5"),
                ],
            ),
            Series::new(
                "% of target",
                vec![
                    Point::new(2500, "25 %"),
                    Point::new(13333, "133,33 %"),
                    Point::new(0, "0 %"),
                ],
            ),
        ],
    };
    let scene = layout(&chart, 640.0, Direction::Ltr);
    let tracks: Vec<f32> = scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect {
                w,
                h,
                stroke: Some(_),
                ..
            } if *h > SWATCH => Some(*w),
            _ => None,
        })
        .collect();
    assert_eq!(tracks.len(), 3);
    let fills = bars_of(&scene, 0);
    assert_eq!(fills.len(), 2, "{fills:?}");
    assert!(close(fills[0].2 * 4.0, tracks[0]));
    assert!(close(fills[1].2, tracks[1]));
    let printed: Vec<String> = texts(&scene).into_iter().map(|t| t.1).collect();
    assert!(printed.contains(&"10 / 40".to_owned()), "{printed:?}");
    assert!(printed.contains(&"133,33 %".to_owned()));
}

#[test]
fn the_same_chart_gives_the_same_scene() {
    let chart = bars(Kind::Bars, &[3, 1]);
    assert_eq!(
        layout(&chart, 360.0, Direction::Rtl),
        layout(&chart, 360.0, Direction::Rtl)
    );
}
