//! Text measured without fonts: an estimate of a string's width, and labels wrapped and
//! cut to fit it. The estimate errs wide (0.6 em a character, Noto Sans and Naskh average
//! about 0.5), so a label it fits fits in the browser's font and in the PDF's.

/// The estimated width of one character, as a share of the font size.
const EM_PER_CHAR: f32 = 0.6;
/// What replaces the end of a label cut short.
pub(crate) const ELLIPSIS: char = '…';

/// The estimated width of `text` at `size`. Format characters (bidi isolates, joiners)
/// take no room.
pub(crate) fn width(text: &str, size: f32) -> f32 {
    text.chars().filter(|c| !is_invisible(*c)).count() as f32 * EM_PER_CHAR * size
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` broken at spaces into at most `max_lines` lines of at most `max_width`; what does
/// not fit is cut with an ellipsis at the end of the last line (a word longer than a line
/// is cut too). Never returns an empty list for non-empty text, never a line wider than
/// `max_width` unless even one character is wider.
pub(crate) fn wrap(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut cut = false;
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if width(&candidate, size) <= max_width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if lines.len() == max_lines {
            cut = true;
            break;
        }
        if width(word, size) <= max_width {
            current = word.to_owned();
        } else {
            // A word longer than a line: as much as fits, then an ellipsis.
            lines.push(shorten(word, size, max_width));
            if lines.len() == max_lines {
                cut = true;
                break;
            }
        }
    }
    if !current.is_empty() {
        if lines.len() == max_lines {
            cut = true;
        } else {
            lines.push(current);
        }
    }
    if cut
        && let Some(last) = lines.last_mut()
        && !last.ends_with(ELLIPSIS)
    {
        *last = shorten(&format!("{last}{ELLIPSIS}"), size, max_width);
    }
    lines
}

/// `text` on one line of at most `max_width`: whole when it fits, else cut with an ellipsis.
pub(crate) fn shorten(text: &str, size: f32, max_width: f32) -> String {
    if width(text, size) <= max_width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if width(&out, size) + width("…", size) > max_width {
            out.pop();
            break;
        }
    }
    let out = out.trim_end().trim_end_matches(ELLIPSIS).to_owned();
    format!("{out}{ELLIPSIS}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_stays_whole_on_one_line() {
        assert_eq!(wrap("Tunisia", 10.0, 100.0, 2), ["Tunisia"]);
        assert_eq!(shorten("Tunisia", 10.0, 100.0), "Tunisia");
        assert!(wrap("", 10.0, 100.0, 2).is_empty());
    }

    #[test]
    fn long_text_wraps_then_is_cut_within_the_width() {
        let long = "Traineeships completed in Italy by highly qualified candidates from \
                    Tunisia and Morocco under article 27";
        let lines = wrap(long, 10.0, 120.0, 2);
        assert_eq!(lines.len(), 2);
        for line in &lines {
            assert!(width(line, 10.0) <= 120.0, "{line}");
        }
        assert!(lines[1].ends_with(ELLIPSIS));
        assert!(lines[0].starts_with("Traineeships"));
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let lines = wrap(&"x".repeat(100), 10.0, 60.0, 2);
        assert_eq!(lines.len(), 1);
        assert!(width(&lines[0], 10.0) <= 60.0);
        assert!(lines[0].ends_with(ELLIPSIS));
    }

    #[test]
    fn isolation_marks_take_no_room() {
        assert_eq!(width("\u{2068}41\u{2069}", 10.0), width("41", 10.0));
    }
}
