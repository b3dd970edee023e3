//! How close two short texts are (a qualification and an occupation, experience and
//! required skills): the share of the shorter text's words found in the other, 0–100.
//! Plain and explainable; the ESCO taxonomy can replace it pair by pair when both sides
//! carry codes.

use std::collections::BTreeSet;

/// Words of three letters or more, lower-cased, without punctuation.
fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

pub fn overlap(a: &str, b: &str) -> u8 {
    let (a, b) = (words(a), words(b));
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0;
    }
    let common = a.intersection(&b).count();
    u8::try_from(common * 100 / smaller).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::overlap;

    #[test]
    fn shared_words_count_and_empty_text_scores_nothing() {
        assert_eq!(
            overlap("Web developer", "junior web developer (front end)"),
            100
        );
        assert_eq!(
            overlap("mechanical engineering", "mechatronics technician"),
            0
        );
        assert_eq!(overlap("Cook, pastry", "cook"), 100);
        assert_eq!(overlap("", "anything"), 0);
        assert_eq!(overlap("data analysis statistics", "data entry clerk"), 33);
    }
}
