# La liste des tâches, les confirmations et les messages qui disent qu'une action a réussi.

task-screen-applications = { $count ->
    [one] 1 candidature à examiner
   *[other] { $count } candidatures à examiner
}
confirm-cancel = Annuler
confirm-reason = Motif
flash-done = C'est fait.
users-disable-question = Désactiver le compte de { $name } ?
flash-user-disabled = Le compte est désactivé ; la personne a été déconnectée.
flash-user-enabled = Le compte est de nouveau actif.
