# Outcomes, follow-ups and the participant's page (issue 14).

nav-outcomes = Outcomes

## The per-country figures
outcomes-title = Outcomes of the traineeships
outcomes-intro = How the traineeships ended, per country of origin, counted over the outcomes recorded for the cases you can see.
outcomes-none = No outcome recorded yet.
outcomes-country = Country of origin
outcomes-in-italy = In Italy at the end (extension or job contract)
outcomes-returned-home = Returned home
outcomes-total = Total

## Kinds of outcome
outcome-kind-extension = Traineeship extended
outcome-kind-job-contract = Job contract in Italy (permit converted)
outcome-kind-returned-home = Returned home
outcome-kind-interrupted = Interrupted
outcome-kind-other = Other

## A case's outcome
outcome-title = Outcome and follow-ups
outcome-open = See the outcome and follow-ups
outcome-page-title = Outcome of case { $reference }
outcome-back = Back to the case
outcome-field-kind = Outcome
outcome-field-day = Day
outcome-field-country = Country afterwards
outcome-field-note = Note
outcome-corrected = This outcome was corrected after it was first recorded.
outcome-none = No outcome recorded yet.
outcome-choose = Choose…
outcome-action-record = Record the outcome
outcome-action-correct = Correct the outcome
outcome-error-kind = Choose how the traineeship ended.
outcome-error-step = An outcome can be recorded only once the traineeship has begun.
outcome-error-recorded = Someone recorded this meanwhile; check the page and try again.
flash-outcome-recorded = The outcome was recorded.
flash-outcome-corrected = The outcome was corrected.

## Follow-ups
follow-ups-title = Follow-ups
follow-ups-after-outcome = Follow-ups are due 3, 6, 12 and 24 months after the outcome, once it is recorded.
follow-up-field-months = Follow-up
follow-up-field-due = Due on
follow-up-field-status = Status
follow-up-months = { $count ->
    [one] After { $count } month
   *[other] After { $count } months
}
follow-up-done = Done
follow-up-overdue = Overdue
follow-up-pending = To do
follow-up-open = Record the next follow-up
follow-up-title = Follow-up of case { $reference }
follow-up-back = Back to the outcome
follow-up-due-on = { $count ->
    [one] The follow-up after { $count } month, due on { $date }.
   *[other] The follow-up after { $count } months, due on { $date }.
}
follow-up-preloaded = The previous follow-up's answers are filled in: change what is different now.
follow-up-field-done-on = Day of the follow-up
follow-up-field-country = Country where the person lives
follow-up-field-working = Working
follow-up-field-sector = Employer's sector
follow-up-field-occupation = Occupation
follow-up-ties = Ties with the other country
follow-up-field-remittances = Sends money home (remittances)
follow-up-field-business-links = Business links with the other country
follow-up-field-further-mobility = Plans or made further moves
follow-up-action-record = Record the follow-up
follow-up-none-due = No follow-up is due on this case.
follow-up-yes = Yes
follow-up-no = No
follow-up-error-occupation = Say the occupation of someone working.
follow-up-error-no-outcome = Record the outcome first: the follow-ups are counted from it.
follow-up-error-recorded = This follow-up was recorded already; open the next one.
flash-follow-up-recorded = The follow-up was recorded.

## Tasks (inbox and daily digest)
task-follow-up-overdue = { $count ->
    [one] A follow-up is overdue
   *[other] { $count } follow-ups are overdue
}
task-follow-up-due = { $count ->
    [one] A follow-up is due soon
   *[other] { $count } follow-ups are due soon
}

## The participant's page
participant-title = Participant's page
participant-open = Everything that happened to this participant
participant-mine = Everything that happened since my application
participant-page-title = { $family } { $given }
participant-story-title = What happened
participant-story-empty = Nothing recorded yet.
participant-note = Note
participant-event-proposed = Proposed to { $company } for “{ $position }”
participant-event-placement = Placement: { $status }
participant-event-step = Case: { $step }
participant-event-outcome = Outcome: { $outcome }
participant-event-follow-up = { $count ->
    [one] Follow-up after { $count } month
   *[other] Follow-up after { $count } months
}
participant-event-traineeship = Traineeship set up
participant-event-allowance = Monthly allowance approved
participant-event-incident = Incident recorded
participant-event-enrolled = Enrolled in the course “{ $course }”
participant-event-certificate = Certificate of the course “{ $course }”
