# Il tirocinio di un fascicolo (issue 14): date, relazioni mensili, indennità, incidenti,
# valutazioni, proroga e interruzione.
nav-traineeships = Tirocini
traineeships-title = Tirocini
traineeships-none = Nessun tirocinio ancora visibile per te.
traineeship-title = Tirocinio
traineeship-open = Il tirocinio: date, relazioni, indennità
traineeship-back = Torna al tirocinio

## Campi
traineeship-field-reference = Fascicolo
traineeship-field-trainee = Tirocinante
traineeship-field-company = Azienda ospitante
traineeship-field-starts-on = Inizio
traineeship-field-ends-on = Fine
traineeship-field-step = Fase
traineeship-field-hours = Ore settimanali
traineeship-field-maximum = Durata massima
traineeship-field-month = Mese
traineeship-field-attendance = Presenze
traineeship-field-amount = Importo
traineeship-field-rule = Regola
traineeship-field-paid-on = Pagata il
traineeship-field-days-attended = Giorni di presenza
traineeship-field-days-scheduled = Giorni previsti
traineeship-field-progress = Andamento
traineeship-field-issues = Criticità
traineeship-field-status = Stato
traineeship-field-closing-note = Nota (obbligatoria per chiudere)
traineeship-field-incident-title = Cosa è successo
traineeship-field-severity = Gravità
traineeship-field-owner = Responsabile
traineeship-field-description = Dettagli
traineeship-field-note = Nota
traineeship-field-extend-to = Nuova data di fine
traineeship-field-reason = Motivo
traineeship-field-interrupt-on = Interrotto il
traineeship-months-n = { $count ->
    [one] { $count } mese
   *[other] { $count } mesi
}

## La pagina
traineeship-dates-title = Date e orario
traineeship-not-set-up = Le date del tirocinio non sono ancora fissate.
traineeship-prefilled = Compilate dai dati del fascicolo e della posizione: controllale e salva.
traineeship-action-save-dates = Salva le date
traineeship-people-title = Persone
traineeship-nobody = Nessuno incaricato
traineeship-you-report-as = Presenti le relazioni come: { $duty }
traineeship-months-title = Relazioni mensili
traineeship-state-none = Non presentata
traineeship-state-draft = Bozza
traineeship-state-submitted = Presentata
traineeship-action-read = Leggi
traineeship-action-write = Compila
traineeship-allowances-title = Indennità
traineeship-rule-source = Regola: { $source }
traineeship-rule-unverified = non verificata
traineeship-pending-title = In attesa dell'approvazione del soggetto promotore
traineeship-attendance = { $attended } giorni su { $scheduled } ({ $percent } %)
traineeship-action-approve = Approva
traineeship-no-allowances = Nessun mese ancora approvato.
traineeship-action-paid = Segna come pagata
traineeship-not-paid = Non ancora pagata
traineeship-reports-title = Relazioni presentate
traineeship-no-reports = Nessuna relazione ancora presentata.
traineeship-days-attended-n = { $count ->
    [one] { $count } giorno di presenza
   *[other] { $count } giorni di presenza
}
traineeship-days-scheduled-n = { $count ->
    [one] { $count } giorno previsto
   *[other] { $count } giorni previsti
}
traineeship-incidents-title = Incidenti
traineeship-owned-by = Responsabile: { $name }
traineeship-owner-me = Io
traineeship-action-move-incident = Aggiorna
traineeship-action-open-incident = Registra un incidente
traineeship-severity-low = Bassa
traineeship-severity-medium = Media
traineeship-severity-high = Alta
traineeship-status-open = Aperto
traineeship-status-in_progress = In corso
traineeship-status-closed = Chiuso
traineeship-evaluations-title = Valutazioni delle competenze
traineeship-no-objectives = Il progetto formativo non elenca obiettivi da valutare.
traineeship-action-evaluate = Salva la valutazione
traineeship-stage-mid_term = Valutazione intermedia
traineeship-stage-final = Valutazione finale
traineeship-level-1 = Non ancora
traineeship-level-2 = In parte
traineeship-level-3 = Raggiunto
traineeship-level-4 = Oltre le attese
traineeship-moves-title = Proroga o interruzione
traineeship-action-extend = Proroga
traineeship-action-interrupt = Interrompi

