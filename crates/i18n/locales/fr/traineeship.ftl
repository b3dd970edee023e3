# Le stage d'un dossier (issue 14) : dates, rapports mensuels, indemnités, incidents,
# évaluations, prolongation et interruption.
nav-traineeships = Stages
traineeships-title = Stages
traineeships-none = Aucun stage à votre portée pour l'instant.
traineeship-title = Stage
traineeship-open = Le stage : dates, rapports, indemnité
traineeship-back = Retour au stage

## Champs
traineeship-field-reference = Dossier
traineeship-field-trainee = Stagiaire
traineeship-field-company = Entreprise d'accueil
traineeship-field-starts-on = Début
traineeship-field-ends-on = Fin
traineeship-field-step = Étape
traineeship-field-hours = Heures par semaine
traineeship-field-maximum = Durée maximale
traineeship-field-month = Mois
traineeship-field-attendance = Présence
traineeship-field-amount = Montant
traineeship-field-rule = Règle
traineeship-field-paid-on = Payée le
traineeship-field-days-attended = Jours de présence
traineeship-field-days-scheduled = Jours prévus
traineeship-field-progress = Progrès
traineeship-field-issues = Difficultés
traineeship-field-status = Statut
traineeship-field-closing-note = Note (obligatoire pour clore)
traineeship-field-incident-title = Ce qui s'est passé
traineeship-field-severity = Gravité
traineeship-field-owner = Responsable
traineeship-field-description = Détails
traineeship-field-note = Note
traineeship-field-extend-to = Nouvelle date de fin
traineeship-field-reason = Motif
traineeship-field-interrupt-on = Interrompu le
traineeship-months-n = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}

## La page
traineeship-dates-title = Dates et horaires
traineeship-not-set-up = Les dates du stage ne sont pas encore fixées.
traineeship-prefilled = Remplies d'après les faits du dossier et le poste : vérifiez-les et enregistrez.
traineeship-action-save-dates = Enregistrer les dates
traineeship-people-title = Personnes
traineeship-nobody = Personne n'est désigné
traineeship-you-report-as = Vous déposez les rapports en tant que : { $duty }
traineeship-months-title = Rapports mensuels
traineeship-state-none = Non déposé
traineeship-state-draft = Brouillon
traineeship-state-submitted = Déposé
traineeship-action-read = Lire
traineeship-action-write = Rédiger
traineeship-allowances-title = Indemnité
traineeship-rule-source = Règle : { $source }
traineeship-rule-unverified = non vérifiée
traineeship-pending-title = En attente de l'approbation du promoteur
traineeship-attendance = { $attended } jours sur { $scheduled } ({ $percent } %)
traineeship-action-approve = Approuver
traineeship-no-allowances = Aucun mois approuvé pour l'instant.
traineeship-action-paid = Marquer comme payée
traineeship-not-paid = Pas encore payée
traineeship-reports-title = Rapports déposés
traineeship-no-reports = Aucun rapport déposé pour l'instant.
traineeship-days-attended-n = { $count ->
    [one] { $count } jour de présence
   *[other] { $count } jours de présence
}
traineeship-days-scheduled-n = { $count ->
    [one] { $count } jour prévu
   *[other] { $count } jours prévus
}
traineeship-incidents-title = Incidents
traineeship-owned-by = Responsable : { $name }
traineeship-owner-me = Moi
traineeship-action-move-incident = Mettre à jour
traineeship-action-open-incident = Signaler un incident
traineeship-severity-low = Faible
traineeship-severity-medium = Moyenne
traineeship-severity-high = Élevée
traineeship-status-open = Ouvert
traineeship-status-in_progress = En cours
traineeship-status-closed = Clos
traineeship-evaluations-title = Évaluations des compétences
traineeship-no-objectives = Le projet de formation ne liste aucun objectif à évaluer.
traineeship-action-evaluate = Enregistrer l'évaluation
traineeship-stage-mid_term = Évaluation à mi-parcours
traineeship-stage-final = Évaluation finale
traineeship-level-1 = Pas encore
traineeship-level-2 = En partie
traineeship-level-3 = Atteint
traineeship-level-4 = Au-delà des attentes
traineeship-moves-title = Prolongation ou interruption
traineeship-action-extend = Prolonger
traineeship-action-interrupt = Interrompre

