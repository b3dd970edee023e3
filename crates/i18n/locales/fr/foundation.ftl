# Mentor — messages en français. Chaque clé doit exister aussi en en, it et ar (un test le vérifie).

## Frame
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-dashboard = Tableau de bord
nav-programmes = Programmes
nav-organisations = Organisations
nav-users = Utilisateurs
nav-audit = Journal d'audit
nav-account = Mon compte
language-label = Langue :

## Actions
action-sign-in = Se connecter
action-sign-out = Se déconnecter
action-save = Enregistrer
action-edit = Modifier
action-add = Ajouter
action-remove = Retirer
action-filter = Filtrer
action-enable = Activer le compte
action-disable = Désactiver le compte
action-change-password = Changer le mot de passe
action-back-home = Retour au tableau de bord
action-older = Entrées précédentes

## Sign-in
login-title = Se connecter
login-intro = Connectez-vous avec l'adresse e-mail et le mot de passe de votre compte Mentor.

## Dashboard
dashboard-title = Tableau de bord
dashboard-welcome = Bienvenue, { $name }.

## Programmes
programmes-title = Programmes
programmes-new = Nouveau programme
programmes-edit = Modifier le programme
programmes-territories = Territoires
programmes-partners = Organisations partenaires

## Organisations
organisations-title = Organisations
organisations-new = Nouvelle organisation
organisations-edit = Modifier l'organisation
organisations-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}

## Users and account
users-title = Utilisateurs
users-new = Nouvel utilisateur
users-access = Accès
users-disable-hint = Une personne désactivée est déconnectée immédiatement et ne peut plus se connecter tant que son compte n'est pas réactivé.
account-title = Mon compte
account-profile = Profil
account-password = Mot de passe
account-memberships = Organisations et rôles
account-language-auto = Selon la préférence du navigateur

## Audit
audit-title = Journal d'audit
audit-tampered = La chaîne est rompue à l'entrée { $seq } : cette entrée a été modifiée.
audit-gap = La chaîne est rompue à l'entrée { $seq } : des entrées manquent.

## Fields
field-email = E-mail
field-password = Mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-confirm-password = Répétez le nouveau mot de passe
field-initial-password = Mot de passe initial
field-name = Nom
field-display-name = Nom
field-slug = Nom court (dans les adresses web)
field-countries = Pays
field-country = Pays
field-period = Période
field-starts-on = Date de début
field-ends-on = Date de fin
field-budget = Budget
field-currency = Devise
field-territory = Territoire
field-kind = Type
field-count = Nombre
field-city = Ville
field-programme = Programme
field-organisation = Organisation
field-role = Rôle
field-status = Statut
field-language = Langue
field-actions = Actions
field-time = Date et heure
field-actor = Qui
field-action = Action
field-object = Objet
field-request = Requête

hint-password = Au moins 10 caractères. Une courte phrase est facile à retenir et difficile à deviner.
hint-slug = Lettres minuscules, chiffres et tirets, par ex. mentor-ii.
hint-countries = Codes ISO séparés par des virgules, par ex. IT,MA,TN.
filter-all = Tous
empty-list = Rien pour le moment.
notice-saved = Enregistré.
status-active = Actif
status-disabled = Désactivé

## Roles
role-admin = Administrateur
role-coordinator = Coordinateur du programme
role-agency-staff = Personnel de l'agence pour l'emploi
role-promoter-staff = Personnel de l'organisme promoteur
role-ngo-staff = Personnel de l'ONG
role-business-staff = Personnel de l'association professionnelle
role-company = Entreprise d'accueil
role-mediator = Médiateur / mentor
role-evaluator = Évaluateur
role-participant = Participant

## Organisation kinds
kind-lead-partner = Chef de file
kind-municipality = Commune / municipalité
kind-origin-agency = Agence pour l'emploi (pays d'origine)
kind-promoter = Organisme promoteur (Italie)
kind-ngo = ONG
kind-business-association = Association professionnelle
kind-research-centre = Centre de recherche
kind-host-company = Entreprise d'accueil
kind-ministry = Ministère / partenaire associé
kind-donor = Bailleur de fonds

## Countries
country-it = Italie
country-ma = Maroc
country-tn = Tunisie

## Errors
error-title = Un problème est survenu
error-reference = Référence pour l'assistance : { $id }
error-unauthenticated = Veuillez vous connecter pour continuer.
error-forbidden = Votre rôle ne permet pas cette action.
error-not-found = Cette page n'existe pas ou vous n'y avez pas accès.
error-internal = Une erreur inattendue s'est produite. Rien n'a été modifié. Veuillez réessayer.
error-conflict = Ces données sont en conflit avec un enregistrement existant.
error-too-many-requests = Trop de requêtes. Veuillez patienter un peu et réessayer.
error-too-large = Les données envoyées sont trop volumineuses.
error-csrf = Le formulaire a expiré ou ne provient pas de ce site. Veuillez recharger la page et réessayer.
error-sign-in-failed = L'adresse e-mail ou le mot de passe est incorrect.
error-invalid-email = Veuillez saisir une adresse e-mail valide.
error-invalid-name = Veuillez saisir un nom (200 caractères au maximum).
error-invalid-slug = Le nom court ne peut contenir que des lettres minuscules, des chiffres et des tirets simples (de 2 à 60 caractères).
error-invalid-date = Veuillez saisir une date au format année-mois-jour.
error-invalid-amount = Veuillez saisir un montant comme 1500 ou 1500,50.
error-invalid-currency = Veuillez saisir un code de devise à trois lettres, par ex. EUR.
error-invalid-country = Veuillez saisir un code de pays à deux lettres, par ex. IT, MA ou TN.
error-invalid-ident = Utilisez uniquement des lettres minuscules, des chiffres et des tirets (48 au plus), par ex. residence-permit.
error-countries-required = Veuillez saisir au moins un pays.
error-ends-before-start = La date de fin ne doit pas être antérieure à la date de début.
error-invalid-role = Ce rôle n'existe pas ou vous ne pouvez pas l'attribuer.
error-invalid-organisation-kind = Veuillez choisir un type d'organisation.
error-invalid-organisation = Veuillez choisir une organisation que vous gérez.
error-role-not-for-organisation = Ce rôle ne correspond pas à ce type d'organisation.
error-invalid-language = Cette langue n'est pas disponible.
error-password-too-short = Le mot de passe doit comporter au moins 10 caractères.
error-password-too-long = Le mot de passe est trop long.
error-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
error-current-password = Le mot de passe actuel est incorrect.
error-email-taken = Un compte existe déjà avec cette adresse e-mail.
error-slug-taken = Un autre programme utilise déjà ce nom court.
error-territory-taken = Ce programme a déjà un territoire portant ce nom.
error-membership-exists = Cette personne a déjà ce rôle dans cette organisation.
error-cannot-disable-self = Vous ne pouvez pas désactiver votre propre compte.
error-invalid-json = Le corps de la requête n’est pas un JSON valide pour cette opération.
