# Modèles de procédure : ce qui ne va pas dans un fichier importé (avec sa ligne).
procedure-error-too-large = Le fichier est trop grand pour un modèle de procédure.
procedure-error-syntax = Cette ligne ne peut pas être lue : { $subject }
procedure-error-version = La version doit être 1 ou plus, pas { $subject }.
procedure-error-duplicate-step = L'étape « { $subject } » est définie deux fois.
procedure-error-unknown-document = « { $subject } » n'est pas un type de document connu.
procedure-error-unknown-step = « { $subject } » n'est pas une étape de ce modèle.
procedure-error-no-roles = La transition depuis « { $subject } » ne nomme aucun rôle qui puisse la faire.
procedure-error-unknown-role = « { $subject } » n'est pas un rôle connu.
procedure-error-no-end = Le modèle n'a pas d'étape finale.
procedure-error-unreachable = L'étape « { $subject } » ne peut pas être atteinte depuis le début.
procedure-error-dead-end = Aucune fin ne peut être atteinte depuis l'étape « { $subject } ».
case-error-transition = La procédure ne permet pas ce passage depuis l'étape où se trouve le dossier.
case-error-role = Votre rôle ne permet pas ce passage de la procédure.
case-error-incomplete = Il manque quelque chose pour que le dossier avance : voyez la liste de ce dont l'étape a besoin.
