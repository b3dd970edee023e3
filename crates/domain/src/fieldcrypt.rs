//! Field-level encryption of identity-document numbers (XChaCha20-Poly1305) and the keyed
//! blind index that finds duplicates without decrypting.
//!
//! A sealed value reads `k1:<hex of nonce ‖ ciphertext ‖ tag>`: the prefix names the key, so
//! keys can rotate (new values are sealed with the current key, old ones still open with the
//! key they name). The associated data binds the value to its table, column and row, so a
//! ciphertext copied into another row or column does not decrypt. Keys and nonces are passed
//! in: this module does no I/O and draws no randomness.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// One 32-byte key with its identifier (the prefix of what it seals).
#[derive(Clone)]
pub struct FieldKey {
    id: String,
    secret: [u8; 32],
}

impl std::fmt::Debug for FieldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FieldKey({}, ***)", self.id)
    }
}

/// Why a sealed value could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptError {
    #[error("the key that sealed this value is not configured")]
    UnknownKey,
    #[error("malformed sealed value")]
    Malformed,
    #[error("the value does not decrypt (wrong key, row or column, or tampered)")]
    Tampered,
}

/// The current key (first) and older keys still needed to open old values.
#[derive(Debug, Clone)]
pub struct Keyring {
    keys: Vec<FieldKey>,
}

/// Where a value lives: table, column and row id. Bound into the ciphertext.
pub struct Place<'a> {
    pub table: &'a str,
    pub column: &'a str,
    pub row: &'a str,
}

impl Place<'_> {
    fn aad(&self) -> Vec<u8> {
        format!("{}\x1f{}\x1f{}", self.table, self.column, self.row).into_bytes()
    }
}

