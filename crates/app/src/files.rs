//! Where candidates' documents live: a `documents/` folder in the data directory (outside
//! anything served), one file per document named by the document's generated id, its bytes
//! sealed with the field keys (XChaCha20-Poly1305, associated data
//! `candidate_documents/file/<document id>`), so a copied disk or backup shows no passport
//! and a file moved under another document's name does not open.

use std::io;
use std::path::{Path, PathBuf};

use domain::fieldcrypt::{CryptError, Keyring, Place};

/// The folder of sealed document files.
#[derive(Debug, Clone)]
pub struct DocumentStore {
    dir: PathBuf,
}

fn place(document_id: &str) -> Place<'_> {
    Place {
        table: "candidate_documents",
        column: "file",
        row: document_id,
    }
}

/// Seals a document's bytes for its id with a fresh nonce.
pub fn seal(keys: &Keyring, document_id: &str, bytes: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 24];
    db::id::fill_random(&mut nonce);
    keys.seal_bytes(&place(document_id), nonce, bytes)
}

/// Opens what [`seal`] sealed for the same id.
pub fn open(keys: &Keyring, document_id: &str, sealed: &[u8]) -> Result<Vec<u8>, CryptError> {
    keys.open_bytes(&place(document_id), sealed)
}

/// Stored names are generated ids: letters, digits and dashes only, so no name can reach
/// outside the folder.
fn checked(name: &str) -> io::Result<&str> {
    if !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        Ok(name)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "bad stored name",
        ))
    }
}

impl DocumentStore {
    /// The store in `dir` (created, readable by the owner only).
    pub fn open(dir: impl Into<PathBuf>) -> io::Result<DocumentStore> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(DocumentStore { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, name: &str) -> io::Result<PathBuf> {
        Ok(self.dir.join(format!("{}.sealed", checked(name)?)))
    }

    /// Writes a sealed file completely (readable by the owner only), moves it into place and
    /// makes the file and the folder's entry durable, so that once this returns a power cut
    /// cannot leave the row that names the file pointing at nothing (or at 0 bytes): the
    /// caller commits the row only after this.
    pub fn put(&self, name: &str, sealed: &[u8]) -> io::Result<()> {
        use std::io::Write;
        let path = self.path(name)?;
        let tmp = self.dir.join(format!("{}.partial", checked(name)?));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&tmp)?;
        file.write_all(sealed)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, &path)?;
        std::fs::File::open(&self.dir)?.sync_all()
    }

    /// Writes, syncs and removes a small file, as [`DocumentStore::put`] would: fails when
    /// the folder cannot take a durable write (read-only file system, full disk). For the
    /// readiness check.
    pub fn probe_write(&self) -> io::Result<()> {
        self.put("readiness-probe", b"ok")?;
        self.remove("readiness-probe")
    }

    pub fn get(&self, name: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.path(name)?)
    }

    /// Removes a file; one already gone is fine.
    pub fn remove(&self, name: &str) -> io::Result<()> {
        match std::fs::remove_file(self.path(name)?) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_sealed_on_disk_and_names_stay_inside_the_folder() {
        let dir = std::env::temp_dir().join(format!("mentor-files-{}", db::id::new_id()));
        let store = DocumentStore::open(&dir).unwrap();
        let keys = Keyring::new(
            domain::fieldcrypt::FieldKey::new("k1", [4; 32]).unwrap_or_else(|| panic!()),
            vec![],
        );
        let sealed = seal(&keys, "doc-1", b"%PDF-1.4 passport");
        store.put("doc-1", &sealed).unwrap();
        let on_disk = store.get("doc-1").unwrap_or_default();
        assert!(!on_disk.windows(5).any(|w| w == b"%PDF-"));
        assert_eq!(
            open(&keys, "doc-1", &on_disk).ok().as_deref(),
            Some(&b"%PDF-1.4 passport"[..])
        );
        assert!(open(&keys, "doc-2", &on_disk).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
            assert_eq!(
                mode(&dir.join("doc-1.sealed")).ok(),
                Some(0o600),
                "owner only"
            );
            assert_eq!(mode(&dir).ok(), Some(0o700));
        }
        assert!(store.put("../escape", b"x").is_err());
        assert!(store.get("a/b").is_err());
        store.remove("doc-1").unwrap();
        store.remove("doc-1").unwrap();
        assert!(store.get("doc-1").is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
