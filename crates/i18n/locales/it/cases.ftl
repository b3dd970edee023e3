# Pratiche (issue 13): l'elenco, la pagina di una pratica, la lista del tirocinante, il quadro.
nav-cases = Pratiche
nav-cases-board = Quadro delle pratiche
nav-my-case = Il mio tirocinio
cases-title = Pratiche
cases-count = { $count ->
    [one] Una pratica
   *[other] { $count } pratiche
}
cases-none-yet = Non hai ancora una pratica: si apre quando un'azienda ospitante ti accetta.
cases-field-reference = Riferimento
cases-field-trainee = Tirocinante
cases-field-company = Azienda ospitante
cases-field-city = Città
cases-field-country = Paese
cases-field-step = Fase
cases-field-waiting-for = In attesa di
cases-field-next-deadline = Prossima scadenza
cases-field-overdue-only = Solo scadute
case-standing-overdue = Scaduta
case-standing-due-today = Scade oggi
case-standing-upcoming = In scadenza
case-standing-later = Più avanti
case-title = Pratica { $reference }
case-closed = Chiusa
case-field-procedure = Procedura
case-steps-title = Fasi della procedura
case-missing-title = Cosa manca ancora a questa fase
case-deadlines-title = Scadenze in corso
case-deadlines-none = Nessuna scadenza in corso in questa fase.
case-deadline-who = Deve agire: { $role }
case-why-title = Perché questa data
case-why-calendar-days = { $count ->
    [one] 1 giorno
   *[other] { $count } giorni
} dopo «{ $anchor }» ({ $date }).
case-why-working-days = { $count ->
    [one] 1 giorno lavorativo
   *[other] { $count } giorni lavorativi
} dopo «{ $anchor }» ({ $date }), esclusi fine settimana e festivi.
case-why-months = { $count ->
    [one] 1 mese
   *[other] { $count } mesi
} dopo «{ $anchor }» ({ $date }).
case-why-hours = { $count ->
    [one] 1 ora
   *[other] { $count } ore
} dopo «{ $anchor }» ({ $date }).
case-why-holidays = Festivi non contati: { $days }.
case-why-rolled = Spostata in avanti dal { $date }, giorno festivo o fine settimana.
case-why-time-assumed = L'ora di «{ $anchor }» non è registrata: il conteggio parte dall'inizio di quel giorno.
case-passport-expires-too-soon = Il passaporto scade meno di 3 mesi dopo la fine del visto.
case-passport-issued-too-long-ago = Il passaporto è stato rilasciato 10 anni o più prima della richiesta di visto.
case-duration-months = Durata prevista: { $count ->
    [one] 1 mese
   *[other] { $count } mesi
}
case-duration-outside = fuori dai limiti della procedura
case-conversion-window = La conversione del permesso si può chiedere dal { $from } al { $to }.
case-advance-title = Fai avanzare la pratica
case-field-to = Fase successiva
case-field-on = Data in cui è avvenuto
case-field-at = Ora (se conta)
case-field-note = Nota
case-field-by = Registrato da
case-action-advance = Fai avanzare…
case-advance-question = Far avanzare la pratica { $reference }?
case-advance-from-to = Da «{ $from }» a «{ $to }»
case-advance-on = Il { $date }
case-advance-warning = Le scadenze si ricalcolano da questa data e la fase resta nella storia della pratica.
case-advance-confirm = Sì, fai avanzare la pratica
case-path-title = Storia
case-facts-title = Dati
case-fact-missing = non ancora registrato
case-fact-sealed = registrato (protetto)
case-action-record = Registra
case-action-correct = Correggi
case-documents-title = Documenti della pratica
case-tasks-title = Attività
case-tasks-none = Nessuna attività aggiunta.
case-task-done = Fatta
case-action-task-done = Segna come fatta
case-field-task-title = Attività
case-field-task-due = Entro il
case-field-task-who = Chi deve farla
case-action-add-task = Aggiungi l'attività
case-identity-title = Identità del tirocinante
case-identity-hint = I dati di identità che servono ai documenti. Ogni lettura viene registrata.
case-action-reveal = Mostra l'identità
case-identity-name = Nome
case-identity-birth-date = Data di nascita
case-identity-passport = Numero di passaporto
case-mine-title = Il mio tirocinio in Italia
case-mine-now-title = Cosa devo fare adesso
case-mine-upload = Carica: { $document }
case-mine-give = Indica questi dati:
case-mine-nothing = Per ora non devi fare nulla.
case-mine-waiting = Il prossimo passo spetta a { $role }: { $step }.
case-mine-details-title = I miei dati, da correggere se serve
case-mine-deadlines-title = Le mie scadenze
case-mine-calendar = Aggiungi le mie scadenze al calendario del telefono
case-mine-steps-title = Le fasi della mia procedura
cases-board-title = Quadro delle pratiche
cases-board-open = Pratiche aperte
cases-board-closed = Pratiche chiuse
cases-board-overdue = Con una scadenza superata
cases-board-see-overdue = vedile
cases-board-bottleneck = Le pratiche restano più a lungo in «{ $step }».
cases-board-average = Giorni medi in ogni fase
cases-board-days = { $days } giorni
cases-board-table = Dati per fase
cases-board-now = Ora in questa fase
cases-board-passed = Passaggi conclusi
cases-board-average-days = Giorni medi
cases-board-slowest-days = Il più lento (giorni)
flash-case-moved = La pratica è avanzata.
flash-case-fact-saved = Il dato è registrato.
flash-case-task-added = L'attività è aggiunta.
flash-case-task-done = L'attività è segnata come fatta.
case-step-convention = Convenzione
case-step-training-project = Progetto formativo
case-step-regional-review = Esame della Regione
case-step-regional-rejected = Respinto dalla Regione
case-step-regional-approved = Approvato dalla Regione
case-step-visa-requested = Visto richiesto
case-step-visa-refused = Visto negato
case-step-visa-issued = Visto rilasciato
case-step-ready-to-depart = Pronto a partire
case-step-arrived = Arrivato in Italia
case-step-permit-requested = Permesso di soggiorno richiesto
case-step-active = Tirocinio avviato
case-step-extended = Prorogato
case-step-completed = Concluso
case-step-interrupted = Interrotto
case-step-withdrawn = Ritirato
case-document-convention-signed = Convenzione firmata
case-document-training-project-signed = Progetto formativo firmato
case-document-regional-approval = Approvazione regionale
case-document-insurance-policies = Polizze assicurative
case-document-visa = Visto
case-document-travel-ticket = Biglietto di viaggio
case-document-housing-proof = Prova dell'alloggio
case-document-hospitality-declaration = Dichiarazione di ospitalità
case-document-permit-receipt = Ricevuta della richiesta di permesso
case-document-residence-permit = Permesso di soggiorno
case-document-employment-notice = Comunicazione obbligatoria ai servizi per l'impiego
case-document-final-report = Relazione finale
case-field-trainees-covered = Tirocinanti coperti dalla convenzione
case-field-inail-policy = Numero di polizza INAIL
case-field-liability-policy = Numero di polizza RC
case-field-company-tutor = Tutor aziendale
case-field-promoter-tutor = Tutor del soggetto promotore
case-field-hours-per-week = Ore settimanali
case-field-allowance = Indennità mensile
case-field-planned-start-on = Inizio previsto
case-field-planned-end-on = Fine prevista
case-field-lodging = Alloggio
case-field-visa-requested-on = Visto richiesto il
case-field-passport-issued-on = Passaporto rilasciato il
case-field-passport-expires-on = Passaporto valido fino al
case-field-visa-ends-on = Visto valido fino al
case-field-arrived-at = Arrivo (data e ora)
case-field-codice-fiscale = Codice fiscale
case-field-birth-place = Luogo di nascita
case-field-started-on = Tirocinio avviato il
case-field-permit-issued-on = Permesso rilasciato il
case-field-permit-expires-on = Permesso valido fino al
case-field-extended-to-on = Prorogato fino al
case-rule-visa-decision = Decisione del consolato sul visto
case-rule-hospitality-declaration = Dichiarazione di ospitalità
case-rule-permit-request = Richiesta del permesso di soggiorno
case-rule-traineeship-start = Avvio del tirocinio
