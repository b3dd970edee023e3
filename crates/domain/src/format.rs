//! Localised dates, numbers and amounts.
//!
//! The patterns are CLDR's for it-IT, fr-FR, en-GB and Arabic as written in Tunisia and
//! Morocco (Latin digits, which is what our Maghreb users read on forms and documents).
//! Kept by hand because the four locales need a few dozen lines, not an ICU data set.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::Locale;

const MONTHS: [[&str; 12]; 4] = [
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
];

fn index(locale: Locale) -> usize {
    match locale {
        Locale::It => 0,
        Locale::Fr => 1,
        Locale::En => 2,
        Locale::Ar => 3,
    }
}

/// `22 novembre 2026`, `22 November 2026`, `22 نوفمبر 2026`.
pub fn date_long(locale: Locale, d: NaiveDate) -> String {
    let month = MONTHS[index(locale)][d.month0() as usize];
    format!("{} {} {}", d.day(), month, d.year())
}

/// `22/11/2026` in every locale we serve (all four use day/month/year).
pub fn date_short(_locale: Locale, d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

/// Short date and 24-hour time.
pub fn date_time(locale: Locale, t: NaiveDateTime) -> String {
    format!(
        "{} {:02}:{:02}",
        date_short(locale, t.date()),
        t.hour(),
        t.minute()
    )
}

fn separators(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::It | Locale::Ar => (".", ","),
        // CLDR fr uses a narrow no-break space to group thousands.
        Locale::Fr => ("\u{202f}", ","),
        Locale::En => (",", "."),
    }
}

fn group(digits: &str, sep: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// A whole number with the locale's thousands separator.
pub fn integer(locale: Locale, n: i64) -> String {
    let (g, _) = separators(locale);
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", group(&n.unsigned_abs().to_string(), g))
}

/// A number held in tenths (`734` → 73.4) with the locale's decimal separator.
pub fn tenths(locale: Locale, n: i64) -> String {
    let (g, d) = separators(locale);
    let sign = if n < 0 { "-" } else { "" };
    let abs = n.unsigned_abs();
    format!("{sign}{}{d}{}", group(&(abs / 10).to_string(), g), abs % 10)
}

/// An amount held in cents, with two decimals and the currency placed as the locale does.
pub fn money(locale: Locale, cents: i64, currency: &str) -> String {
    let (g, d) = separators(locale);
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let number = format!("{}{d}{:02}", group(&(abs / 100).to_string(), g), abs % 100);
    let symbol = if currency == "EUR" { "€" } else { currency };
    match locale {
        Locale::En if currency == "EUR" => format!("{sign}€{number}"),
        Locale::En => format!("{sign}{number} {symbol}"),
        Locale::Fr => format!("{sign}{number}\u{a0}{symbol}"),
        Locale::It | Locale::Ar => format!("{sign}{number} {symbol}"),
    }
}

/// Percent-encodes `s` for a URL's path or query value: unreserved characters and `/`
/// stay, every other byte becomes `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 12, 9).unwrap_or_default()
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date_long(Locale::It, day()), "9 dicembre 2024");
        assert_eq!(date_long(Locale::Fr, day()), "9 décembre 2024");
        assert_eq!(date_long(Locale::En, day()), "9 December 2024");
        assert_eq!(date_long(Locale::Ar, day()), "9 ديسمبر 2024");
        assert_eq!(date_short(Locale::It, day()), "09/12/2024");
    }

    #[test]
    fn tenths_use_the_local_decimal_separator() {
        assert_eq!(tenths(Locale::En, 734), "73.4");
        assert_eq!(tenths(Locale::It, 734), "73,4");
        assert_eq!(tenths(Locale::Fr, 1000), "100,0");
        assert_eq!(tenths(Locale::Ar, 5), "0,5");
    }

    #[test]
    fn numbers_and_money_use_local_separators() {
        assert_eq!(integer(Locale::It, 1_000), "1.000");
        assert_eq!(integer(Locale::En, 3_260_000), "3,260,000");
        assert_eq!(integer(Locale::Fr, 41), "41");
        assert_eq!(integer(Locale::En, -1234), "-1,234");
        assert_eq!(money(Locale::It, 326_000_000, "EUR"), "3.260.000,00 €");
        assert_eq!(money(Locale::En, 50_000, "EUR"), "€500.00");
        assert_eq!(money(Locale::Fr, 60_000, "EUR"), "600,00\u{a0}€");
        assert_eq!(money(Locale::Ar, 150_050, "TND"), "1.500,50 TND");
    }
}
