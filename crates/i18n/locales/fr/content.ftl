# Contenus dans la langue du lecteur (issue 12) : versions des appels, critères et postes.

content-fallback = Pas encore disponible en { $wanted } — affiché en { $shown }
content-missing-count = { $missing } langues sur { $total } manquantes
content-translations = Traductions
content-translations-title = Traductions côte à côte
content-back = Retour
content-none-missing = Chaque langue a sa version.
content-original-language = Langue de l'original
content-original = Original
content-original-empty = Vide : rien à traduire.
content-missing = manquante
content-criterion = Critère : { $name }
content-description-hint = Ce que fera le stagiaire, en quelques lignes. Les candidats la lisent ; elle peut avoir des versions dans d'autres langues.
field-position-description = Description pour les candidats
calls-how-assessed = Comment les candidatures sont évaluées
error-version-too-long = Une version dépasse la longueur permise pour son champ : raccourcissez le texte signalé.
flash-translations-saved = Les traductions sont enregistrées.
