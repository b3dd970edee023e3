# Decisioni di selezione: preparate dallo staff, pubblicate dal coordinatore per l'intero
# bando, annullate solo dal coordinatore con un motivo (issue 11).

decisions-error-not-stageable = Questa decisione non può essere preparata per questa candidatura: si decide solo su una candidatura ammissibile o in lista d'attesa; una decisione pubblicata viene annullata dal coordinatore.
decisions-error-stage-instead = Una decisione di selezione si prepara e poi si pubblica insieme alle altre decisioni del bando: usa il modulo della decisione.
decisions-error-nothing-staged = Non ci sono decisioni preparate da pubblicare per questo bando (potrebbero essere appena state pubblicate).
decisions-error-not-decided = Questa candidatura non ha una decisione pubblicata da annullare.

decisions-screening-title = Verifica
decisions-published = Decisione pubblicata
decisions-staged = Decisione preparata
decisions-staged-now = Preparata: { $decision }
decisions-staged-hint = La persona candidata non vede nulla di una decisione preparata finché il coordinatore non pubblica le decisioni del bando; fino ad allora si può cambiare.
decisions-field-decision = Decisione da preparare
decisions-reason-hint = Necessario per una non selezione; la persona candidata lo legge quando la decisione è pubblicata.
decisions-action-stage = Prepara la decisione
decisions-action-withdraw = Ritira la decisione preparata
decisions-action-reverse = Annulla la decisione pubblicata
decisions-filter-any = Qualsiasi decisione preparata
decisions-staged-on-call = { $count ->
    [one] 1 decisione preparata: anteprima e pubblicazione
   *[other] { $count } decisioni preparate: anteprima e pubblicazione
}

decisions-title = Decisioni da pubblicare: { $call }
decisions-intro = La pubblicazione cambia ciò che vede ogni persona candidata qui sotto e mette il suo messaggio nella coda di invio, tutto in una volta.
decisions-none-staged = Nessuna decisione preparata per questo bando.
decisions-to-ranking = Graduatoria
decisions-count-shortlisted = { $count ->
    [one] 1 selezionata
   *[other] { $count } selezionate
}
decisions-count-waiting-list = { $count ->
    [one] 1 in lista d'attesa
   *[other] { $count } in lista d'attesa
}
decisions-count-rejected = { $count ->
    [one] 1 non selezionata
   *[other] { $count } non selezionate
}
decisions-count-messages = { $count ->
    [one] 1 messaggio sarà messo in coda
   *[other] { $count } messaggi saranno messi in coda
}
decisions-warning-over-places = Attenzione: { $shortlist } persone sarebbero selezionate per { $places } posti.
decisions-warning-call-open = Attenzione: il bando è ancora aperto; le candidature inviate dopo saranno decise in un turno successivo.
decisions-action-publish = Pubblica le decisioni
decisions-publish-question = Pubblicare le decisioni su { $call }?
decisions-publish-hint = Le decisioni pubblicate non si cambiano qui; solo il coordinatore può annullarne una, con un motivo.

decisions-reverse-question = Annullare la decisione pubblicata?
decisions-reverse-hint = La candidatura torna senza decisione e la persona candidata viene informata, con il motivo. Una nuova decisione si prepara e si pubblica poi come di consueto.
decisions-reverse-reason = Motivo dell'annullamento (la persona candidata lo legge)

flash-decision-staged = La decisione è preparata. La persona candidata la vedrà quando sarà pubblicata.
flash-decision-withdrawn = La decisione preparata è stata ritirata.
flash-decisions-published = { $count ->
    [one] 1 decisione pubblicata; il suo messaggio è nella coda di invio.
   *[other] { $count } decisioni pubblicate; i loro messaggi sono nella coda di invio.
}
flash-decision-reversed = La decisione è annullata e il messaggio alla persona candidata è nella coda di invio.

event-decision-staged = Decisione preparata: { $status }
event-decision-withdrawn = Decisione preparata ritirata
event-decision-reversed = Decisione annullata: { $status }

task-publish-decisions = { $count ->
    [one] 1 decisione preparata da pubblicare per { $about }
   *[other] { $count } decisioni preparate da pubblicare per { $about }
}

mail-reversal-subject = La tua candidatura: { $call } — decisione annullata
mail-reversal-body = La decisione sulla tua candidatura a { $call } ({ $decision }) è stata annullata.
mail-reversal-next = La tua candidatura viene esaminata di nuovo; ti scriveremo con la nuova decisione.
