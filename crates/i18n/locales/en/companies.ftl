# Host companies, positions, outreach, regional rules, invitations.

nav-companies = Companies
nav-positions = Positions
nav-outreach = Outreach
nav-rules = Hosting rules

## Companies
companies-title = Companies
companies-new = Register a company
companies-edit = Edit company
companies-board = Pipeline board
companies-count = { $count ->
    [one] One company
   *[other] { $count } companies
}
companies-vat-duplicates = { $count ->
    [one] Another company is registered with the same VAT number.
   *[other] { $count } other companies are registered with the same VAT number.
}
companies-cap-status = This company may host { $cap } trainees at a time; { $held } places are already taken by submitted or active positions.

field-legal-name = Legal name
field-vat-number = VAT number (Partita IVA)
field-tax-code = Tax code (codice fiscale)
field-ateco = Sector (ATECO code)
field-employees = Employees
field-address = Address
field-region = Region
field-contact-name = Contact person
field-contact-email = Contact e-mail
field-contact-phone = Contact phone
field-notes = Notes
field-stage = Stage
field-rule = Rule
field-result = Result
field-company = Company
hint-vat = 11 digits; the last one is a check digit.

## Pipeline stages
stage-identified = Identified
stage-contacted = Contacted
stage-interested = Interested
stage-workshop-attended = Attended a workshop
stage-positions-offered = Offered positions
stage-hosting = Hosting
stage-alumni-host = Hosted in the past

## Hosting checklist
checklist-heading = May this company host trainees?
checklist-title = Hosting checklist: { $name }
checklist-open = Complete the checklist
checklist-intro = Declare whether the company meets each condition of its region. Positions can be approved only when every condition is met.
checklist-eligible = Yes: every condition is met.
checklist-not-eligible = Not yet: some conditions are not met or not declared.
rule-vat = Valid VAT number
rule-region = Region of the host
rule-safety = The company complies with workplace safety law (D.Lgs. 81/2008)
rule-disability = The company complies with the disability hiring law (L. 68/1999)
rule-no-dismissals = No dismissals for equivalent tasks in the same unit in the last 12 months
rule-no-insolvency = No insolvency procedure under way
rule-no-wage-support = No wage-support scheme (cassa integrazione) for equivalent tasks
rule-headcount = Number of trainees at a time (headcount cap)
reason-declared = Declared met.
reason-declared-not-met = Declared not met.
reason-not-declared = Not declared yet.
reason-vat-valid = A valid VAT number is registered.
reason-vat-missing = Enter a valid VAT number in the company profile.
reason-region-unknown = Choose the region in the company profile: its rules apply.
reason-headcount-cap = { $count ->
    [one] At most one trainee at a time.
   *[other] At most { $count } trainees at a time.
}
reason-employees-missing = Enter the number of employees in the company profile.
answer-yes = Yes
answer-no = No
answer-met = met
answer-not-met = not met
action-save-checklist = Save the checklist

## Positions
positions-title = Traineeship positions
positions-new = New position
positions-edit = Edit position
positions-places-total = { $count ->
    [one] One place in this list
   *[other] { $count } places in this list
}
position-status-draft = Draft
position-status-submitted = Submitted to the promoter
position-status-approved = Approved by the promoter
position-status-open = Open to candidates
position-status-filled = Filled
position-status-withdrawn = Withdrawn
transition-submit = Submit to the promoter
transition-return = Return for changes
transition-approve = Approve
transition-open = Open to candidates
transition-fill = Mark as filled
transition-withdraw = Withdraw
field-occupation = Occupation (ESCO)
field-isco = ISCO-08 group code
field-required-skills = Required skills
field-desired-skills = Desired skills
field-min-italian = Minimum level of Italian
field-education-level = Minimum education level (ISCED 0–8)
field-workplace = Workplace
field-duration-months = Duration (months)
field-hours-per-week = Hours per week
field-allowance = Monthly allowance (EUR, gross)
field-board = Meals provided
field-lodging = Lodging provided
field-tutor = Company tutor
field-status-note = Note
error-allowance-below-minimum = The allowance is below the minimum of this region: at least { $amount } a month.
error-places-over-cap = { $count ->
    [0] The company has no place left under its headcount cap.
    [one] The company has only one place left under its headcount cap.
   *[other] The company has only { $count } places left under its headcount cap.
}
error-company-profile-incomplete = Complete the company profile first: region and number of employees.
error-company-not-eligible = The company does not meet every hosting condition yet: see its checklist.
error-position-not-editable = Only draft positions can be changed. Ask the promoter to return it for changes.
error-transition = This step is not possible from the current status.
error-position-status = Unknown status.
error-duration = A traineeship lasts from 3 to 12 months.
error-hours = Enter the weekly hours (1 to 40).
error-places = Enter the number of places (1 to 50).
error-isco = An ISCO group code has up to 4 digits.
error-isced = Enter an ISCED level from 0 to 8.
error-cefr = Choose a level from A1 to C2.
error-occupation = Enter the occupation.
error-tutor = Enter the name of the company tutor.
error-city = Enter the city.

## Outreach
outreach-title = Company outreach
outreach-due = My follow-ups due
outreach-nothing-due = No follow-up is due.
outreach-by-territory = Conversion by territory
outreach-stage-heading = Outreach stage
campaigns-title = Campaigns
campaigns-new = New campaign
campaigns-contacted = Companies contacted
campaigns-hosting = Now hosting
campaigns-contacts = Contacts logged
campaigns-conversion = Conversion through the pipeline
contacts-heading = Contact log
contact-kind-call = Phone call
contact-kind-email = E-mail
contact-kind-meeting = Meeting
contact-kind-workshop = Workshop
field-contact-kind = Kind of contact
field-date = Date
field-campaign = Campaign
field-follow-up = Follow up on
field-channel = Channel
field-audience = Audience
hint-channel = E.g. phone, e-mail, workshop, chamber of commerce newsletter.
action-log-contact = Log the contact
action-done = Done
error-contact-kind = Choose the kind of contact.
error-stage = Unknown stage.

## Rules
rules-title = Regional hosting rules
rules-intro = These figures decide the minimum allowance and how many trainees a company may host. Change them when the regional rules change.
rules-minimum = Minimum monthly allowance
field-min-allowance = Minimum monthly allowance (EUR)
field-small-max-employees = Small companies: up to this many employees
field-small-cap = Small companies: trainees at a time
field-medium-max-employees = Medium companies: up to this many employees
field-medium-cap = Medium companies: trainees at a time
field-large-percent = Larger companies: percentage of employees
error-rule-number = Enter a whole number in the allowed range.
error-rule-tiers = The medium tier must start above the small tier.

## Invitations
invite-heading = Invite a colleague
invite-created = Invitation created. Send this link to your colleague (valid 14 days):
invite-accept-title = Join Mentor
invite-accept-intro = You were invited to join your company's space on Mentor as { $email }. Choose your name and a password.
action-invite = Invite
action-accept = Create my account

## Errors
error-vat-format = A VAT number has 11 digits.
error-vat-checksum = This VAT number is not valid: check the digits.
error-tax-code = This tax code is not valid.
error-ateco = An ATECO code looks like 62, 62.01 or 62.01.00.
error-employees = Enter the number of employees as a whole number.
