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
