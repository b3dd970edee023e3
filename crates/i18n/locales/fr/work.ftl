# La liste des tâches, les confirmations et les messages qui disent qu'une action a réussi.

task-screen-applications = { $count ->
    [one] 1 candidature à examiner
   *[other] { $count } candidatures à examiner
}
confirm-cancel = Annuler
confirm-reason = Motif
flash-done = C'est fait.
users-disable-question = Désactiver le compte de { $name } ?
flash-user-disabled = Le compte est désactivé ; la personne a été déconnectée.
flash-user-enabled = Le compte est de nouveau actif.
flash-saved = Vos modifications sont enregistrées.
flash-call-created = L'appel est créé.
flash-checklist-saved = La liste de contrôle est enregistrée.
flash-company-created = L'entreprise est enregistrée.
flash-stage-changed = L'étape de l'entreprise est modifiée.
flash-contact-logged = Le contact est enregistré.
flash-document-uploaded = Le document est téléversé.
flash-document-deleted = Le document est supprimé.
flash-duplicates-merged = Les deux dossiers sont fusionnés.
flash-duplicate-dismissed = Marqués comme personnes différentes.
flash-organisation-created = L'organisation est créée.
flash-campaign-created = La campagne est créée.
flash-follow-up-done = La relance est marquée comme faite.
flash-position-created = Le poste est créé.
flash-programme-created = Le programme est créé.
flash-territory-added = Le territoire est ajouté.
flash-ranking-saved = Votre classement est enregistré.
flash-user-created = Le compte est créé.
flash-membership-added = Le rôle est ajouté.
flash-membership-removed = Le rôle est retiré.
duplicates-merge-question = Fusionner ces deux candidatures ?
duplicates-merge-taken = { $count ->
    [one] 1 valeur est reprise de l'autre candidature.
   *[other] { $count } valeurs sont reprises de l'autre candidature.
}
duplicates-merge-final = Une fusion est définitive : l'autre candidature quitte toutes les listes.
flash-step-saved = Enregistré. Vous pouvez vous arrêter ici et revenir plus tard.
flash-application-sent = Votre candidature est envoyée. Nous vous écrirons quand une décision sera prise.
error-shortlist-unpublished = Certains candidats de ce calcul sont présélectionnés mais pas encore informés : publiez les décisions de l'appel avant de les proposer aux entreprises.
matching-approve-question = Proposer aux entreprises les paires de ce calcul ?
matching-approve-count = { $count ->
    [one] 1 candidat sera proposé à une entreprise, qui verra son profil anonymisé et répondra.
   *[other] { $count } candidats seront proposés à leurs entreprises, qui verront leurs profils anonymisés et répondront.
}
matching-approve-final = Une proposition ne se retire pas : seul le refus d'une entreprise y met fin.
flash-run-approved = { $count ->
    [one] 1 candidat proposé à une entreprise.
   *[other] { $count } candidats proposés à leurs entreprises.
}
accept-question = Accepter ce candidat pour le stage ?
accept-final = Une acceptation est définitive : l'entreprise ne peut pas la retirer.
accept-confirm = Accepter
