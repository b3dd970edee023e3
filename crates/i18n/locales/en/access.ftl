# Getting in: a forgotten password.

password-forgot-link = Forgot your password?
password-forgot-title = Forgotten password
password-forgot-intro = Type the e-mail address you signed up with. We will send you a link to choose a new password.
password-forgot-send = Send me a link
password-forgot-sent = If an account uses this address, a link to choose a new password is on its way. It works for one hour, once. Check your spam folder too.
password-back-to-sign-in = Back to sign in
password-reset-title = Choose a new password
password-reset-intro = At least 10 characters. Signing in with the new password ends every other session of your account.
password-new = New password
password-reset-save = Save the new password
error-reset-link-dead = This link has expired or was already used. Ask for a new one below.
flash-password-reset = Your password is changed. Sign in with the new one.
mail-reset-subject = Choose a new Mentor password
mail-reset-intro = Someone, probably you, asked to choose a new password for your Mentor account. Open this link to do it:
mail-reset-expiry = The link works once, for { $minutes } minutes.
mail-reset-not-you = If you did not ask, ignore this message: your password stays as it is.
welcome-title = Mentor: traineeships in Italy
welcome-intro = Young people from Morocco and Tunisia apply here for a six-month traineeship with an Italian company, with support before, during and after. Choose an open call to read what it offers and to apply.
welcome-have-account = Already have an account?
error-name-too-long = This name is too long: at most 100 characters.
error-name-characters = Use only letters, spaces, hyphens and apostrophes in a name.

# Getting in: signing up, confirmed by e-mail.
sign-up-sent-title = Check your e-mail
sign-up-sent = We have sent a message to { $email }. Open the link in it to confirm your address and continue your application. It works for 24 hours. Nothing arrived after a few minutes? Check your spam folder, or sign up again.
sign-up-confirm-title = Confirm your e-mail address
sign-up-confirm-intro = Confirming opens your account and your application. You can then fill it in step by step.
action-sign-up-confirm = Confirm and continue
error-sign-up-link-dead = This link has expired or was already used. Sign up again from the call's page, or sign in if you already confirmed.
flash-sign-up-confirmed = Your address is confirmed and your account is open. Fill in your application.
mail-sign-up-subject = Confirm your e-mail address for Mentor
mail-sign-up-intro = Someone, probably you, signed up with this address to apply to "{ $call }". Open this link to confirm it and continue your application:
mail-sign-up-expiry = The link works once, for { $hours } hours.
mail-sign-up-not-you = If it was not you, ignore this message: nothing is opened in your name.
mail-sign-up-exists-subject = You already have a Mentor account
mail-sign-up-exists-intro = Someone, probably you, tried to sign up with this address, but it already has a Mentor account.
mail-sign-up-exists-sign-in = To apply, sign in here:
mail-sign-up-exists-reset = Forgot your password? Choose a new one here:
sign-up-back-to-call = Back to the call
sign-up-see-calls = See the open calls
