# Content in the reader's language (issue 12): versions of calls, criteria and positions.

content-fallback = Not yet available in { $wanted } — shown in { $shown }
content-missing-count = { $missing } of { $total } languages missing
content-translations = Translations
content-translations-title = Translations side by side
content-back = Back
content-none-missing = Every language has its version.
content-original-language = Language of the original
content-original = Original
content-original-empty = Empty: nothing to translate.
content-missing = missing
content-criterion = Criterion: { $name }
content-description-hint = What the trainee will do, in a few lines. Candidates read it; it can have versions in other languages.
field-position-description = Description for candidates
calls-how-assessed = How applications are assessed
error-version-too-long = A version is longer than its field allows: shorten the marked text.
flash-translations-saved = The translations are saved.