## Una relazione mensile
traineeship-report-title = Relazione mensile, { $month }
traineeship-report-submitted = Presentata: non può più cambiare.
traineeship-report-draft-hint = Solo tu vedi questa bozza finché non la presenti.
traineeship-register-hint = Dal tuo registro presenze: i giorni in cui il tirocinante era atteso.
traineeship-action-save-draft = Salva la bozza
traineeship-action-submit = Presenta

## Conferme
traineeship-submit-question = Presentare la relazione di { $month }?
traineeship-submit-warning = Una volta presentata, la relazione non si può modificare.
traineeship-approve-question = Approvare l'indennità di { $month }?
traineeship-amount = Importo dovuto: { $amount }
traineeship-approve-warning = Una volta approvato, l'importo è bloccato: nessuna modifica successiva può cambiarlo.
traineeship-extend-question = Prorogare il tirocinio?
traineeship-extend-to = Fino al { $date }
traineeship-interrupt-question = Interrompere il tirocinio?
traineeship-interrupt-on = Il { $date }

## Messaggi
flash-traineeship-saved = Date del tirocinio salvate.
flash-traineeship-report-saved = Bozza salvata.
flash-traineeship-report-submitted = Relazione presentata.
flash-traineeship-approved = Indennità approvata e bloccata.
flash-traineeship-paid = Pagamento registrato.
flash-traineeship-incident-opened = Incidente registrato.
flash-traineeship-incident-moved = Incidente aggiornato.
flash-traineeship-evaluated = Valutazione salvata.
flash-traineeship-extended = Tirocinio prorogato.
flash-traineeship-interrupted = Tirocinio interrotto.

## Errori
traineeship-error-month = Indica un mese come anno e mese.
traineeship-error-days = Indica un numero di giorni compatibile con il mese.
traineeship-error-more-than-scheduled = Più giorni di presenza che giorni previsti.
traineeship-error-closing-note = Per chiuderlo, scrivi come si è concluso.
traineeship-error-level = Indica un livello per ogni obiettivo.
traineeship-error-month-outside = Questo mese è fuori dal tirocinio, oppure non è ancora iniziato.
traineeship-error-no-register = Il tutor aziendale non ha ancora presentato il registro di questo mese.
traineeship-error-no-rule = Non è nota alcuna regola di indennità per questa regione.
traineeship-error-paid-on = Indica il giorno del pagamento: nel mese o dopo, non nel futuro.
traineeship-error-owner = Il responsabile deve essere una delle persone del fascicolo, oppure tu.
traineeship-error-severity = Scegli una gravità.
traineeship-error-status = Scegli uno stato.
traineeship-error-reason = Indica un motivo.
traineeship-error-extension-end = La nuova fine deve venire dopo quella attuale.
traineeship-error-too-long = Il tirocinio durerebbe più del consentito: 12 mesi in tutto, meno dove la regione fissa un massimo per il titolo di studio del tirocinante.
traineeship-error-hours = Indica le ore settimanali, al massimo 48.
traineeship-error-end-before-start = La fine viene prima dell'inizio.
traineeship-error-report-submitted = Questa relazione è stata presentata: non può più cambiare.
traineeship-error-allowance-locked = L'indennità di questo mese è già stata approvata: l'importo è bloccato.
traineeship-error-incident-closed = L'incidente non può tornare indietro né essere chiuso due volte.

## Attività (posta in arrivo e riepilogo giornaliero)
task-traineeship-report-due = { $count ->
    [one] È dovuta una relazione mensile di tirocinio
   *[other] Sono dovute { $count } relazioni mensili di tirocinio
}
task-traineeship-approval = { $count ->
    [one] L'indennità di un mese attende la tua approvazione
   *[other] Le indennità di { $count } mesi attendono la tua approvazione
}
task-traineeship-incident = { $count ->
    [one] Un incidente di cui sei responsabile è aperto
   *[other] { $count } incidenti di cui sei responsabile sono aperti
}
