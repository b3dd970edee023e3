# Documents des candidats et outil de fusion des doublons.

nav-duplicates = Doublons
status-merged = Fusionnée avec une autre candidature

## Documents
documents-title = Documents
documents-none = Aucun document pour l'instant.
documents-hidden = { $count ->
    [one] Un document d'identité ne vous est pas montré.
   *[other] { $count } documents d'identité ne vous sont pas montrés.
}
documents-mine-title = Mes documents
documents-mine-intro = Ajoutez ici votre passeport, votre diplôme, votre CV et vos certificats, un fichier à la fois. Seuls vous et le personnel du programme qui suit votre candidature pouvez les ouvrir.
documents-add-title = Ajouter un document
documents-before-submit = Vous pouvez ajouter vos documents (passeport, diplôme, CV) maintenant ou après l'envoi.
document-kind-passport = Passeport
document-kind-diploma = Diplôme
document-kind-cv = CV
document-kind-language-certificate = Certificat de langue
document-kind-residence-certificate = Certificat de résidence
document-kind-other = Autre document
document-size-kb = { $kb } Ko
document-expired = Expiré
field-document-kind = Type de document
field-document-file = Fichier
field-issued-on = Délivré le
field-expires-on = Expire le
field-uploaded-on = Ajouté le
hint-document-file = PDF, JPEG ou PNG, jusqu'à { $mb } Mo. Une photo nette prise avec un téléphone convient.
action-upload-document = Ajouter le document
action-delete-document = Supprimer
action-my-documents = Mes documents
action-back-to-application = Retour à ma candidature
error-document-kind = Choisissez le type de document.
error-document-no-file = Choisissez un fichier à envoyer.
error-document-too-large = Le fichier est trop volumineux : la limite est de 10 Mo. Envoyez un scan ou une photo plus légers.
error-document-type = Ce fichier n'est ni un PDF, ni un JPEG, ni un PNG. Envoyez le document dans l'un de ces formats.
error-document-expiry-before-issue = La date d'expiration doit être postérieure à la date de délivrance.
error-candidate-merged = Cette candidature a été fusionnée avec une autre et ne peut plus être modifiée.
event-document-added = Document ajouté
event-document-deleted = Document supprimé
event-merged-from = Une autre candidature de la même personne a été fusionnée avec celle-ci
event-merged-into = Fusionnée avec une autre candidature de la même personne
event-duplicate-dismissed = Indiquée comme une autre personne qu'une autre candidature

## Doublons
duplicates-title = Doublons possibles
duplicates-intro = Paires de candidatures qui pourraient appartenir à la même personne. Un signalement ne bloque jamais une candidature : comparez-les, puis fusionnez-les ou indiquez qu'il s'agit de personnes différentes.
duplicates-none = Aucun signalement de doublon ouvert.
duplicate-warning = Cette candidature pourrait être un doublon d'une autre ({ $reasons }).
duplicate-reason-passport = même passeport
duplicate-reason-email = même e-mail
duplicate-reason-phone = même numéro de téléphone ou WhatsApp
duplicate-reason-name-birth-date = même nom et même date de naissance
duplicate-record-a = Première candidature
duplicate-record-b = Seconde candidature
duplicate-reasons = Motif
duplicate-flagged-on = Signalée le
duplicate-compare-title = Comparer deux candidatures
duplicate-field = Champ
duplicate-keep-record = Candidature à conserver
duplicate-keep-this = Conserver celle-ci
duplicate-passport-on-file = Enregistré
duplicate-merge-hint = Là où les valeurs diffèrent, la valeur de la candidature conservée reste, sauf si vous choisissez l'autre. Les documents et l'historique de l'autre candidature passent à celle conservée ; l'autre reste dans les archives comme fusionnée et sort des listes.
duplicate-status-open = Ouvert
duplicate-status-dismissed = Personnes différentes
duplicate-status-merged = Fusionnées
action-compare-duplicates = Comparer
action-merge = Fusionner les deux candidatures
action-not-same-person = Pas la même personne
action-back-to-duplicates = Retour aux doublons possibles
error-duplicate-decided = Cette paire a déjà été traitée.
error-duplicate-keep = Choisissez la candidature à conserver.
error-duplicate-placed = Le dossier qui serait fusionné a un placement : conservez plutôt ce dossier.
error-documents-quota = Cette candidature contient déjà le nombre maximal de documents (20, 60 Mo au total) : supprimez-en un avant d'en ajouter un autre.
