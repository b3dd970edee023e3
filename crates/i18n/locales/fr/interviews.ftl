# Issue 11, point 3 : la page de la proposition pour l'entreprise (profil anonyme,
# explication de l'appariement), les créneaux d'entretien, le choix du candidat, les refus
# et leur annulation, les fuseaux horaires.

## Refus
error-interview-picked = Le candidat a déjà réservé l'un des créneaux d'entretien.
error-placement-declined = Cette proposition a été refusée : plus rien ne peut être fait.
error-placement-not-declined = Seul le refus d'une proposition refusée peut être annulé.
error-interview-needs-slots = Pour prévoir un entretien, proposez des créneaux.
error-reason-too-long = Le motif est trop long (2 000 caractères au plus).
error-time-zone = Choisissez un fuseau horaire dans la liste.
error-time-skipped = Cette heure n'existe pas ce jour-là : on avance les horloges. Choisissez une autre heure.
error-slots-none = Proposez au moins un créneau d'entretien.
error-slots-too-many = Proposez au plus cinq créneaux d'entretien.
error-slot-date = Saisissez la date au format AAAA-MM-JJ.
error-slot-time = Saisissez l'heure au format HH:MM (24 heures).
error-slot-minutes = La durée est comprise entre 15 et 480 minutes.
error-slot-place = Indiquez le lieu ou le lien de la visioconférence (500 caractères au plus).
error-slot-past = Ce créneau est déjà passé.
error-slot-far = Ce créneau est à plus d'un an.
error-slot-overlap = Ce créneau chevauche un autre des créneaux proposés.

## La page de la proposition
proposal-title = Proposition : { $position }
proposal-open = Ouvrir la proposition
proposal-candidate = Candidat { $handle }
proposal-anonymous = Le nom, les coordonnées et les documents ne sont pas affichés : jugez le profil. Le nom apparaît dès que le candidat a réservé un entretien.
proposal-country = Pays de résidence
proposal-studies = Études
proposal-graduated = Année d'obtention
proposal-languages-skills = compréhension { $understanding }, expression orale { $speaking }, écrit { $writing }
proposal-esco = Métiers et compétences (ESCO)
proposal-esco-occupations = Métiers
proposal-esco-skills = Compétences
proposal-esco-english = Les libellés ESCO sont affichés en anglais lorsqu'aucune traduction n'est chargée.
proposal-not-stated = Non indiqué
proposal-match = Pourquoi ce candidat a été proposé
proposal-match-summary = Score { $score } : option { $rank } sur { $count } pour ce candidat.
proposal-match-points = { $points } sur { $max }
proposal-match-manual = Cette proposition a été faite à la main, pas par un appariement automatique.
proposal-status = Statut
proposal-decline-reason = Motif du refus
proposal-reversed = Refus annulé par { $name } le { $date } : { $reason }

## Créneaux d'entretien (entreprise)
interview-section = Entretien
interview-offer-title = Proposer des créneaux d'entretien
interview-offer-hint = Proposez de un à cinq créneaux. Les heures sont dans votre fuseau horaire : { $zone }.
interview-slot-legend = Créneau { $n }
field-slot-date = Date
field-slot-time = Heure de début
field-slot-minutes = Durée (minutes)
field-slot-place = Lieu ou lien de visioconférence
interview-offer-submit = Envoyer les créneaux au candidat
interview-offered = Créneaux proposés, en attente du choix du candidat :
interview-slot-line = { $when }, { $minutes } min — { $place }
interview-booked = Entretien réservé : { $when }, { $minutes } min — { $place }
flash-interview-offered = { $count ->
    [one] Un créneau d'entretien envoyé au candidat.
   *[other] { $count } créneaux d'entretien envoyés au candidat.
}
flash-placement-accepted = Proposition acceptée.

## Refuser et annuler un refus
decline-action = Refuser…
decline-title = Refuser cette proposition
decline-warning = Le refus est définitif pour votre entreprise : seul le coordinateur du programme peut l'annuler, et ce candidat ne sera plus proposé pour ce poste.
decline-reason = Pourquoi refusez-vous ? Le coordinateur le lira.
decline-confirm = Refuser la proposition
flash-placement-declined = Proposition refusée.
reverse-action = Annuler le refus…
reverse-title = Annuler le refus de l'entreprise
reverse-warning = La proposition revient à l'entreprise comme proposée, et la paire pourra de nouveau être appariée. Votre motif est enregistré et affiché sur le placement.
reverse-reason = Motif de l'annulation
reverse-confirm = Annuler le refus
flash-decline-reversed = Refus annulé : la proposition est de nouveau ouverte.

## Créneaux d'entretien (candidat)
interview-choose = { $company } propose ces créneaux pour un entretien pour le poste { $position }. Choisissez-en un. Les heures sont dans votre fuseau horaire ({ $zone }).
interview-pick = Choisir ce créneau
flash-interview-picked = Entretien réservé. Vous et l'entreprise recevez l'invitation par e-mail.
interview-yours = Votre entretien pour { $position } chez { $company } : { $when }, { $minutes } min — { $place }

## Fuseau horaire (compte)
account-time-zone = Fuseau horaire
account-time-zone-hint = Les dates et heures des entretiens sont affichées dans ce fuseau.
account-time-zone-auto = Automatique : { $zone } (d'après votre pays)
account-time-zone-save = Enregistrer le fuseau horaire
flash-time-zone-saved = Fuseau horaire enregistré.

outbox-calendar = avec une invitation d'agenda

## E-mails
mail-interview-slots-subject = Créneaux d'entretien proposés : { $position }
mail-interview-slots-body = { $company } propose { $count ->
    [one] un créneau
   *[other] { $count } créneaux
} pour un entretien pour le poste { $position }. Choisissez-en un sur la page de votre candidature.
mail-interview-subject = Entretien : { $position }, { $when }
mail-interview-candidate-body = Votre entretien pour le poste { $position } chez { $company } est réservé : { $when }, { $minutes } minutes. Lieu : { $place }
mail-interview-company-body = L'entretien avec { $other } pour le poste { $position } est réservé : { $when }, { $minutes } minutes. Lieu : { $place }
mail-interview-calendar-note = L'invitation jointe ajoute l'entretien à votre agenda.
interview-calendar-summary = Entretien : { $position }

## Tâches (la boîte de réception et le récapitulatif quotidien)
task-answer-proposals = { $count ->
    [one] 1 proposition attend votre réponse : proposez des créneaux d'entretien ou refusez
   *[other] { $count } propositions attendent votre réponse : proposez des créneaux d'entretien ou refusez
}
task-pick-interview-slot = { $count ->
    [one] Choisissez un créneau pour votre entretien
   *[other] Choisissez les créneaux de vos { $count } entretiens
}
