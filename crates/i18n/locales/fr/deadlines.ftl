# Échéances des dossiers hors des pages des dossiers : tâches, relances, calendrier, API.

## Tâches (boîte de réception et résumé quotidien)
task-case-overdue = { $count ->
    [one] Une échéance d'un dossier est dépassée : agissez
   *[other] { $count } échéances de dossiers sont dépassées : agissez
}
task-case-upcoming = { $count ->
    [one] Une échéance d'un dossier tombe dans les prochains jours
   *[other] { $count } échéances de dossiers tombent dans les prochains jours
}

## Règles d'échéance et étapes de la procédure
deadlines-rule-visa-decision = Décision du consulat sur le visa
deadlines-rule-hospitality-declaration = Déclaration d'hébergement
deadlines-rule-permit-request = Demande de titre de séjour
deadlines-rule-traineeship-start = Début du stage
deadlines-rule-task = Tâche ajoutée au dossier
deadlines-step-convention = Convention
deadlines-step-training-project = Projet de formation
deadlines-step-regional-review = Examen par la Région
deadlines-step-regional-rejected = Refusé par la Région
deadlines-step-regional-approved = Approuvé par la Région
deadlines-step-visa-requested = Visa demandé
deadlines-step-visa-refused = Visa refusé
deadlines-step-visa-issued = Visa délivré
deadlines-step-ready-to-depart = Prêt à partir
deadlines-step-arrived = Arrivé en Italie
deadlines-step-permit-requested = Titre de séjour demandé
deadlines-step-active = Stage commencé
deadlines-step-extended = Stage prolongé
deadlines-step-completed = Terminé
deadlines-step-interrupted = Interrompu
deadlines-step-withdrawn = Retiré

## Relance aux coordinateurs du programme
deadlines-escalation-subject = Échéance dépassée sur le dossier { $reference }
deadlines-escalation-body = { $days ->
    [one] Dossier { $reference } : « { $rule } » était dû le { $date } et a un jour de retard. Doit agir : { $who }.
   *[other] Dossier { $reference } : « { $rule } » était dû le { $date } et a { $days } jours de retard. Doit agir : { $who }.
}
deadlines-escalation-open = Ouvrir le dossier : { $link }

## Calendrier (les événements)
deadlines-feed-name = Mentor — mes échéances
deadlines-feed-summary = { $reference } : { $rule }
deadlines-feed-summary-own = { $rule } ({ $step })
deadlines-feed-why = { $unit ->
    [working_days] { $offset } jours ouvrables
    [months] { $offset } mois
    [hours] { $offset } heures
   *[calendar_days] { $offset } jours
} après : { $anchor }, { $date }
deadlines-feed-open = Ouvrir le dossier : { $link }

## Calendrier (la page)
nav-calendar = Mon agenda
calendar-title = Mes échéances dans mon agenda
calendar-intro = Abonnez-vous aux échéances de vos dossiers depuis l'agenda de votre téléphone ou de votre ordinateur : chaque échéance apparaît comme un événement d'une journée entière et se met à jour quand sa date change.
calendar-privacy = Les événements désignent les dossiers par leur référence (MC-…), jamais par le nom d'un stagiaire, car les agendas sont synchronisés sur les serveurs d'autres entreprises.
calendar-secret = L'adresse est secrète : qui la possède voit vos échéances. Si elle circule, créez-en une nouvelle (l'ancienne cesse de fonctionner) ou désactivez-la.
calendar-none = Vous n'avez pas encore d'adresse d'agenda.
calendar-active = Votre adresse d'agenda est active. Par sécurité, elle n'est plus affichée : créez-en une nouvelle si besoin.
calendar-made = Votre nouvelle adresse d'agenda
calendar-shown-once = Copiez-la maintenant : elle n'est affichée que cette fois.
calendar-address = Adresse de l'agenda
calendar-subscribe = S'abonner sur cet appareil
calendar-howto-title = Comment l'ajouter
calendar-howto-iphone = iPhone ou iPad : Réglages → Calendrier → Comptes → Ajouter un compte → Autre → Ajouter un calendrier avec abonnement, puis collez l'adresse.
calendar-howto-android = Android (Google Agenda) : sur un ordinateur, ouvrez calendar.google.com → Autres agendas → + → À partir de l'URL et collez l'adresse ; il apparaîtra ensuite sur le téléphone.
calendar-howto-other = Outlook, Thunderbird et autres logiciels : ajoutez un agenda « depuis Internet » ou « sur le réseau » et collez l'adresse.
calendar-action-create = Créer mon adresse d'agenda
calendar-action-renew = Créer une nouvelle adresse (l'ancienne cesse de fonctionner)
calendar-action-revoke = Désactiver mon adresse d'agenda
calendar-revoked = Votre adresse d'agenda est désactivée : elle ne fonctionne plus.

## API
deadlines-error-status = Indiquez overdue, near ou all.
