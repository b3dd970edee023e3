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

/// The first word of an anchor line, found anywhere in a line so that anchors read back
/// from a system log export (`… mentor[42]: mentor-audit-anchor v1 …`) parse as well.
pub const ANCHOR_TAG: &str = "mentor-audit-anchor";

/// The head of the chain at one moment, written outside the data folder (issue 10, defect
/// 6): the number of entries, the MAC of the last one and when. Deleting the newest entries
/// leaves fewer than anchored; rewriting and re-chaining them (with the key) changes the MAC
/// of the anchored entry. One line of text:
///
/// `mentor-audit-anchor v1 count=<n> mac=<64 hex> at=<RFC 3339 UTC> sig=<64 hex>`
///
/// where `sig` is HMAC-SHA256, under the audit key, of the other fields: an anchor file
/// that someone without the key edited is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// Entries in the chain (the sequence number of the last one).
    pub count: i64,
    /// The MAC of entry `count` ([`GENESIS`] for an empty chain).
    pub mac: String,
    /// When the anchor was taken, RFC 3339 UTC.
    pub at: String,
}

/// Why an anchor cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorError {
    /// The latest anchor line is not in the format above.
    Malformed,
    /// Its signature does not match: edited, or made with another key.
    Signature,
}

impl Anchor {
    fn sig(&self, key: &[u8]) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
            return String::new();
        };
        for part in [
            ANCHOR_TAG,
            "v1",
            &self.count.to_string(),
            &self.mac,
            &self.at,
        ] {
            mac.update(part.as_bytes());
            mac.update(b"\x1f");
        }
        hex::encode(mac.finalize().into_bytes())
    }

    /// The anchor as one signed line (without its newline).
    pub fn line(&self, key: &[u8]) -> String {
        format!(
            "{ANCHOR_TAG} v1 count={} mac={} at={} sig={}",
            self.count,
            self.mac,
            self.at,
            self.sig(key)
        )
    }

    /// Reads the anchor in `line` (from [`ANCHOR_TAG`] on), checking its signature.
    pub fn parse(line: &str, key: &[u8]) -> Result<Anchor, AnchorError> {
        let start = line.find(ANCHOR_TAG).ok_or(AnchorError::Malformed)?;
        let mut words = line[start..].split_whitespace();
        if words.next() != Some(ANCHOR_TAG) || words.next() != Some("v1") {
            return Err(AnchorError::Malformed);
        }
        let mut field = |name: &str| {
            words
                .next()
                .and_then(|w| w.strip_prefix(name))
                .and_then(|w| w.strip_prefix('='))
                .map(str::to_owned)
                .ok_or(AnchorError::Malformed)
        };
        let count = field("count")?
            .parse::<i64>()
            .map_err(|_| AnchorError::Malformed)?;
        let (mac, at, sig) = (field("mac")?, field("at")?, field("sig")?);
        let anchor = Anchor { count, mac, at };
        if count < 0 || anchor.mac.len() != 64 {
            return Err(AnchorError::Malformed);
        }
        if anchor.sig(key) != sig {
            return Err(AnchorError::Signature);
        }
        Ok(anchor)
    }

    /// The latest anchor in `text` (the last line that carries [`ANCHOR_TAG`]); `None`
    /// when there is none. The latest line must be valid: an edited or garbled last line
    /// is an error, never a reason to fall back to an older anchor.
    pub fn latest(text: &str, key: &[u8]) -> Result<Option<Anchor>, AnchorError> {
        text.lines()
            .rev()
            .find(|l| l.contains(ANCHOR_TAG))
            .map(|l| Anchor::parse(l, key))
            .transpose()
    }
}

/// What the database's chain says when checked, with or without an anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every link holds, but no anchor was given: the newest entries could have been
    /// removed, or the whole chain rewritten with the key, without this showing.
    Unanchored { entries: u64 },
    /// Every link holds and the chain still ends in (or extends) the anchored head.
    Anchored { entries: u64, anchor: Anchor },
    /// A link does not hold.
    Broken(Break),
    /// Fewer entries than anchored: the entries after `present` were removed.
    Missing { present: u64, anchored: i64 },
    /// The anchored entry's MAC differs: the chain up to entry `seq` was rewritten.
    Rewritten { seq: i64 },
}

