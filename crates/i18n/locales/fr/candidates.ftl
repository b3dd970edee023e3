# Candidats : appels ouverts, candidature par étapes, présélection.

nav-calls = Appels
nav-candidates = Candidats
nav-my-applications = Mes candidatures

action-apply = Postuler
action-create-account = Créer mon compte et commencer
action-start-application = Commencer ma candidature
action-save-continue = Enregistrer et continuer
action-submit-application = Envoyer ma candidature
action-continue-application = Continuer ma candidature
action-publish = Publier l'appel
action-change-status = Changer le statut
action-override = Déroger avec cette justification
action-show-passport = Afficher le numéro de passeport
action-previous = Précédente
action-next = Suivante

calls-title = Appels à candidatures
calls-open-title = Appels ouverts
calls-new = Nouvel appel
calls-none-open = Aucun appel n'est ouvert pour le moment.
calls-closes-on = clôture le { $date }
calls-open = ouvert
calls-closed = Cet appel est clos : les candidatures ne sont plus acceptées.
calls-who-may-apply = Qui peut postuler
calls-no-rules = Tout le monde peut postuler.
calls-rules = Critères d'éligibilité
calls-rules-hint = Laissez un champ vide lorsque le critère ne s'applique pas.
calls-applications = Candidatures

rule-age = Âgé de { $min } à { $max } ans au { $date }
rule-residence = Résident en { $countries }
rule-qualification = Diplôme obtenu dans les { $months } mois précédant la candidature
rule-language = { $language } au niveau { $min } ou plus en compréhension, expression orale et écrite
rule-education = Études de niveau CITE { $min } ou plus

apply-title = Candidature
apply-intro = Créez un compte pour remplir votre candidature. Vous pouvez vous arrêter à chaque étape : ce qui est enregistré est conservé et vous pourrez revenir plus tard.
apply-signed-in = Vous êtes connecté. Votre candidature sera liée à ce compte.
apply-have-account = Vous avez déjà un compte ?

steps-label = Étapes de la candidature
step-identity = Identité et coordonnées
step-education = Études et langues
step-preferences = Expérience et préférences
step-consent = Consentement et envoi

