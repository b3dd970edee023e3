# Sign-in throttling and API tokens (issue 10, defects 3 and 5).

error-sign-in-wait = { $seconds ->
    [one] Too many failed attempts. Please wait { $seconds } second before trying again.
   *[other] Too many failed attempts. Please wait { $seconds } seconds before trying again.
}

account-tokens-link = API tokens
tokens-title = API tokens
tokens-intro = A token lets a program use the JSON API on your behalf, with your permissions. It stops working when it expires, when you revoke it, when your password changes or when your account is disabled.
tokens-none = You have no API tokens.
tokens-created = Created
tokens-expires = Expires
tokens-last-used = Last used
tokens-never-used = Never
tokens-expired = expired
tokens-new = New token
tokens-name-hint = What the token is for, so that you recognise it later (for example, the program that uses it).
tokens-days = Valid for (days)
tokens-days-hint = { $max ->
    [one] At most { $max } day.
   *[other] At most { $max } days.
}
tokens-action-create = Create token
tokens-made = Token “{ $name }” created
tokens-shown-once = Copy it now: it is shown only this once and cannot be retrieved later.
tokens-secret = Token
tokens-expires-on = It expires on { $date }.
tokens-action-revoke = Revoke
tokens-revoke-title = Revoke a token
tokens-revoke-question = Revoke the token “{ $name }”? Programs that use it will stop working at once.
tokens-cancel = Cancel
tokens-revoked = The token has been revoked.
error-token-name = Give the token a name of at most 80 characters.
error-token-days = Choose a validity between 1 and 365 days.
