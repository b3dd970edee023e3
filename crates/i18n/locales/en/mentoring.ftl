# Mentoring after the traineeship (issue 15 item 1).
nav-mentorships = Mentorships
nav-my-mentorship = My mentoring

task-mentoring-reminder = { $count ->
    [one] No mentoring session logged for a while
   *[other] { $count } mentorships without a session for a while
}
task-mentoring-overdue = { $count ->
    [one] An action item of the mentoring plan is overdue
   *[other] { $count } action items of the mentoring plan are overdue
}
task-mentoring-concern = { $count ->
    [one] A mentor is worried about a mentorship
   *[other] Mentors are worried about { $count } mentorships
}
participant-event-mentoring = Mentoring session ({ $mode })

mentoring-mode-in_person = In person
mentoring-mode-phone = Phone
mentoring-mode-video = Video call
mentoring-mode-message = Messages
mentoring-where-italy = In Italy
mentoring-where-home = In the country of origin

mentoring-list-title = Mentorships
mentoring-list-caption = Mentorships and their latest session
mentoring-list-none = No mentorship here.
mentoring-filter-label = Show mentorships
mentoring-show-open = Open
mentoring-show-closed = Closed
mentoring-show-concern = With a concern
mentoring-show-all = All
mentoring-state-open = Open
mentoring-state-closed = Closed
mentoring-concern-tag = Concern
mentoring-no-session = No session logged yet

mentoring-field-mentee = Mentee
mentoring-field-mentor = Mentor
mentoring-field-where = Where the mentee lives
mentoring-field-last-session = Latest session
mentoring-field-state = State
mentoring-field-reference = Case
mentoring-field-opened = Opened on
mentoring-field-reminder = Reminder after how many days without a session
mentoring-field-goals = Goals
mentoring-field-action = Action
mentoring-field-due-on = Due by
mentoring-field-held-on = Date
mentoring-field-mode = How
mentoring-field-topics = Topics
mentoring-field-notes = Notes

mentoring-new-title = New mentorship
mentoring-new-none = There is nobody you may open a mentorship for.
mentoring-back = Back to the mentorships
mentoring-choose = Choose…
mentoring-already = already mentored
mentoring-open = Open the mentorship
mentoring-title = Mentorship of { $name }
mentoring-mine-title = My mentoring
mentoring-mine-none = You have no mentorship at the moment.

mentoring-reminder-every = { $count ->
    [one] after { $count } day
   *[other] after { $count } days
}
mentoring-reminder-next = next reminder on { $date }
mentoring-reminder-due = A session is due
mentoring-terms-edit = Change the goals or the reminder
mentoring-terms-save = Save

mentoring-concern-title = Concern
mentoring-concern-none = No open concern.
mentoring-concern-raised = Raised on { $date }
mentoring-concern-handled-on = handled on { $date }
mentoring-concern-note = What worries you (only the coordinator and your organisation read it)
mentoring-concern-raise = I am worried about this mentorship
mentoring-concern-question = Tell the coordinator you are worried about this mentorship?
mentoring-concern-confirm = Raise the concern
mentoring-concern-warning = The mentee is not told; the coordinator sees it until they mark it handled.
mentoring-handled-note = What was done
mentoring-handled-question = Mark the concern as handled?
mentoring-handled-confirm = Mark the concern handled

mentoring-plan-title = Action plan
mentoring-plan-none = No action planned yet.
mentoring-item-due = by { $date }
mentoring-item-done = Done
mentoring-item-overdue = Overdue
mentoring-item-mark-done = Mark done
mentoring-item-new = New action
mentoring-item-add = Add to the plan

mentoring-sessions-title = Sessions
mentoring-session-new = Log a session
mentoring-session-log = Log the session
mentoring-notes-hint = Confidential: only your organisation and the coordinator read the notes, never the mentee.

mentoring-close-title = Close the mentorship
mentoring-close-note = Closing note
mentoring-close-confirm = Close the mentorship
mentoring-close-question = Close this mentorship?
mentoring-close-warning = A closed mentorship can no longer be changed.

flash-mentoring-opened = The mentorship is open.
flash-mentoring-updated = The mentorship was saved.
flash-mentoring-session-logged = The session was logged.
flash-mentoring-item-added = The action was added to the plan.
flash-mentoring-item-done = The action is marked done.
flash-mentoring-concern = Your concern was sent to the coordinator.
flash-mentoring-handled = The concern is marked handled.
flash-mentoring-close = The mentorship is closed.

mentoring-error-reminder = Give a number of days from 7 to 180.
mentoring-error-whereabouts = Say whether the mentee lives in Italy or in their country of origin.
mentoring-error-mode = Choose how the session was held.
mentoring-error-mentee = Choose a participant you may mentor.
mentoring-error-mentor = Choose a mentor of the participant's programme.
mentoring-error-open = This participant already has an open mentorship.
mentoring-error-closed = This mentorship is closed.
mentoring-error-item = This action does not exist or is already done.
mentoring-error-concern-open = A concern is already open.
mentoring-error-no-concern = There is no open concern.