type HmacSha256 = Hmac<Sha256>;

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    let mut mac = match HmacSha256::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    };
    for p in parts {
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

impl FieldKey {
    /// `id` must be short letters and digits (e.g. `k1`); `secret` is 32 random bytes.
    pub fn new(id: &str, secret: [u8; 32]) -> Option<FieldKey> {
        let ok = !id.is_empty() && id.len() <= 8 && id.bytes().all(|b| b.is_ascii_alphanumeric());
        ok.then(|| FieldKey {
            id: id.to_owned(),
            secret,
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Separate keys for sealing and for the blind index, derived from the one secret.
    fn derived(&self, purpose: &str) -> [u8; 32] {
        hmac(&self.secret, &[b"mentor field key\x1f", purpose.as_bytes()])
    }
}

impl Keyring {
    pub fn new(current: FieldKey, older: Vec<FieldKey>) -> Keyring {
        let mut keys = vec![current];
        keys.extend(older);
        Keyring { keys }
    }

    fn current(&self) -> &FieldKey {
        // `new` always puts one key first.
        &self.keys[0]
    }

    /// Seals `plaintext` for `place` with the current key and the given fresh nonce.
    pub fn seal(&self, place: &Place<'_>, nonce: [u8; 24], plaintext: &str) -> String {
        let key = self.current();
        let cipher = XChaCha20Poly1305::new(&Key::from(key.derived("seal")));
        let aad = place.aad();
        let sealed = cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: &aad,
                },
            )
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{}:{}", key.id, hex::encode(bytes))
    }

    /// Opens a value sealed by [`Keyring::seal`] for the same place.
    pub fn open(&self, place: &Place<'_>, sealed: &str) -> Result<String, CryptError> {
        let (id, body) = sealed.split_once(':').ok_or(CryptError::Malformed)?;
        let key = self
            .keys
            .iter()
            .find(|k| k.id == id)
            .ok_or(CryptError::UnknownKey)?;
        let bytes = hex::decode(body).map_err(|_| CryptError::Malformed)?;
        if bytes.len() < 24 + 16 {
            return Err(CryptError::Malformed);
        }
        let (nonce, ct) = bytes.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| CryptError::Malformed)?;
        let cipher = XChaCha20Poly1305::new(&Key::from(key.derived("seal")));
        let aad = place.aad();
        let plain = cipher
            .decrypt(&XNonce::from(nonce), Payload { msg: ct, aad: &aad })
            .map_err(|_| CryptError::Tampered)?;
        String::from_utf8(plain).map_err(|_| CryptError::Malformed)
    }

    /// Seals a file's bytes for `place` with the current key: `<key id>:` then nonce,
    /// ciphertext and tag, all binary. Used for documents stored in the data folder.
    pub fn seal_bytes(&self, place: &Place<'_>, nonce: [u8; 24], plaintext: &[u8]) -> Vec<u8> {
        let key = self.current();
        let cipher = XChaCha20Poly1305::new(&Key::from(key.derived("seal")));
        let aad = place.aad();
        let sealed = cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .unwrap_or_default();
        let mut out = Vec::with_capacity(key.id.len() + 1 + 24 + sealed.len());
        out.extend_from_slice(key.id.as_bytes());
        out.push(b':');
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Opens bytes sealed by [`Keyring::seal_bytes`] for the same place.
    pub fn open_bytes(&self, place: &Place<'_>, sealed: &[u8]) -> Result<Vec<u8>, CryptError> {
        let colon = sealed
            .iter()
            .take(9)
            .position(|b| *b == b':')
            .ok_or(CryptError::Malformed)?;
        let id = std::str::from_utf8(&sealed[..colon]).map_err(|_| CryptError::Malformed)?;
        let key = self
            .keys
            .iter()
            .find(|k| k.id == id)
            .ok_or(CryptError::UnknownKey)?;
        let body = &sealed[colon + 1..];
        if body.len() < 24 + 16 {
            return Err(CryptError::Malformed);
        }
        let (nonce, ct) = body.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| CryptError::Malformed)?;
        let cipher = XChaCha20Poly1305::new(&Key::from(key.derived("seal")));
        let aad = place.aad();
        cipher
            .decrypt(&XNonce::from(nonce), Payload { msg: ct, aad: &aad })
            .map_err(|_| CryptError::Tampered)
    }

    /// A keyed hash of the normalised value, equal for equal values: for duplicate checks.
    /// It uses the current key; rotating keys means recomputing the index.
    pub fn blind_index(&self, kind: &str, normalised: &str) -> String {
        let key = self.current().derived("blind index");
        hex::encode(hmac(
            &key,
            &[kind.as_bytes(), b"\x1f", normalised.as_bytes()],
        ))
    }
}

/// Passport numbers compared without spaces, dashes or case.
pub fn normalise_document_number(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(id: &str, byte: u8) -> Keyring {
        Keyring::new(
            FieldKey::new(id, [byte; 32]).unwrap_or_else(|| panic!()),
            vec![],
        )
    }

    const ROW: Place<'static> = Place {
        table: "candidates",
        column: "passport",
        row: "r1",
    };

    #[test]
    fn a_sealed_value_opens_only_in_its_place_with_its_key() {
        let r = ring("k1", 7);
        let sealed = r.seal(&ROW, [3; 24], "AB1234567");
        assert!(sealed.starts_with("k1:"));
        assert!(!sealed.contains("AB1234567"));
        assert_eq!(r.open(&ROW, &sealed).as_deref(), Ok("AB1234567"));
        let other_row = Place { row: "r2", ..ROW };
        assert_eq!(r.open(&other_row, &sealed), Err(CryptError::Tampered));
        let other_col = Place {
            column: "email",
            ..ROW
        };
        assert_eq!(r.open(&other_col, &sealed), Err(CryptError::Tampered));
        assert_eq!(ring("k1", 8).open(&ROW, &sealed), Err(CryptError::Tampered));
        assert_eq!(
            ring("k2", 7).open(&ROW, &sealed),
            Err(CryptError::UnknownKey)
        );
        assert_eq!(r.open(&ROW, "k1:zz"), Err(CryptError::Malformed));
    }

    #[test]
    fn rotated_keys_still_open_old_values() {
        let old = ring("k1", 1);
        let sealed = old.seal(&ROW, [9; 24], "X1");
        let rotated = Keyring::new(
            FieldKey::new("k2", [2; 32]).unwrap_or_else(|| panic!()),
            vec![FieldKey::new("k1", [1; 32]).unwrap_or_else(|| panic!())],
        );
        assert_eq!(rotated.open(&ROW, &sealed).as_deref(), Ok("X1"));
        assert!(rotated.seal(&ROW, [9; 24], "X1").starts_with("k2:"));
    }

    #[test]
    fn sealed_bytes_open_only_for_their_document() {
        let r = ring("k1", 7);
        let doc = Place {
            table: "candidate_documents",
            column: "file",
            row: "d1",
        };
        let pdf = b"%PDF-1.4 passport scan".to_vec();
        let sealed = r.seal_bytes(&doc, [5; 24], &pdf);
        assert!(sealed.starts_with(b"k1:"));
        assert!(
            !sealed.windows(4).any(|w| w == b"%PDF"),
            "no clear text on disk"
        );
        assert_eq!(r.open_bytes(&doc, &sealed), Ok(pdf));
        let other = Place { row: "d2", ..doc };
        assert_eq!(r.open_bytes(&other, &sealed), Err(CryptError::Tampered));
        assert_eq!(
            ring("k2", 7).open_bytes(&doc, &sealed),
            Err(CryptError::UnknownKey)
        );
        assert_eq!(r.open_bytes(&doc, b"k1:short"), Err(CryptError::Malformed));
        assert_eq!(r.open_bytes(&doc, b"no key id"), Err(CryptError::Malformed));
    }

    #[test]
    fn the_blind_index_matches_equal_numbers_only() {
        let r = ring("k1", 7);
        let a = r.blind_index("passport", &normalise_document_number("ab 123-4567"));
        let b = r.blind_index("passport", &normalise_document_number("AB1234567"));
        let c = r.blind_index("passport", "AB1234568");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, ring("k1", 8).blind_index("passport", "AB1234567"));
        assert!(FieldKey::new("bad id!", [0; 32]).is_none());
    }
}
