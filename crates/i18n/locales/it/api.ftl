# Messaggi del contratto dell'API JSON e dei limiti che ogni dato inserito rispetta (issue 10, difetto 16).

## Richieste che l'API non riesce a leggere
error-json-content-type = Invia il corpo in JSON, con l'intestazione Content-Type: application/json.
error-json-field = Un campo manca o è del tipo sbagliato; l'errore indica quale.
error-invalid-query = Un parametro della richiesta ha un valore del tipo sbagliato.
error-invalid-path = L'indirizzo contiene un valore che non si riesce a leggere.
error-method-not-allowed = Questo indirizzo non accetta questo metodo.
error-bad-request = La richiesta non si riesce a leggere.

## Valori plausibili
error-date-range = Inserisci una data tra il 1900 e il 2100.
error-scheme-date-range = Inserisci una data tra il 1° gennaio 2000 e dieci anni da oggi.
error-birth-date-range = La candidata o il candidato deve avere tra 14 e 100 anni.
error-call-places = Inserisci un numero di posti tra 1 e 1000.
error-text-too-long = Questo testo è troppo lungo.
error-age-rule-range = Inserisci età comprese tra 14 e 100 anni.
error-too-many-items = L'elenco è troppo lungo, oppure una delle voci è vuota o troppo lunga.
