# Lists: filters, saved searches and their digests, export and import of applications,
# ESCO occupations and skills on an application.

lists-field-skill = ESCO skill
lists-field-territory = Territory of residence
lists-field-language = Language
lists-field-level = Minimum level
lists-export = Export this list
lists-field-search-name = Name of the search
lists-field-watch = Watch (daily e-mail of new matches)
lists-action-save-search = Save this search
lists-saved-title = Saved searches
lists-saved-intro = Your saved searches of the application list. Open one to see what matches today; watch one to receive a daily e-mail when new applications match it.
lists-saved-none = You have no saved search yet. Filter the application list and save the search from there.
lists-actions = Actions
lists-watched = Watched
lists-watched-since = new matches since { $date }
lists-not-watched = Not watched
lists-action-watch = Watch
lists-action-unwatch = Stop watching
lists-action-delete = Delete
lists-error-search-name = Give the search a name (up to 100 characters).
lists-error-too-many-searches = You already have 50 saved searches: delete one first.
lists-error-bad-query = This search could not be read.

lists-digest-intro = { $count ->
    [one] Since the last e-mail, one application matches your saved search “{ $name }”:
   *[other] Since the last e-mail, { $count } applications match your saved search “{ $name }”:
}
lists-digest-more = { $count ->
    [one] … and one more.
   *[other] … and { $count } more.
}
lists-digest-open = See them all: { $link }

lists-esco-title = ESCO occupations and skills
lists-esco-none = No ESCO occupation or skill recorded.
lists-esco-edit = Change occupations and skills
lists-field-occupations = ESCO occupations
lists-field-skills = ESCO skills
lists-hint-esco = Start typing and choose from the ESCO suggestions; separate several with commas.
lists-error-esco-occupation = Choose each occupation from the ESCO suggestions.
lists-error-esco-skill = Choose each skill from the ESCO suggestions.

lists-import-title = Import applications
lists-import-intro = Upload a CSV or XLSX file with one application per row and a header row. You will then match its columns to our fields, choose the call, and check every row before anything is imported.
lists-import-call-hint = The applications are entered into this call as submitted, and their eligibility is checked.
lists-error-import-call = Choose a call you may enter applications into.
lists-error-import-country = The country of residence ({ $country }) is outside your territory.
lists-error-import-occupation = “{ $label }” is not an ESCO occupation.
lists-error-import-skill = “{ $label }” is not an ESCO skill.
lists-imported = { $count ->
    [one] One application imported.
   *[other] { $count } applications imported.
}
lists-event-imported = Imported from a spreadsheet
lists-field-reference = Reference
lists-field-eligible = Meets the rules
lists-yes = yes
lists-no = no