## Un rapport mensuel
traineeship-report-title = Rapport mensuel, { $month }
traineeship-report-submitted = Déposé : il ne peut plus changer.
traineeship-report-draft-hint = Vous seul voyez ce brouillon tant que vous ne l'avez pas déposé.
traineeship-register-hint = D'après votre registre de présence : les jours où le stagiaire était attendu.
traineeship-action-save-draft = Enregistrer le brouillon
traineeship-action-submit = Déposer

## Confirmations
traineeship-submit-question = Déposer le rapport de { $month } ?
traineeship-submit-warning = Une fois déposé, le rapport ne peut plus être modifié.
traineeship-approve-question = Approuver l'indemnité de { $month } ?
traineeship-amount = Montant dû : { $amount }
traineeship-approve-warning = Une fois approuvé, le montant est figé : aucune modification ultérieure ne peut le changer.
traineeship-extend-question = Prolonger le stage ?
traineeship-extend-to = Jusqu'au { $date }
traineeship-interrupt-question = Interrompre le stage ?
traineeship-interrupt-on = Le { $date }

## Messages
flash-traineeship-saved = Dates du stage enregistrées.
flash-traineeship-report-saved = Brouillon enregistré.
flash-traineeship-report-submitted = Rapport déposé.
flash-traineeship-approved = Indemnité approuvée et figée.
flash-traineeship-paid = Paiement enregistré.
flash-traineeship-incident-opened = Incident signalé.
flash-traineeship-incident-moved = Incident mis à jour.
flash-traineeship-evaluated = Évaluation enregistrée.
flash-traineeship-extended = Stage prolongé.
flash-traineeship-interrupted = Stage interrompu.

## Erreurs
traineeship-error-month = Indiquez un mois sous la forme année et mois.
traineeship-error-days = Indiquez un nombre de jours qui tient dans le mois.
traineeship-error-more-than-scheduled = Plus de jours de présence que de jours prévus.
traineeship-error-closing-note = Pour le clore, dites comment il s'est terminé.
traineeship-error-level = Indiquez un niveau pour chaque objectif.
traineeship-error-month-outside = Ce mois est en dehors du stage, ou n'a pas commencé.
traineeship-error-no-register = Le tuteur de l'entreprise n'a pas encore déposé le registre de ce mois.
traineeship-error-no-rule = Aucune règle d'indemnité n'est connue pour cette région.
traineeship-error-paid-on = Indiquez le jour du paiement : dans le mois ou après, pas dans le futur.
traineeship-error-owner = Le responsable doit être l'une des personnes du dossier, ou vous.
traineeship-error-severity = Choisissez une gravité.
traineeship-error-status = Choisissez un statut.
traineeship-error-reason = Indiquez un motif.
traineeship-error-extension-end = La nouvelle fin doit venir après l'actuelle.
traineeship-error-too-long = Le stage durerait plus que permis : 12 mois au total, moins là où la région fixe un maximum selon le diplôme du stagiaire.
traineeship-error-hours = Indiquez les heures par semaine, 48 au plus.
traineeship-error-end-before-start = La fin précède le début.
traineeship-error-report-submitted = Ce rapport a été déposé : il ne peut plus changer.
traineeship-error-allowance-locked = L'indemnité de ce mois a déjà été approuvée : son montant est figé.
traineeship-error-incident-closed = L'incident ne peut pas revenir en arrière ni être clos deux fois.

## Tâches (boîte de réception et résumé quotidien)
task-traineeship-report-due = { $count ->
    [one] Un rapport mensuel de stage est attendu
   *[other] { $count } rapports mensuels de stage sont attendus
}
task-traineeship-approval = { $count ->
    [one] L'indemnité d'un mois attend votre approbation
   *[other] Les indemnités de { $count } mois attendent votre approbation
}
task-traineeship-incident = { $count ->
    [one] Un incident dont vous êtes responsable est ouvert
   *[other] { $count } incidents dont vous êtes responsable sont ouverts
}
