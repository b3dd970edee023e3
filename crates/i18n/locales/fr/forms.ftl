# Formulaires : toutes les erreurs à la fois, et ce qui ne va pas dans chacune.
form-errors-title = { $count ->
    [one] Un champ est à corriger :
   *[other] { $count } champs sont à corriger :
}
error-passport-too-short = Ce numéro de passeport est trop court : il compte au moins 6 lettres et chiffres.
error-passport-too-long = Ce numéro de passeport est trop long : il compte au plus 20 lettres et chiffres.
error-passport-characters = Un numéro de passeport ne contient que des lettres latines et des chiffres (espaces et tirets acceptés).
hint-passport-stored-masked = Un numéro est enregistré (chiffré) :
hint-passport-keep = Laissez vide pour le garder, ou saisissez-le de nouveau pour le changer.
