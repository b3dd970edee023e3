//! A candidate's documents: their kinds, the dates they carry, which files are accepted
//! (PDF, JPEG or PNG, decided by the bytes, never by the name), and the safe name a download
//! is offered under. Who may read which kind is asked of [`crate::Actor`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::programme::parse_date;

/// The largest file accepted, in bytes (10 MB): a phone photo of a passport fits, a video
/// does not.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;
/// Documents one application may hold, and their total size: enough for every kind with
/// room for replacements, and a bound on what one sign-up can put on the server's disk.
pub const MAX_DOCUMENTS_PER_CANDIDATE: usize = 20;
pub const MAX_BYTES_PER_CANDIDATE: i64 = 60 * 1024 * 1024;

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Passport,
    Diploma,
    Cv,
    LanguageCertificate,
    ResidenceCertificate,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Passport,
        Kind::Diploma,
        Kind::Cv,
        Kind::LanguageCertificate,
        Kind::ResidenceCertificate,
        Kind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Passport => "passport",
            Kind::Diploma => "diploma",
            Kind::Cv => "cv",
            Kind::LanguageCertificate => "language_certificate",
            Kind::ResidenceCertificate => "residence_certificate",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Kind, Invalid> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(Invalid::new("kind", "error-document-kind"))
    }

    /// The Fluent key of the kind's name.
    pub fn message_key(self) -> String {
        format!("document-kind-{}", self.as_str().replace('_', "-"))
    }

    /// Documents about the person's studies and skills, which evaluators (who see no
    /// identity) may read. Passports and residence certificates identify the person; an
    /// "other" document may contain anything, so it is treated as identifying too.
    pub const fn is_about_skills(self) -> bool {
        matches!(self, Kind::Cv | Kind::Diploma | Kind::LanguageCertificate)
    }
}

/// A file type recognised by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    Pdf,
    Jpeg,
    Png,
}

impl FileType {
    /// The type of `bytes`, or `None` for anything that is not a PDF, JPEG or PNG, whatever
    /// it is called.
    pub fn sniff(bytes: &[u8]) -> Option<FileType> {
        if bytes.starts_with(b"%PDF-") {
            Some(FileType::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileType::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(FileType::Png)
        } else {
            None
        }
    }

    pub const fn mime(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Jpeg => "image/jpeg",
            FileType::Png => "image/png",
        }
    }

    pub const fn extension(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Jpeg => "jpg",
            FileType::Png => "png",
        }
    }

    pub fn from_mime(s: &str) -> Option<FileType> {
        [FileType::Pdf, FileType::Jpeg, FileType::Png]
            .into_iter()
            .find(|t| t.mime() == s)
    }
}

/// Why a file is refused, before anything is stored.
pub fn check_file(bytes: &[u8]) -> Result<FileType, Invalid> {
    if bytes.is_empty() {
        return Err(Invalid::new("file", "error-document-no-file"));
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Invalid::new("file", "error-document-too-large"));
    }
    FileType::sniff(bytes).ok_or(Invalid::new("file", "error-document-type"))
}

/// The document form as sent.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DocumentFields {
    pub kind: String,
    pub issued_on: String,
    pub expires_on: String,
}

/// A checked document description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub kind: Kind,
    pub issued_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
}

impl DocumentFields {
    /// Kind required; dates optional, an issue date not in the future and an expiry date
    /// after the issue date.
    pub fn parse(&self, today: NaiveDate) -> Result<Document, Invalid> {
        let kind = Kind::parse(&self.kind)?;
        let date = |field: &'static str, s: &str| {
            if s.trim().is_empty() {
                Ok(None)
            } else {
                parse_date(field, s).map(Some)
            }
        };
        let issued_on = date("issued_on", &self.issued_on)?;
        let expires_on = date("expires_on", &self.expires_on)?;
        if issued_on.is_some_and(|d| d > today) {
            return Err(Invalid::new("issued_on", "error-date-in-future"));
        }
        if let (Some(i), Some(e)) = (issued_on, expires_on)
            && e <= i
        {
            return Err(Invalid::new(
                "expires_on",
                "error-document-expiry-before-issue",
            ));
        }
        Ok(Document {
            kind,
            issued_on,
            expires_on,
        })
    }
}

/// Expired on `today` (the expiry date is the last valid day).
pub fn is_expired(expires_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    expires_on.is_some_and(|e| e < today)
}

