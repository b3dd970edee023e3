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
