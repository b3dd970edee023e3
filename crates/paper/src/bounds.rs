//! The limits on a sheet, checked before any layout.
//!
//! Generated papers are a few pages; the limits are far above that and exist so a runaway
//! caller (or a value pasted a million times) is refused in bounded time and memory.

use crate::{Block, PaperError, Sheet};

/// At most this many blocks (a signature box and a field row count as one each).
pub const MAX_BLOCKS: usize = 2_000;
/// At most this many characters in all the sheet's strings together.
pub const MAX_CHARS: usize = 200_000;
/// At most this many pages once laid out (a paragraph of short lines can cost more pages
/// than its characters suggest).
pub const MAX_PAGES: usize = 200;
/// The longest language tag accepted (BCP 47 tags in practice are far shorter).
const MAX_LANG: usize = 35;

/// Refuses a sheet over the limits, or with a language tag that is not a BCP 47 shape.
pub(crate) fn check(sheet: &Sheet) -> Result<(), PaperError> {
    let lang_ok = sheet.lang.len() <= MAX_LANG
        && !sheet.lang.is_empty()
        && sheet
            .lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !sheet.lang.starts_with('-')
        && !sheet.lang.ends_with('-');
    if !lang_ok {
        let shown: String = sheet.lang.chars().take(MAX_LANG).collect();
        return Err(PaperError::InvalidLanguage(shown));
    }
    let mut items = 0usize;
    let mut chars = count(&sheet.title)
        + sheet.subtitle.as_deref().map_or(0, count)
        + sheet.footer.as_deref().map_or(0, count);
    for block in &sheet.blocks {
        match block {
            Block::Heading(text) | Block::Paragraph(text) => {
                items += 1;
                chars += count(text);
            }
            Block::Field { label, value } => {
                items += 1;
                chars += count(label) + count(value);
            }
            Block::Signatures(captions) => {
                items += captions.len().max(1);
                chars += captions.iter().map(|c| count(c)).sum::<usize>();
            }
            // A table row and a chart's category count as a block each.
            Block::Table { headers, rows } => {
                items += rows.len().max(1);
                chars += headers.iter().map(|c| count(c)).sum::<usize>();
                for row in rows.iter().take(MAX_BLOCKS + 1) {
                    chars += row.iter().map(|c| count(c)).sum::<usize>();
                    if chars > MAX_CHARS {
                        break;
                    }
                }
            }
            Block::Chart(chart) => {
                items += chart.categories.len().max(1);
                chars +=
                    count(&chart.title) + count(&chart.summary) + count(&chart.category_header);
                chars += chart
                    .categories
                    .iter()
                    .take(MAX_BLOCKS + 1)
                    .map(|c| count(c))
                    .sum::<usize>();
                for series in chart.series.iter().take(MAX_BLOCKS + 1) {
                    chars += count(&series.name);
                    chars += series
                        .points
                        .iter()
                        .take(MAX_BLOCKS + 1)
                        .map(|p| count(&p.label))
                        .sum::<usize>();
                    if chars > MAX_CHARS {
                        break;
                    }
                }
            }
        }
        // Stop counting as soon as a limit is passed: the rest may be huge.
        if items > MAX_BLOCKS {
            return Err(PaperError::TooLarge {
                what: "blocks",
                limit: MAX_BLOCKS,
            });
        }
        if chars > MAX_CHARS {
            return Err(PaperError::TooLarge {
                what: "characters",
                limit: MAX_CHARS,
            });
        }
    }
    if chars > MAX_CHARS {
        return Err(PaperError::TooLarge {
            what: "characters",
            limit: MAX_CHARS,
        });
    }
    Ok(())
}

/// Characters of `text`, counting no further than one past the limit.
fn count(text: &str) -> usize {
    text.chars().take(MAX_CHARS + 1).count()
}
