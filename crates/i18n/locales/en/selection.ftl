# Selection: criteria, scores, interviews, ranking, decisions, the outbox.
nav-ranking = Ranking
nav-criteria = Selection criteria
selection-title = Selection
selection-no-criteria = No selection criteria for this call yet.
selection-total = Weighted total
selection-scores-caption = Scores by criterion and assessor
selection-mean = Mean
selection-my-scores = Your scores
selection-criterion-range = { $name } (0–{ $max })
selection-not-scored = Not scored yet
selection-assessors = { $count ->
    [one] Scored by one assessor
   *[other] Scored by { $count } assessors
}
selection-missing = { $count ->
    [one] One criterion has no score yet
   *[other] { $count } criteria have no score yet
}
field-criterion = Criterion
field-weight = Weight
field-max-score = Maximum score
field-score-note = Note (optional)
hint-scores = Each assessor keeps their own scores; leave a score empty to withdraw it. The total weighs the mean of all assessors.
hint-weight = The criterion's share of the total, relative to the other criteria (1–100).
action-save-scores = Save my scores
action-set-criteria = Set the criteria
action-see-ranking = See the ranking
action-add-criterion = Add the criterion
criteria-title = Selection criteria: { $call }
criteria-intro = Applications are scored on each criterion, from 0 to its maximum; the weighted total goes from 0 to 100.
criteria-share = Share of the total
criteria-add = New criterion
interviews-title = Interviews
interviews-none = No interview scheduled.
interview-label = Interview
interview-schedule = Schedule an interview
field-interview-when = When
field-interview-time = Time
field-interview-place = Place or online link
field-interview-panel = Panel
field-interview-score = Interview score
field-interview-notes = Interview notes
hint-interview-place = An address, or the link of the video call.
hint-interview-panel = The names of the panel members, separated by commas.
action-schedule-interview = Schedule the interview
action-record-interview = Record the interview
ranking-title = Ranking: { $call }
ranking-intro = Assessed applications, best first: by weighted total, then interview score, then date of application.
ranking-criterion = { $name }: weight { $weight }, out of { $max }
ranking-unassessed = { $count ->
    [one] One eligible application has not been scored yet.
   *[other] { $count } eligible applications have not been scored yet.
}
ranking-empty = No application has been scored yet.
ranking-candidate = Candidate
ranking-assessors = Assessors
ranking-incomplete = Some criteria have no score yet; ranked after complete assessments.
event-score = Scored by an assessor
event-interview = Interview scheduled for { $when }
event-interview-result = Interview recorded
outbox-title = Outgoing e-mail
outbox-intro = Messages waiting to be sent and sent ones. Addresses and contents are not shown here.
outbox-kind = Kind
outbox-language = Language
outbox-attempts = Attempts
outbox-next = Next attempt
outbox-error = Last error
outbox-state-pending = Waiting
outbox-state-sent = Sent
outbox-state-failed = Given up
error-criterion-name = Give the criterion a name.
error-criterion-name-long = The name is too long (80 characters at most).
error-criterion-weight = The weight must be a whole number from 1 to 100.
error-criterion-max = The maximum score must be a whole number from 1 to 100.
error-criterion-taken = This call already has a criterion with that name.
error-criterion-scored = This criterion has scores already and cannot be removed; change its weight instead.
error-score-range = A score must be a whole number from 0 to the criterion's maximum.
error-not-assessable = Only eligible, shortlisted or waiting-list applications are scored and interviewed.
error-interview-date = Give the date of the interview.
error-interview-time = Give the time of the interview (hours:minutes).
error-interview-place = Give the place or the link of the interview.
error-interview-panel = Name the members of the panel.
error-interview-score = The interview score must be a whole number from 0 to 100.
mail-decision-subject = Your application: { $call }
mail-greeting = Dear { $name },
mail-greeting-anonymous = Dear candidate,
mail-decision-shortlisted = We are pleased to tell you that your application to { $call } has been shortlisted. We will contact you soon about the next steps: the match with a host company in Italy and the preparation before departure.
mail-decision-waiting-list = Your application to { $call } has been placed on the waiting list. If a place becomes free, we will contact you.
mail-decision-rejected = We are sorry to tell you that your application to { $call } was not selected.
mail-decision-reason = Reason: { $reason }
mail-decision-see-status = You can follow your application at any time by signing in to Mentor.
mail-signature = The MENTOR team
