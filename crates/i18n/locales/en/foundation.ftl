# Mentor — English messages. Every key here must exist in it, fr and ar (a test checks).

## Frame
skip-to-content = Skip to content
nav-label = Main menu
nav-dashboard = Dashboard
nav-programmes = Programmes
nav-organisations = Organisations
nav-users = Users
nav-audit = Audit log
nav-account = My account
language-label = Language:

## Actions
action-sign-in = Sign in
action-sign-out = Sign out
action-save = Save
action-edit = Edit
action-add = Add
action-remove = Remove
action-filter = Filter
action-enable = Enable account
action-disable = Disable account
action-change-password = Change password
action-back-home = Back to the dashboard
action-older = Older entries

## Sign-in
login-title = Sign in
login-intro = Sign in with the e-mail address and password of your Mentor account.

## Dashboard
dashboard-title = Dashboard
dashboard-welcome = Welcome, { $name }.

## Programmes
programmes-title = Programmes
programmes-new = New programme
programmes-edit = Edit programme
programmes-territories = Territories
programmes-partners = Partner organisations

## Organisations
organisations-title = Organisations
organisations-new = New organisation
organisations-edit = Edit organisation
organisations-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}

## Users and account
users-title = Users
users-new = New user
users-access = Access
users-disable-hint = A disabled person is signed out at once and cannot sign in until enabled again.
account-title = My account
account-profile = Profile
account-password = Password
account-memberships = Organisations and roles
account-language-auto = As the browser prefers

## Audit
audit-title = Audit log
audit-tampered = The chain is broken at entry { $seq }: it was altered.
audit-gap = The chain is broken at entry { $seq }: entries are missing.

## Fields
field-email = E-mail
field-password = Password
field-current-password = Current password
field-new-password = New password
field-confirm-password = Repeat the new password
field-initial-password = Initial password
field-name = Name
field-display-name = Name
field-slug = Short name (in addresses)
field-countries = Countries
field-country = Country
field-period = Period
field-starts-on = Start date
field-ends-on = End date
field-budget = Budget
field-currency = Currency
field-territory = Territory
field-kind = Kind
field-count = Number
field-city = City
field-programme = Programme
field-organisation = Organisation
field-role = Role
field-status = Status
field-language = Language
field-actions = Actions
field-time = Time
field-actor = Who
field-action = Action
field-object = Object
field-request = Request

hint-password = At least 10 characters. A short sentence is easy to remember and hard to guess.
hint-slug = Lower-case letters, digits and hyphens, e.g. mentor-ii.
hint-countries = ISO codes separated by commas, e.g. IT,MA,TN.
filter-all = All
empty-list = Nothing here yet.
notice-saved = Saved.
status-active = Active
status-disabled = Disabled

## Roles
role-admin = Administrator
role-coordinator = Programme coordinator
role-agency-staff = Employment agency staff
role-promoter-staff = Promoter staff
role-ngo-staff = NGO staff
role-business-staff = Business association staff
role-company = Host company
role-mediator = Mediator / mentor
role-evaluator = Evaluator
role-participant = Participant

## Organisation kinds
kind-lead-partner = Lead partner
kind-municipality = Municipality
kind-origin-agency = Employment agency (origin)
kind-promoter = Promoter (Italy)
kind-ngo = NGO
kind-business-association = Business association
kind-research-centre = Research centre
kind-host-company = Host company
kind-ministry = Ministry / associate
kind-donor = Donor

## Countries
country-it = Italy
country-ma = Morocco
country-tn = Tunisia

## Errors
error-title = Something went wrong
error-reference = Reference for support: { $id }
error-unauthenticated = Please sign in to continue.
error-forbidden = Your role does not allow this.
error-not-found = This page does not exist, or you do not have access to it.
error-internal = An unexpected error occurred. Nothing was changed. Please try again.
error-conflict = This conflicts with an existing record.
error-too-many-requests = Too many requests. Please wait a little and try again.
error-too-large = The data sent is too large.
error-csrf = The form has expired or did not come from this site. Please reload the page and try again.
error-sign-in-failed = The e-mail address or the password is not correct.
error-invalid-email = Please enter a valid e-mail address.
error-invalid-name = Please enter a name (up to 200 characters).
error-invalid-slug = The short name may contain only lower-case letters, digits and single hyphens (2 to 60 characters).
error-invalid-date = Please enter a date as year-month-day.
error-invalid-amount = Please enter an amount such as 1500 or 1500.50.
error-invalid-currency = Please enter a three-letter currency code such as EUR.
error-invalid-country = Please enter a two-letter country code such as IT, MA or TN.
error-invalid-ident = Use lower-case letters, digits and dashes only (at most 48), such as residence-permit.
error-countries-required = Please enter at least one country.
error-ends-before-start = The end date must not be before the start date.
error-invalid-role = This role does not exist or you may not grant it.
error-invalid-organisation-kind = Please choose a kind of organisation.
error-invalid-organisation = Please choose an organisation you manage.
error-role-not-for-organisation = This role does not fit this kind of organisation.
error-invalid-language = This language is not available.
error-password-too-short = The password must have at least 10 characters.
error-password-too-long = The password is too long.
error-password-mismatch = The two new passwords are not the same.
error-current-password = The current password is not correct.
error-email-taken = An account with this e-mail address already exists.
error-slug-taken = Another programme already uses this short name.
error-territory-taken = This programme already has a territory with this name.
error-membership-exists = This person already has this role in this organisation.
error-cannot-disable-self = You cannot disable your own account.
error-invalid-json = The request body is not valid JSON for this operation.
