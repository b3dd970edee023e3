# Scadenze delle pratiche fuori dalle pagine delle pratiche: compiti, solleciti, calendario, API.

## Compiti (posta in arrivo e riepilogo giornaliero)
task-case-overdue = { $count ->
    [one] Una scadenza di una pratica è superata: intervieni
   *[other] { $count } scadenze delle pratiche sono superate: intervieni
}
task-case-upcoming = { $count ->
    [one] Una scadenza di una pratica cade nei prossimi giorni
   *[other] { $count } scadenze delle pratiche cadono nei prossimi giorni
}

## Regole di scadenza e fasi della procedura
deadlines-rule-visa-decision = Decisione del consolato sul visto
deadlines-rule-hospitality-declaration = Dichiarazione di ospitalità
deadlines-rule-permit-request = Richiesta del permesso di soggiorno
deadlines-rule-traineeship-start = Avvio del tirocinio
deadlines-rule-task = Compito aggiunto alla pratica
deadlines-step-convention = Convenzione
deadlines-step-training-project = Progetto formativo
deadlines-step-regional-review = Esame della Regione
deadlines-step-regional-rejected = Respinto dalla Regione
deadlines-step-regional-approved = Approvato dalla Regione
deadlines-step-visa-requested = Visto richiesto
deadlines-step-visa-refused = Visto negato
deadlines-step-visa-issued = Visto rilasciato
deadlines-step-ready-to-depart = Pronto alla partenza
deadlines-step-arrived = Arrivato in Italia
deadlines-step-permit-requested = Permesso di soggiorno richiesto
deadlines-step-active = Tirocinio avviato
deadlines-step-extended = Tirocinio prorogato
deadlines-step-completed = Concluso
deadlines-step-interrupted = Interrotto
deadlines-step-withdrawn = Ritirato

## Sollecito ai coordinatori del programma
deadlines-escalation-subject = Scadenza superata sulla pratica { $reference }
deadlines-escalation-body = { $days ->
    [one] Pratica { $reference }: «{ $rule }» scadeva il { $date } ed è in ritardo di un giorno. Deve intervenire: { $who }.
   *[other] Pratica { $reference }: «{ $rule }» scadeva il { $date } ed è in ritardo di { $days } giorni. Deve intervenire: { $who }.
}
deadlines-escalation-open = Apri la pratica: { $link }

## Calendario (gli eventi)
deadlines-feed-name = Mentor — le mie scadenze
deadlines-feed-summary = { $reference }: { $rule }
deadlines-feed-summary-own = { $rule } ({ $step })
deadlines-feed-why = { $unit ->
    [working_days] { $offset } giorni lavorativi
    [months] { $offset } mesi
    [hours] { $offset } ore
   *[calendar_days] { $offset } giorni
} dopo: { $anchor }, { $date }
deadlines-feed-open = Apri la pratica: { $link }

## Calendario (la pagina)
nav-calendar = Il mio calendario
calendar-title = Le mie scadenze nel mio calendario
calendar-intro = Iscriviti alle scadenze delle tue pratiche dal calendario del telefono o del computer: ogni scadenza compare come evento di un giorno intero e si aggiorna quando la data cambia.
calendar-privacy = Gli eventi indicano le pratiche con il loro riferimento (MC-…), mai con il nome di un tirocinante, perché i calendari si sincronizzano sui server di altre aziende.
calendar-secret = L'indirizzo è segreto: chi lo possiede vede le tue scadenze. Se finisce in mani altrui, creane uno nuovo (il vecchio smette di funzionare) oppure disattivalo.
calendar-none = Non hai ancora un indirizzo di calendario.
calendar-active = Il tuo indirizzo di calendario è attivo. Per sicurezza non viene mostrato di nuovo: creane uno nuovo se ti serve.
calendar-made = Il tuo nuovo indirizzo di calendario
calendar-shown-once = Copialo ora: viene mostrato solo questa volta.
calendar-address = Indirizzo del calendario
calendar-subscribe = Iscriviti su questo dispositivo
calendar-howto-title = Come aggiungerlo
calendar-howto-iphone = iPhone o iPad: Impostazioni → Calendario → Account → Aggiungi account → Altro → Aggiungi calendario sottoscritto, poi incolla l'indirizzo.
calendar-howto-android = Android (Google Calendar): da un computer apri calendar.google.com → Altri calendari → + → Da URL e incolla l'indirizzo; comparirà poi sul telefono.
calendar-howto-other = Outlook, Thunderbird e altri programmi: aggiungi un calendario «da Internet» o «in rete» e incolla l'indirizzo.
calendar-action-create = Crea il mio indirizzo di calendario
calendar-action-renew = Crea un nuovo indirizzo (il vecchio smette di funzionare)
calendar-action-revoke = Disattiva il mio indirizzo di calendario
calendar-revoked = Il tuo indirizzo di calendario è disattivato: non funziona più.

## API
deadlines-error-status = Indica overdue, near oppure all.
