# Candidates: open calls, applying in steps, screening.

nav-calls = Calls
nav-candidates = Candidates
nav-my-applications = My applications

action-apply = Apply
action-create-account = Create my account and start
action-start-application = Start my application
action-save-continue = Save and continue
action-submit-application = Send my application
action-continue-application = Continue my application
action-publish = Publish the call
action-change-status = Change status
action-override = Override with this justification
action-show-passport = Show the passport number
action-previous = Previous
action-next = Next

calls-title = Open calls
calls-open-title = Calls open now
calls-new = New call
calls-none-open = No call is open at the moment.
calls-closes-on = closes on { $date }
calls-open = open
calls-closed = This call is closed: applications are no longer accepted.
calls-who-may-apply = Who may apply
calls-no-rules = Anyone may apply.
calls-rules = Eligibility rules
calls-rules-hint = Leave a field empty when the rule does not apply.
calls-applications = Applications

rule-age = Aged { $min } to { $max } on { $date }
rule-residence = Resident in { $countries }
rule-qualification = Qualification obtained in the { $months } months before applying
rule-language = { $language } at level { $min } or above in understanding, speaking and writing
rule-education = Education at ISCED level { $min } or above

apply-title = Apply
apply-intro = Create an account to fill in your application. You can stop at any step: what you saved stays, and you can come back later.
apply-signed-in = You are signed in. Your application will be linked to this account.
apply-have-account = Already have an account?

steps-label = Steps of the application
step-identity = Identity and contacts
step-education = Education and languages
step-preferences = Experience and preferences
step-consent = Consent and sending

field-family-name = Family name (Latin letters)
field-given-names = Given names (Latin letters)
field-family-name-ar = Family name in Arabic script (optional)
field-given-names-ar = Given names in Arabic script (optional)
field-birth-date = Date of birth
field-sex = Sex
field-nationality = Nationality
field-residence-country = Country of residence
field-residence-territory = Region or city of residence
field-passport-number = Passport number
field-phone = Phone number
field-whatsapp = WhatsApp number (if different)
field-isced-level = Highest level of education
field-qualification-title = Title of the qualification
field-field-of-study = Field of study
field-qualification-date = Date the qualification was obtained
field-languages = Languages
field-experience = Work experience
field-sectors = Preferred sectors
field-cities = Preferred cities in Italy
field-available-from = Available from
field-consent = I agree to the processing of my data as described above.
field-call = Call
field-title = Title
field-description = Description
field-opens-on = Opens on
field-closes-on = Closes on
field-places = Places
field-min-age = Minimum age
field-max-age = Maximum age
field-age-on = Age counted on
field-residence-countries = Countries of residence accepted
field-qualification-within = Qualification obtained within (months)
field-rule-language = Language required
field-rule-language-min = Minimum level in that language
field-min-isced = Minimum ISCED level
field-submitted-at = Sent on
field-reason = Reason
field-justification = Written justification
field-new-status = New status
field-search = Search
field-italian-min = Italian at least
field-sort = Sort by

hint-latin-names = As written in your passport.
hint-passport = Stored encrypted; only authorised staff can read it.
hint-passport-stored = A number is already stored (encrypted). Leave empty to keep it.
hint-phone = With the country code, for example +216 20 123 456 or +212 661 234 567.
hint-cefr = For each language, your level from A1 (beginner) to C2 (mastery), if you know it.
hint-experience = One line per experience, with the years, for example: 2022–2024 web developer, Sfax.
hint-comma-list = Separate them with commas.
hint-justification = Explain why the application should go ahead although a rule is not met (at least 10 characters). It is recorded.
hint-reason = Needed for a rejection or an ineligibility; the candidate reads a rejection's reason.
hint-passport-audited = Each reading is recorded in the audit log.

sex-f = Female
sex-m = Male
sex-x = Other or not stated

isced-0 = Early childhood education (ISCED 0)
isced-1 = Primary education (ISCED 1)
isced-2 = Lower secondary (ISCED 2)
isced-3 = Upper secondary, baccalaureate (ISCED 3)
isced-4 = Post-secondary non-tertiary (ISCED 4)
isced-5 = Short-cycle tertiary, BTS (ISCED 5)
isced-6 = Bachelor's, licence (ISCED 6)
isced-7 = Master's, engineering degree (ISCED 7)
isced-8 = Doctorate (ISCED 8)

