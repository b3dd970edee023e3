//! When two applications may be the same person: the same passport (compared by its blind
//! index, never decrypted), the same e-mail, the same phone or WhatsApp number (families
//! share phones, so this is a flag for a person to look at, never a refusal), or the same
//! name and birth date — names compared without case, accents, Arabic diacritics or word
//! order, in Latin or Arabic script.

use chrono::NaiveDate;

/// Why a pair was flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    Passport,
    Email,
    Phone,
    NameAndBirthDate,
}

impl Reason {
    pub const ALL: [Reason; 4] = [
        Reason::Passport,
        Reason::Email,
        Reason::Phone,
        Reason::NameAndBirthDate,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::Passport => "passport",
            Reason::Email => "email",
            Reason::Phone => "phone",
            Reason::NameAndBirthDate => "name_birth_date",
        }
    }

    pub fn parse(s: &str) -> Option<Reason> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn message_key(self) -> String {
        format!("duplicate-reason-{}", self.as_str().replace('_', "-"))
    }
}

/// Reasons as stored: comma-separated, in a fixed order.
pub fn encode_reasons(reasons: &[Reason]) -> String {
    let mut r = reasons.to_vec();
    r.sort();
    r.dedup();
    r.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
}

pub fn decode_reasons(s: &str) -> Vec<Reason> {
    s.split(',').filter_map(Reason::parse).collect()
}

/// A flag's state: open until a person decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagStatus {
    Open,
    /// "Not the same person".
    Dismissed,
    /// The two records were merged into one.
    Merged,
}

impl FlagStatus {
    pub const ALL: [FlagStatus; 3] = [FlagStatus::Open, FlagStatus::Dismissed, FlagStatus::Merged];

    pub const fn as_str(self) -> &'static str {
        match self {
            FlagStatus::Open => "open",
            FlagStatus::Dismissed => "dismissed",
            FlagStatus::Merged => "merged",
        }
    }
}

/// What is compared of one application.
#[derive(Debug, Clone, Default)]
pub struct Record<'a> {
    pub passport_index: Option<&'a str>,
    pub email: &'a str,
    pub phone: &'a str,
    pub whatsapp: Option<&'a str>,
    pub family_name: &'a str,
    pub given_names: &'a str,
    pub family_name_ar: Option<&'a str>,
    pub given_names_ar: Option<&'a str>,
    pub birth_date: Option<NaiveDate>,
}

/// A phone number reduced to its digits after the country code (`+216 20-123 456`,
/// `0021620123456` → `21620123456`); numbers too short to mean anything give `None`.
pub fn phone_key(s: &str) -> Option<String> {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let digits = if s.trim_start().starts_with("00") {
        digits.trim_start_matches('0').to_owned()
    } else {
        digits
    };
    (digits.len() >= 8).then_some(digits)
}

/// Latin letters without case or accents, Arabic letters without diacritics and with the
/// common spelling variants joined (alef forms, tā' marbūṭa, alif maqṣūra); words sorted so
/// "Ben Salah Amina" and "Amina Ben Salah" compare equal.
pub fn name_key(parts: &[&str]) -> String {
    let mut words: Vec<String> = parts
        .iter()
        .flat_map(|p| p.split(|c: char| c.is_whitespace() || c == '-' || c == '\''))
        .map(|w| w.chars().filter_map(fold).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort();
    words.join(" ")
}

fn fold(c: char) -> Option<char> {
    let c = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        // Arabic: hamza-carrying alefs and madda to bare alef, tā' marbūṭa to hā',
        // alif maqṣūra to yā'.
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        // Tatweel and harakat (U+064B–U+0652), superscript alef: dropped.
        'ـ' | '\u{064B}'..='\u{0652}' | '\u{0670}' => return None,
        c if c.is_alphanumeric() => c,
        _ => return None,
    };
    Some(c.to_lowercase().next().unwrap_or(c))
}

impl Record<'_> {
    fn phones(&self) -> Vec<String> {
        [Some(self.phone), self.whatsapp]
            .into_iter()
            .flatten()
            .filter_map(phone_key)
            .collect()
    }

    fn latin_name(&self) -> String {
        name_key(&[self.family_name, self.given_names])
    }

    fn arabic_name(&self) -> Option<String> {
        let n = name_key(&[
            self.family_name_ar.unwrap_or(""),
            self.given_names_ar.unwrap_or(""),
        ]);
        (!n.is_empty()).then_some(n)
    }
}

/// Why `a` and `b` may be the same person; empty when nothing matches.
pub fn compare(a: &Record<'_>, b: &Record<'_>) -> Vec<Reason> {
    let mut out = Vec::new();
    if let (Some(x), Some(y)) = (a.passport_index, b.passport_index)
        && !x.is_empty()
        && x == y
    {
        out.push(Reason::Passport);
    }
    let (ea, eb) = (a.email.trim().to_lowercase(), b.email.trim().to_lowercase());
    if !ea.is_empty() && ea == eb {
        out.push(Reason::Email);
    }
    let pb = b.phones();
    if a.phones().iter().any(|p| pb.contains(p)) {
        out.push(Reason::Phone);
    }
    if a.birth_date.is_some() && a.birth_date == b.birth_date {
        let latin = {
            let (x, y) = (a.latin_name(), b.latin_name());
            !x.is_empty() && x == y
        };
        let arabic = matches!((a.arabic_name(), b.arabic_name()), (Some(x), Some(y)) if x == y);
        if latin || arabic {
            out.push(Reason::NameAndBirthDate);
        }
    }
    out
}

