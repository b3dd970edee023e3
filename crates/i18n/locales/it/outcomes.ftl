# Esiti, follow-up e pagina del partecipante (issue 14).

nav-outcomes = Esiti

## I dati per paese
outcomes-title = Esiti dei tirocini
outcomes-intro = Come si sono conclusi i tirocini, per paese di origine, contando gli esiti registrati per le pratiche che puoi vedere.
outcomes-none = Nessun esito registrato finora.
outcomes-country = Paese di origine
outcomes-in-italy = In Italia alla fine (proroga o contratto di lavoro)
outcomes-returned-home = Rientrati nel paese di origine
outcomes-total = Totale

## Tipi di esito
outcome-kind-extension = Tirocinio prorogato
outcome-kind-job-contract = Contratto di lavoro in Italia (permesso convertito)
outcome-kind-returned-home = Rientro nel paese di origine
outcome-kind-interrupted = Interrotto
outcome-kind-other = Altro

## L'esito di una pratica
outcome-title = Esito e follow-up
outcome-open = Vedi l'esito e i follow-up
outcome-page-title = Esito della pratica { $reference }
outcome-back = Torna alla pratica
outcome-field-kind = Esito
outcome-field-day = Giorno
outcome-field-country = Paese dopo il tirocinio
outcome-field-note = Nota
outcome-corrected = Questo esito è stato corretto dopo la prima registrazione.
outcome-none = Nessun esito registrato finora.
outcome-choose = Scegli…
outcome-action-record = Registra l'esito
outcome-action-correct = Correggi l'esito
outcome-error-kind = Scegli come si è concluso il tirocinio.
outcome-error-step = L'esito si può registrare solo dopo l'inizio del tirocinio.
outcome-error-recorded = Qualcun altro l'ha registrato nel frattempo; controlla la pagina e riprova.
flash-outcome-recorded = L'esito è stato registrato.
flash-outcome-corrected = L'esito è stato corretto.

## Follow-up
follow-ups-title = Follow-up
follow-ups-after-outcome = I follow-up sono previsti 3, 6, 12 e 24 mesi dopo l'esito, una volta registrato.
follow-up-field-months = Follow-up
follow-up-field-due = Scadenza
follow-up-field-status = Stato
follow-up-months = { $count ->
    [one] Dopo { $count } mese
   *[other] Dopo { $count } mesi
}
follow-up-done = Fatto
follow-up-overdue = In ritardo
follow-up-pending = Da fare
follow-up-open = Registra il prossimo follow-up
follow-up-title = Follow-up della pratica { $reference }
follow-up-back = Torna all'esito
follow-up-due-on = { $count ->
    [one] Il follow-up dopo { $count } mese, previsto per il { $date }.
   *[other] Il follow-up dopo { $count } mesi, previsto per il { $date }.
}
follow-up-preloaded = Le risposte del follow-up precedente sono già inserite: modifica ciò che è cambiato.
follow-up-field-done-on = Giorno del follow-up
follow-up-field-country = Paese in cui vive la persona
follow-up-field-working = Lavora
follow-up-field-sector = Settore del datore di lavoro
follow-up-field-occupation = Professione
follow-up-ties = Legami con l'altro paese
follow-up-field-remittances = Invia denaro a casa (rimesse)
follow-up-field-business-links = Rapporti d'affari con l'altro paese
follow-up-field-further-mobility = Ha fatto o prevede altri spostamenti
follow-up-action-record = Registra il follow-up
follow-up-none-due = Nessun follow-up previsto per questa pratica.
follow-up-yes = Sì
follow-up-no = No
follow-up-error-occupation = Indica la professione di chi lavora.
follow-up-error-no-outcome = Registra prima l'esito: i follow-up si contano da lì.
follow-up-error-recorded = Questo follow-up è già stato registrato; apri il successivo.
flash-follow-up-recorded = Il follow-up è stato registrato.

## Attività (posta in arrivo e riepilogo giornaliero)
task-follow-up-overdue = { $count ->
    [one] Un follow-up è in ritardo
   *[other] { $count } follow-up sono in ritardo
}
task-follow-up-due = { $count ->
    [one] Un follow-up è in scadenza
   *[other] { $count } follow-up sono in scadenza
}

## La pagina del partecipante
participant-title = Pagina del partecipante
participant-open = Tutto ciò che è successo a questo partecipante
participant-mine = Tutto ciò che è successo dalla mia candidatura
participant-page-title = { $family } { $given }
participant-story-title = Cosa è successo
participant-story-empty = Ancora nulla di registrato.
participant-note = Nota
participant-event-proposed = Proposto a { $company } per «{ $position }»
participant-event-placement = Abbinamento: { $status }
participant-event-step = Pratica: { $step }
participant-event-outcome = Esito: { $outcome }
participant-event-follow-up = { $count ->
    [one] Follow-up dopo { $count } mese
   *[other] Follow-up dopo { $count } mesi
}
participant-event-traineeship = Tirocinio impostato
participant-event-allowance = Indennità mensile approvata
participant-event-incident = Criticità registrata
participant-event-enrolled = Iscrizione al corso «{ $course }»
participant-event-certificate = Attestato del corso «{ $course }»
