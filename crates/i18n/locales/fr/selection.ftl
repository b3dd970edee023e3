# Sélection : critères, notes, entretiens, classement, décisions, courriels sortants.
nav-ranking = Classement
nav-criteria = Critères de sélection
selection-title = Sélection
selection-no-criteria = Cet appel n'a pas encore de critères de sélection.
selection-total = Note pondérée
selection-scores-caption = Notes par critère et par évaluateur
selection-mean = Moyenne
selection-my-scores = Vos notes
selection-criterion-range = { $name } (0–{ $max })
selection-not-scored = Pas encore notée
selection-assessors = { $count ->
    [one] Notée par un évaluateur
   *[other] Notée par { $count } évaluateurs
}
selection-missing = { $count ->
    [one] Un critère n'a pas encore de note
   *[other] { $count } critères n'ont pas encore de note
}
field-criterion = Critère
field-weight = Poids
field-max-score = Note maximale
field-score-note = Remarque (facultative)
hint-scores = Chaque évaluateur garde ses propres notes ; laissez une note vide pour la retirer. Le total pondère la moyenne de tous les évaluateurs.
hint-weight = La part du critère dans le total, par rapport aux autres critères (1–100).
action-save-scores = Enregistrer mes notes
action-set-criteria = Définir les critères
action-see-ranking = Voir le classement
action-add-criterion = Ajouter le critère
criteria-title = Critères de sélection : { $call }
criteria-intro = Chaque candidature reçoit une note par critère, de 0 à son maximum ; la note pondérée va de 0 à 100.
criteria-share = Part du total
criteria-add = Nouveau critère
interviews-title = Entretiens
interviews-none = Aucun entretien prévu.
interview-label = Entretien
interview-schedule = Planifier un entretien
field-interview-when = Quand
field-interview-time = Heure
field-interview-place = Lieu ou lien en ligne
field-interview-panel = Jury
field-interview-score = Note de l'entretien
field-interview-notes = Notes de l'entretien
hint-interview-place = Une adresse, ou le lien de la visioconférence.
hint-interview-panel = Les noms des membres du jury, séparés par des virgules.
action-schedule-interview = Planifier l'entretien
action-record-interview = Enregistrer l'entretien
ranking-title = Classement : { $call }
ranking-intro = Candidatures notées, de la meilleure à la moins bonne : par note pondérée, puis note d'entretien, puis date de candidature.
ranking-criterion = { $name } : poids { $weight }, sur { $max }
ranking-unassessed = { $count ->
    [one] Une candidature éligible n'a pas encore été notée.
   *[other] { $count } candidatures éligibles n'ont pas encore été notées.
}
ranking-empty = Aucune candidature n'a encore été notée.
ranking-candidate = Candidat·e
ranking-assessors = Évaluateurs
ranking-incomplete = Certains critères n'ont pas encore de note ; classée après les évaluations complètes.
event-score = Notée par un évaluateur
event-interview = Entretien prévu le { $when }
event-interview-result = Entretien enregistré
outbox-title = Courriels sortants
outbox-intro = Messages en attente d'envoi et messages envoyés. Les adresses et les contenus ne sont pas affichés ici.
outbox-kind = Type
outbox-language = Langue
outbox-attempts = Tentatives
outbox-next = Prochaine tentative
outbox-error = Dernière erreur
outbox-state-pending = En attente
outbox-state-sent = Envoyé
outbox-state-failed = Abandonné
error-criterion-name = Donnez un nom au critère.
error-criterion-name-long = Le nom est trop long (80 caractères au plus).
error-criterion-weight = Le poids doit être un nombre entier de 1 à 100.
error-criterion-max = La note maximale doit être un nombre entier de 1 à 100.
error-criterion-taken = Cet appel a déjà un critère portant ce nom.
error-criterion-scored = Ce critère a déjà des notes et ne peut pas être supprimé ; modifiez plutôt son poids.
error-score-range = Une note doit être un nombre entier de 0 au maximum du critère.
error-not-assessable = Seules les candidatures éligibles, présélectionnées ou sur liste d'attente sont notées et convoquées en entretien.
error-interview-date = Indiquez la date de l'entretien.
error-interview-time = Indiquez l'heure de l'entretien (heures:minutes).
error-interview-place = Indiquez le lieu ou le lien de l'entretien.
error-interview-panel = Indiquez les membres du jury.
error-interview-score = La note d'entretien doit être un nombre entier de 0 à 100.
mail-decision-subject = Votre candidature : { $call }
mail-greeting = Bonjour { $name },
mail-greeting-anonymous = Madame, Monsieur,
mail-decision-shortlisted = Nous avons le plaisir de vous annoncer que votre candidature à { $call } a été retenue. Nous vous contacterons bientôt pour les prochaines étapes : la mise en relation avec une entreprise d'accueil en Italie et la préparation avant le départ.
mail-decision-waiting-list = Votre candidature à { $call } a été placée sur liste d'attente. Si une place se libère, nous vous contacterons.
mail-decision-rejected = Nous avons le regret de vous informer que votre candidature à { $call } n'a pas été retenue.
mail-decision-reason = Motif : { $reason }
mail-decision-see-status = Vous pouvez suivre votre candidature à tout moment en vous connectant à Mentor.
mail-signature = L'équipe MENTOR
