# Selection decisions: staged by staff, published by the coordinator for a whole call,
# reversed only by the coordinator with a reason (issue 11).

decisions-error-not-stageable = This decision cannot be staged on this application: only an eligible application, or one on the waiting list, is decided; a published decision is reversed by the coordinator.
decisions-error-stage-instead = A selection decision is staged, then published with the call's other decisions: use the decision form.
decisions-error-nothing-staged = There are no staged decisions to publish on this call (they may just have been published).
decisions-error-not-decided = This application has no published decision to reverse.

decisions-screening-title = Screening
decisions-published = Published decision
decisions-staged = Staged decision
decisions-staged-now = Staged: { $decision }
decisions-staged-hint = The candidate sees nothing of a staged decision until the coordinator publishes the call's decisions; it can be changed until then.
decisions-field-decision = Decision to stage
decisions-reason-hint = Needed for a rejection; the candidate reads it once the decision is published.
decisions-action-stage = Stage the decision
decisions-action-withdraw = Withdraw the staged decision
decisions-action-reverse = Reverse the published decision
decisions-filter-any = Any staged decision
decisions-staged-on-call = { $count ->
    [one] 1 staged decision: preview and publish
   *[other] { $count } staged decisions: preview and publish
}

decisions-title = Decisions to publish: { $call }
decisions-intro = Publishing changes what every candidate below sees and puts their message in the outbox, all at once.
decisions-none-staged = No decision is staged on this call.
decisions-to-ranking = Ranking
decisions-count-shortlisted = { $count ->
    [one] 1 shortlisted
   *[other] { $count } shortlisted
}
decisions-count-waiting-list = { $count ->
    [one] 1 on the waiting list
   *[other] { $count } on the waiting list
}
decisions-count-rejected = { $count ->
    [one] 1 not selected
   *[other] { $count } not selected
}
decisions-count-messages = { $count ->
    [one] 1 message will be queued
   *[other] { $count } messages will be queued
}
decisions-warning-over-places = Warning: { $shortlist } candidates would be shortlisted for { $places } places.
decisions-warning-call-open = Warning: the call is still open; applications sent later will be decided in a later round.
decisions-action-publish = Publish the decisions
decisions-publish-question = Publish the decisions on { $call }?
decisions-publish-hint = Published decisions cannot be changed here; only the coordinator can reverse one, with a reason.

decisions-reverse-question = Reverse the published decision?
decisions-reverse-hint = The application becomes undecided again and the candidate is told, with the reason. A new decision is then staged and published as usual.
decisions-reverse-reason = Reason for the reversal (the candidate reads it)

flash-decision-staged = The decision is staged. The candidate will see it once published.
flash-decision-withdrawn = The staged decision is withdrawn.
flash-decisions-published = { $count ->
    [one] 1 decision published; its message is in the outbox.
   *[other] { $count } decisions published; their messages are in the outbox.
}
flash-decision-reversed = The decision is reversed and the candidate's message is in the outbox.

event-decision-staged = Decision staged: { $status }
event-decision-withdrawn = Staged decision withdrawn
event-decision-reversed = Decision reversed: { $status }

task-publish-decisions = { $count ->
    [one] 1 staged decision to publish for { $about }
   *[other] { $count } staged decisions to publish for { $about }
}

mail-reversal-subject = Your application: { $call } — decision reversed
mail-reversal-body = The decision on your application to { $call } ({ $decision }) has been reversed.
mail-reversal-next = Your application is being considered again; we will write to you with the new decision.