impl Verdict {
    pub fn is_tampered(&self) -> bool {
        matches!(
            self,
            Verdict::Broken(_) | Verdict::Missing { .. } | Verdict::Rewritten { .. }
        )
    }
}

/// Judges a chain: `chain` is what [`verify`] found, `mac_at_anchor` the stored MAC of the
/// anchored entry (when the chain has one).
pub fn judge(
    chain: Result<u64, Break>,
    anchor: Option<&Anchor>,
    mac_at_anchor: Option<&str>,
) -> Verdict {
    let entries = match chain {
        Ok(n) => n,
        Err(b) => return Verdict::Broken(b),
    };
    let Some(anchor) = anchor else {
        return Verdict::Unanchored { entries };
    };
    if i64::try_from(entries).unwrap_or(i64::MAX) < anchor.count {
        return Verdict::Missing {
            present: entries,
            anchored: anchor.count,
        };
    }
    let expected = if anchor.count == 0 {
        Some(GENESIS)
    } else {
        mac_at_anchor
    };
    if expected != Some(anchor.mac.as_str()) {
        return Verdict::Rewritten { seq: anchor.count };
    }
    Verdict::Anchored {
        entries,
        anchor: anchor.clone(),
    }
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

    fn anchored(count: i64, mac: &str) -> Anchor {
        Anchor {
            count,
            mac: mac.into(),
            at: "2026-12-06T10:00:00Z".into(),
        }
    }

    #[test]
    fn an_anchor_line_reads_back_and_an_edit_is_refused() {
        let a = anchored(42, &"ab".repeat(32));
        let line = a.line(b"k");
        assert_eq!(Anchor::parse(&line, b"k"), Ok(a.clone()));
        // As a system log export shows it.
        let logged = format!("Dec  6 10:00:00 host mentor[7]: {line}");
        assert_eq!(
            Anchor::latest(&format!("noise\n{logged}\nmore noise\n"), b"k"),
            Ok(Some(a))
        );
        let edited = line.replace("count=42", "count=41");
        assert_eq!(Anchor::parse(&edited, b"k"), Err(AnchorError::Signature));
        assert_eq!(Anchor::parse(&line, b"other"), Err(AnchorError::Signature));
        assert_eq!(
            Anchor::parse("mentor-audit-anchor v1 count=x", b"k"),
            Err(AnchorError::Malformed)
        );
        assert_eq!(Anchor::latest("nothing here", b"k"), Ok(None));
        // A garbled last line is not skipped in favour of an older one.
        let two = format!("{line}\nmentor-audit-anchor v1 count=1\n");
        assert_eq!(Anchor::latest(&two, b"k"), Err(AnchorError::Malformed));
    }

    #[test]
    fn an_anchor_finds_missing_and_rewritten_entries() {
        let mac = "cd".repeat(32);
        let a = anchored(5, &mac);
        assert_eq!(judge(Ok(5), None, None), Verdict::Unanchored { entries: 5 });
        assert!(matches!(
            judge(Ok(7), Some(&a), Some(&mac)),
            Verdict::Anchored { entries: 7, .. }
        ));
        assert_eq!(
            judge(Ok(4), Some(&a), None),
            Verdict::Missing {
                present: 4,
                anchored: 5
            }
        );
        assert_eq!(
            judge(Ok(0), Some(&a), None),
            Verdict::Missing {
                present: 0,
                anchored: 5
            }
        );
        assert_eq!(
            judge(Ok(5), Some(&a), Some(&"00".repeat(32))),
            Verdict::Rewritten { seq: 5 }
        );
        assert_eq!(
            judge(Err(Break::Tampered { seq: 2 }), Some(&a), None),
            Verdict::Broken(Break::Tampered { seq: 2 })
        );
        assert!(matches!(
            judge(Ok(0), Some(&anchored(0, GENESIS)), None),
            Verdict::Anchored { entries: 0, .. }
        ));
    }
}
