# Listes : filtres, recherches enregistrées et leurs récapitulatifs, export et import des
# candidatures, métiers et compétences ESCO d'une candidature.

lists-field-skill = Compétence ESCO
lists-field-territory = Territoire de résidence
lists-field-language = Langue
lists-field-level = Niveau minimum
lists-export = Exporter cette liste
lists-field-search-name = Nom de la recherche
lists-field-watch = Suivre (e-mail quotidien des nouveaux résultats)
lists-action-save-search = Enregistrer cette recherche
lists-saved-title = Recherches enregistrées
lists-saved-intro = Vos recherches enregistrées dans la liste des candidatures. Ouvrez-en une pour voir les résultats du jour ; suivez-en une pour recevoir chaque jour un e-mail lorsque de nouvelles candidatures y correspondent.
lists-saved-none = Vous n'avez encore enregistré aucune recherche. Filtrez la liste des candidatures et enregistrez la recherche depuis celle-ci.
lists-actions = Actions
lists-watched = Suivie
lists-watched-since = nouveaux résultats depuis le { $date }
lists-not-watched = Non suivie
lists-action-watch = Suivre
lists-action-unwatch = Ne plus suivre
lists-action-delete = Supprimer
lists-error-search-name = Donnez un nom à la recherche (100 caractères au plus).
lists-error-too-many-searches = Vous avez déjà 50 recherches enregistrées : supprimez-en une d'abord.
lists-error-bad-query = Cette recherche n'a pas pu être lue.

lists-digest-intro = { $count ->
    [one] Depuis le dernier e-mail, une candidature correspond à votre recherche enregistrée « { $name } » :
   *[other] Depuis le dernier e-mail, { $count } candidatures correspondent à votre recherche enregistrée « { $name } » :
}
lists-digest-more = { $count ->
    [one] … et une autre.
   *[other] … et { $count } autres.
}
lists-digest-open = Les voir toutes : { $link }

lists-esco-title = Métiers et compétences ESCO
lists-esco-none = Aucun métier ni aucune compétence ESCO enregistrés.
lists-esco-edit = Modifier les métiers et les compétences
lists-field-occupations = Métiers ESCO
lists-field-skills = Compétences ESCO
lists-hint-esco = Commencez à écrire et choisissez parmi les suggestions ESCO ; séparez-les par des virgules.
lists-error-esco-occupation = Choisissez chaque métier parmi les suggestions ESCO.
lists-error-esco-skill = Choisissez chaque compétence parmi les suggestions ESCO.

lists-import-title = Importer des candidatures
lists-import-intro = Téléversez un fichier CSV ou XLSX avec une candidature par ligne et une ligne d'en-tête. Vous associerez ensuite ses colonnes à nos champs, choisirez l'appel et vérifierez chaque ligne avant que quoi que ce soit ne soit importé.
lists-import-call-hint = Les candidatures sont enregistrées dans cet appel comme envoyées, et leur éligibilité est vérifiée.
lists-error-import-call = Choisissez un appel dans lequel vous pouvez saisir des candidatures.
lists-error-import-country = Le pays de résidence ({ $country }) est hors de votre territoire.
lists-error-import-occupation = « { $label } » n'est pas un métier ESCO.
lists-error-import-skill = « { $label } » n'est pas une compétence ESCO.
lists-imported = { $count ->
    [one] Une candidature importée.
   *[other] { $count } candidatures importées.
}
lists-event-imported = Importée depuis un tableur
lists-field-reference = Référence
lists-field-eligible = Remplit les conditions
lists-yes = oui
lists-no = non
