# The task inbox, confirmations and the messages that say an action succeeded.

task-screen-applications = { $count ->
    [one] 1 application to screen
   *[other] { $count } applications to screen
}
confirm-cancel = Cancel
confirm-reason = Reason
flash-done = Done.
users-disable-question = Disable the account of { $name }?
flash-user-disabled = The account is disabled; its person is signed out.
flash-user-enabled = The account is enabled again.
flash-saved = Your changes are saved.
flash-call-created = The call is created.
flash-checklist-saved = The checklist is saved.
flash-company-created = The company is registered.
flash-stage-changed = The company's stage is changed.
flash-contact-logged = The contact is logged.
flash-document-uploaded = The document is uploaded.
flash-document-deleted = The document is deleted.
flash-duplicates-merged = The two records are merged.
flash-duplicate-dismissed = Marked as different people.
flash-organisation-created = The organisation is created.
flash-campaign-created = The campaign is created.
flash-follow-up-done = The follow-up is marked as done.
flash-position-created = The position is created.
flash-programme-created = The programme is created.
flash-territory-added = The territory is added.
flash-ranking-saved = Your ranking is saved.
flash-user-created = The account is created.
flash-membership-added = The role is added.
flash-membership-removed = The role is removed.
duplicates-merge-question = Merge these two applications?
duplicates-merge-taken = { $count ->
    [one] 1 value is taken from the other application.
   *[other] { $count } values are taken from the other application.
}
duplicates-merge-final = A merge cannot be undone: the other application leaves every list for good.
flash-step-saved = Saved. You can stop here and come back later.
flash-application-sent = Your application is sent. We will write to you when there is a decision.
error-shortlist-unpublished = Some candidates of this run are shortlisted but not yet told: publish the call's decisions before proposing them to companies.
matching-approve-question = Propose this run's pairs to the companies?
matching-approve-count = { $count ->
    [one] 1 candidate will be proposed to a company, which sees their anonymised profile and answers.
   *[other] { $count } candidates will be proposed to their companies, which see their anonymised profiles and answer.
}
matching-approve-final = A proposal is not taken back: only a company's decline ends it.
flash-run-approved = { $count ->
    [one] 1 candidate proposed to a company.
   *[other] { $count } candidates proposed to their companies.
}
accept-question = Accept this candidate for the traineeship?
accept-final = An acceptance is final: the company cannot take it back.
accept-confirm = Accept
