# Décisions de sélection : préparées par l'équipe, publiées par la coordination pour tout
# l'appel, annulées seulement par la coordination avec un motif (issue 11).

decisions-error-not-stageable = Cette décision ne peut pas être préparée pour cette candidature : on ne décide que d'une candidature éligible ou sur liste d'attente ; une décision publiée est annulée par la coordination.
decisions-error-stage-instead = Une décision de sélection se prépare, puis se publie avec les autres décisions de l'appel : utilisez le formulaire de décision.
decisions-error-nothing-staged = Il n'y a aucune décision préparée à publier pour cet appel (elles viennent peut-être d'être publiées).
decisions-error-not-decided = Cette candidature n'a pas de décision publiée à annuler.

decisions-screening-title = Examen
decisions-published = Décision publiée
decisions-staged = Décision préparée
decisions-staged-now = Préparée : { $decision }
decisions-staged-hint = La personne candidate ne voit rien d'une décision préparée tant que la coordination n'a pas publié les décisions de l'appel ; elle peut être modifiée jusque-là.
decisions-field-decision = Décision à préparer
decisions-reason-hint = Nécessaire pour une non-sélection ; la personne candidate le lit une fois la décision publiée.
decisions-action-stage = Préparer la décision
decisions-action-withdraw = Retirer la décision préparée
decisions-action-reverse = Annuler la décision publiée
decisions-filter-any = Toute décision préparée
decisions-staged-on-call = { $count ->
    [one] 1 décision préparée : aperçu et publication
   *[other] { $count } décisions préparées : aperçu et publication
}

decisions-title = Décisions à publier : { $call }
decisions-intro = La publication change ce que voit chaque personne candidate ci-dessous et place son message dans la file d'envoi, en une seule fois.
decisions-none-staged = Aucune décision n'est préparée pour cet appel.
decisions-to-ranking = Classement
decisions-count-shortlisted = { $count ->
    [one] 1 présélectionnée
   *[other] { $count } présélectionnées
}
decisions-count-waiting-list = { $count ->
    [one] 1 sur liste d'attente
   *[other] { $count } sur liste d'attente
}
decisions-count-rejected = { $count ->
    [one] 1 non retenue
   *[other] { $count } non retenues
}
decisions-count-messages = { $count ->
    [one] 1 message sera mis en file d'envoi
   *[other] { $count } messages seront mis en file d'envoi
}
decisions-warning-over-places = Attention : { $shortlist } personnes seraient présélectionnées pour { $places } places.
decisions-warning-call-open = Attention : l'appel est encore ouvert ; les candidatures envoyées plus tard seront décidées lors d'un tour suivant.
decisions-action-publish = Publier les décisions
decisions-publish-question = Publier les décisions sur { $call } ?
decisions-publish-hint = Les décisions publiées ne se modifient pas ici ; seule la coordination peut en annuler une, avec un motif.

decisions-reverse-question = Annuler la décision publiée ?
decisions-reverse-hint = La candidature redevient sans décision et la personne candidate en est informée, avec le motif. Une nouvelle décision se prépare et se publie ensuite comme d'habitude.
decisions-reverse-reason = Motif de l'annulation (la personne candidate le lit)

flash-decision-staged = La décision est préparée. La personne candidate la verra une fois publiée.
flash-decision-withdrawn = La décision préparée est retirée.
flash-decisions-published = { $count ->
    [one] 1 décision publiée ; son message est dans la file d'envoi.
   *[other] { $count } décisions publiées ; leurs messages sont dans la file d'envoi.
}
flash-decision-reversed = La décision est annulée et le message à la personne candidate est dans la file d'envoi.

event-decision-staged = Décision préparée : { $status }
event-decision-withdrawn = Décision préparée retirée
event-decision-reversed = Décision annulée : { $status }

task-publish-decisions = { $count ->
    [one] 1 décision préparée à publier pour { $about }
   *[other] { $count } décisions préparées à publier pour { $about }
}

mail-reversal-subject = Votre candidature : { $call } — décision annulée
mail-reversal-body = La décision sur votre candidature à { $call } ({ $decision }) a été annulée.
mail-reversal-next = Votre candidature est de nouveau à l'examen ; nous vous écrirons avec la nouvelle décision.
