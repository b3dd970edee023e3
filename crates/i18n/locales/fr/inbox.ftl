# La page d'accueil comme liste de tâches, le parcours du participant, l'e-mail quotidien.

inbox-heading = Ce qui vous attend
inbox-empty = Rien ne vous attend aujourd'hui. Le nouveau travail apparaîtra ici et dans votre e-mail quotidien.
inbox-figures = Vos chiffres
inbox-overdue = En retard
inbox-due = Avant le { $date }
task-overdue = en retard
task-resolve-duplicates = { $count ->
    [one] 1 doublon possible à traiter
   *[other] { $count } doublons possibles à traiter
}
task-record-interviews = { $count ->
    [one] 1 entretien passé, résultat à saisir
   *[other] { $count } entretiens passés, résultats à saisir
}
task-score-applications = { $count ->
    [one] 1 candidature à noter
   *[other] { $count } candidatures à noter
}
task-approve-positions = { $count ->
    [one] 1 offre de stage en attente d'approbation
   *[other] { $count } offres de stage en attente d'approbation
}
task-revise-position = Une offre de stage vous a été renvoyée pour modification : corrigez-la et soumettez-la à nouveau
task-complete-checklist = La liste de contrôle bloque l'approbation d'une offre en attente : complétez-la
task-follow-up-company = { $count ->
    [one] Une relance est due auprès de cette entreprise
   *[other] { $count } relances sont dues auprès de cette entreprise
}
task-approve-matching-run = { $count ->
    [one] Un appariement attend d'être approuvé
   *[other] { $count } appariements : comparez-les et approuvez-en un
}
task-run-matching = { $count ->
    [one] L'appel est clos avec 1 candidat présélectionné : lancez l'appariement
   *[other] L'appel est clos avec { $count } candidats présélectionnés : lancez l'appariement
}
task-complete-application = Votre candidature n'est pas encore envoyée : complétez-la avant la clôture de l'appel

figure-places = Places dans les appels
figure-shortlisted = Présélectionnés
figure-of = { $value } sur { $of }
figure-hosting = Entreprises d'accueil
figure-open-positions = Offres ouvertes
figure-sent-this-week = Candidatures envoyées cette semaine
figure-to-screen = À examiner
figure-eligible = Recevables
figure-positions = Vos offres de stage
figure-position-places = Places offertes
figure-proposals = Candidats qui vous sont proposés
figure-to-score = Candidatures à noter
figure-scored = Candidatures que vous avez notées
figure-open-calls = Appels ouverts en ce moment

journey-heading = Votre candidature
journey-stages = Où vous en êtes
journey-current = étape en cours
stage-apply = Postuler
stage-draft = Remplir
stage-sent = Envoyée
stage-decision = Décision
stage-placement = Stage
journey-call = Appel : { $call }
journey-go = Continuer
journey-apply = Vous n'avez pas encore postulé. Choisissez ci-dessous un appel ouvert et postulez.
journey-no-open-calls = Aucun appel n'est ouvert en ce moment. Revenez plus tard : les appels sont publiés sur la page publique.
journey-closes = clôture le { $date }
journey-draft-identity = Votre candidature est un brouillon. Prochaine étape : votre identité et vos coordonnées.
journey-draft-education = Votre candidature est un brouillon. Prochaine étape : vos études et vos langues.
journey-draft-preferences = Votre candidature est un brouillon. Prochaine étape : les secteurs et les villes que vous préférez.
journey-draft-consent = Tout est rempli. Dernière étape : lire, donner votre consentement et envoyer votre candidature.
journey-draft-closed = L'appel a été clos avant l'envoi de votre candidature : elle ne peut plus être envoyée.
journey-sent = Votre candidature a été envoyée et est en cours d'examen. Nous vous écrirons dès qu'une décision sera prise.
journey-sent-no-documents = Votre candidature est en cours d'examen. Vous n'avez encore déposé aucun document : ajoutez votre passeport et votre diplôme.
journey-shortlisted = Vous êtes présélectionné. La prochaine étape est l'appariement avec une entreprise d'accueil : nous vous écrirons.
journey-waiting-list = Vous êtes sur liste d'attente : si une place se libère, elle vous sera proposée.
journey-rejected = Votre candidature n'a pas été retenue cette fois. La page de suivi en explique la raison ; vous pourrez postuler à un prochain appel.
journey-ineligible = Votre candidature ne remplit pas les conditions de l'appel. La page de suivi indique lesquelles.
journey-placement-proposed = Une entreprise d'accueil examine votre profil. Nous vous écrirons pour la suite.
journey-placement-interview = Une entreprise d'accueil souhaite vous rencontrer en entretien. Surveillez vos e-mails pour le rendez-vous.
journey-placement-accepted = Une entreprise d'accueil vous a accepté en stage. Félicitations !
journey-placement-declined = L'entreprise qui vous avait été proposée a décliné. La coordination cherche un autre appariement.

digest-subject = { $tasks ->
    [0] { $news ->
        [one] Mentor : 1 nouvelle candidature dans vos recherches
       *[other] Mentor : { $news } nouvelles candidatures dans vos recherches
    }
    [one] Mentor : 1 tâche vous attend aujourd'hui
   *[other] Mentor : { $tasks } tâches vous attendent aujourd'hui
}
digest-tasks = { $count ->
    [one] Une tâche vous attend :
   *[other] { $count } tâches vous attendent :
}
digest-home = Tout ce qui vous attend : { $link }
digest-stop = Pour ne plus recevoir cet e-mail quotidien, modifiez les réglages de votre compte : { $link }

account-digest-heading = E-mail quotidien
account-digest-hint = Une fois par jour au plus : ce qui vous attend et les nouveautés des recherches que vous suivez. Rien en attente, pas d'e-mail.
account-digest-wanted = M'envoyer l'e-mail quotidien
account-digest-save = Enregistrer
flash-digest-on = Vous recevrez l'e-mail quotidien.
flash-digest-off = Vous ne recevrez plus l'e-mail quotidien.
flash-position-submit = L'offre de stage a été envoyée pour approbation.
flash-position-return = L'offre de stage a été renvoyée à l'entreprise pour modification.
flash-position-approve = L'offre de stage est approuvée.
flash-position-open = L'offre de stage est ouverte aux candidats.
flash-position-fill = L'offre de stage est marquée comme pourvue.
flash-position-withdraw = L'offre de stage est retirée.
