//! The progress bar on stderr: rows written, rows a second and the time left, redrawn at
//! most five times a second (a terminal redrawn per batch slows the run it reports).

use std::io::Write;
use std::time::{Duration, Instant};

pub struct Progress {
    label: &'static str,
    total: u64,
    done: u64,
    started: Instant,
    drawn: Option<Instant>,
    visible: bool,
}

impl Progress {
    /// A bar for `total` rows; `visible` false draws nothing (tests, pipes).
    pub fn new(label: &'static str, total: u64, visible: bool) -> Self {
        Progress {
            label,
            total,
            done: 0,
            started: Instant::now(),
            drawn: None,
            visible,
        }
    }

    pub fn add(&mut self, rows: u64) {
        self.done += rows;
        let due = self
            .drawn
            .is_none_or(|d| d.elapsed() >= Duration::from_millis(200));
        if self.visible && (due || self.done >= self.total) {
            self.draw();
            self.drawn = Some(Instant::now());
        }
    }

    /// Ends the bar with its final line; returns the seconds it took.
    pub fn finish(mut self) -> f64 {
        let secs = self.started.elapsed().as_secs_f64();
        if self.visible {
            self.draw();
            eprintln!();
        }
        self.visible = false;
        secs
    }

    fn draw(&self) {
        let secs = self.started.elapsed().as_secs_f64();
        eprint!(
            "\r{}",
            line(self.label, self.done, self.total, secs, BAR_WIDTH)
        );
        let _ = std::io::stderr().flush();
    }
}

const BAR_WIDTH: usize = 30;

/// `label [#####     ] done/total  rows/s  ETA`.
pub fn line(label: &str, done: u64, total: u64, secs: f64, width: usize) -> String {
    let fraction = if total == 0 {
        1.0
    } else {
        (done as f64 / total as f64).min(1.0)
    };
    let filled = ((fraction * width as f64) as usize).min(width);
    let rate = if secs > 0.0 { done as f64 / secs } else { 0.0 };
    let eta = if done >= total {
        "0s".to_owned()
    } else if rate > 0.0 {
        format_secs((total - done) as f64 / rate)
    } else {
        "?".to_owned()
    };
    format!(
        "{label:<12} [{}{}] {done}/{total} {rate:.0} rows/s ETA {eta}   ",
        "#".repeat(filled),
        " ".repeat(width - filled)
    )
}

fn format_secs(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_line_shows_the_share_done_the_rate_and_the_time_left() {
        let l = super::line("candidates", 250, 1000, 5.0, 10);
        assert!(l.contains("[##        ]"), "{l}");
        assert!(l.contains("250/1000 50 rows/s ETA 15s"), "{l}");
        let done = super::line("candidates", 1000, 1000, 100.0, 4);
        assert!(done.contains("[####] 1000/1000 10 rows/s ETA 0s"), "{done}");
        assert!(super::line("x", 0, 3000, 1.0, 4).contains("ETA ?"));
        assert_eq!(super::format_secs(125.0), "2m05s");
    }
}
