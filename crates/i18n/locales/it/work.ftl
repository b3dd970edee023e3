# La lista delle cose da fare, le conferme e i messaggi che dicono che un'azione è riuscita.

task-screen-applications = { $count ->
    [one] 1 candidatura da esaminare
   *[other] { $count } candidature da esaminare
}
confirm-cancel = Annulla
confirm-reason = Motivo
flash-done = Fatto.
users-disable-question = Disattivare l'account di { $name }?
flash-user-disabled = L'account è disattivato; la persona è stata disconnessa.
flash-user-enabled = L'account è di nuovo attivo.
flash-saved = Le modifiche sono salvate.
flash-call-created = Il bando è stato creato.
flash-checklist-saved = La checklist è salvata.
flash-company-created = L'azienda è registrata.
flash-stage-changed = La fase dell'azienda è cambiata.
flash-contact-logged = Il contatto è registrato.
flash-document-uploaded = Il documento è caricato.
flash-document-deleted = Il documento è eliminato.
flash-duplicates-merged = Le due schede sono state unite.
flash-duplicate-dismissed = Segnate come persone diverse.
flash-organisation-created = L'organizzazione è creata.
flash-campaign-created = La campagna è creata.
flash-follow-up-done = Il richiamo è segnato come fatto.
flash-position-created = La posizione è creata.
flash-programme-created = Il programma è creato.
flash-territory-added = Il territorio è aggiunto.
flash-ranking-saved = La tua graduatoria è salvata.
flash-user-created = L'account è creato.
flash-membership-added = Il ruolo è aggiunto.
flash-membership-removed = Il ruolo è rimosso.
duplicates-merge-question = Unire queste due candidature?
duplicates-merge-taken = { $count ->
    [one] 1 valore viene preso dall'altra candidatura.
   *[other] { $count } valori vengono presi dall'altra candidatura.
}
duplicates-merge-final = L'unione non si può annullare: l'altra candidatura esce per sempre da tutti gli elenchi.
flash-step-saved = Salvato. Puoi fermarti qui e tornare più tardi.
flash-application-sent = La tua candidatura è stata inviata. Ti scriveremo quando ci sarà una decisione.
error-shortlist-unpublished = Alcuni candidati di questa elaborazione sono in graduatoria ma non sono ancora stati informati: pubblica le decisioni del bando prima di proporli alle aziende.
matching-approve-question = Proporre alle aziende le coppie di questa elaborazione?
matching-approve-count = { $count ->
    [one] 1 candidato sarà proposto a un'azienda, che ne vedrà il profilo anonimo e risponderà.
   *[other] { $count } candidati saranno proposti alle loro aziende, che ne vedranno i profili anonimi e risponderanno.
}
matching-approve-final = Una proposta non si ritira: solo il rifiuto di un'azienda la chiude.
flash-run-approved = { $count ->
    [one] 1 candidato proposto a un'azienda.
   *[other] { $count } candidati proposti alle loro aziende.
}
accept-question = Accettare questo candidato per il tirocinio?
accept-final = Un'accettazione è definitiva: l'azienda non può ritirarla.
accept-confirm = Accetta
