# Host companies, positions, outreach, regional rules, invitations.

nav-companies = Aziende
nav-positions = Posizioni
nav-outreach = Coinvolgimento aziende
nav-rules = Regole per ospitare

## Companies
companies-title = Aziende
companies-new = Registra un'azienda
companies-edit = Modifica l'azienda
companies-board = Vista per fasi
companies-count = { $count ->
    [one] Un'azienda
   *[other] { $count } aziende
}
companies-vat-duplicates = { $count ->
    [one] Un'altra azienda è registrata con la stessa Partita IVA.
   *[other] Altre { $count } aziende sono registrate con la stessa Partita IVA.
}
companies-cap-status = Numero massimo di tirocinanti che questa azienda può ospitare contemporaneamente: { $cap }; posti già occupati da posizioni inviate o attive: { $held }.

field-legal-name = Ragione sociale
field-vat-number = Partita IVA
field-tax-code = Codice fiscale
field-ateco = Settore (codice ATECO)
field-employees = Dipendenti
field-address = Indirizzo
field-region = Regione
field-contact-name = Referente
field-contact-email = E-mail del referente
field-contact-phone = Telefono del referente
field-notes = Note
field-stage = Fase
field-rule = Requisito
field-result = Esito
field-company = Azienda
hint-vat = 11 cifre; l'ultima è una cifra di controllo.

## Pipeline stages
stage-identified = Individuata
stage-contacted = Contattata
stage-interested = Interessata
stage-workshop-attended = Ha partecipato a un workshop
stage-positions-offered = Ha offerto posizioni
stage-hosting = Ospita tirocinanti
stage-alumni-host = Ha ospitato in passato

