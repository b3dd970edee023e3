# The traineeship of a case (issue 14): dates, monthly reports, allowances, incidents,
# evaluations, extension and interruption.
nav-traineeships = Traineeships
traineeships-title = Traineeships
traineeships-none = No traineeship within your reach yet.
traineeship-title = Traineeship
traineeship-open = The traineeship: dates, reports, allowance
traineeship-back = Back to the traineeship

## Fields
traineeship-field-reference = Case
traineeship-field-trainee = Trainee
traineeship-field-company = Host company
traineeship-field-starts-on = Starts on
traineeship-field-ends-on = Ends on
traineeship-field-step = Step
traineeship-field-hours = Hours per week
traineeship-field-maximum = Longest it may last
traineeship-field-month = Month
traineeship-field-attendance = Attendance
traineeship-field-amount = Amount
traineeship-field-rule = Rule
traineeship-field-paid-on = Paid on
traineeship-field-days-attended = Days attended
traineeship-field-days-scheduled = Days scheduled
traineeship-field-progress = Progress
traineeship-field-issues = Issues
traineeship-field-status = Status
traineeship-field-closing-note = Note (required to close)
traineeship-field-incident-title = What happened
traineeship-field-severity = Severity
traineeship-field-owner = Owner
traineeship-field-description = Details
traineeship-field-note = Note
traineeship-field-extend-to = New end date
traineeship-field-reason = Reason
traineeship-field-interrupt-on = Interrupted on
traineeship-months-n = { $count ->
    [one] { $count } month
   *[other] { $count } months
}

## The page
traineeship-dates-title = Dates and hours
traineeship-not-set-up = The traineeship's dates are not set yet.
traineeship-prefilled = Filled in from the case's facts and the position: check them and save.
traineeship-action-save-dates = Save dates
traineeship-people-title = People
traineeship-nobody = Nobody assigned
traineeship-you-report-as = You file reports as: { $duty }
traineeship-months-title = Monthly reports
traineeship-state-none = Not filed
traineeship-state-draft = Draft
traineeship-state-submitted = Submitted
traineeship-action-read = Read
traineeship-action-write = Write
traineeship-allowances-title = Allowance
traineeship-rule-source = Rule: { $source }
traineeship-rule-unverified = not verified
traineeship-pending-title = Awaiting the promoter's approval
traineeship-attendance = { $attended } of { $scheduled } days ({ $percent } %)
traineeship-action-approve = Approve
traineeship-no-allowances = No month approved yet.
traineeship-action-paid = Mark paid
traineeship-not-paid = Not paid yet
traineeship-reports-title = Submitted reports
traineeship-no-reports = No report submitted yet.
traineeship-days-attended-n = { $count ->
    [one] { $count } day attended
   *[other] { $count } days attended
}
traineeship-days-scheduled-n = { $count ->
    [one] { $count } day scheduled
   *[other] { $count } days scheduled
}
traineeship-incidents-title = Incidents
traineeship-owned-by = Owner: { $name }
traineeship-owner-me = Me
traineeship-action-move-incident = Update
traineeship-action-open-incident = Record an incident
traineeship-severity-low = Low
traineeship-severity-medium = Medium
traineeship-severity-high = High
traineeship-status-open = Open
traineeship-status-in_progress = In progress
traineeship-status-closed = Closed
traineeship-evaluations-title = Skills evaluations
traineeship-no-objectives = The training project lists no objectives to evaluate.
traineeship-action-evaluate = Save the evaluation
traineeship-stage-mid_term = Mid-term evaluation
traineeship-stage-final = Final evaluation
traineeship-level-1 = Not yet
traineeship-level-2 = Partly
traineeship-level-3 = Met
traineeship-level-4 = Beyond expectations
traineeship-moves-title = Extension or interruption
traineeship-action-extend = Extend
traineeship-action-interrupt = Interrupt

## A monthly report
traineeship-report-title = Monthly report, { $month }
traineeship-report-submitted = Submitted: it can no longer change.
traineeship-report-draft-hint = Only you see this draft until you submit it.
traineeship-register-hint = From your attendance register: the days the trainee was expected.
traineeship-action-save-draft = Save draft
traineeship-action-submit = Submit

## Confirmations
traineeship-submit-question = Submit the report for { $month }?
traineeship-submit-warning = Once submitted, the report cannot be changed.
traineeship-approve-question = Approve the allowance for { $month }?
traineeship-amount = Amount due: { $amount }
traineeship-approve-warning = The amount is locked once approved: a later change cannot alter it.
traineeship-extend-question = Extend the traineeship?
traineeship-extend-to = Until { $date }
traineeship-interrupt-question = Interrupt the traineeship?
traineeship-interrupt-on = On { $date }

## Flash messages
flash-traineeship-saved = Traineeship dates saved.
flash-traineeship-report-saved = Draft saved.
flash-traineeship-report-submitted = Report submitted.
flash-traineeship-approved = Allowance approved and locked.
flash-traineeship-paid = Payment recorded.
flash-traineeship-incident-opened = Incident recorded.
flash-traineeship-incident-moved = Incident updated.
flash-traineeship-evaluated = Evaluation saved.
flash-traineeship-extended = Traineeship extended.
flash-traineeship-interrupted = Traineeship interrupted.

## Errors
traineeship-error-month = Give a month as year and month.
traineeship-error-days = Give a number of days that fits in the month.
traineeship-error-more-than-scheduled = More days attended than scheduled.
traineeship-error-closing-note = Say how it ended to close it.
traineeship-error-level = Give a level for every objective.
traineeship-error-month-outside = This month is outside the traineeship, or has not begun.
traineeship-error-no-register = The company tutor has not submitted this month's register yet.
traineeship-error-no-rule = No allowance rule is known for this region.
traineeship-error-paid-on = Give the day it was paid: in the month or after, not in the future.
traineeship-error-owner = The owner must be one of the case's people, or you.
traineeship-error-severity = Choose a severity.
traineeship-error-status = Choose a status.
traineeship-error-reason = Give a reason.
traineeship-error-extension-end = The new end must come after the current one.
traineeship-error-too-long = The traineeship would last longer than it may: 12 months in all, fewer where the region sets a maximum for the trainee's qualification.
traineeship-error-hours = Give the hours per week, at most 48.
traineeship-error-end-before-start = The end comes before the start.
traineeship-error-report-submitted = This report was submitted: it can no longer change.
traineeship-error-allowance-locked = This month's allowance was approved already: its amount is locked.
traineeship-error-incident-closed = The incident cannot go back, nor be closed twice.

## Tasks (inbox and daily digest)
task-traineeship-report-due = { $count ->
    [one] A monthly traineeship report is due
   *[other] { $count } monthly traineeship reports are due
}
task-traineeship-approval = { $count ->
    [one] A month's allowance waits for your approval
   *[other] { $count } months' allowances wait for your approval
}
task-traineeship-incident = { $count ->
    [one] An incident you own is open
   *[other] { $count } incidents you own are open
}
