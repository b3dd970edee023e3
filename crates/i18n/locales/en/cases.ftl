# Cases (issue 13): the list, a case's page, the trainee's checklist, the board.
nav-cases = Cases
nav-cases-board = Case board
nav-my-case = My traineeship
cases-title = Cases
cases-count = { $count ->
    [one] One case
   *[other] { $count } cases
}
cases-none-yet = You have no case yet: it opens when a host company accepts you.
cases-field-reference = Reference
cases-field-trainee = Trainee
cases-field-company = Host company
cases-field-city = City
cases-field-country = Country
cases-field-step = Step
cases-field-waiting-for = Waiting for
cases-field-next-deadline = Next deadline
cases-field-overdue-only = Overdue only
case-standing-overdue = Overdue
case-standing-due-today = Due today
case-standing-upcoming = Due soon
case-standing-later = Later
case-title = Case { $reference }
case-closed = Closed
case-field-procedure = Procedure
case-steps-title = Steps of the procedure
case-missing-title = What this step still needs
case-deadlines-title = Deadlines running
case-deadlines-none = No deadline is running at this step.
case-deadline-who = To act: { $role }
case-why-title = Why this date
case-why-calendar-days = { $count ->
    [one] 1 day
   *[other] { $count } days
} after “{ $anchor }” ({ $date }).
case-why-working-days = { $count ->
    [one] 1 working day
   *[other] { $count } working days
} after “{ $anchor }” ({ $date }), weekends and holidays not counted.
case-why-months = { $count ->
    [one] 1 month
   *[other] { $count } months
} after “{ $anchor }” ({ $date }).
case-why-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
} after “{ $anchor }” ({ $date }).
case-why-holidays = Holidays not counted: { $days }.
case-why-rolled = Moved forward from { $date }, a weekend or holiday.
case-why-time-assumed = The time of “{ $anchor }” is not recorded: counted from the start of that day.
case-passport-expires-too-soon = The passport expires less than 3 months after the visa ends.
case-passport-issued-too-long-ago = The passport was issued 10 years or more before the visa request.
case-duration-months = Planned duration: { $count ->
    [one] 1 month
   *[other] { $count } months
}
case-duration-outside = outside the limits of the procedure
case-conversion-window = The permit's conversion may be asked for from { $from } to { $to }.
case-advance-title = Move the case
case-field-to = Next step
case-field-on = Date it happened
case-field-at = Time (if it matters)
case-field-note = Note
case-field-by = Recorded by
case-action-advance = Move the case…
case-advance-question = Move case { $reference }?
case-advance-from-to = From “{ $from }” to “{ $to }”
case-advance-on = On { $date }
case-advance-warning = Deadlines are recomputed from this date, and the step is recorded in the case's history.
case-advance-confirm = Yes, move the case
case-path-title = History
case-facts-title = Facts
case-fact-missing = not yet recorded
case-fact-sealed = recorded (protected)
case-action-record = Record
case-action-correct = Correct
case-documents-title = Documents of the case
case-tasks-title = Tasks
case-tasks-none = No task has been added.
case-task-done = Done
case-action-task-done = Mark done
case-field-task-title = Task
case-field-task-due = Due on
case-field-task-who = Who must do it
case-action-add-task = Add the task
case-identity-title = Trainee's identity
case-identity-hint = The identity data the papers need. Each reading is recorded.
case-action-reveal = Show the identity
case-identity-name = Name
case-identity-birth-date = Date of birth
case-identity-passport = Passport number
case-mine-title = My traineeship in Italy
case-mine-now-title = What I must do now
case-mine-upload = Upload: { $document }
case-mine-give = Give these details:
case-mine-nothing = Nothing for you to do now.
case-mine-waiting = The next move is for { $role }: { $step }.
case-mine-details-title = My details, to correct if needed
case-mine-deadlines-title = My deadlines
case-mine-calendar = Add my deadlines to my phone's calendar
case-mine-steps-title = The steps of my procedure
cases-board-title = Case board
cases-board-open = Open cases
cases-board-closed = Closed cases
cases-board-overdue = With an overdue deadline
cases-board-see-overdue = see them
cases-board-bottleneck = Cases wait longest at “{ $step }”.
cases-board-average = Average days in each step
cases-board-days = { $days } days
cases-board-table = Figures by step
cases-board-now = In it now
cases-board-passed = Passages over
cases-board-average-days = Average days
cases-board-slowest-days = Slowest (days)
flash-case-moved = The case has moved on.
flash-case-fact-saved = The fact is recorded.
flash-case-task-added = The task is added.
flash-case-task-done = The task is marked done.
# The steps of the art. 27 templates.
case-step-convention = Convention
case-step-training-project = Training project
case-step-regional-review = Regional review
case-step-regional-rejected = Rejected by the Region
case-step-regional-approved = Approved by the Region
case-step-visa-requested = Visa requested
case-step-visa-refused = Visa refused
case-step-visa-issued = Visa issued
case-step-ready-to-depart = Ready to depart
case-step-arrived = Arrived in Italy
case-step-permit-requested = Residence permit requested
case-step-active = Traineeship started
case-step-extended = Extended
case-step-completed = Completed
case-step-interrupted = Interrupted
case-step-withdrawn = Withdrawn
# The documents a case's steps ask for.
case-document-convention-signed = Signed convention
case-document-training-project-signed = Signed training project
case-document-regional-approval = Regional approval
case-document-insurance-policies = Insurance policies
case-document-visa = Visa
case-document-travel-ticket = Travel ticket
case-document-housing-proof = Proof of housing
case-document-hospitality-declaration = Hospitality declaration
case-document-permit-receipt = Permit request receipt
case-document-residence-permit = Residence permit
case-document-employment-notice = Notice to the employment services
case-document-final-report = Final report
# The facts a case records.
case-field-trainees-covered = Trainees covered by the convention
case-field-inail-policy = INAIL policy number
case-field-liability-policy = Liability policy number
case-field-company-tutor = Company tutor
case-field-promoter-tutor = Promoter's tutor
case-field-hours-per-week = Hours per week
case-field-allowance = Monthly allowance
case-field-planned-start-on = Planned start
case-field-planned-end-on = Planned end
case-field-lodging = Lodging
case-field-visa-requested-on = Visa requested on
case-field-passport-issued-on = Passport issued on
case-field-passport-expires-on = Passport expires on
case-field-visa-ends-on = Visa valid until
case-field-arrived-at = Arrival (date and time)
case-field-codice-fiscale = Codice fiscale
case-field-birth-place = Place of birth
case-field-started-on = Traineeship started on
case-field-permit-issued-on = Permit issued on
case-field-permit-expires-on = Permit expires on
case-field-extended-to-on = Extended until
# The deadline rules.
case-rule-visa-decision = Consulate's decision on the visa
case-rule-hospitality-declaration = Hospitality declaration
case-rule-permit-request = Residence permit request
case-rule-traineeship-start = Start of the traineeship
