# Selezione: criteri, punteggi, colloqui, graduatoria, decisioni, posta in uscita.
nav-ranking = Graduatoria
nav-criteria = Criteri di selezione
selection-title = Selezione
selection-no-criteria = Questo bando non ha ancora criteri di selezione.
selection-total = Punteggio ponderato
selection-scores-caption = Punteggi per criterio e valutatore
selection-mean = Media
selection-my-scores = I tuoi punteggi
selection-criterion-range = { $name } (0–{ $max })
selection-not-scored = Non ancora valutata
selection-assessors = { $count ->
    [one] Valutata da un valutatore
   *[other] Valutata da { $count } valutatori
}
selection-missing = { $count ->
    [one] Un criterio non ha ancora un punteggio
   *[other] { $count } criteri non hanno ancora un punteggio
}
field-criterion = Criterio
field-weight = Peso
field-max-score = Punteggio massimo
field-score-note = Nota (facoltativa)
hint-scores = Ogni valutatore ha i propri punteggi; lascia vuoto un punteggio per ritirarlo. Il totale pondera la media di tutti i valutatori.
hint-weight = La quota del criterio nel totale, rispetto agli altri criteri (1–100).
action-save-scores = Salva i miei punteggi
action-set-criteria = Imposta i criteri
action-see-ranking = Vedi la graduatoria
action-add-criterion = Aggiungi il criterio
criteria-title = Criteri di selezione: { $call }
criteria-intro = Ogni candidatura riceve un punteggio per criterio, da 0 al suo massimo; il punteggio ponderato va da 0 a 100.
criteria-share = Quota del totale
criteria-add = Nuovo criterio
interviews-title = Colloqui
interviews-none = Nessun colloquio in programma.
interview-label = Colloquio
interview-schedule = Fissa un colloquio
field-interview-when = Quando
field-interview-time = Ora
field-interview-place = Luogo o link online
field-interview-panel = Commissione
field-interview-score = Punteggio del colloquio
field-interview-notes = Note del colloquio
hint-interview-place = Un indirizzo, oppure il link della videochiamata.
hint-interview-panel = I nomi dei membri della commissione, separati da virgole.
action-schedule-interview = Fissa il colloquio
action-record-interview = Registra il colloquio
ranking-title = Graduatoria: { $call }
ranking-intro = Candidature valutate, dalla migliore: per punteggio ponderato, poi punteggio del colloquio, poi data della candidatura.
ranking-criterion = { $name }: peso { $weight }, su { $max }
ranking-unassessed = { $count ->
    [one] Una candidatura ammissibile non è ancora stata valutata.
   *[other] { $count } candidature ammissibili non sono ancora state valutate.
}
ranking-empty = Nessuna candidatura è ancora stata valutata.
ranking-candidate = Candidato/a
ranking-assessors = Valutatori
ranking-incomplete = Alcuni criteri non hanno ancora un punteggio; in graduatoria dopo le valutazioni complete.
event-score = Valutata da un valutatore
event-interview = Colloquio fissato per { $when }
event-interview-result = Colloquio registrato
outbox-title = Posta in uscita
outbox-intro = Messaggi in attesa di invio e già inviati. Indirizzi e contenuti non sono mostrati qui.
outbox-kind = Tipo
outbox-language = Lingua
outbox-attempts = Tentativi
outbox-next = Prossimo tentativo
outbox-error = Ultimo errore
outbox-state-pending = In attesa
outbox-state-sent = Inviato
outbox-state-failed = Abbandonato
error-criterion-name = Dai un nome al criterio.
error-criterion-name-long = Il nome è troppo lungo (al massimo 80 caratteri).
error-criterion-weight = Il peso deve essere un numero intero da 1 a 100.
error-criterion-max = Il punteggio massimo deve essere un numero intero da 1 a 100.
error-criterion-taken = Questo bando ha già un criterio con questo nome.
error-criterion-scored = Questo criterio ha già dei punteggi e non può essere eliminato; modificane piuttosto il peso.
error-score-range = Un punteggio deve essere un numero intero da 0 al massimo del criterio.
error-not-assessable = Si valutano e si convocano a colloquio solo le candidature ammissibili, selezionate o in lista d'attesa.
error-interview-date = Indica la data del colloquio.
error-interview-time = Indica l'ora del colloquio (ore:minuti).
error-interview-place = Indica il luogo o il link del colloquio.
error-interview-panel = Indica i membri della commissione.
error-interview-score = Il punteggio del colloquio deve essere un numero intero da 0 a 100.
mail-decision-subject = La tua candidatura: { $call }
mail-greeting = Gentile { $name },
mail-greeting-anonymous = Gentile candidata, gentile candidato,
mail-decision-shortlisted = Siamo lieti di comunicarti che la tua candidatura a { $call } è stata selezionata. Ti contatteremo presto per i prossimi passi: l'abbinamento con un'azienda ospitante in Italia e la preparazione prima della partenza.
mail-decision-waiting-list = La tua candidatura a { $call } è stata inserita nella lista d'attesa. Se si libera un posto, ti contatteremo.
mail-decision-rejected = Ci dispiace comunicarti che la tua candidatura a { $call } non è stata selezionata.
mail-decision-reason = Motivo: { $reason }
mail-decision-see-status = Puoi seguire la tua candidatura in qualsiasi momento accedendo a Mentor.
mail-signature = Il team MENTOR
