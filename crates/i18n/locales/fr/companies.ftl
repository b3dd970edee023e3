# Host companies, positions, outreach, regional rules, invitations.

nav-companies = Entreprises
nav-positions = Offres de stage
nav-outreach = Prospection
nav-rules = Règles d'accueil

## Companies
companies-title = Entreprises
companies-new = Enregistrer une entreprise
companies-edit = Modifier l'entreprise
companies-board = Tableau de suivi par étape
companies-count = { $count ->
    [one] { $count } entreprise
   *[other] { $count } entreprises
}
companies-vat-duplicates = { $count ->
    [one] { $count } autre entreprise est enregistrée avec le même numéro de TVA.
   *[other] { $count } autres entreprises sont enregistrées avec le même numéro de TVA.
}
companies-cap-status = Nombre maximal de stagiaires que cette entreprise peut accueillir simultanément : { $cap } ; places déjà occupées par des offres soumises ou actives : { $held }.

field-legal-name = Raison sociale
field-vat-number = Numéro de TVA (Partita IVA)
field-tax-code = Code fiscal (codice fiscale)
field-ateco = Secteur (code ATECO)
field-employees = Salariés
field-address = Adresse
field-region = Région
field-contact-name = Personne de contact
field-contact-email = E-mail de la personne de contact
field-contact-phone = Téléphone de la personne de contact
field-notes = Notes
field-stage = Étape
field-rule = Condition
field-result = Résultat
field-company = Entreprise
hint-vat = 11 chiffres ; le dernier est un chiffre de contrôle.

## Pipeline stages
stage-identified = Identifiée
stage-contacted = Contactée
stage-interested = Intéressée
stage-workshop-attended = A participé à un atelier
stage-positions-offered = A proposé des offres de stage
stage-hosting = Accueille des stagiaires
stage-alumni-host = A accueilli des stagiaires par le passé

