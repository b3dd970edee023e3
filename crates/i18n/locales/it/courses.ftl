# Corsi pre-partenza (issue 14): corsi, sessioni, presenze, test, regola di completamento,
# attestati e loro verifica pubblica, idoneità alla partenza nella pagina della pratica.

nav-courses = Corsi
nav-my-courses = I miei corsi
courses-title = Corsi pre-partenza
courses-none = Ancora nessun corso.
courses-back = Torna ai corsi
course-new-title = Nuovo corso
course-create = Crea il corso
course-choose = Scegli…
course-field-title = Titolo
course-field-subject = Materia
course-field-organisation = Erogato da
course-field-programme = Programma
course-field-runner = Programma e organizzazione che lo eroga
course-field-sessions = Sessioni
course-field-enrolled = Partecipanti
course-field-participant = Partecipante
course-field-level = Livello raggiunto
course-field-standing = Situazione
course-field-date = Data
course-field-time = Ora di inizio
course-field-topic = Argomento
course-field-place = Luogo o aula online
course-field-taken-on = Data del test
course-field-min-attendance = Frequenza da raggiungere, in % di tutte le sessioni previste
course-field-min-level = Livello di italiano da raggiungere
course-field-weight-late = Un ritardo vale (% di una sessione)
course-field-weight-justified = Un'assenza giustificata vale (% di una sessione)
course-subject-italian = Lingua italiana
course-subject-civic = Educazione civica
course-subject-safety = Sicurezza sul lavoro
course-subject-rights = Diritti e doveri
course-mark-present = Presente
course-mark-late = In ritardo
course-mark-justified = Assenza giustificata
course-mark-absent = Assente
course-mark-none = Non segnato
course-online = Online
course-rule-title = Regola di completamento
course-rule-intro = Quando un partecipante ha completato i corsi pre-partenza del programma: la frequenza su tutte le sessioni previste di ogni corso e, per l'italiano, il livello registrato da un test. Solo allora la pratica può passare a "pronto a partire".
course-rule-attendance = frequenza almeno { $percent } %
course-rule-level = italiano { $level }
course-rule-late = il ritardo vale { $percent } %
course-rule-justified = l'assenza giustificata vale { $percent } %
course-rule-default = la regola predefinita: il programma non ha fissato la propria
course-rule-edit = Modifica la regola
course-rule-save = Salva la regola
course-level-none = Nessun livello richiesto
course-participants-title = Partecipanti
course-participants-none = Ancora nessun iscritto.
course-rate-so-far = Frequenza finora
course-rate-planned = Su tutte le sessioni previste
course-warning-out-of-reach = Non può più raggiungere la soglia di frequenza
course-complete = Completato
course-certificate = Attestato
course-certificate-issue = Rilascia l'attestato
course-enrol = Iscrivi
course-enrol-case = Riferimento della pratica (MC-…)
course-test-title = Registra un test
course-test-record = Registra il test
course-sessions-title = Sessioni
course-sessions-none = Ancora nessuna sessione prevista.
course-session-new = Nuova sessione
course-session-add = Aggiungi la sessione
course-session-unmarked = presenze non ancora rilevate
course-attendance-title = Presenze
course-attendance-save = Salva le presenze
course-error-subject = Scegli una delle materie.
course-error-runner = Scegli un'organizzazione del programma per cui puoi gestire corsi.
course-error-time = Scrivi l'ora come HH:MM.
course-error-too-many-sessions = Questo corso ha già il numero massimo di sessioni.
course-error-case = Nessuna pratica del programma ha questo riferimento.
course-error-enrolled = Questo partecipante è già iscritto al corso.
course-error-enrolment = Una persona segnata non è iscritta a questo corso.
course-error-mark = Scegli presente, in ritardo, assenza giustificata o assente.
course-error-not-held = Questa sessione non si è ancora tenuta.
course-error-future = La data di un test non può essere nel futuro.
course-error-percent = Scrivi un numero intero da 0 a 100.
course-error-incomplete = Il partecipante non ha completato il corso come chiede la regola: nessun attestato per ora.
course-error-certified = Questo partecipante ha già il suo attestato.
case-error-courses = Il partecipante non ha completato i corsi pre-partenza richiesti dalla regola del programma.
case-readiness-title = Corsi pre-partenza
case-readiness-ready = Corsi completati come chiede la regola.
case-readiness-not-ready = Corsi non ancora completati: la pratica non può passare a "pronto a partire".
flash-course-created = Il corso è stato creato.
flash-course-session-added = La sessione è stata aggiunta.
flash-course-enrolled = Il partecipante è stato iscritto.
flash-course-attendance-saved = Le presenze sono state salvate.
flash-course-test-recorded = Il test è stato registrato.
flash-course-certificate-issued = L'attestato è stato rilasciato.
flash-course-rule-saved = La regola di completamento è stata salvata.
task-course-attendance = { $count ->
    [one] Rileva le presenze di una sessione tenuta ({ $about })
   *[other] Rileva le presenze di { $count } sessioni tenute ({ $about })
}
task-course-warning = { $count ->
    [one] Un partecipante non può più raggiungere la soglia di frequenza ({ $about })
   *[other] { $count } partecipanti non possono più raggiungere la soglia di frequenza ({ $about })
}
my-courses-title = I miei corsi
my-courses-none = Non sei iscritto a nessun corso.
my-courses-complete = Completato: l'attestato ti sarà rilasciato dallo staff del corso.
my-courses-download = Scarica l'attestato in:
certificate-title = Attestato di frequenza
certificate-intro = Si attesta che la persona indicata di seguito ha completato il corso pre-partenza.
certificate-name = Nome
certificate-course = Corso
certificate-subject = Materia
certificate-organisation = Erogato da
certificate-attendance = Frequenza
certificate-level = Livello di italiano raggiunto
certificate-issued = Rilasciato il
certificate-code = Codice di verifica
certificate-verify = Chiunque può verificare questo attestato nella pagina di verifica di Mentor con il codice { $code }.
certificate-footer = Attestato di frequenza — pagina {"{"}page{"}"} di {"{"}pages{"}"}
verify-title = Verifica un attestato
verify-intro = Scrivi il codice stampato sull'attestato. La risposta mostra solo il nome, il corso e la data.
verify-code = Codice di verifica
verify-check = Verifica
verify-found = Questo attestato è autentico.
verify-unknown = Nessun attestato ha questo codice. Controlla di averlo scritto come è stampato.
verify-wait = { $seconds ->
    [one] Troppi codici verificati da qui: riprova tra un secondo.
   *[other] Troppi codici verificati da qui: riprova tra { $seconds } secondi.
}
