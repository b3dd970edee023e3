# Case deadlines outside the case pages: tasks, escalations, the calendar feed, the API.

## Tasks (inbox and daily digest)
task-case-overdue = { $count ->
    [one] A case deadline is overdue: act on it
   *[other] { $count } case deadlines are overdue: act on them
}
task-case-upcoming = { $count ->
    [one] A case deadline falls in the coming days
   *[other] { $count } case deadlines fall in the coming days
}

## Deadline rules and steps of the procedure, by name
deadlines-rule-visa-decision = Consulate's decision on the visa
deadlines-rule-hospitality-declaration = Hospitality declaration
deadlines-rule-permit-request = Residence permit request
deadlines-rule-traineeship-start = Start of the traineeship
deadlines-rule-task = Task added to the case
deadlines-step-convention = Convention
deadlines-step-training-project = Training project
deadlines-step-regional-review = Regional review
deadlines-step-regional-rejected = Rejected by the Region
deadlines-step-regional-approved = Approved by the Region
deadlines-step-visa-requested = Visa requested
deadlines-step-visa-refused = Visa refused
deadlines-step-visa-issued = Visa issued
deadlines-step-ready-to-depart = Ready to depart
deadlines-step-arrived = Arrived in Italy
deadlines-step-permit-requested = Residence permit requested
deadlines-step-active = Traineeship started
deadlines-step-extended = Traineeship extended
deadlines-step-completed = Completed
deadlines-step-interrupted = Interrupted
deadlines-step-withdrawn = Withdrawn

## Escalation to the programme's coordinators
deadlines-escalation-subject = Overdue deadline on case { $reference }
deadlines-escalation-body = { $days ->
    [one] Case { $reference }: "{ $rule }" was due on { $date } and is one day late. The person who must act: { $who }.
   *[other] Case { $reference }: "{ $rule }" was due on { $date } and is { $days } days late. The person who must act: { $who }.
}
deadlines-escalation-open = Open the case: { $link }

## Calendar feed (the events)
deadlines-feed-name = Mentor — my deadlines
deadlines-feed-summary = { $reference }: { $rule }
deadlines-feed-summary-own = { $rule } ({ $step })
deadlines-feed-why = { $unit ->
    [working_days] { $offset } working days
    [months] { $offset } months
    [hours] { $offset } hours
   *[calendar_days] { $offset } days
} after: { $anchor }, { $date }
deadlines-feed-open = Open the case: { $link }

## Calendar feed (the page)
nav-calendar = My calendar
calendar-title = My deadlines in my calendar
calendar-intro = Subscribe to your case deadlines from your phone's or computer's calendar: each deadline appears as an all-day event and is updated when its date changes.
calendar-privacy = Events name cases by their reference (MC-…), never a trainee's name, since calendars are synchronised to other companies' servers.
calendar-secret = The address is secret: whoever has it sees your deadlines. If it leaks, make a new one (the old one stops working) or turn it off.
calendar-none = You have no calendar address yet.
calendar-active = Your calendar address is active. For safety it is not shown again: make a new one if you need it.
calendar-made = Your new calendar address
calendar-shown-once = Copy it now: it is shown only this once.
calendar-address = Calendar address
calendar-subscribe = Subscribe on this device
calendar-howto-title = How to add it
calendar-howto-iphone = iPhone or iPad: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar, then paste the address.
calendar-howto-android = Android (Google Calendar): on a computer, open calendar.google.com → Other calendars → + → From URL, paste the address; it then appears on your phone.
calendar-howto-other = Outlook, Thunderbird and other programs: add a calendar "from the Internet" or "on the network" and paste the address.
calendar-action-create = Make my calendar address
calendar-action-renew = Make a new address (the old one stops working)
calendar-action-revoke = Turn off my calendar address
calendar-revoked = Your calendar address is turned off: it no longer works.

## API
deadlines-error-status = Give overdue, near or all.