## Hosting checklist
checklist-heading = Questa azienda può ospitare tirocinanti?
checklist-title = Requisiti per ospitare tirocinanti: { $name }
checklist-open = Compila la verifica dei requisiti
checklist-intro = Dichiara se l'azienda soddisfa ciascun requisito previsto dalla sua regione. Le posizioni possono essere approvate solo quando tutti i requisiti sono soddisfatti.
checklist-eligible = Sì: tutti i requisiti sono soddisfatti.
checklist-not-eligible = Non ancora: alcuni requisiti non sono soddisfatti o non sono stati dichiarati.
rule-vat = Partita IVA valida
rule-region = Regione dell'azienda ospitante
rule-safety = L'azienda è in regola con la normativa sulla sicurezza sul lavoro (D.Lgs. 81/2008)
rule-disability = L'azienda è in regola con la normativa sul collocamento obbligatorio dei disabili (L. 68/1999)
rule-no-dismissals = Nessun licenziamento per mansioni equivalenti nella stessa unità produttiva negli ultimi 12 mesi
rule-no-insolvency = Nessuna procedura concorsuale in corso
rule-no-wage-support = Nessun ricorso alla cassa integrazione per mansioni equivalenti
rule-headcount = Numero di tirocinanti contemporanei (limite in base all'organico)
reason-declared = Dichiarato soddisfatto.
reason-declared-not-met = Dichiarato non soddisfatto.
reason-not-declared = Non ancora dichiarato.
reason-vat-valid = È registrata una Partita IVA valida.
reason-vat-missing = Inserisci una Partita IVA valida nel profilo dell'azienda.
reason-region-unknown = Scegli la regione nel profilo dell'azienda: si applicano le sue regole.
reason-headcount-cap = { $count ->
    [one] Al massimo un tirocinante alla volta.
   *[other] Al massimo { $count } tirocinanti alla volta.
}
reason-employees-missing = Inserisci il numero di dipendenti nel profilo dell'azienda.
answer-yes = Sì
answer-no = No
answer-met = soddisfatto
answer-not-met = non soddisfatto
action-save-checklist = Salva la verifica dei requisiti

## Positions
positions-title = Posizioni di tirocinio
positions-new = Nuova posizione
positions-edit = Modifica la posizione
positions-places-total = { $count ->
    [one] Un posto in questo elenco
   *[other] { $count } posti in questo elenco
}
position-status-draft = Bozza
position-status-submitted = Inviata al soggetto promotore
position-status-approved = Approvata dal soggetto promotore
position-status-open = Aperta ai candidati
position-status-filled = Coperta
position-status-withdrawn = Ritirata
transition-submit = Invia al soggetto promotore
transition-return = Restituisci per modifiche
transition-approve = Approva
transition-open = Apri ai candidati
transition-fill = Segna come coperta
transition-withdraw = Ritira
field-occupation = Professione (ESCO)
field-isco = Codice del gruppo ISCO-08
field-required-skills = Competenze richieste
field-desired-skills = Competenze gradite
field-min-italian = Livello minimo di italiano
field-education-level = Titolo di studio minimo (ISCED 0–8)
field-workplace = Sede di lavoro
field-duration-months = Durata (mesi)
field-hours-per-week = Ore settimanali
field-allowance = Indennità mensile lorda (EUR)
field-board = Vitto fornito
field-lodging = Alloggio fornito
field-tutor = Tutor aziendale
field-status-note = Nota
error-allowance-below-minimum = L'indennità è inferiore al minimo previsto da questa regione: almeno { $amount } al mese.
error-places-over-cap = { $count ->
    [0] L'azienda non ha più posti disponibili entro il proprio limite di tirocinanti.
    [one] All'azienda resta un solo posto disponibile entro il proprio limite di tirocinanti.
   *[other] All'azienda restano solo { $count } posti disponibili entro il proprio limite di tirocinanti.
}
error-company-profile-incomplete = Completa prima il profilo dell'azienda: regione e numero di dipendenti.
error-company-not-eligible = L'azienda non soddisfa ancora tutti i requisiti per ospitare tirocinanti: consulta la sua verifica dei requisiti.
error-position-not-editable = Si possono modificare solo le posizioni in bozza. Chiedi al soggetto promotore di restituirla per modifiche.
error-transition = Questo passaggio non è possibile dallo stato attuale.
error-position-status = Stato sconosciuto.
error-duration = Un tirocinio dura da 3 a 12 mesi.
error-hours = Inserisci le ore settimanali (da 1 a 40).
error-places = Inserisci il numero di posti (da 1 a 50).
error-isco = Un codice di gruppo ISCO ha al massimo 4 cifre.
error-isced = Inserisci un livello ISCED da 0 a 8.
error-cefr = Scegli un livello da A1 a C2.
error-occupation = Inserisci la professione.
error-tutor = Inserisci il nome del tutor aziendale.
error-city = Inserisci la città.

## Outreach
outreach-title = Coinvolgimento delle aziende
outreach-due = I miei ricontatti in scadenza
outreach-nothing-due = Nessun ricontatto in scadenza.
outreach-by-territory = Conversione per territorio
outreach-stage-heading = Fase del coinvolgimento
campaigns-title = Campagne
campaigns-new = Nuova campagna
campaigns-contacted = Aziende contattate
campaigns-hosting = Ora ospitano tirocinanti
campaigns-contacts = Contatti registrati
campaigns-conversion = Conversione lungo le fasi
contacts-heading = Registro dei contatti
contact-kind-call = Telefonata
contact-kind-email = E-mail
contact-kind-meeting = Incontro
contact-kind-workshop = Workshop
field-contact-kind = Tipo di contatto
field-date = Data
field-campaign = Campagna
field-follow-up = Da ricontattare il
field-channel = Canale
field-audience = Destinatari
hint-channel = Ad es. telefono, e-mail, workshop, newsletter della Camera di commercio.
action-log-contact = Registra il contatto
action-done = Fatto
error-contact-kind = Scegli il tipo di contatto.
error-stage = Fase sconosciuta.

## Rules
rules-title = Regole regionali per ospitare tirocinanti
rules-intro = Questi valori determinano l'indennità minima e il numero di tirocinanti che un'azienda può ospitare. Aggiornali quando cambiano le norme regionali.
rules-minimum = Indennità mensile minima
field-min-allowance = Indennità mensile minima (EUR)
field-small-max-employees = Piccole aziende: fino a questo numero di dipendenti
field-small-cap = Piccole aziende: tirocinanti contemporanei
field-medium-max-employees = Medie aziende: fino a questo numero di dipendenti
field-medium-cap = Medie aziende: tirocinanti contemporanei
field-large-percent = Aziende più grandi: percentuale sui dipendenti
error-rule-number = Inserisci un numero intero compreso nell'intervallo consentito.
error-rule-tiers = La fascia delle medie aziende deve iniziare oltre quella delle piccole.

## Invitations
invite-heading = Invita un collega
invite-created = Invito creato. Invia questo link alla persona invitata (valido 14 giorni):
invite-accept-title = Entra in Mentor
invite-accept-intro = Hai ricevuto un invito a entrare nello spazio della tua azienda su Mentor come { $email }. Scegli il tuo nome e una password.
action-invite = Invita
action-accept = Crea il mio account

## Errors
error-vat-format = Una Partita IVA è composta da 11 cifre.
error-vat-checksum = Questa Partita IVA non è valida: controlla le cifre.
error-tax-code = Questo codice fiscale non è valido.
error-ateco = Un codice ATECO ha la forma 62, 62.01 o 62.01.00.
error-employees = Inserisci il numero di dipendenti come numero intero.