/// The uploaded name made safe to keep and to offer back: the base name only, letters,
/// digits, dot, dash and underscore (other characters become `_`), at most 80 characters,
/// never hidden or empty, ending with the extension of the type actually found.
pub fn safe_file_name(original: &str, kind: Kind, file_type: FileType) -> String {
    let base = original.rsplit(['/', '\\']).next().unwrap_or("");
    let stem = base
        .rsplit_once('.')
        .map_or(base, |(s, _)| s)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect::<String>();
    let stem = stem.trim_matches(['_', '-']);
    let stem: String = stem.chars().take(72).collect();
    let stem = if stem.is_empty() {
        kind.as_str().to_owned()
    } else {
        stem
    };
    format!("{stem}.{}", file_type.extension())
}

crate::stored::stored_as_str!(Kind);

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn files_are_recognised_by_their_bytes_not_their_name() {
        assert_eq!(FileType::sniff(b"%PDF-1.7\n..."), Some(FileType::Pdf));
        assert_eq!(
            FileType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some(FileType::Jpeg)
        );
        assert_eq!(
            FileType::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(FileType::Png)
        );
        assert_eq!(FileType::sniff(b"MZ\x90\0 a program"), None);
        assert_eq!(FileType::sniff(b"<html>%PDF-"), None);
        assert_eq!(
            check_file(b"").map_err(|e| e.key),
            Err("error-document-no-file")
        );
        assert_eq!(
            check_file(b"GIF89a").map_err(|e| e.key),
            Err("error-document-type")
        );
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_DOCUMENT_BYTES + 1, b' ');
        assert_eq!(
            check_file(&big).map_err(|e| e.key),
            Err("error-document-too-large")
        );
        big.truncate(MAX_DOCUMENT_BYTES);
        assert_eq!(check_file(&big), Ok(FileType::Pdf));
    }

    #[test]
    fn the_expiry_comes_after_the_issue_and_the_issue_is_not_in_the_future() {
        let today = d("2026-11-22");
        let f = |kind: &str, i: &str, e: &str| {
            DocumentFields {
                kind: kind.into(),
                issued_on: i.into(),
                expires_on: e.into(),
            }
            .parse(today)
        };
        assert_eq!(
            f("passport", "2020-01-10", "2030-01-09"),
            Ok(Document {
                kind: Kind::Passport,
                issued_on: Some(d("2020-01-10")),
                expires_on: Some(d("2030-01-09")),
            })
        );
        assert_eq!(f("cv", "", "").map(|x| x.kind), Ok(Kind::Cv));
        assert_eq!(
            f("passport", "2020-01-10", "2019-01-09").map_err(|e| e.field),
            Err("expires_on")
        );
        assert_eq!(
            f("passport", "2020-01-10", "2020-01-10").map_err(|e| e.key),
            Err("error-document-expiry-before-issue")
        );
        assert_eq!(
            f("passport", "2027-01-10", "").map_err(|e| e.key),
            Err("error-date-in-future")
        );
        assert_eq!(
            f("visa", "", "").map_err(|e| e.key),
            Err("error-document-kind")
        );
        assert_eq!(
            f("cv", "10/01/2020", "").map_err(|e| e.key),
            Err("error-invalid-date")
        );
    }

    #[test]
    fn expired_means_past_the_last_valid_day() {
        let today = d("2026-11-22");
        assert!(is_expired(Some(d("2026-11-21")), today));
        assert!(!is_expired(Some(d("2026-11-22")), today));
        assert!(!is_expired(None, today));
    }

    #[test]
    fn only_skill_documents_reach_evaluators() {
        let readable: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|k| k.is_about_skills())
            .collect();
        assert_eq!(
            readable,
            vec![Kind::Diploma, Kind::Cv, Kind::LanguageCertificate]
        );
        assert_eq!(
            Kind::LanguageCertificate.message_key(),
            "document-kind-language-certificate"
        );
    }

    #[test]
    fn file_names_are_made_safe_and_carry_the_real_extension() {
        use FileType::*;
        assert_eq!(
            safe_file_name("Passeport Amina.PDF", Kind::Passport, Pdf),
            "Passeport_Amina.pdf"
        );
        assert_eq!(
            safe_file_name("../../etc/passwd", Kind::Other, Png),
            "passwd.png"
        );
        assert_eq!(
            safe_file_name("C:\\Users\\x\\cv final.exe", Kind::Cv, Pdf),
            "cv_final.pdf"
        );
        assert_eq!(
            safe_file_name("جواز.jpg", Kind::Passport, Jpeg),
            "passport.jpg"
        );
        assert_eq!(safe_file_name(".hidden", Kind::Cv, Pdf), "cv.pdf");
        assert_eq!(safe_file_name("a\"b;c\r\n.pdf", Kind::Cv, Pdf), "a_b_c.pdf");
        assert!(safe_file_name(&"x".repeat(500), Kind::Cv, Pdf).len() <= 80);
    }
}
