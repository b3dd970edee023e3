# Dossiers (issue 13) : la liste, la page d'un dossier, la liste du stagiaire, le tableau.
nav-cases = Dossiers
nav-cases-board = Tableau des dossiers
nav-my-case = Mon stage
cases-title = Dossiers
cases-count = { $count ->
    [one] Un dossier
   *[other] { $count } dossiers
}
cases-none-yet = Vous n'avez pas encore de dossier : il s'ouvre quand une entreprise d'accueil vous accepte.
cases-field-reference = Référence
cases-field-trainee = Stagiaire
cases-field-company = Entreprise d'accueil
cases-field-city = Ville
cases-field-country = Pays
cases-field-step = Étape
cases-field-waiting-for = En attente de
cases-field-next-deadline = Prochaine échéance
cases-field-overdue-only = En retard seulement
case-standing-overdue = En retard
case-standing-due-today = Aujourd'hui
case-standing-upcoming = Bientôt
case-standing-later = Plus tard
case-title = Dossier { $reference }
case-closed = Clos
case-field-procedure = Procédure
case-steps-title = Étapes de la procédure
case-missing-title = Ce qui manque encore à cette étape
case-deadlines-title = Échéances en cours
case-deadlines-none = Aucune échéance ne court à cette étape.
case-deadline-who = Doit agir : { $role }
case-why-title = Pourquoi cette date
case-why-calendar-days = { $count ->
    [one] 1 jour
   *[other] { $count } jours
} après « { $anchor } » ({ $date }).
case-why-working-days = { $count ->
    [one] 1 jour ouvré
   *[other] { $count } jours ouvrés
} après « { $anchor } » ({ $date }), week-ends et jours fériés non comptés.
case-why-months = { $count ->
    [one] 1 mois
   *[other] { $count } mois
} après « { $anchor } » ({ $date }).
case-why-hours = { $count ->
    [one] 1 heure
   *[other] { $count } heures
} après « { $anchor } » ({ $date }).
case-why-holidays = Jours fériés non comptés : { $days }.
case-why-rolled = Reportée du { $date }, un week-end ou un jour férié.
case-why-time-assumed = L'heure de « { $anchor } » n'est pas enregistrée : le compte part du début de ce jour.
case-passport-expires-too-soon = Le passeport expire moins de 3 mois après la fin du visa.
case-passport-issued-too-long-ago = Le passeport a été délivré 10 ans ou plus avant la demande de visa.
case-duration-months = Durée prévue : { $count ->
    [one] 1 mois
   *[other] { $count } mois
}
case-duration-outside = hors des limites de la procédure
case-conversion-window = La conversion du titre de séjour peut être demandée du { $from } au { $to }.
case-advance-title = Faire avancer le dossier
case-field-to = Étape suivante
case-field-on = Date à laquelle c'est arrivé
case-field-at = Heure (si elle compte)
case-field-note = Note
case-field-by = Enregistré par
case-action-advance = Faire avancer…
case-advance-question = Faire avancer le dossier { $reference } ?
case-advance-from-to = De « { $from } » à « { $to } »
case-advance-on = Le { $date }
case-advance-warning = Les échéances sont recalculées à partir de cette date, et l'étape reste dans l'historique du dossier.
case-advance-confirm = Oui, faire avancer le dossier
case-path-title = Historique
case-facts-title = Informations
case-fact-missing = pas encore enregistrée
case-fact-sealed = enregistrée (protégée)
case-action-record = Enregistrer
case-action-correct = Corriger
case-documents-title = Documents du dossier
case-tasks-title = Tâches
case-tasks-none = Aucune tâche n'a été ajoutée.
case-task-done = Faite
case-action-task-done = Marquer comme faite
case-field-task-title = Tâche
case-field-task-due = À faire avant le
case-field-task-who = Qui doit la faire
case-action-add-task = Ajouter la tâche
case-identity-title = Identité du stagiaire
case-identity-hint = Les données d'identité dont les documents ont besoin. Chaque lecture est enregistrée.
case-action-reveal = Afficher l'identité
case-identity-name = Nom
case-identity-birth-date = Date de naissance
case-identity-passport = Numéro de passeport
case-mine-title = Mon stage en Italie
case-mine-now-title = Ce que je dois faire maintenant
case-mine-upload = Envoyer : { $document }
case-mine-give = Indiquez ces informations :
case-mine-nothing = Vous n'avez rien à faire pour le moment.
case-mine-waiting = La suite revient à : { $role } ({ $step }).
case-mine-details-title = Mes informations, à corriger si besoin
case-mine-deadlines-title = Mes échéances
case-mine-calendar = Ajouter mes échéances au calendrier de mon téléphone
case-mine-steps-title = Les étapes de ma procédure
cases-board-title = Tableau des dossiers
cases-board-open = Dossiers ouverts
cases-board-closed = Dossiers clos
cases-board-overdue = Avec une échéance dépassée
cases-board-see-overdue = les voir
cases-board-bottleneck = Les dossiers attendent le plus longtemps à « { $step } ».
cases-board-average = Jours en moyenne à chaque étape
cases-board-days = { $days } jours
cases-board-table = Chiffres par étape
cases-board-now = Actuellement
cases-board-passed = Passages terminés
cases-board-average-days = Jours en moyenne
cases-board-slowest-days = Le plus lent (jours)
flash-case-moved = Le dossier a avancé.
flash-case-fact-saved = L'information est enregistrée.
flash-case-task-added = La tâche est ajoutée.
flash-case-task-done = La tâche est marquée comme faite.
case-step-convention = Convention
case-step-training-project = Projet de formation
case-step-regional-review = Examen par la Région
case-step-regional-rejected = Refusé par la Région
case-step-regional-approved = Approuvé par la Région
case-step-visa-requested = Visa demandé
case-step-visa-refused = Visa refusé
case-step-visa-issued = Visa délivré
case-step-ready-to-depart = Prêt à partir
case-step-arrived = Arrivé en Italie
case-step-permit-requested = Titre de séjour demandé
case-step-active = Stage commencé
case-step-extended = Prolongé
case-step-completed = Terminé
case-step-interrupted = Interrompu
case-step-withdrawn = Retiré
case-document-convention-signed = Convention signée
case-document-training-project-signed = Projet de formation signé
case-document-regional-approval = Approbation régionale
case-document-insurance-policies = Polices d'assurance
case-document-visa = Visa
case-document-travel-ticket = Billet de voyage
case-document-housing-proof = Justificatif de logement
case-document-hospitality-declaration = Déclaration d'hébergement
case-document-permit-receipt = Récépissé de la demande de titre de séjour
case-document-residence-permit = Titre de séjour
case-document-employment-notice = Déclaration obligatoire aux services de l'emploi
case-document-final-report = Rapport final
case-field-trainees-covered = Stagiaires couverts par la convention
case-field-inail-policy = Numéro de police INAIL
case-field-liability-policy = Numéro de police de responsabilité civile
case-field-company-tutor = Tuteur en entreprise
case-field-promoter-tutor = Tuteur de l'organisme promoteur
case-field-hours-per-week = Heures par semaine
case-field-allowance = Indemnité mensuelle
case-field-planned-start-on = Début prévu
case-field-planned-end-on = Fin prévue
case-field-lodging = Logement
case-field-visa-requested-on = Visa demandé le
case-field-passport-issued-on = Passeport délivré le
case-field-passport-expires-on = Passeport valable jusqu'au
case-field-visa-ends-on = Visa valable jusqu'au
case-field-arrived-at = Arrivée (date et heure)
case-field-codice-fiscale = Code fiscal (codice fiscale)
case-field-birth-place = Lieu de naissance
case-field-started-on = Stage commencé le
case-field-permit-issued-on = Titre de séjour délivré le
case-field-permit-expires-on = Titre de séjour valable jusqu'au
case-field-extended-to-on = Prolongé jusqu'au
case-rule-visa-decision = Décision du consulat sur le visa
case-rule-hospitality-declaration = Déclaration d'hébergement
case-rule-permit-request = Demande de titre de séjour
case-rule-traineeship-start = Début du stage
