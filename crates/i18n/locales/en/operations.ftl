# Operations: the database unavailable, the audit chain's anchors (issue 10, defects 6 and 19).
error-unavailable = The service is temporarily unavailable. Please try again in a few minutes.
audit-unanchored = The chain of { $count } entries is consistent, but not anchored: the removal of its newest entries would not show. Configure an anchor file to check it.
audit-anchored = The chain of { $count } entries is intact and matches the anchor taken at entry { $seq } ({ $at }).
audit-missing = The audit log was tampered with: entries are missing after entry { $seq } (the anchor counted { $count }).
audit-rewritten = The audit log was tampered with: entry { $seq } no longer matches its anchor, so the chain up to it was rewritten.
audit-anchor-unusable = The latest anchor cannot be read, or was not made with this audit key.
audit-anchor-now = Anchor the chain now
audit-anchor-done = The head of the chain was written to the anchor.
