# The home page as a task inbox, the participant's path, the daily digest.

inbox-heading = What waits for you
inbox-empty = Nothing waits for you today. New work will appear here, and in your daily e-mail.
inbox-figures = Your figures
inbox-overdue = Overdue
inbox-due = By { $date }
task-overdue = overdue
task-resolve-duplicates = { $count ->
    [one] 1 possible duplicate to resolve
   *[other] { $count } possible duplicates to resolve
}
task-record-interviews = { $count ->
    [one] 1 interview held, result to record
   *[other] { $count } interviews held, results to record
}
task-score-applications = { $count ->
    [one] 1 application to score
   *[other] { $count } applications to score
}
task-approve-positions = { $count ->
    [one] 1 position waiting for approval
   *[other] { $count } positions waiting for approval
}
task-revise-position = A position was returned for changes: edit it and submit it again
task-complete-checklist = The checklist blocks approval of a waiting position: complete it
task-follow-up-company = { $count ->
    [one] A follow-up is due with this company
   *[other] { $count } follow-ups are due with this company
}
task-approve-matching-run = { $count ->
    [one] A matching run waits for approval
   *[other] { $count } matching runs: compare them and approve one
}
task-run-matching = { $count ->
    [one] The call is closed with 1 shortlisted candidate: run matching
   *[other] The call is closed with { $count } shortlisted candidates: run matching
}
task-complete-application = Your application is not sent yet: complete it before the call closes

figure-places = Places in the calls
figure-shortlisted = Shortlisted
figure-of = { $value } of { $of }
figure-hosting = Hosting companies
figure-open-positions = Open positions
figure-sent-this-week = Applications sent this week
figure-to-screen = To screen
figure-eligible = Eligible
figure-positions = Your positions
figure-position-places = Places offered
figure-proposals = Candidates proposed to you
figure-to-score = Applications to score
figure-scored = Applications you scored
figure-open-calls = Calls open now

journey-heading = Your application
journey-stages = Where you stand
journey-current = current step
stage-apply = Apply
stage-draft = Fill in
stage-sent = Sent
stage-decision = Decision
stage-placement = Traineeship
journey-call = Call: { $call }
journey-go = Go on
journey-apply = You have not applied yet. Choose an open call below and apply.
journey-no-open-calls = No call is open right now. Come back later: calls are announced on the public page.
journey-closes = closes on { $date }
journey-draft-identity = Your application is a draft. Next step: your identity and contacts.
journey-draft-education = Your application is a draft. Next step: your studies and languages.
journey-draft-preferences = Your application is a draft. Next step: the sectors and cities you prefer.
journey-draft-consent = Everything is filled in. Last step: read, consent and send your application.
journey-draft-closed = The call closed before your application was sent, so it can no longer be sent.
journey-sent = Your application was sent and is being reviewed. We will write to you when there is a decision.
journey-sent-no-documents = Your application is being reviewed. You have not uploaded any document yet: add your passport and diploma.
journey-shortlisted = You are shortlisted. The next step is matching you with a host company: we will write to you.
journey-waiting-list = You are on the waiting list: if a place frees up, you will be offered it.
journey-rejected = Your application was not selected this time. The status page explains why; you may apply to a future call.
journey-ineligible = Your application does not meet the call's requirements. The status page shows which ones.
journey-placement-proposed = A host company is considering your profile. We will write to you about the next step.
journey-placement-interview = A host company wants to interview you. Watch your e-mail for the appointment.
journey-placement-accepted = A host company accepted you for a traineeship. Congratulations!
journey-placement-declined = The company proposed to you declined. The coordinator is looking for another match.

digest-subject = { $tasks ->
    [0] { $news ->
        [one] Mentor: 1 new application in your searches
       *[other] Mentor: { $news } new applications in your searches
    }
    [one] Mentor: 1 thing waits for you today
   *[other] Mentor: { $tasks } things wait for you today
}
digest-tasks = { $count ->
    [one] One thing waits for you:
   *[other] { $count } things wait for you:
}
digest-home = Everything that waits for you: { $link }
digest-stop = To stop this daily e-mail, change your account settings: { $link }

account-digest-heading = Daily e-mail
account-digest-hint = Once a day, at most: what waits for you and what is new in the searches you watch. Nothing waiting, no e-mail.
account-digest-wanted = Send me the daily e-mail
account-digest-save = Save
flash-digest-on = You will get the daily e-mail.
flash-digest-off = You will no longer get the daily e-mail.
flash-position-submit = The position was sent for approval.
flash-position-return = The position was returned to the company for changes.
flash-position-approve = The position is approved.
flash-position-open = The position is open to candidates.
flash-position-fill = The position is marked as filled.
flash-position-withdraw = The position is withdrawn.
