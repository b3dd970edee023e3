//! Host companies: Italian VAT number (Partita IVA), tax code (codice fiscale), ATECO sector.

use serde::{Deserialize, Serialize};

use crate::Invalid;

/// An Italian VAT number: 11 digits whose last is a Luhn-style check digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VatNumber(String);

fn luhn11_ok(d: &[u32]) -> bool {
    let mut sum = 0;
    for (i, &x) in d[..10].iter().enumerate() {
        sum += if i % 2 == 0 {
            x
        } else {
            let y = x * 2;
            if y > 9 { y - 9 } else { y }
        };
    }
    (10 - sum % 10) % 10 == d[10]
}

fn digits11(s: &str) -> Option<Vec<u32>> {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    (d.len() == 11 && s.chars().all(|c| c.is_ascii_digit())).then_some(d)
}

impl VatNumber {
    /// Accepts `12345678903`, `IT12345678903` and spaces; checks the check digit.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let cleaned: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let cleaned = cleaned.strip_prefix("IT").unwrap_or(&cleaned).to_owned();
        match digits11(&cleaned) {
            Some(d) if luhn11_ok(&d) => Ok(VatNumber(cleaned)),
            Some(_) => Err(Invalid::new("vat_number", "error-vat-checksum")),
            None => Err(Invalid::new("vat_number", "error-vat-format")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Codice fiscale: 11 digits for companies (checked like a VAT number) or the 16-character
/// code of a person (sole traders), whose last character is a check letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TaxCode(String);

const ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

fn value(c: char, odd: bool) -> Option<u32> {
    let i = match c {
        '0'..='9' => c as u32 - '0' as u32,
        'A'..='Z' => c as u32 - 'A' as u32,
        _ => return None,
    };
    Some(if odd { ODD[i as usize] } else { i })
}

impl TaxCode {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let err = Invalid::new("tax_code", "error-tax-code");
        if let Some(d) = digits11(&s) {
            return if luhn11_ok(&d) {
                Ok(TaxCode(s))
            } else {
                Err(err)
            };
        }
        if s.len() != 16 || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(err);
        }
        let chars: Vec<char> = s.chars().collect();
        let mut sum = 0;
        for (i, c) in chars[..15].iter().enumerate() {
            // Positions are counted from 1: odd positions use the odd table.
            sum += value(*c, i % 2 == 0).ok_or(err.clone())?;
        }
        let check = char::from(b'A' + (sum % 26) as u8);
        if chars[15] == check {
            Ok(TaxCode(s))
        } else {
            Err(err)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ATECO 2007 / NACE code such as `62`, `62.01` or `62.01.00`.
pub fn parse_ateco(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('.').collect();
    let ok = !s.is_empty()
        && parts.len() <= 3
        && parts[0].len() == 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        Ok(s.to_owned())
    } else {
        Err(Invalid::new("ateco", "error-ateco"))
    }
}

/// Number of employees: a whole number from 0 to one million.
pub fn parse_employees(s: &str) -> Result<i32, Invalid> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (0..=1_000_000).contains(n))
        .ok_or(Invalid::new("employees", "error-employees"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vat_numbers_are_checked() {
        // Check digits computed by the official algorithm.
        assert!(VatNumber::parse("01234567897").is_ok());
        assert!(VatNumber::parse("IT 0123456789 7").is_ok());
        assert_eq!(
            VatNumber::parse("01234567890").err().map(|e| e.key),
            Some("error-vat-checksum")
        );
        assert_eq!(
            VatNumber::parse("1234").err().map(|e| e.key),
            Some("error-vat-format")
        );
        assert_eq!(
            VatNumber::parse("0123456789A").err().map(|e| e.key),
            Some("error-vat-format")
        );
    }

    #[test]
    fn tax_codes_of_companies_and_people_are_checked() {
        assert!(TaxCode::parse("01234567897").is_ok());
        // A well-known specimen personal code.
        assert!(TaxCode::parse("RSSMRA85T10A562S").is_ok());
        assert!(TaxCode::parse("RSSMRA85T10A562T").is_err());
        assert!(TaxCode::parse("RSSMRA85").is_err());
    }

    #[test]
    fn ateco_codes_and_headcounts_parse() {
        for ok in ["62", "62.01", "62.01.00", "10.1"] {
            assert!(parse_ateco(ok).is_ok(), "{ok}");
        }
        for bad in ["", "6", "62.", "62.011", "ab.01", "62.01.00.1"] {
            assert!(parse_ateco(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_employees(" 25 "), Ok(25));
        assert!(parse_employees("-1").is_err());
    }
}

/// A company's profile as typed on the form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CompanyFields {
    pub name: String,
    pub city: String,
    pub territory_id: String,
    pub vat_number: String,
    pub tax_code: String,
    pub ateco: String,
    pub employees: String,
    pub address: String,
    pub region: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub notes: String,
}

/// A checked company profile. Identifiers are optional while a company is only a prospect,
/// but a company without a valid VAT number or headcount cannot pass its checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyDraft {
    pub name: String,
    pub city: String,
    pub territory_id: Option<String>,
    pub vat_number: Option<VatNumber>,
    pub tax_code: Option<TaxCode>,
    pub ateco: Option<String>,
    pub employees: Option<i32>,
    pub address: String,
    pub region: Option<String>,
    pub contact_name: String,
    pub contact_email: Option<crate::Email>,
    pub contact_phone: String,
    pub notes: String,
}

fn optional<T>(s: &str, parse: impl Fn(&str) -> Result<T, Invalid>) -> Result<Option<T>, Invalid> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        parse(s).map(Some)
    }
}

/// The longest notes on a company.
pub const NOTES_MAX: usize = 4000;

impl CompanyFields {
    /// Checks every field; texts are at most 200 characters (notes 4000) as sent.
    pub fn parse(&self) -> Result<CompanyDraft, Invalid> {
        use crate::bounds::{MAX_NAME, text as bounded};
        let text = |field, s: &str| bounded(field, s, MAX_NAME);
        Ok(CompanyDraft {
            name: crate::programme::parse_name(&self.name)?,
            city: text("city", &self.city)?,
            territory_id: optional(&self.territory_id, |s| text("territory_id", s))?,
            vat_number: optional(&self.vat_number, VatNumber::parse)?,
            tax_code: optional(&self.tax_code, TaxCode::parse)?,
            ateco: optional(&self.ateco, parse_ateco)?,
            employees: optional(&self.employees, parse_employees)?,
            address: text("address", &self.address)?,
            region: optional(&self.region, |s| text("region", s))?,
            contact_name: text("contact_name", &self.contact_name)?,
            contact_email: optional(&self.contact_email, |s| {
                crate::Email::parse(s)
                    .map_err(|_| Invalid::new("contact_email", "error-invalid-email"))
            })?,
            contact_phone: text("contact_phone", &self.contact_phone)?,
            notes: bounded("notes", &self.notes, NOTES_MAX)?,
        })
    }
}

#[cfg(test)]
mod fields_tests {
    use super::*;

    #[test]
    fn a_prospect_needs_only_a_name_and_bad_identifiers_are_named() {
        let f = CompanyFields {
            name: "Navigli Software Srl".into(),
            ..Default::default()
        };
        assert!(
            f.parse()
                .is_ok_and(|d| d.vat_number.is_none() && d.employees.is_none())
        );
        let f = CompanyFields {
            name: "X".into(),
            vat_number: "01234567890".into(),
            ..Default::default()
        };
        assert_eq!(f.parse().err().map(|e| e.field), Some("vat_number"));
        let f = CompanyFields {
            name: "X".into(),
            contact_email: "nope".into(),
            ..Default::default()
        };
        assert_eq!(f.parse().err().map(|e| e.field), Some("contact_email"));
    }
}
