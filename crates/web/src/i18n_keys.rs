//! Every message key that pages, templates and use cases name exists in the catalogue.

#[cfg(test)]
mod tests {
    use domain::Locale;

    #[test]
    fn every_key_used_in_templates_and_code_is_defined() {
        let en = i18n::message_ids(Locale::En);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = Vec::new();
        // The pages and the use cases (e-mails, digests) both use the catalogue.
        for dir in ["templates", "src", "../app/src"] {
            collect_keys(&root.join(dir), &mut used);
        }
        assert!(used.len() > 30, "too few keys found: the scan is broken");
        let undefined: Vec<_> = used.iter().filter(|k| !en.contains(k)).collect();
        assert!(undefined.is_empty(), "used but not defined: {undefined:?}");
    }

    /// Finds method calls `.t(`, `.t1(`, `.tn(` and `.t_with(` with a literal key, and the
    /// success messages (`Flash::new(`, `Flash::counted(`).
    fn collect_keys(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect_keys(&path, out);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for marker in [
                ".t(\"",
                ".t1(\"",
                ".tn(\"",
                ".t_with(\"",
                "Flash::new(\"",
                "Flash::counted(\"",
            ] {
                for (i, _) in text.match_indices(marker) {
                    let rest = &text[i + marker.len()..];
                    if let Some(end) = rest.find('"') {
                        let key = &rest[..end];
                        if !key.is_empty()
                            && key.contains('-')
                            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                        {
                            out.push(key.to_owned());
                        }
                    }
                }
            }
        }
    }
}
