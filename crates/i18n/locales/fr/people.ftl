# Les personnes affectées à un dossier (issue 14).
duty-company_tutor = Tuteur en entreprise
duty-promoter_tutor = Tuteur du promoteur
duty-mediator = Médiateur culturel
duty-mentor = Mentor
case-people-title = Personnes
case-people-none = Personne pour l’instant
case-people-assign = Affecter
case-people-remove = Retirer
case-people-choose = Choisir une personne
case-people-error-holder = Cette personne ne peut pas exercer ce rôle dans ce dossier.
case-people-back = Retour au dossier
case-people-open = Tuteurs, médiateur et mentor
flash-case-people-assigned = Personne affectée.
flash-case-people-removed = Affectation retirée.
