# Messages du contrat de l'API JSON et des limites que respecte toute saisie (issue 10, défaut 16).

## Requêtes que l'API ne peut pas lire
error-json-content-type = Envoyez le corps en JSON, avec l'en-tête Content-Type: application/json.
error-json-field = Un champ manque ou n'a pas le bon type ; l'erreur indique lequel.
error-invalid-query = Un paramètre de la requête a une valeur du mauvais type.
error-invalid-path = L'adresse contient une valeur illisible.
error-method-not-allowed = Cette adresse n'accepte pas cette méthode.
error-bad-request = La requête est illisible.

## Valeurs plausibles
error-date-range = Veuillez saisir une date entre 1900 et 2100.
error-scheme-date-range = Veuillez saisir une date entre le 1er janvier 2000 et dans dix ans.
error-birth-date-range = La candidate ou le candidat doit avoir entre 14 et 100 ans.
error-call-places = Veuillez saisir un nombre de places entre 1 et 1000.
error-text-too-long = Ce texte est trop long.
error-age-rule-range = Veuillez saisir des âges entre 14 et 100 ans.
error-too-many-items = Cette liste est trop longue, ou l'une de ses entrées est vide ou trop longue.
