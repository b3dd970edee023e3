# Mentor — messaggi in italiano. Ogni chiave deve esistere anche in en, fr e ar (un test lo verifica).

## Frame
skip-to-content = Vai al contenuto
nav-label = Menu principale
nav-dashboard = Cruscotto
nav-programmes = Programmi
nav-organisations = Organizzazioni
nav-users = Utenti
nav-audit = Registro delle operazioni
nav-account = Il mio account
language-label = Lingua:

## Actions
action-sign-in = Accedi
action-sign-out = Esci
action-save = Salva
action-edit = Modifica
action-add = Aggiungi
action-remove = Rimuovi
action-filter = Filtra
action-enable = Riattiva l'account
action-disable = Disattiva l'account
action-change-password = Cambia la password
action-back-home = Torna al cruscotto
action-older = Voci precedenti

## Sign-in
login-title = Accedi
login-intro = Accedi con l'indirizzo e-mail e la password del tuo account Mentor.

## Dashboard
dashboard-title = Cruscotto
dashboard-welcome = Ti diamo il benvenuto, { $name }.

## Programmes
programmes-title = Programmi
programmes-new = Nuovo programma
programmes-edit = Modifica il programma
programmes-territories = Territori
programmes-partners = Organizzazioni partner

## Organisations
organisations-title = Organizzazioni
organisations-new = Nuova organizzazione
organisations-edit = Modifica l'organizzazione
organisations-count = { $count ->
    [one] Un'organizzazione
   *[other] { $count } organizzazioni
}

## Users and account
users-title = Utenti
users-new = Nuovo utente
users-access = Accesso
users-disable-hint = Una persona disattivata viene disconnessa subito e non può più accedere finché non viene riattivata.
account-title = Il mio account
account-profile = Profilo
account-password = Password
account-memberships = Organizzazioni e ruoli
account-language-auto = Secondo le preferenze del browser

## Audit
audit-title = Registro delle operazioni
audit-tampered = La catena è interrotta alla voce { $seq }: la voce è stata modificata.
audit-gap = La catena è interrotta alla voce { $seq }: mancano delle voci.

## Fields
field-email = E-mail
field-password = Password
field-current-password = Password attuale
field-new-password = Nuova password
field-confirm-password = Ripeti la nuova password
field-initial-password = Password iniziale
field-name = Nome
field-display-name = Nome
field-slug = Nome breve (negli indirizzi web)
field-countries = Paesi
field-country = Paese
field-period = Periodo
field-starts-on = Data di inizio
field-ends-on = Data di fine
field-budget = Budget
field-currency = Valuta
field-territory = Territorio
field-kind = Tipo
field-count = Numero
field-city = Città
field-programme = Programma
field-organisation = Organizzazione
field-role = Ruolo
field-status = Stato
field-language = Lingua
field-actions = Azioni
field-time = Data e ora
field-actor = Chi
field-action = Operazione
field-object = Oggetto
field-request = Richiesta

hint-password = Almeno 10 caratteri. Una frase breve è facile da ricordare e difficile da indovinare.
hint-slug = Lettere minuscole, cifre e trattini, ad es. mentor-ii.
hint-countries = Codici ISO separati da virgole, ad es. IT,MA,TN.
filter-all = Tutti
empty-list = Ancora nessun elemento.
notice-saved = Salvato.
status-active = Attivo
status-disabled = Disattivato

## Roles
role-admin = Amministratore
role-coordinator = Coordinatore del programma
role-agency-staff = Personale dell'agenzia per l'impiego
role-promoter-staff = Personale del soggetto promotore
role-ngo-staff = Personale della ONG
role-business-staff = Personale dell'associazione di categoria
role-company = Azienda ospitante
role-mediator = Mediatore / mentore
role-evaluator = Valutatore
role-participant = Partecipante

## Organisation kinds
kind-lead-partner = Capofila
kind-municipality = Comune
kind-origin-agency = Agenzia per l'impiego (paese di origine)
kind-promoter = Soggetto promotore (Italia)
kind-ngo = ONG
kind-business-association = Associazione di categoria
kind-research-centre = Centro di ricerca
kind-host-company = Azienda ospitante
kind-ministry = Ministero / partner associato
kind-donor = Ente finanziatore

## Countries
country-it = Italia
country-ma = Marocco
country-tn = Tunisia

## Errors
error-title = Si è verificato un problema
error-reference = Riferimento per l'assistenza: { $id }
error-unauthenticated = Accedi per continuare.
error-forbidden = Il tuo ruolo non consente questa operazione.
error-not-found = Questa pagina non esiste oppure non hai accesso.
error-internal = Si è verificato un errore imprevisto. Non è stato modificato nulla. Riprova.
error-conflict = Questi dati sono in conflitto con un record già esistente.
error-too-many-requests = Troppe richieste. Attendi un momento e riprova.
error-too-large = I dati inviati sono troppo grandi.
error-csrf = Il modulo è scaduto o non proviene da questo sito. Ricarica la pagina e riprova.
error-sign-in-failed = L'indirizzo e-mail o la password non sono corretti.
error-invalid-email = Inserisci un indirizzo e-mail valido.
error-invalid-name = Inserisci un nome (massimo 200 caratteri).
error-invalid-slug = Il nome breve può contenere solo lettere minuscole, cifre e trattini singoli (da 2 a 60 caratteri).
error-invalid-date = Inserisci una data nel formato anno-mese-giorno.
error-invalid-amount = Inserisci un importo come 1500 o 1500,50.
error-invalid-currency = Inserisci un codice valuta di tre lettere, ad es. EUR.
error-invalid-country = Inserisci un codice paese di due lettere, ad es. IT, MA o TN.
error-invalid-ident = Usa solo lettere minuscole, cifre e trattini (al massimo 48), ad es. residence-permit.
error-countries-required = Inserisci almeno un paese.
error-ends-before-start = La data di fine non può essere precedente alla data di inizio.
error-invalid-role = Questo ruolo non esiste oppure non puoi assegnarlo.
error-invalid-organisation-kind = Scegli un tipo di organizzazione.
error-invalid-organisation = Scegli un'organizzazione che gestisci.
error-role-not-for-organisation = Questo ruolo non è adatto a questo tipo di organizzazione.
error-invalid-language = Questa lingua non è disponibile.
error-password-too-short = La password deve avere almeno 10 caratteri.
error-password-too-long = La password è troppo lunga.
error-password-mismatch = Le due nuove password non coincidono.
error-current-password = La password attuale non è corretta.
error-email-taken = Esiste già un account con questo indirizzo e-mail.
error-slug-taken = Questo nome breve è già usato da un altro programma.
error-territory-taken = Questo programma ha già un territorio con questo nome.
error-membership-exists = Questa persona ha già questo ruolo in questa organizzazione.
error-cannot-disable-self = Non puoi disattivare il tuo account.
error-invalid-json = Il corpo della richiesta non è un JSON valido per questa operazione.
