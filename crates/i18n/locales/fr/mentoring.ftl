# Mentorat après le stage (issue 15, point 1).
nav-mentorships = Mentorats
nav-my-mentorship = Mon mentorat

task-mentoring-reminder = { $count ->
    [one] Aucune séance de mentorat enregistrée depuis un moment
   *[other] { $count } mentorats sans séance depuis un moment
}
task-mentoring-overdue = { $count ->
    [one] Une action du plan de mentorat est en retard
   *[other] { $count } actions du plan de mentorat sont en retard
}
task-mentoring-concern = { $count ->
    [one] Un mentor s'inquiète pour un mentorat
   *[other] Des mentors s'inquiètent pour { $count } mentorats
}
participant-event-mentoring = Séance de mentorat ({ $mode })

mentoring-mode-in_person = En personne
mentoring-mode-phone = Téléphone
mentoring-mode-video = Appel vidéo
mentoring-mode-message = Messages
mentoring-where-italy = En Italie
mentoring-where-home = Dans le pays d'origine

mentoring-list-title = Mentorats
mentoring-list-caption = Mentorats et leur dernière séance
mentoring-list-none = Aucun mentorat ici.
mentoring-filter-label = Afficher les mentorats
mentoring-show-open = En cours
mentoring-show-closed = Clos
mentoring-show-concern = Avec une inquiétude
mentoring-show-all = Tous
mentoring-state-open = En cours
mentoring-state-closed = Clos
mentoring-concern-tag = Inquiétude
mentoring-no-session = Aucune séance enregistrée

mentoring-field-mentee = Personne accompagnée
mentoring-field-mentor = Mentor
mentoring-field-where = Où vit la personne accompagnée
mentoring-field-last-session = Dernière séance
mentoring-field-state = État
mentoring-field-reference = Dossier
mentoring-field-opened = Ouvert le
mentoring-field-reminder = Rappel après combien de jours sans séance
mentoring-field-goals = Objectifs
mentoring-field-action = Action
mentoring-field-due-on = Pour le
mentoring-field-held-on = Date
mentoring-field-mode = Comment
mentoring-field-topics = Sujets
mentoring-field-notes = Notes

mentoring-new-title = Nouveau mentorat
mentoring-new-none = Il n'y a personne pour qui vous puissiez ouvrir un mentorat.
mentoring-back = Retour aux mentorats
mentoring-choose = Choisir…
mentoring-already = déjà accompagné
mentoring-open = Ouvrir le mentorat
mentoring-title = Mentorat de { $name }
mentoring-mine-title = Mon mentorat
mentoring-mine-none = Vous n'avez pas de mentorat pour le moment.

mentoring-reminder-every = { $count ->
    [one] après { $count } jour
   *[other] après { $count } jours
}
mentoring-reminder-next = prochain rappel le { $date }
mentoring-reminder-due = Une séance est attendue
mentoring-terms-edit = Modifier les objectifs ou le rappel
mentoring-terms-save = Enregistrer

mentoring-concern-title = Inquiétude
mentoring-concern-none = Aucune inquiétude en cours.
mentoring-concern-raised = Signalée le { $date }
mentoring-concern-handled-on = traitée le { $date }
mentoring-concern-note = Ce qui vous inquiète (seuls la coordination et votre organisation le lisent)
mentoring-concern-raise = Je m'inquiète pour ce mentorat
mentoring-concern-question = Signaler à la coordination que vous vous inquiétez pour ce mentorat ?
mentoring-concern-confirm = Signaler l'inquiétude
mentoring-concern-warning = La personne accompagnée n'en est pas informée ; la coordination la voit jusqu'à ce qu'elle la marque comme traitée.
mentoring-handled-note = Ce qui a été fait
mentoring-handled-question = Marquer l'inquiétude comme traitée ?
mentoring-handled-confirm = Marquer comme traitée

mentoring-plan-title = Plan d'action
mentoring-plan-none = Aucune action prévue pour l'instant.
mentoring-item-due = pour le { $date }
mentoring-item-done = Faite
mentoring-item-overdue = En retard
mentoring-item-mark-done = Marquer comme faite
mentoring-item-new = Nouvelle action
mentoring-item-add = Ajouter au plan

mentoring-sessions-title = Séances
mentoring-session-new = Enregistrer une séance
mentoring-session-log = Enregistrer la séance
mentoring-notes-hint = Confidentiel : seuls votre organisation et la coordination lisent les notes, jamais la personne accompagnée.

mentoring-close-title = Clore le mentorat
mentoring-close-note = Note de clôture
mentoring-close-confirm = Clore le mentorat
mentoring-close-question = Clore ce mentorat ?
mentoring-close-warning = Un mentorat clos ne peut plus être modifié.

flash-mentoring-opened = Le mentorat est ouvert.
flash-mentoring-updated = Le mentorat a été enregistré.
flash-mentoring-session-logged = La séance a été enregistrée.
flash-mentoring-item-added = L'action a été ajoutée au plan.
flash-mentoring-item-done = L'action est marquée comme faite.
flash-mentoring-concern = Votre inquiétude a été transmise à la coordination.
flash-mentoring-handled = L'inquiétude est marquée comme traitée.
flash-mentoring-close = Le mentorat est clos.

mentoring-error-reminder = Indiquez un nombre de jours entre 7 et 180.
mentoring-error-whereabouts = Indiquez si la personne vit en Italie ou dans son pays d'origine.
mentoring-error-mode = Choisissez comment la séance s'est tenue.
mentoring-error-mentee = Choisissez un participant que vous pouvez accompagner.
mentoring-error-mentor = Choisissez un mentor du programme du participant.
mentoring-error-open = Ce participant a déjà un mentorat en cours.
mentoring-error-closed = Ce mentorat est clos.
mentoring-error-item = Cette action n'existe pas ou est déjà faite.
mentoring-error-concern-open = Une inquiétude est déjà en cours.
mentoring-error-no-concern = Il n'y a aucune inquiétude en cours.
