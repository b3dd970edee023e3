# Procedure templates: what is wrong in an imported file (shown with its line).
procedure-error-too-large = The file is too large for a procedure template.
procedure-error-syntax = This line cannot be read: { $subject }
procedure-error-version = The version must be 1 or more, not { $subject }.
procedure-error-duplicate-step = The step "{ $subject }" is defined twice.
procedure-error-unknown-document = "{ $subject }" is not a known document kind.
procedure-error-unknown-step = "{ $subject }" is not a step of this template.
procedure-error-no-roles = The transition from "{ $subject }" names no role that may make it.
procedure-error-unknown-role = "{ $subject }" is not a known role.
procedure-error-no-end = The template has no end step.
procedure-error-unreachable = The step "{ $subject }" cannot be reached from the start.
procedure-error-dead-end = No end can be reached from the step "{ $subject }".
case-error-transition = The procedure does not allow this step from where the case stands.
case-error-role = Your role may not make this step of the procedure.
case-error-incomplete = Something is missing before the case can move on: see the list of what the step needs.
case-error-moved = Someone else moved this case a moment ago. Look at where it stands now and try again.
case-error-closed = This case is closed: nothing more can be recorded on it.
case-error-too-many-tasks = This case has as many open tasks as it may hold. Mark some done first.
case-error-fact-name = This is not a field of this procedure.
case-error-datetime = Give a date and time, as 2026-04-02 14:30.
case-error-count = Give a whole number between 1 and 1000.
case-error-codice-fiscale = This is not a valid codice fiscale (16 letters and digits).
case-error-paper-kind = This is not a paper the procedure produces.
case-error-future = This date is in the future: record a step on the day it happened.
case-error-before-step = This date is before the day the case reached its current step.
procedure-error-version-taken = A template with this name and version is stored already: raise the version number.
procedure-error-place = Give a municipality's six-digit ISTAT code, or nothing for a national holiday.
nav-procedures = Procedures
procedures-title = Procedure templates
procedures-intro = Each procedure is data: its steps, who may move a case from one to the next, what each step needs and the legal deadlines. A case keeps the version it started with.
procedures-name = Name
procedures-key = Identifier
procedures-version = Version
procedures-region = Region
procedures-imported = Imported
procedures-shipped = Shipped with Mentor
procedures-read-only = This page shows the template as stored; to change it, import a new version.
procedures-duration-label = Traineeship length
procedures-duration = { $min } to { $max } months, extensions included
procedures-steps = Steps
procedures-step = Step
procedures-actor = Who acts
procedures-documents = Documents needed
procedures-fields = Facts needed
procedures-end = end
procedures-transitions = Allowed moves
procedures-from = From
procedures-to = To
procedures-roles = Who may make it
procedures-complete = Step must be complete
procedures-yes = yes
procedures-no = no
procedures-deadlines = Deadline rules
procedures-rule = Rule
procedures-anchor = Counted from
procedures-offset = Time allowed
procedures-during = Runs while the case is in
procedures-roll-forward = moves to the next working day if it falls on a day off
procedures-unit-calendar-days = { $count ->
    [one] { $count } calendar day
   *[other] { $count } calendar days
}
procedures-unit-working-days = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
procedures-unit-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
procedures-unit-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
procedures-source = The template file
procedures-import-title = Import a template
procedures-import-intro = Upload a procedure template in TOML, adapted from a shipped one. It is checked whole before it is stored: every step reachable, an end reachable from every step, known roles and document kinds.
procedures-import-file = Template file (TOML)
procedures-import-action = Check and import
procedures-import-refused = The template was not imported. Correct these lines and upload it again:
procedures-line = Line { $line }
procedures-error-not-text = The file is not text in UTF-8.
flash-procedure-imported = The template is imported. New cases in its region follow it from now on.
procedures-holidays-title = Holidays
procedures-holidays-intro = Deadlines counted in working days skip these days, and a deadline falling on one moves to the next working day where its rule says so.
procedures-years = Years
procedures-day = Day
procedures-holiday = Holiday
procedures-place = Where
procedures-national = All of Italy
procedures-remove = Remove
procedures-holiday-add = Add a holiday
procedures-place-code = Municipality (ISTAT code)
procedures-place-hint = Six digits, e.g. 015146 for Milan; leave empty for a national holiday.
flash-holiday-removed = The holiday is removed; the deadlines are counted again.
holiday-new-year = New Year's Day
holiday-epiphany = Epiphany
holiday-easter = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-liberation = Liberation Day
holiday-labour = Labour Day
holiday-republic = Republic Day
holiday-assumption = Assumption
holiday-all-saints = All Saints' Day
holiday-saint-francis = Saint Francis of Assisi
holiday-immaculate-conception = Immaculate Conception
holiday-christmas = Christmas Day
holiday-saint-stephen = Saint Stephen's Day
holiday-saint-ambrose = Saint Ambrose (Milan)
holiday-saint-john = Saint John the Baptist (Turin)