field-family-name = Nom (lettres latines)
field-given-names = Prénoms (lettres latines)
field-family-name-ar = Nom en écriture arabe (facultatif)
field-given-names-ar = Prénoms en écriture arabe (facultatif)
field-birth-date = Date de naissance
field-sex = Sexe
field-nationality = Nationalité
field-residence-country = Pays de résidence
field-residence-territory = Région ou ville de résidence
field-passport-number = Numéro de passeport
field-phone = Numéro de téléphone
field-whatsapp = Numéro WhatsApp (s'il est différent)
field-isced-level = Plus haut niveau d'études
field-qualification-title = Intitulé du diplôme
field-field-of-study = Domaine d'études
field-qualification-date = Date d'obtention du diplôme
field-languages = Langues
field-experience = Expérience professionnelle
field-sectors = Secteurs souhaités
field-cities = Villes souhaitées en Italie
field-available-from = Disponible à partir du
field-consent = J'accepte le traitement de mes données tel que décrit ci-dessus.
field-call = Appel
field-title = Titre
field-description = Description
field-opens-on = Ouverture
field-closes-on = Clôture
field-places = Places
field-min-age = Âge minimum
field-max-age = Âge maximum
field-age-on = Âge calculé au
field-residence-countries = Pays de résidence acceptés
field-qualification-within = Diplôme obtenu depuis au plus (mois)
field-rule-language = Langue exigée
field-rule-language-min = Niveau minimum dans cette langue
field-min-isced = Niveau CITE minimum
field-submitted-at = Envoyée le
field-reason = Motif
field-justification = Justification écrite
field-new-status = Nouveau statut
field-search = Rechercher
field-italian-min = Italien au moins
field-sort = Trier par

hint-latin-names = Comme écrit dans votre passeport.
hint-passport = Conservé chiffré ; seul le personnel autorisé peut le lire.
hint-passport-stored = Un numéro est déjà enregistré (chiffré). Laissez vide pour le conserver.
hint-phone = Avec l'indicatif du pays, par exemple +216 20 123 456 ou +212 661 234 567.
hint-cefr = Pour chaque langue, votre niveau de A1 (débutant) à C2 (maîtrise), si vous le connaissez.
hint-experience = Une ligne par expérience, avec les années, par exemple : 2022–2024 développeur web, Sfax.
hint-comma-list = Séparez-les par des virgules.
hint-justification = Expliquez pourquoi la candidature doit continuer alors qu'un critère n'est pas rempli (10 caractères au moins). Elle est enregistrée.
hint-reason = Nécessaire pour un refus ou une inéligibilité ; le candidat lit le motif d'un refus.
hint-passport-audited = Chaque lecture est inscrite au journal d'audit.

sex-f = Femme
sex-m = Homme
sex-x = Autre ou non précisé

isced-0 = Éducation de la petite enfance (CITE 0)
isced-1 = Enseignement primaire (CITE 1)
isced-2 = Premier cycle du secondaire (CITE 2)
isced-3 = Second cycle du secondaire, baccalauréat (CITE 3)
isced-4 = Post-secondaire non supérieur (CITE 4)
isced-5 = Supérieur de cycle court, BTS (CITE 5)
isced-6 = Licence (CITE 6)
isced-7 = Master, diplôme d'ingénieur (CITE 7)
isced-8 = Doctorat (CITE 8)

skill-understanding = compréhension
skill-speaking = expression orale
skill-writing = expression écrite

language-it = Italien
language-fr = Français
language-en = Anglais

country-dz = Algérie
country-eg = Égypte
country-ly = Libye

consent-text = Vos données sont traitées par les partenaires du programme pour évaluer votre candidature, sélectionner les participants et organiser les stages, et sont conservées pendant la durée du programme. Vous pouvez à tout moment demander à les consulter, les corriger ou les effacer. Votre numéro de passeport est conservé chiffré.
consent-complete-first = Complétez les trois étapes précédentes avant l'envoi.

status-title = Ma candidature
mine-title = Mes candidatures
mine-none = Vous n'avez pas encore postulé.
status-draft = En cours de saisie
status-submitted = Envoyée
status-eligible = Éligible
status-ineligible = Non éligible
status-shortlisted = Présélectionnée
status-waiting-list = Sur liste d'attente
status-rejected = Non retenue

eligibility-title = Éligibilité
eligibility-none = Aucun critère n'a encore été vérifié.
eligibility-overridden = Dérogation à l'éligibilité
eligibility-missing = Information manquante pour ce critère.
eligibility-age-passed = Âge { $age } : entre { $min } et { $max }.
eligibility-age-failed = Âge { $age } : hors de { $min }–{ $max }.
eligibility-residence-passed = Réside en { $country }.
eligibility-residence-failed = Réside en { $country } ; l'appel accepte { $countries }.
eligibility-territory-passed = Réside dans l'un des territoires de l'appel.
eligibility-territory-failed = Ne réside pas dans l'un des territoires de l'appel.
eligibility-qualification-passed = Diplôme du { $date } : dans les { $months } mois.
eligibility-qualification-failed = Diplôme du { $date } : plus de { $months } mois avant la candidature.
eligibility-language-passed = { $language } : niveau { $level }, au moins { $min } exigé.
eligibility-language-failed = { $language } : niveau { $level } ; au moins { $min } exigé dans chaque compétence.
eligibility-education-passed = Études de niveau CITE { $level }, au moins { $min } exigé.
eligibility-education-failed = Études de niveau CITE { $level } ; au moins { $min } exigé.

timeline-title = Historique
event-created = Candidature commencée
event-entered = Candidature enregistrée ({ $status })
event-submitted = Candidature envoyée
event-status = Statut modifié : { $status }
event-override = Dérogation à l'éligibilité

candidates-title = Candidats
candidate-title = Candidature
candidates-count = { $count ->
    [one] Une candidature
   *[other] { $count } candidatures
}
candidate-anonymous = Candidat { $ref }
candidate-identity = Identité
candidate-profile = Profil
candidate-decision = Décision
candidate-duplicates = { $count ->
    [one] Une autre candidature porte le même numéro de passeport.
   *[other] { $count } autres candidatures portent le même numéro de passeport.
}
sort-name = Nom
sort-submitted = Plus récentes
sort-italian = Niveau d'italien
pages-label = Pages
page-of = Page { $page } sur { $pages }

error-call-closed = Cet appel n'est pas ouvert aux candidatures.
error-email-taken-sign-in = Un compte existe déjà avec cette adresse : connectez-vous pour continuer.
error-already-applied = Vous avez déjà postulé à cet appel.
error-application-sent = Cette candidature a été envoyée et ne peut plus être modifiée.
error-steps-incomplete = Complétez toutes les étapes avant l'envoi.
error-candidate-out-of-scope = Cette candidature est hors du territoire dont vous vous occupez.
error-no-lead-partner = Ce programme n'a pas de chef de file auprès duquel inscrire les candidats.
error-passport-required = Saisissez votre numéro de passeport.
error-consent-required = Cochez la case pour accepter le traitement de vos données.
error-invalid-status = Choisissez un statut dans la liste.
error-status-transition = Ce changement de statut n'est pas possible depuis le statut actuel.
error-eligibility-not-met = Les critères d'éligibilité ne sont pas remplis : une dérogation justifiée est d'abord nécessaire.
error-reason-required = Indiquez un motif.
error-phone-country-code = Commencez le numéro par l'indicatif du pays (+216, +212, …).
error-invalid-phone = Ce numéro de téléphone n'est pas valide.
error-latin-name = Écrivez le nom en lettres latines, comme dans le passeport.
error-arabic-name = Écrivez ce nom en écriture arabe, ou laissez-le vide.
error-choose-one = Choisissez l'une des options.
error-required = Ce champ est obligatoire.
error-date-in-future = Cette date est dans le futur.
error-invalid-number = Saisissez un nombre entier dans l'intervalle autorisé.
error-invalid-range = Le maximum est inférieur au minimum.
error-justification-required = Écrivez une justification d'au moins 10 caractères.
error-nothing-to-override = Il n'y a aucune vérification d'éligibilité échouée à laquelle déroger.