## Hosting checklist
checklist-heading = Cette entreprise peut-elle accueillir des stagiaires ?
checklist-title = Conditions d'accueil : { $name }
checklist-open = Remplir la liste de contrôle
checklist-intro = Indiquez si l'entreprise remplit chacune des conditions fixées par sa région. Les offres de stage ne peuvent être approuvées que lorsque toutes les conditions sont remplies.
checklist-eligible = Oui : toutes les conditions sont remplies.
checklist-not-eligible = Pas encore : certaines conditions ne sont pas remplies ou n'ont pas été déclarées.
rule-vat = Numéro de TVA valide
rule-region = Région de l'entreprise d'accueil
rule-safety = L'entreprise respecte la réglementation sur la sécurité au travail (D.Lgs. 81/2008)
rule-disability = L'entreprise respecte la loi sur l'emploi obligatoire des personnes handicapées (L. 68/1999)
rule-no-dismissals = Aucun licenciement pour des tâches équivalentes dans la même unité au cours des 12 derniers mois
rule-no-insolvency = Aucune procédure collective (insolvabilité) en cours
rule-no-wage-support = Aucun recours au chômage partiel (cassa integrazione) pour des tâches équivalentes
rule-headcount = Nombre de stagiaires simultanés (plafond selon l'effectif)
reason-declared = Déclarée remplie.
reason-declared-not-met = Déclarée non remplie.
reason-not-declared = Pas encore déclarée.
reason-vat-valid = Un numéro de TVA valide est enregistré.
reason-vat-missing = Veuillez saisir un numéro de TVA valide dans le profil de l'entreprise.
reason-region-unknown = Veuillez choisir la région dans le profil de l'entreprise : ce sont ses règles qui s'appliquent.
reason-headcount-cap = { $count ->
    [one] Au maximum { $count } stagiaire à la fois.
   *[other] Au maximum { $count } stagiaires à la fois.
}
reason-employees-missing = Veuillez saisir le nombre de salariés dans le profil de l'entreprise.
answer-yes = Oui
answer-no = Non
answer-met = remplie
answer-not-met = non remplie
action-save-checklist = Enregistrer la liste de contrôle

## Positions
positions-title = Offres de stage
positions-new = Nouvelle offre de stage
positions-edit = Modifier l'offre de stage
positions-places-total = { $count ->
    [one] { $count } place dans cette liste
   *[other] { $count } places dans cette liste
}
position-status-draft = Brouillon
position-status-submitted = Soumise à l'organisme promoteur
position-status-approved = Approuvée par l'organisme promoteur
position-status-open = Ouverte aux candidats
position-status-filled = Pourvue
position-status-withdrawn = Retirée
transition-submit = Soumettre à l'organisme promoteur
transition-return = Renvoyer pour modifications
transition-approve = Approuver
transition-open = Ouvrir aux candidats
transition-fill = Marquer comme pourvue
transition-withdraw = Retirer
field-occupation = Métier (ESCO)
field-isco = Code de groupe ISCO-08
field-required-skills = Compétences requises
field-desired-skills = Compétences souhaitées
field-min-italian = Niveau minimum d'italien
field-education-level = Niveau d'études minimum (ISCED 0–8)
field-workplace = Lieu de travail
field-duration-months = Durée (mois)
field-hours-per-week = Heures par semaine
field-allowance = Indemnité mensuelle brute (EUR)
field-board = Repas fournis
field-lodging = Logement fourni
field-tutor = Tuteur en entreprise
field-status-note = Note
error-allowance-below-minimum = L'indemnité est inférieure au minimum fixé par cette région : au moins { $amount } par mois.
error-places-over-cap = { $count ->
    [0] L'entreprise n'a plus aucune place disponible dans la limite de son plafond de stagiaires.
    [one] Il ne reste à l'entreprise qu'une seule place dans la limite de son plafond de stagiaires.
   *[other] Il ne reste à l'entreprise que { $count } places dans la limite de son plafond de stagiaires.
}
error-company-profile-incomplete = Veuillez d'abord compléter le profil de l'entreprise : région et nombre de salariés.
error-company-not-eligible = L'entreprise ne remplit pas encore toutes les conditions d'accueil : consultez sa liste de contrôle.
error-position-not-editable = Seules les offres à l'état de brouillon peuvent être modifiées. Demandez à l'organisme promoteur de la renvoyer pour modifications.
error-transition = Cette étape n'est pas possible à partir du statut actuel.
error-position-status = Statut inconnu.
error-duration = Un stage dure de 3 à 12 mois.
error-hours = Veuillez saisir le nombre d'heures par semaine (de 1 à 40).
error-places = Veuillez saisir le nombre de places (de 1 à 50).
error-isco = Un code de groupe ISCO comporte au plus 4 chiffres.
error-isced = Veuillez saisir un niveau ISCED de 0 à 8.
error-cefr = Veuillez choisir un niveau de A1 à C2.
error-occupation = Veuillez saisir le métier.
error-tutor = Veuillez saisir le nom du tuteur en entreprise.
error-city = Veuillez saisir la ville.

## Outreach
outreach-title = Prospection des entreprises
outreach-due = Mes relances à faire
outreach-nothing-due = Aucune relance à faire.
outreach-by-territory = Conversion par territoire
outreach-stage-heading = Étape de prospection
campaigns-title = Campagnes
campaigns-new = Nouvelle campagne
campaigns-contacted = Entreprises contactées
campaigns-hosting = Accueillent actuellement des stagiaires
campaigns-contacts = Contacts enregistrés
campaigns-conversion = Conversion d'une étape à l'autre
contacts-heading = Journal des contacts
contact-kind-call = Appel téléphonique
contact-kind-email = E-mail
contact-kind-meeting = Réunion
contact-kind-workshop = Atelier
field-contact-kind = Type de contact
field-date = Date
field-campaign = Campagne
field-follow-up = Relancer le
field-channel = Canal
field-audience = Public cible
hint-channel = Par ex. téléphone, e-mail, atelier, lettre d'information de la chambre de commerce.
action-log-contact = Enregistrer le contact
action-done = Terminé
error-contact-kind = Veuillez choisir le type de contact.
error-stage = Étape inconnue.

## Rules
rules-title = Règles régionales d'accueil
rules-intro = Ces valeurs déterminent l'indemnité minimale et le nombre de stagiaires qu'une entreprise peut accueillir. Modifiez-les lorsque les règles régionales changent.
rules-minimum = Indemnité mensuelle minimale
field-min-allowance = Indemnité mensuelle minimale (EUR)
field-small-max-employees = Petites entreprises : jusqu'à ce nombre de salariés
field-small-cap = Petites entreprises : stagiaires simultanés
field-medium-max-employees = Moyennes entreprises : jusqu'à ce nombre de salariés
field-medium-cap = Moyennes entreprises : stagiaires simultanés
field-large-percent = Grandes entreprises : pourcentage de l'effectif
error-rule-number = Veuillez saisir un nombre entier dans la plage autorisée.
error-rule-tiers = La tranche des moyennes entreprises doit commencer au-dessus de celle des petites.

## Invitations
invite-heading = Inviter un collègue
invite-created = Invitation créée. Envoyez ce lien à la personne invitée (valable 14 jours) :
invite-accept-title = Rejoindre Mentor
invite-accept-intro = Vous avez été invité(e) à rejoindre l'espace de votre entreprise sur Mentor avec l'adresse { $email }. Choisissez votre nom et un mot de passe.
action-invite = Inviter
action-accept = Créer mon compte

## Errors
error-vat-format = Un numéro de TVA comporte 11 chiffres.
error-vat-checksum = Ce numéro de TVA n'est pas valide : vérifiez les chiffres.
error-tax-code = Ce code fiscal n'est pas valide.
error-ateco = Un code ATECO se présente sous la forme 62, 62.01 ou 62.01.00.
error-employees = Veuillez saisir le nombre de salariés sous forme de nombre entier.
