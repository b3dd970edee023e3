# Forms: every mistake at once, and what each one is.
form-errors-title = { $count ->
    [one] One field needs correcting:
   *[other] { $count } fields need correcting:
}
error-passport-too-short = This passport number is too short: it has at least 6 letters and digits.
error-passport-too-long = This passport number is too long: it has at most 20 letters and digits.
error-passport-characters = A passport number has only Latin letters and digits (spaces and dashes are allowed).
hint-passport-stored-masked = A number is stored (encrypted):
hint-passport-keep = Leave empty to keep it, or type it again to change it.
