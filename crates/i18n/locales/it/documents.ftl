# Documenti dei candidati e strumento di unione dei duplicati.

nav-duplicates = Duplicati
status-merged = Unita a un'altra candidatura

## Documenti
documents-title = Documenti
documents-none = Nessun documento per ora.
documents-hidden = { $count ->
    [one] Un documento d'identità non ti viene mostrato.
   *[other] { $count } documenti d'identità non ti vengono mostrati.
}
documents-mine-title = I miei documenti
documents-mine-intro = Aggiungi qui passaporto, diploma, CV e certificati, un file alla volta. Solo tu e il personale del programma che segue la tua candidatura potete aprirli.
documents-add-title = Aggiungi un documento
documents-before-submit = Puoi aggiungere i tuoi documenti (passaporto, diploma, CV) ora o dopo l'invio.
document-kind-passport = Passaporto
document-kind-diploma = Diploma
document-kind-cv = CV
document-kind-language-certificate = Certificato di lingua
document-kind-residence-certificate = Certificato di residenza
document-kind-other = Altro documento
document-size-kb = { $kb } KB
document-expired = Scaduto
field-document-kind = Tipo di documento
field-document-file = File
field-issued-on = Rilasciato il
field-expires-on = Scade il
field-uploaded-on = Aggiunto il
hint-document-file = PDF, JPEG o PNG, fino a { $mb } MB. Va bene anche una foto nitida fatta con il telefono.
action-upload-document = Aggiungi il documento
action-delete-document = Elimina
action-my-documents = I miei documenti
action-back-to-application = Torna alla mia candidatura
error-document-kind = Scegli il tipo di documento.
error-document-no-file = Scegli un file da inviare.
error-document-too-large = Il file è troppo grande: il limite è 10 MB. Invia una scansione o una foto più leggera.
error-document-type = Questo file non è un PDF, un JPEG o un PNG. Invia il documento in uno di questi formati.
error-document-expiry-before-issue = La data di scadenza deve essere successiva alla data di rilascio.
error-candidate-merged = Questa candidatura è stata unita a un'altra e non può più essere modificata.
event-document-added = Documento aggiunto
event-document-deleted = Documento eliminato
event-merged-from = Un'altra candidatura della stessa persona è stata unita a questa
event-merged-into = Unita a un'altra candidatura della stessa persona
event-duplicate-dismissed = Indicata come persona diversa da un'altra candidatura

## Duplicati
duplicates-title = Possibili duplicati
duplicates-intro = Coppie di candidature che potrebbero appartenere alla stessa persona. Una segnalazione non blocca mai una candidatura: confrontale, poi uniscile o indicale come persone diverse.
duplicates-none = Nessuna segnalazione di duplicato aperta.
duplicate-warning = Questa candidatura potrebbe essere un duplicato di un'altra ({ $reasons }).
duplicate-reason-passport = stesso passaporto
duplicate-reason-email = stessa e-mail
duplicate-reason-phone = stesso numero di telefono o WhatsApp
duplicate-reason-name-birth-date = stesso nome e stessa data di nascita
duplicate-record-a = Prima candidatura
duplicate-record-b = Seconda candidatura
duplicate-reasons = Motivo
duplicate-flagged-on = Segnalata il
duplicate-compare-title = Confronta due candidature
duplicate-field = Campo
duplicate-keep-record = Candidatura da mantenere
duplicate-keep-this = Mantieni questa
duplicate-passport-on-file = Registrato
duplicate-merge-hint = Dove i valori sono diversi, resta il valore della candidatura mantenuta, a meno che tu non scelga l'altro. I documenti e la cronologia dell'altra candidatura passano a quella mantenuta; l'altra resta negli archivi come unita ed esce dagli elenchi.
duplicate-status-open = Aperta
duplicate-status-dismissed = Persone diverse
duplicate-status-merged = Unite
action-compare-duplicates = Confronta
action-merge = Unisci le due candidature
action-not-same-person = Non è la stessa persona
action-back-to-duplicates = Torna ai possibili duplicati
error-duplicate-decided = Questa coppia è già stata decisa.
error-duplicate-keep = Scegli quale candidatura mantenere.
error-duplicate-placed = Il record che verrebbe unito ha un inserimento: conserva invece quel record.
error-documents-quota = Questa candidatura contiene già il numero massimo di documenti (20, 60 MB in totale): eliminane uno prima di aggiungerne un altro.
