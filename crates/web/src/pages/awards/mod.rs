//! The panel and the award of a call for proposals (issue 15): the index of panels
//! (`index`), a call's panel with the appointments and the panellist's list (`panel`), one
//! application for its panellist — declaration, then the score (`review`), the consolidated
//! ranking and the results spreadsheet (`ranking`), and the award page with the proposal,
//! the advice, the adjustments, the close of submissions and the acceptance (`award`).

pub mod award;
pub mod index;
pub mod panel;
pub mod ranking;
pub mod review;

use domain::Locale;

/// Points held in thousandths, shown with one decimal in the reader's locale (`78.7`).
pub(crate) fn points(locale: Locale, milli: i64) -> String {
    domain::format::tenths(locale, (milli + 50) / 100)
}

/// The flash after a form of the call's pages, back to `to`.
pub(crate) fn back(to: &str, key: &'static str) -> axum::response::Response {
    crate::flash::redirect(to, crate::flash::Flash::new(key))
}

#[cfg(test)]
mod tests {
    use domain::Locale;

    #[test]
    fn points_round_to_a_tenth() {
        assert_eq!(super::points(Locale::En, 78_667), "78.7");
        assert_eq!(super::points(Locale::It, 60_000), "60,0");
        assert_eq!(super::points(Locale::En, 59_949), "59.9");
    }
}