skill-understanding = understanding
skill-speaking = speaking
skill-writing = writing

language-it = Italian
language-fr = French
language-en = English

country-dz = Algeria
country-eg = Egypt
country-ly = Libya

consent-text = Your data are processed by the partners of the programme to assess your application, select participants and organise the traineeships, and kept for the duration of the programme. You can ask to see, correct or delete them at any time. Your passport number is stored encrypted.
consent-complete-first = Complete the three previous steps before sending.

status-title = My application
mine-title = My applications
mine-none = You have not applied yet.
status-draft = Being filled in
status-submitted = Sent
status-eligible = Eligible
status-ineligible = Not eligible
status-shortlisted = Shortlisted
status-waiting-list = On the waiting list
status-rejected = Not selected

eligibility-title = Eligibility
eligibility-none = No rule was checked yet.
eligibility-overridden = Eligibility overridden
eligibility-missing = Information missing for this rule.
eligibility-age-passed = Age { $age }: within { $min }–{ $max }.
eligibility-age-failed = Age { $age }: outside { $min }–{ $max }.
eligibility-residence-passed = Resides in { $country }.
eligibility-residence-failed = Resides in { $country }; the call accepts { $countries }.
eligibility-territory-passed = Resides in one of the call's territories.
eligibility-territory-failed = Does not reside in one of the call's territories.
eligibility-qualification-passed = Qualification of { $date }: within { $months } months.
eligibility-qualification-failed = Qualification of { $date }: more than { $months } months before applying.
eligibility-language-passed = { $language }: level { $level }, at least { $min } required.
eligibility-language-failed = { $language }: level { $level }; at least { $min } required in every skill.
eligibility-education-passed = Education at ISCED { $level }, at least { $min } required.
eligibility-education-failed = Education at ISCED { $level }; at least { $min } required.

timeline-title = Timeline
event-created = Application started
event-entered = Application recorded ({ $status })
event-submitted = Application sent
event-status = Status changed: { $status }
event-override = Eligibility overridden

candidates-title = Candidates
candidate-title = Application
candidates-count = { $count ->
    [one] One application
   *[other] { $count } applications
}
candidate-anonymous = Candidate { $ref }
candidate-identity = Identity
candidate-profile = Profile
candidate-decision = Decision
candidate-duplicates = { $count ->
    [one] Another application has the same passport number.
   *[other] { $count } other applications have the same passport number.
}
sort-name = Name
sort-submitted = Most recent
sort-italian = Italian level
pages-label = Pages
page-of = Page { $page } of { $pages }

error-call-closed = This call is not open for applications.
error-email-taken-sign-in = An account with this e-mail already exists: sign in to continue.
error-already-applied = You have already applied to this call.
error-application-sent = This application was sent and can no longer be changed.
error-steps-incomplete = Complete every step before sending.
error-candidate-out-of-scope = This application is outside the territory you work for.
error-no-lead-partner = This programme has no lead partner to register candidates with.
error-passport-required = Enter your passport number.
error-consent-required = Tick the box to agree to the processing of your data.
error-invalid-status = Choose a status from the list.
error-status-transition = This change of status is not possible from the current one.
error-eligibility-not-met = The eligibility rules are not met: override them with a justification first.
error-reason-required = Give a reason.
error-phone-country-code = Start the number with the country code (+216, +212, …).
error-invalid-phone = This phone number is not valid.
error-latin-name = Write the name in Latin letters, as in the passport.
error-arabic-name = Write this name in Arabic script, or leave it empty.
error-choose-one = Choose one of the options.
error-required = This field is required.
error-date-in-future = This date is in the future.
error-invalid-number = Enter a whole number in the allowed range.
error-invalid-range = The maximum is smaller than the minimum.
error-justification-required = Write a justification of at least 10 characters.
error-nothing-to-override = There is no failed eligibility check to override.