/// A pair in a fixed order, so the same two records make one flag whichever came second.
pub fn ordered<'a>(x: &'a str, y: &'a str) -> (&'a str, &'a str) {
    if x <= y { (x, y) } else { (y, x) }
}

/// The fields a person chooses between when merging two records, with their Fluent label.
pub const MERGE_FIELDS: [(&str, &str); 9] = [
    ("family_name", "field-family-name"),
    ("given_names", "field-given-names"),
    ("family_name_ar", "field-family-name-ar"),
    ("given_names_ar", "field-given-names-ar"),
    ("birth_date", "field-birth-date"),
    ("email", "field-email"),
    ("phone", "field-phone"),
    ("whatsapp", "field-whatsapp"),
    ("passport", "field-passport-number"),
];

crate::stored::stored_as_str!(FlagStatus);

#[cfg(test)]
mod tests {
    use super::*;

    fn amina() -> Record<'static> {
        Record {
            passport_index: Some("aa11"),
            email: "amina@example.tn",
            phone: "+21620123456",
            whatsapp: None,
            family_name: "Ben Salah",
            given_names: "Amina",
            family_name_ar: Some("بن صالح"),
            given_names_ar: Some("أمينة"),
            birth_date: NaiveDate::from_ymd_opt(1998, 4, 2),
        }
    }

    #[test]
    fn the_same_passport_email_or_phone_flags_a_pair() {
        let a = amina();
        let b = Record {
            passport_index: Some("aa11"),
            email: "AMINA@example.tn ",
            phone: "00216 20 123 456",
            family_name: "Trabelsi",
            given_names: "Sami",
            family_name_ar: None,
            given_names_ar: None,
            birth_date: NaiveDate::from_ymd_opt(2000, 1, 1),
            ..Default::default()
        };
        assert_eq!(
            compare(&a, &b),
            vec![Reason::Passport, Reason::Email, Reason::Phone]
        );
        let none = Record {
            email: "other@example.tn",
            phone: "+21620999999",
            family_name: "Trabelsi",
            given_names: "Sami",
            ..Default::default()
        };
        assert!(compare(&a, &none).is_empty());
        // A WhatsApp number shared with the other's phone counts too (a family phone).
        let sister = Record {
            whatsapp: Some("+216 20 123 456"),
            ..none.clone()
        };
        assert_eq!(compare(&a, &sister), vec![Reason::Phone]);
        // Empty values never match each other.
        let blank = Record::default();
        assert!(compare(&blank, &Record::default()).is_empty());
    }

    #[test]
    fn names_with_the_birth_date_match_across_spellings_and_scripts() {
        let a = amina();
        let b = Record {
            email: "amina.bs@example.com",
            phone: "+21655000000",
            family_name: "BEN-SALAH",
            given_names: "Âmina",
            family_name_ar: None,
            given_names_ar: None,
            birth_date: NaiveDate::from_ymd_opt(1998, 4, 2),
            ..Default::default()
        };
        assert_eq!(compare(&a, &b), vec![Reason::NameAndBirthDate]);
        // The Arabic name alone, written with other alef and diacritics, and words swapped.
        let c = Record {
            family_name: "Bensalah",
            given_names: "Emina",
            family_name_ar: Some("أمِينة"),
            given_names_ar: Some("بن  صالح"),
            ..b.clone()
        };
        assert_eq!(compare(&a, &c), vec![Reason::NameAndBirthDate]);
        // The same name born another day is someone else.
        let d = Record {
            birth_date: NaiveDate::from_ymd_opt(1999, 4, 2),
            ..b
        };
        assert!(compare(&a, &d).is_empty());
    }

    #[test]
    fn reasons_round_trip_and_pairs_have_one_order() {
        let s = encode_reasons(&[Reason::Phone, Reason::Email, Reason::Phone]);
        assert_eq!(s, "email,phone");
        assert_eq!(decode_reasons(&s), vec![Reason::Email, Reason::Phone]);
        assert_eq!(decode_reasons(""), vec![]);
        assert_eq!(ordered("b", "a"), ("a", "b"));
        assert_eq!(ordered("a", "b"), ("a", "b"));
        assert_eq!(phone_key("+216 20-123 456"), phone_key("0021620123456"));
        assert_eq!(phone_key("123"), None);
        assert_eq!(
            FlagStatus::try_from("merged".to_owned()),
            Ok(FlagStatus::Merged)
        );
        assert_eq!(
            Reason::NameAndBirthDate.message_key(),
            "duplicate-reason-name-birth-date"
        );
    }
}
