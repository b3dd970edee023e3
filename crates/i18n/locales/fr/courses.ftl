# Cours avant le départ (issue 14) : cours, séances, présences, tests, règle de réussite,
# attestations et leur vérification publique, aptitude au départ sur la page du dossier.

nav-courses = Cours
nav-my-courses = Mes cours
courses-title = Cours avant le départ
courses-none = Aucun cours pour l'instant.
courses-back = Retour aux cours
course-new-title = Nouveau cours
course-create = Créer le cours
course-choose = Choisir…
course-field-title = Titre
course-field-subject = Matière
course-field-organisation = Donné par
course-field-programme = Programme
course-field-runner = Programme et organisation qui le donne
course-field-sessions = Séances
course-field-enrolled = Participants
course-field-participant = Participant
course-field-level = Niveau atteint
course-field-standing = Situation
course-field-date = Date
course-field-time = Heure de début
course-field-topic = Thème
course-field-place = Lieu ou salle en ligne
course-field-taken-on = Date du test
course-field-min-attendance = Présence à atteindre, en % de toutes les séances prévues
course-field-min-level = Niveau d'italien à atteindre
course-field-weight-late = Un retard compte (% d'une séance)
course-field-weight-justified = Une absence justifiée compte (% d'une séance)
course-subject-italian = Langue italienne
course-subject-civic = Éducation civique
course-subject-safety = Sécurité au travail
course-subject-rights = Droits et devoirs
course-mark-present = Présent
course-mark-late = En retard
course-mark-justified = Absence justifiée
course-mark-absent = Absent
course-mark-none = Non relevé
course-online = En ligne
course-rule-title = Règle de réussite
course-rule-intro = Quand un participant a réussi les cours avant le départ du programme : la présence sur toutes les séances prévues de chaque cours et, pour l'italien, le niveau relevé par un test. Alors seulement le dossier peut passer à « prêt au départ ».
course-rule-attendance = présence d'au moins { $percent } %
course-rule-level = italien { $level }
course-rule-late = un retard compte { $percent } %
course-rule-justified = une absence justifiée compte { $percent } %
course-rule-default = la règle par défaut : le programme n'a pas fixé la sienne
course-rule-edit = Modifier la règle
course-rule-save = Enregistrer la règle
course-level-none = Aucun niveau demandé
course-participants-title = Participants
course-participants-none = Personne n'est encore inscrit.
course-rate-so-far = Présence jusqu'ici
course-rate-planned = Sur toutes les séances prévues
course-warning-out-of-reach = Ne peut plus atteindre le seuil de présence
course-complete = Réussi
course-certificate = Attestation
course-certificate-issue = Délivrer l'attestation
course-enrol = Inscrire
course-enrol-case = Référence du dossier (MC-…)
course-test-title = Enregistrer un test
course-test-record = Enregistrer le test
course-sessions-title = Séances
course-sessions-none = Aucune séance prévue pour l'instant.
course-session-new = Nouvelle séance
course-session-add = Ajouter la séance
course-session-unmarked = présences pas encore relevées
course-attendance-title = Présences
course-attendance-save = Enregistrer les présences
course-error-subject = Choisissez l'une des matières.
course-error-runner = Choisissez une organisation du programme pour laquelle vous pouvez gérer des cours.
course-error-time = Écrivez l'heure sous la forme HH:MM.
course-error-too-many-sessions = Ce cours a déjà le nombre maximal de séances.
course-error-case = Aucun dossier de ce programme n'a cette référence.
course-error-enrolled = Ce participant est déjà inscrit à ce cours.
course-error-enrolment = Une personne relevée n'est pas inscrite à ce cours.
course-error-mark = Choisissez présent, en retard, absence justifiée ou absent.
course-error-not-held = Cette séance n'a pas encore eu lieu.
course-error-future = La date d'un test ne peut pas être dans le futur.
course-error-percent = Écrivez un nombre entier de 0 à 100.
course-error-incomplete = Le participant n'a pas réussi le cours comme le demande la règle : pas encore d'attestation.
course-error-certified = Ce participant a déjà son attestation.
case-error-courses = Le participant n'a pas réussi les cours avant le départ que demande la règle du programme.
case-readiness-title = Cours avant le départ
case-readiness-ready = Cours réussis comme le demande la règle.
case-readiness-not-ready = Cours pas encore réussis : le dossier ne peut pas passer à « prêt au départ ».
flash-course-created = Le cours a été créé.
flash-course-session-added = La séance a été ajoutée.
flash-course-enrolled = Le participant a été inscrit.
flash-course-attendance-saved = Les présences ont été enregistrées.
flash-course-test-recorded = Le test a été enregistré.
flash-course-certificate-issued = L'attestation a été délivrée.
flash-course-rule-saved = La règle de réussite a été enregistrée.
task-course-attendance = { $count ->
    [one] Relevez les présences d'une séance tenue ({ $about })
   *[other] Relevez les présences de { $count } séances tenues ({ $about })
}
task-course-warning = { $count ->
    [one] Un participant ne peut plus atteindre le seuil de présence ({ $about })
   *[other] { $count } participants ne peuvent plus atteindre le seuil de présence ({ $about })
}
my-courses-title = Mes cours
my-courses-none = Vous n'êtes inscrit à aucun cours.
my-courses-complete = Réussi : l'équipe du cours vous délivrera votre attestation.
my-courses-download = Télécharger l'attestation en :
certificate-title = Attestation de réussite
certificate-intro = Nous attestons que la personne nommée ci-dessous a suivi avec succès le cours avant le départ.
certificate-name = Nom
certificate-course = Cours
certificate-subject = Matière
certificate-organisation = Donné par
certificate-attendance = Présence
certificate-level = Niveau d'italien atteint
certificate-issued = Délivrée le
certificate-code = Code de vérification
certificate-verify = Chacun peut vérifier cette attestation sur la page de vérification de Mentor avec le code { $code }.
certificate-footer = Attestation de réussite — page {"{"}page{"}"} sur {"{"}pages{"}"}
verify-title = Vérifier une attestation
verify-intro = Saisissez le code imprimé sur l'attestation. La réponse n'indique que le nom, le cours et la date.
verify-code = Code de vérification
verify-check = Vérifier
verify-found = Cette attestation est authentique.
verify-unknown = Aucune attestation n'a ce code. Vérifiez qu'il est saisi tel qu'imprimé.
verify-wait = { $seconds ->
    [one] Trop de codes vérifiés depuis ici : réessayez dans une seconde.
   *[other] Trop de codes vérifiés depuis ici : réessayez dans { $seconds } secondes.
}
