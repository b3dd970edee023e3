# Issues, suivis et page du participant (issue 14).

nav-outcomes = Issues

## Les chiffres par pays
outcomes-title = Issues des stages
outcomes-intro = Comment les stages se sont terminés, par pays d'origine, d'après les issues enregistrées pour les dossiers que vous voyez.
outcomes-none = Aucune issue enregistrée pour l'instant.
outcomes-country = Pays d'origine
outcomes-in-italy = En Italie à la fin (prolongation ou contrat de travail)
outcomes-returned-home = Rentrés au pays
outcomes-total = Total

## Types d'issue
outcome-kind-extension = Stage prolongé
outcome-kind-job-contract = Contrat de travail en Italie (titre de séjour converti)
outcome-kind-returned-home = Retour au pays
outcome-kind-interrupted = Interrompu
outcome-kind-other = Autre

## L'issue d'un dossier
outcome-title = Issue et suivis
outcome-open = Voir l'issue et les suivis
outcome-page-title = Issue du dossier { $reference }
outcome-back = Retour au dossier
outcome-field-kind = Issue
outcome-field-day = Jour
outcome-field-country = Pays ensuite
outcome-field-note = Note
outcome-corrected = Cette issue a été corrigée après sa première saisie.
outcome-none = Aucune issue enregistrée pour l'instant.
outcome-choose = Choisir…
outcome-action-record = Enregistrer l'issue
outcome-action-correct = Corriger l'issue
outcome-error-kind = Choisissez comment le stage s'est terminé.
outcome-error-step = Une issue ne peut être enregistrée qu'une fois le stage commencé.
outcome-error-recorded = Quelqu'un l'a enregistrée entre-temps ; vérifiez la page et réessayez.
flash-outcome-recorded = L'issue a été enregistrée.
flash-outcome-corrected = L'issue a été corrigée.

## Suivis
follow-ups-title = Suivis
follow-ups-after-outcome = Les suivis sont prévus 3, 6, 12 et 24 mois après l'issue, une fois celle-ci enregistrée.
follow-up-field-months = Suivi
follow-up-field-due = Échéance
follow-up-field-status = État
follow-up-months = { $count ->
    [one] Après { $count } mois
   *[other] Après { $count } mois
}
follow-up-done = Fait
follow-up-overdue = En retard
follow-up-pending = À faire
follow-up-open = Enregistrer le prochain suivi
follow-up-title = Suivi du dossier { $reference }
follow-up-back = Retour à l'issue
follow-up-due-on = { $count ->
    [one] Le suivi après { $count } mois, prévu le { $date }.
   *[other] Le suivi après { $count } mois, prévu le { $date }.
}
follow-up-preloaded = Les réponses du suivi précédent sont reprises : modifiez ce qui a changé.
follow-up-field-done-on = Jour du suivi
follow-up-field-country = Pays où vit la personne
follow-up-field-working = Travaille
follow-up-field-sector = Secteur de l'employeur
follow-up-field-occupation = Profession
follow-up-ties = Liens avec l'autre pays
follow-up-field-remittances = Envoie de l'argent au pays (transferts)
follow-up-field-business-links = Liens d'affaires avec l'autre pays
follow-up-field-further-mobility = A fait ou prévoit d'autres déplacements
follow-up-action-record = Enregistrer le suivi
follow-up-none-due = Aucun suivi n'est prévu pour ce dossier.
follow-up-yes = Oui
follow-up-no = Non
follow-up-error-occupation = Indiquez la profession d'une personne qui travaille.
follow-up-error-no-outcome = Enregistrez d'abord l'issue : les suivis sont comptés à partir d'elle.
follow-up-error-recorded = Ce suivi a déjà été enregistré ; ouvrez le suivant.
flash-follow-up-recorded = Le suivi a été enregistré.

## Tâches (boîte de réception et résumé quotidien)
task-follow-up-overdue = { $count ->
    [one] Un suivi est en retard
   *[other] { $count } suivis sont en retard
}
task-follow-up-due = { $count ->
    [one] Un suivi arrive à échéance
   *[other] { $count } suivis arrivent à échéance
}

## La page du participant
participant-title = Page du participant
participant-open = Tout ce qui est arrivé à ce participant
participant-mine = Tout ce qui s'est passé depuis ma candidature
participant-page-title = { $family } { $given }
participant-story-title = Ce qui s'est passé
participant-story-empty = Rien d'enregistré pour l'instant.
participant-note = Note
participant-event-proposed = Proposé à { $company } pour « { $position } »
participant-event-placement = Placement : { $status }
participant-event-step = Dossier : { $step }
participant-event-outcome = Issue : { $outcome }
participant-event-follow-up = { $count ->
    [one] Suivi après { $count } mois
   *[other] Suivi après { $count } mois
}
participant-event-traineeship = Stage mis en place
participant-event-allowance = Indemnité mensuelle approuvée
participant-event-incident = Incident enregistré
participant-event-enrolled = Inscription au cours « { $course } »
participant-event-certificate = Attestation du cours « { $course } »
