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
