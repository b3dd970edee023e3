# Import et export de tableurs.

import-companies-title = Importer des entreprises
import-positions-title = Importer des offres de stage
import-intro = Chargez un tableur (CSV ou Excel). Vous associerez ensuite ses colonnes aux champs de Mentor et vérifierez chaque ligne avant que quoi que ce soit ne soit importé.
field-file = Fichier tableur
hint-import-file = CSV (séparateur virgule ou point-virgule) ou XLSX, avec les noms des colonnes sur la première ligne, jusqu'à 10 000 lignes.
action-upload = Charger et continuer
import-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
import-all-valid = { $count ->
    [one] La ligne est valide : elle peut être importée.
   *[other] Les { $count } lignes sont toutes valides : elles peuvent être importées.
}
import-invalid-rows = { $count ->
    [one] { $count } ligne n'est pas valide. Corrigez-la dans le fichier et chargez-le à nouveau, ou modifiez l'association des colonnes : rien n'a été importé.
   *[other] { $count } lignes ne sont pas valides. Corrigez-les dans le fichier et chargez-le à nouveau, ou modifiez l'association des colonnes : rien n'a été importé.
}
import-nothing-changes = « Vérifier » ne modifie rien. « Importer » n'importe les lignes que si elles sont toutes valides.
field-row = Ligne
field-field = Champ
field-column = Colonne dans le fichier
action-dry-run = Vérifier
action-import = Importer
action-import-file = Importer depuis un tableur
export-csv = Exporter (CSV)
export-xlsx = Exporter (Excel)
notice-imported = { $count ->
    [one] { $count } enregistrement importé.
   *[other] { $count } enregistrements importés.
}
error-import-empty = Le fichier est vide ou sa première ligne ne contient pas les noms des colonnes.
error-import-too-many-rows = Le fichier compte plus de 10 000 lignes : divisez-le en fichiers plus petits.
error-import-too-many-columns = Le fichier compte plus de 200 colonnes : ne gardez que les colonnes à importer.
error-import-format = Ce fichier n'est ni un fichier CSV en UTF-8 ni un fichier Excel (XLSX).
error-import-no-file = Veuillez choisir un fichier à charger.
error-import-unknown-territory = Territoire inconnu : { $name }.
error-import-unknown-region = Région inconnue : { $name }.
error-import-unknown-company = Aucune entreprise à laquelle vous avez accès ne porte ce nom ou ce numéro de TVA : { $name }.
error-import-unmapped = Veuillez choisir une colonne pour : { $fields }.
error-export-format = Le format d'export doit être CSV ou XLSX.
error-import-done = Ce fichier a déjà été importé.
