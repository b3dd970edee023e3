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
case-error-moved = Quelqu’un d’autre vient de faire avancer ce dossier. Regardez où il en est et réessayez.
case-error-closed = Ce dossier est clos : on ne peut plus rien y enregistrer.
case-error-too-many-tasks = Ce dossier a déjà le nombre maximal de tâches ouvertes. Marquez-en d’abord certaines comme faites.
case-error-fact-name = Ce n’est pas un champ de cette procédure.
case-error-datetime = Indiquez une date et une heure, comme 2026-04-02 14:30.
case-error-count = Indiquez un nombre entier entre 1 et 1000.
case-error-codice-fiscale = Ce n’est pas un codice fiscale valide (16 lettres et chiffres).
case-error-paper-kind = Ce n’est pas un document que la procédure produit.
case-error-future = Cette date est dans le futur : enregistrez une étape le jour où elle a eu lieu.
case-error-before-step = Cette date précède le jour où le dossier a atteint son étape actuelle.
procedure-error-version-taken = Un modèle de ce nom et de cette version est déjà enregistré : augmentez le numéro de version.
procedure-error-place = Indiquez le code ISTAT à six chiffres de la commune, ou rien pour un jour férié national.
nav-procedures = Procédures
procedures-title = Modèles de procédure
procedures-intro = Chaque procédure est une donnée : ses étapes, qui peut faire passer un dossier de l’une à l’autre, ce que chaque étape exige et les délais légaux. Un dossier garde la version avec laquelle il a commencé.
procedures-name = Nom
procedures-key = Identifiant
procedures-version = Version
procedures-region = Région
procedures-imported = Importé
procedures-shipped = Fourni avec Mentor
procedures-read-only = Cette page montre le modèle tel qu’il est enregistré ; pour le changer, importez-en une nouvelle version.
procedures-duration-label = Durée du stage
procedures-duration = de { $min } à { $max } mois, prolongations comprises
procedures-steps = Étapes
procedures-step = Étape
procedures-actor = Qui agit
procedures-documents = Documents requis
procedures-fields = Informations requises
procedures-end = fin
procedures-transitions = Passages autorisés
procedures-from = De
procedures-to = Vers
procedures-roles = Qui peut le faire
procedures-complete = L’étape doit être complète
procedures-yes = oui
procedures-no = non
procedures-deadlines = Règles de délai
procedures-rule = Règle
procedures-anchor = Compté depuis
procedures-offset = Délai accordé
procedures-during = Court tant que le dossier est en
procedures-roll-forward = reporté au jour ouvrable suivant s’il tombe un jour chômé
procedures-unit-calendar-days = { $count ->
    [one] { $count } jour calendaire
   *[other] { $count } jours calendaires
}
procedures-unit-working-days = { $count ->
    [one] { $count } jour ouvrable
   *[other] { $count } jours ouvrables
}
procedures-unit-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
procedures-unit-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
procedures-source = Le fichier du modèle
procedures-import-title = Importer un modèle
procedures-import-intro = Déposez un modèle de procédure en TOML, adapté d’un modèle fourni. Il est vérifié en entier avant d’être enregistré : chaque étape atteignable, une fin atteignable depuis chaque étape, des rôles et des types de documents connus.
procedures-import-file = Fichier du modèle (TOML)
procedures-import-action = Vérifier et importer
procedures-import-refused = Le modèle n’a pas été importé. Corrigez ces lignes et déposez-le de nouveau :
procedures-line = Ligne { $line }
procedures-error-not-text = Le fichier n’est pas du texte en UTF-8.
flash-procedure-imported = Le modèle est importé. Les nouveaux dossiers de sa région le suivent désormais.
procedures-holidays-title = Jours fériés
procedures-holidays-intro = Les délais comptés en jours ouvrables sautent ces jours, et un délai qui tombe l’un d’eux est reporté au jour ouvrable suivant quand sa règle le prévoit.
procedures-years = Années
procedures-day = Jour
procedures-holiday = Jour férié
procedures-place = Où
procedures-national = Toute l’Italie
procedures-remove = Retirer
procedures-holiday-add = Ajouter un jour férié
procedures-place-code = Commune (code ISTAT)
procedures-place-hint = Six chiffres, par ex. 015146 pour Milan ; laissez vide pour un jour férié national.
flash-holiday-removed = Le jour férié est retiré ; les délais sont recalculés.
holiday-new-year = Jour de l’An
holiday-epiphany = Épiphanie
holiday-easter = Pâques
holiday-easter-monday = Lundi de Pâques
holiday-liberation = Fête de la Libération
holiday-labour = Fête du Travail
holiday-republic = Fête de la République
holiday-assumption = Assomption
holiday-all-saints = Toussaint
holiday-saint-francis = Saint François d’Assise
holiday-immaculate-conception = Immaculée Conception
holiday-christmas = Noël
holiday-saint-stephen = Saint-Étienne
holiday-saint-ambrose = Saint Ambroise (Milan)
holiday-saint-john = Saint Jean-Baptiste (Turin)
