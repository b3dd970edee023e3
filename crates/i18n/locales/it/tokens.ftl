# Limitazione dei tentativi di accesso e token API (issue 10, difetti 3 e 5).

error-sign-in-wait = { $seconds ->
    [one] Troppi tentativi non riusciti. Attendi { $seconds } secondo prima di riprovare.
   *[other] Troppi tentativi non riusciti. Attendi { $seconds } secondi prima di riprovare.
}

account-tokens-link = Token API
tokens-title = Token API
tokens-intro = Un token permette a un programma di usare l'API JSON a tuo nome, con i tuoi permessi. Smette di funzionare quando scade, quando lo revochi, quando la tua password cambia o quando il tuo account viene disattivato.
tokens-none = Non hai token API.
tokens-created = Creato
tokens-expires = Scade
tokens-last-used = Ultimo uso
tokens-never-used = Mai
tokens-expired = scaduto
tokens-new = Nuovo token
tokens-name-hint = A che cosa serve il token, per riconoscerlo in seguito (per esempio, il programma che lo usa).
tokens-days = Valido per (giorni)
tokens-days-hint = { $max ->
    [one] Al massimo { $max } giorno.
   *[other] Al massimo { $max } giorni.
}
tokens-action-create = Crea il token
tokens-made = Token «{ $name }» creato
tokens-shown-once = Copialo ora: viene mostrato solo questa volta e non potrà essere recuperato in seguito.
tokens-secret = Token
tokens-expires-on = Scade il { $date }.
tokens-action-revoke = Revoca
tokens-revoke-title = Revocare un token
tokens-revoke-question = Revocare il token «{ $name }»? I programmi che lo usano smetteranno subito di funzionare.
tokens-cancel = Annulla
tokens-revoked = Il token è stato revocato.
error-token-name = Dai al token un nome di al massimo 80 caratteri.
error-token-days = Scegli una validità tra 1 e 365 giorni.
