//! The audit log's chain: each entry carries an HMAC-SHA256 over its own fields and the
//! previous entry's MAC, so that removing, reordering or editing any entry breaks every
//! link after it. Entries name who did what to which object — never personal data.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The MAC that stands before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one entry that the chain protects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: i64,
    /// RFC 3339 UTC time, as stored.
    pub at: String,
    /// User id, or `system` / `cli` for work not done by a signed-in person.
    pub actor: String,
    /// Dotted verb such as `user.create` or `candidate.passport.read`.
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub request_id: String,
}

/// MAC of `entry` chained onto `prev_mac`, hex-encoded.
pub fn link_mac(key: &[u8], prev_mac: &str, entry: &Entry) -> String {
    // A key of any length is accepted by HMAC, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    // Unit separators keep fields from running into each other ("ab"+"c" ≠ "a"+"bc").
    for part in [
        prev_mac,
        &entry.seq.to_string(),
        &entry.at,
        &entry.actor,
        &entry.action,
        &entry.object_type,
        &entry.object_id,
        &entry.request_id,
    ] {
        mac.update(part.as_bytes());
        mac.update(b"\x1f");
    }
    hex::encode(mac.finalize().into_bytes())
}

/// Where a chain first fails to verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// The entry's MAC does not match its content and predecessor.
    Tampered { seq: i64 },
    /// Sequence numbers jump: entries were removed.
    Gap { expected: i64, found: i64 },
}

/// Checks a whole chain given in sequence order, each with its stored MAC.
pub fn verify<'a>(
    key: &[u8],
    entries: impl IntoIterator<Item = (&'a Entry, &'a str)>,
) -> Result<u64, Break> {
    let mut prev = GENESIS.to_owned();
    let mut count = 0;
    for (expected, (entry, stored)) in (1i64..).zip(entries) {
        if entry.seq != expected {
            return Err(Break::Gap {
                expected,
                found: entry.seq,
            });
        }
        let mac = link_mac(key, &prev, entry);
        if mac != stored {
            return Err(Break::Tampered { seq: entry.seq });
        }
        prev = mac;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, action: &str) -> Entry {
        Entry {
            seq,
            at: "2026-11-22T10:00:00Z".into(),
            actor: "u1".into(),
            action: action.into(),
            object_type: "user".into(),
            object_id: "u2".into(),
            request_id: "r1".into(),
        }
    }

    fn chain(key: &[u8], entries: &[Entry]) -> Vec<String> {
        let mut prev = GENESIS.to_owned();
        entries
            .iter()
            .map(|e| {
                prev = link_mac(key, &prev, e);
                prev.clone()
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies_and_an_edit_is_found() {
        let key = b"k";
        let mut entries = vec![
            entry(1, "user.create"),
            entry(2, "user.update"),
            entry(3, "x"),
        ];
        let macs = chain(key, &entries);
        let pairs = |e: &[Entry], m: &[String]| {
            verify(
                key,
                e.iter()
                    .zip(m.iter().map(String::as_str))
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(pairs(&entries, &macs), Ok(3));
        entries[1].action = "user.delete".into();
        assert_eq!(pairs(&entries, &macs), Err(Break::Tampered { seq: 2 }));
    }

    #[test]
    fn a_removed_entry_is_a_gap_and_another_key_fails() {
        let entries = vec![entry(1, "a"), entry(2, "b"), entry(3, "c")];
        let macs = chain(b"k", &entries);
        let kept = [
            (&entries[0], macs[0].as_str()),
            (&entries[2], macs[2].as_str()),
        ];
        assert_eq!(
            verify(b"k", kept),
            Err(Break::Gap {
                expected: 2,
                found: 3
            })
        );
        let all = entries.iter().zip(macs.iter().map(String::as_str));
        assert_eq!(verify(b"other", all), Err(Break::Tampered { seq: 1 }));
    }
}
