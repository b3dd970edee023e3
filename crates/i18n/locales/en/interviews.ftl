# Issue 11, item 3: the company's proposal page (anonymised profile, match explanation),
# interview slots, the candidate's choice, declines and their reversal, time zones.

## Refusals
error-interview-picked = The candidate has already booked one of the interview times.
error-placement-declined = This proposal was declined: nothing more can be done on it.
error-placement-not-declined = Only a declined proposal can have its decline reversed.
error-interview-needs-slots = To plan an interview, propose interview times.
error-reason-too-long = The reason is too long (at most 2,000 characters).
error-time-zone = Choose a time zone from the list.
error-time-skipped = That time does not exist on that day: the clocks move forward. Choose another time.
error-slots-none = Propose at least one interview time.
error-slots-too-many = Propose at most five interview times.
error-slot-date = Enter the date as YYYY-MM-DD.
error-slot-time = Enter the time as HH:MM (24 hours).
error-slot-minutes = The duration is between 15 and 480 minutes.
error-slot-place = Give the place or the video link (at most 500 characters).
error-slot-past = This time has already passed.
error-slot-far = This time is more than a year away.
error-slot-overlap = This time overlaps another of the times proposed.

## The proposal page
proposal-title = Proposal: { $position }
proposal-open = Open the proposal
proposal-candidate = Candidate { $handle }
proposal-anonymous = Name, contacts and documents are not shown: judge the profile. The name appears once the candidate has booked an interview.
proposal-country = Country of residence
proposal-studies = Studies
proposal-graduated = Year obtained
proposal-languages-skills = understanding { $understanding }, speaking { $speaking }, writing { $writing }
proposal-esco = Occupations and skills (ESCO)
proposal-esco-occupations = Occupations
proposal-esco-skills = Skills
proposal-esco-english = ESCO labels are shown in English when no translation is loaded.
proposal-not-stated = Not stated
proposal-match = Why this candidate was proposed
proposal-match-summary = Score { $score }: option { $rank } of { $count } for this candidate.
proposal-match-points = { $points } of { $max }
proposal-match-manual = This proposal was made by hand, not by a matching run.
proposal-status = Status
proposal-decline-reason = Reason for declining
proposal-reversed = Decline reversed by { $name } on { $date }: { $reason }

## Interview times (company)
interview-section = Interview
interview-offer-title = Propose interview times
interview-offer-hint = Propose one to five times. Times are in your time zone: { $zone }.
interview-slot-legend = Time { $n }
field-slot-date = Date
field-slot-time = Start time
field-slot-minutes = Duration (minutes)
field-slot-place = Place or video link
interview-offer-submit = Send the times to the candidate
interview-offered = Times proposed, waiting for the candidate's choice:
interview-slot-line = { $when }, { $minutes } min — { $place }
interview-booked = Interview booked: { $when }, { $minutes } min — { $place }
flash-interview-offered = { $count ->
    [one] One interview time sent to the candidate.
   *[other] { $count } interview times sent to the candidate.
}
flash-placement-accepted = Proposal accepted.

## Declining and reversing
decline-action = Decline…
decline-title = Decline this proposal
decline-warning = Declining is final for your company: only the programme coordinator can reverse it, and this candidate will not be proposed for this position again.
decline-reason = Why do you decline? The coordinator reads it.
decline-confirm = Decline the proposal
flash-placement-declined = Proposal declined.
reverse-action = Reverse the decline…
reverse-title = Reverse the company's decline
reverse-warning = The proposal goes back to the company as proposed, and the pair may be matched again. Your reason is recorded and shown on the placement.
reverse-reason = Reason for reversing
reverse-confirm = Reverse the decline
flash-decline-reversed = Decline reversed: the proposal is open again.

## Interview times (candidate)
interview-choose = { $company } proposes these times for an interview for the position { $position }. Choose one. Times are in your time zone ({ $zone }).
interview-pick = Choose this time
flash-interview-picked = Interview booked. You and the company receive the invitation by e-mail.
interview-yours = Your interview for { $position } at { $company }: { $when }, { $minutes } min — { $place }

## Time zone (account)
account-time-zone = Time zone
account-time-zone-hint = Dates and times of interviews are shown in this zone.
account-time-zone-auto = Automatic: { $zone } (from your country)
account-time-zone-save = Save the time zone
flash-time-zone-saved = Time zone saved.

outbox-calendar = with a calendar invitation

## E-mails
mail-interview-slots-subject = Interview times proposed: { $position }
mail-interview-slots-body = { $company } proposes { $count ->
    [one] one time
   *[other] { $count } times
} for an interview for the position { $position }. Choose one on your application page.
mail-interview-subject = Interview: { $position }, { $when }
mail-interview-candidate-body = Your interview for the position { $position } at { $company } is booked: { $when }, { $minutes } minutes. Place: { $place }
mail-interview-company-body = The interview with { $other } for the position { $position } is booked: { $when }, { $minutes } minutes. Place: { $place }
mail-interview-calendar-note = The invitation attached adds the interview to your calendar.
interview-calendar-summary = Interview: { $position }

## Tasks (the inbox and the daily digest)
task-answer-proposals = { $count ->
    [one] 1 proposal waiting for your answer: propose interview times or decline
   *[other] { $count } proposals waiting for your answer: propose interview times or decline
}
task-pick-interview-slot = { $count ->
    [one] Choose a time for your interview
   *[other] Choose times for your { $count } interviews
}
