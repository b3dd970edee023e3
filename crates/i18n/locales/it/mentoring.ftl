# Mentoring dopo il tirocinio (issue 15, punto 1).
nav-mentorships = Mentoring
nav-my-mentorship = Il mio mentoring

task-mentoring-reminder = { $count ->
    [one] Nessuna sessione di mentoring registrata da tempo
   *[other] { $count } percorsi di mentoring senza sessioni da tempo
}
task-mentoring-overdue = { $count ->
    [one] Un'azione del piano di mentoring è scaduta
   *[other] { $count } azioni del piano di mentoring sono scadute
}
task-mentoring-concern = { $count ->
    [one] Un mentor è preoccupato per un percorso di mentoring
   *[other] I mentor sono preoccupati per { $count } percorsi di mentoring
}
participant-event-mentoring = Sessione di mentoring ({ $mode })

mentoring-mode-in_person = Di persona
mentoring-mode-phone = Telefono
mentoring-mode-video = Videochiamata
mentoring-mode-message = Messaggi
mentoring-where-italy = In Italia
mentoring-where-home = Nel paese d'origine

mentoring-list-title = Mentoring
mentoring-list-caption = Percorsi di mentoring e ultima sessione
mentoring-list-none = Nessun percorso di mentoring qui.
mentoring-filter-label = Mostra i percorsi
mentoring-show-open = Aperti
mentoring-show-closed = Chiusi
mentoring-show-concern = Con una preoccupazione
mentoring-show-all = Tutti
mentoring-state-open = Aperto
mentoring-state-closed = Chiuso
mentoring-concern-tag = Preoccupazione
mentoring-no-session = Nessuna sessione registrata

mentoring-field-mentee = Persona seguita
mentoring-field-mentor = Mentor
mentoring-field-where = Dove vive la persona seguita
mentoring-field-last-session = Ultima sessione
mentoring-field-state = Stato
mentoring-field-reference = Pratica
mentoring-field-opened = Aperto il
mentoring-field-reminder = Promemoria dopo quanti giorni senza sessioni
mentoring-field-goals = Obiettivi
mentoring-field-action = Azione
mentoring-field-due-on = Entro il
mentoring-field-held-on = Data
mentoring-field-mode = Modalità
mentoring-field-topics = Argomenti
mentoring-field-notes = Note

mentoring-new-title = Nuovo percorso di mentoring
mentoring-new-none = Non c'è nessuno per cui tu possa aprire un percorso di mentoring.
mentoring-back = Torna ai percorsi di mentoring
mentoring-choose = Scegli…
mentoring-already = già seguito
mentoring-open = Apri il percorso
mentoring-title = Mentoring di { $name }
mentoring-mine-title = Il mio mentoring
mentoring-mine-none = Al momento non hai un percorso di mentoring.

mentoring-reminder-every = { $count ->
    [one] dopo { $count } giorno
   *[other] dopo { $count } giorni
}
mentoring-reminder-next = prossimo promemoria il { $date }
mentoring-reminder-due = È ora di una sessione
mentoring-terms-edit = Modifica gli obiettivi o il promemoria
mentoring-terms-save = Salva

mentoring-concern-title = Preoccupazione
mentoring-concern-none = Nessuna preoccupazione aperta.
mentoring-concern-raised = Segnalata il { $date }
mentoring-concern-handled-on = gestita il { $date }
mentoring-concern-note = Che cosa ti preoccupa (la leggono solo il coordinamento e la tua organizzazione)
mentoring-concern-raise = Sono preoccupato per questo percorso
mentoring-concern-question = Segnalare al coordinamento che sei preoccupato per questo percorso?
mentoring-concern-confirm = Segnala la preoccupazione
mentoring-concern-warning = La persona seguita non viene avvisata; il coordinamento la vede finché non la segna come gestita.
mentoring-handled-note = Che cosa è stato fatto
mentoring-handled-question = Segnare la preoccupazione come gestita?
mentoring-handled-confirm = Segna come gestita

mentoring-plan-title = Piano d'azione
mentoring-plan-none = Nessuna azione ancora prevista.
mentoring-item-due = entro il { $date }
mentoring-item-done = Fatta
mentoring-item-overdue = Scaduta
mentoring-item-mark-done = Segna come fatta
mentoring-item-new = Nuova azione
mentoring-item-add = Aggiungi al piano

mentoring-sessions-title = Sessioni
mentoring-session-new = Registra una sessione
mentoring-session-log = Registra la sessione
mentoring-notes-hint = Riservate: le note le leggono solo la tua organizzazione e il coordinamento, mai la persona seguita.

mentoring-close-title = Chiudi il percorso
mentoring-close-note = Nota di chiusura
mentoring-close-confirm = Chiudi il percorso
mentoring-close-question = Chiudere questo percorso di mentoring?
mentoring-close-warning = Un percorso chiuso non si può più modificare.

flash-mentoring-opened = Il percorso di mentoring è aperto.
flash-mentoring-updated = Il percorso è stato salvato.
flash-mentoring-session-logged = La sessione è stata registrata.
flash-mentoring-item-added = L'azione è stata aggiunta al piano.
flash-mentoring-item-done = L'azione è segnata come fatta.
flash-mentoring-concern = La tua preoccupazione è stata inviata al coordinamento.
flash-mentoring-handled = La preoccupazione è segnata come gestita.
flash-mentoring-close = Il percorso è chiuso.

mentoring-error-reminder = Indica un numero di giorni da 7 a 180.
mentoring-error-whereabouts = Indica se la persona vive in Italia o nel paese d'origine.
mentoring-error-mode = Scegli come si è svolta la sessione.
mentoring-error-mentee = Scegli un partecipante che puoi seguire.
mentoring-error-mentor = Scegli un mentor del programma del partecipante.
mentoring-error-open = Questo partecipante ha già un percorso di mentoring aperto.
mentoring-error-closed = Questo percorso di mentoring è chiuso.
mentoring-error-item = Questa azione non esiste o è già fatta.
mentoring-error-concern-open = C'è già una preoccupazione aperta.
mentoring-error-no-concern = Non c'è nessuna preoccupazione aperta.
